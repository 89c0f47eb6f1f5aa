/** Days as numbers, for any year: end days may lie far past the year 9999, where Date gives up. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDays, dateOfDay, dayNumber, daysUntil } from '../../src/model/index.js';

const numRuns = Number(process.env.FC_RUNS ?? 300);

describe('the calendar', () => {
  it('agrees with JavaScript’s Date on every day it can name, from 271,821 BCE to 275,760 CE', () => {
    // Date names the days within 100,000,000 of 1970-01-01; years of four digits as often as not.
    const day = fc.oneof(fc.integer({ min: -700_000, max: 2_900_000 }), fc.integer({ min: -100_000_000, max: 100_000_000 }));
    fc.assert(
      fc.property(day, (day) => {
        const date = new Date(day * 86_400_000).toISOString().split('T')[0]!;

        expect(dayNumber(date)).toBe(day);
        expect(dateOfDay(day)).toBe(date);
      }),
      { numRuns },
    );
  });

  it('goes there and back for any day up to a billion days on, past the year 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (days) => {
        const end = addDays('2023-11-24', days);

        expect(daysUntil('2023-11-24', end)).toBe(days);
        expect(dayNumber(end)).toBe(dayNumber('2023-11-24') + days);
      }),
      { numRuns },
    );
  });

  it('orders two days as their day numbers do, in years of four digits and past 9999 alike', () => {
    // Days near the end of the year 9999 as often as not, where dates stop comparing as text.
    const day = fc.oneof(fc.integer({ min: -700_000, max: 3_000_000 }), fc.integer({ min: 2_932_800, max: 2_933_000 }));
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(compareDays(dateOfDay(a), dateOfDay(b))).toBe(Math.sign(a - b));
      }),
      { numRuns },
    );
    expect(compareDays('9999-12-31', '+010000-01-01')).toBe(-1);
    expect(compareDays('2024-05-06', '2024-05-06')).toBe(0);
  });

  it('writes a year past 9999 with a sign and six digits or more, as ISO 8601 extends years', () => {
    expect(addDays('9999-12-31', 1)).toBe('+010000-01-01');
    expect(addDays('2023-11-24', 1_000_000_000)).toMatch(/^\+\d{7}-\d{2}-\d{2}$/);
    expect(daysUntil('+010000-01-01', '9999-12-31')).toBe(-1);
  });

  it('counts leap days as the Gregorian calendar does', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
  });
});

describe('the calendar’s dates', () => {
  it.each(['2023-11-24T00:00', '2023-11-24 ', ' 2023-11-24', 'on 2023-11-24', '24 November 2023', ''])('reads a whole date and nothing else: %j is no day', (text) => {
    expect(dayNumber(text)).toBeNaN();
  });

  it('writes a year before 0 with a minus and six digits, and reads it back', () => {
    expect(addDays('0000-01-01', -1)).toBe('-000001-12-31');
    expect(dayNumber('-000001-12-31')).toBe(dayNumber('0000-01-01') - 1);
    expect(compareDays('-000001-12-31', '0000-01-01')).toBe(-1);
  });

  it('writes the year 9999, the last of four digits, without a sign', () => {
    expect(dateOfDay(dayNumber('9999-12-31'))).toBe('9999-12-31');
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
  });
});

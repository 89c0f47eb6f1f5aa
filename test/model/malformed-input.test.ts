/**
 * What the model does with input no scenario file would let through: an event
 * that is not an object, an event type that only looks like text, dates that
 * are not `YYYY-MM-DD`, a start whose access contradicts its crossings. It must
 * refuse or ignore them with a reason, never throw.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { explainRefusal, idsOf, isRealDate, lineSchema, partyName, sendEvent, startingSnapshot, step, strictObject, textSchema } from '../../src/model/index.js';
import { contextOf, hostile, inputWith, parties, startTruce } from './helpers.js';

describe('an event that is not an event', () => {
  it('null is refused as having no type, and the actor keeps running', () => {
    const actor = startTruce();

    const outcome = sendEvent(actor, hostile(null as unknown as Record<string, unknown>));

    expect(outcome.accepted ? null : outcome.refusal).toEqual({ code: 'UNKNOWN_EVENT', message: 'the event has no type' });
    expect(explainRefusal(actor.getSnapshot(), hostile(null as unknown as Record<string, unknown>))?.code).toBe('UNKNOWN_EVENT');
    expect(actor.getSnapshot().status).toBe('active');
  });

  it('a type that is a list holding a type name is refused as unknown, not taken for that name', () => {
    const actor = startTruce();

    const outcome = sendEvent(actor, hostile({ type: ['TALKS_OPENED'] }));

    expect(outcome.accepted ? null : outcome.refusal.code).toBe('UNKNOWN_EVENT');
    expect(contextOf(actor).roundsOpened).toBe(0);
  });

  it('whose field answers differently each time it is read is read once, so its reason and its outcome agree', () => {
    let reads = 0;
    const shifty = {
      type: 'TALKS_OPENED',
      get where() {
        reads += 1;
        return reads === 1 ? 42 : 'Cairo';
      },
    };
    const actor = startTruce();

    const outcome = sendEvent(actor, hostile(shifty));

    // The one read gave 42, which is not text: refused for that, and nothing recorded.
    expect(reads).toBe(1);
    expect(outcome.accepted ? null : outcome.refusal.code).toBe('MISSING_TEXT');
    expect(contextOf(actor).roundsOpened).toBe(0);
  });

  it('that is a function with fields is read once too, like any other object', () => {
    let reads = 0;
    const shifty = Object.assign(() => {}, { type: 'TALKS_OPENED' });
    Object.defineProperty(shifty, 'where', {
      enumerable: true,
      get() {
        reads += 1;
        return reads === 1 ? 42 : 'Cairo';
      },
    });

    const outcome = step(startTruce().getSnapshot(), hostile(shifty as unknown as Record<string, unknown>));

    expect(reads).toBe(1);
    expect(outcome.accepted ? null : outcome.refusal.code).toBe('MISSING_TEXT');
  });
});

describe('isRealDate', () => {
  it('takes a real day written YYYY-MM-DD', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-11-24')).toBe(true);
  });

  it('reads the years 0000 to 0099 as written, not as 1900 to 1999', () => {
    expect(isRealDate('0050-06-15')).toBe(true);
    expect(isRealDate('0000-01-01')).toBe(true);
    // The year 0 is a leap year (proleptic Gregorian), 1900 is not: a fix that moved only the year would refuse this day.
    expect(isRealDate('0000-02-29')).toBe(true);
    expect(isRealDate('0100-02-29')).toBe(false);
  });

  it('refuses days the calendar does not have', () => {
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2024-04-31')).toBe(false);
    expect(isRealDate('2024-13-01')).toBe(false);
    expect(isRealDate('2024-00-10')).toBe(false);
  });

  it('refuses a date with anything before or after it', () => {
    expect(isRealDate('2024-01-05T10:00')).toBe(false);
    expect(isRealDate(' 2024-01-05')).toBe(false);
    expect(isRealDate('on 2024-01-05')).toBe(false);
  });
});

describe('the date an event carries', () => {
  it('moves the record\'s clock only when it is a real day', () => {
    const actor = startTruce({ input: { date: '2024-01-01' } });

    sendEvent(actor, { type: 'TALKS_OPENED', date: '2024-01-05 (approx.)' });
    expect(contextOf(actor).date).toBe('2024-01-01');

    sendEvent(actor, { type: 'TALKS_OPENED', date: '2024-01-06' });
    expect(contextOf(actor).date).toBe('2024-01-06');
  });

  it('is ignored when it is not text, even a list that reads as a date', () => {
    const actor = startTruce({ input: { date: '2024-01-01' } });

    sendEvent(actor, hostile({ type: 'TALKS_OPENED', date: ['2024-01-05'] }));

    expect(contextOf(actor).date).toBe('2024-01-01');
  });
});

describe('a death toll of minus zero', () => {
  it('is recorded as zero', () => {
    const actor = startTruce();

    sendEvent(actor, { type: 'CASUALTIES_REPORTED', toll: -0 });

    expect(contextOf(actor).deathToll?.count).toBe(0);
  });
});

describe('a start whose aid access contradicts its crossings', () => {
  it('is refused when access is said to be open while a crossing is closed', () => {
    expect(() => startingSnapshot({ input: inputWith({ crossings: { Rafah: 'closed' } }), state: { access: 'open' } })).toThrow(
      'access cannot start open: a crossing is closed in input.crossings',
    );
  });

  it('is refused when access is said to be closed while no crossing is', () => {
    expect(() => startingSnapshot({ input: inputWith({ crossings: { Rafah: 'open' } }), state: { access: 'closed' } })).toThrow(
      'access cannot start closed: no crossing is closed in input.crossings',
    );
  });
});

describe('who sent an event sent by hand', () => {
  it('is no one when a list of senders holds anything but ids', () => {
    expect(idsOf(['qatar', 'egypt'])).toEqual(['qatar', 'egypt']);
    expect(idsOf(['qatar', 7])).toEqual([]);
    expect(idsOf([7, 'qatar'])).toEqual([]);
  });

  it('names a party not known by the id it was given', () => {
    expect(partyName(parties, 'russia')).toBe('russia');
    expect(partyName(parties, 'usa')).toBe('United States');
  });
});

describe('text shown on one line', () => {
  it.each([
    ['Rafah\tcrossing', 'is shown on one line, but holds a tab (U+0009); write it on one line'],
    ['Rafah\ncrossing', 'is shown on one line, but holds a line break (U+000A); write it on one line'],
  ])('refuses %j, naming the character it holds', (text, message) => {
    expect(lineSchema.safeParse(text).error?.issues.map(({ code, message }) => ({ code, message }))).toEqual([{ code: 'custom', message }]);
  });
});

describe('text in a file', () => {
  it('refuses a control character, naming it, since it could change what a terminal shows', () => {
    expect(textSchema.safeParse('Rafah\u001b[2J').error?.issues.map(({ code, message }) => ({ code, message }))).toEqual([
      { code: 'custom', message: 'contains a control character (U+001B), which could change what a terminal shows; remove it' },
    ]);
  });

  it('keeps tabs and line breaks in text that may run over several lines', () => {
    expect(textSchema.safeParse('Rafah\tcrossing\nclosed').success).toBe(true);
  });
});

describe('an object in a file with a key it does not know', () => {
  it('is refused, naming the unknown keys and listing the known ones', () => {
    const schema = strictObject({ where: z.string(), date: z.string().optional() });

    expect(schema.safeParse({ where: 'Doha', day: 'Monday', note: 'x' }).error?.issues.map((issue) => issue.message)).toEqual([
      'unknown key "day", "note"; known keys: where, date',
    ]);
  });

  it('keeps zod’s own words for other problems, the object itself missing among them', () => {
    const schema = strictObject({ where: z.string() });

    expect(schema.safeParse({ where: 3 }).error?.issues.map((issue) => issue.message)).toEqual(['Invalid input: expected string, received number']);
    expect(schema.safeParse('Doha').error?.issues.map((issue) => issue.message)).toEqual(['Invalid input: expected object, received string']);
  });
});

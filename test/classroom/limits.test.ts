/** The room's limits: an allowance spent and coming back with time; wrong codes shutting an address out for a while. */
import { describe, expect, it } from 'vitest';
import { Allowance, WrongCodes } from '../../src/classroom/limits.js';

describe('an allowance', () => {
  it('lets a burst through, then one request for each share of a second that passes', () => {
    const allowance = new Allowance(3, 2, 0);
    expect([0, 0, 0, 0].map((now) => allowance.take(now))).toEqual([true, true, true, false]);
    expect(allowance.take(400)).toBe(false);
    expect(allowance.take(500)).toBe(true);
    expect(allowance.take(500)).toBe(false);
    // Never more than the burst, however long it waited.
    expect([10_000, 10_000, 10_000, 10_000].map((now) => allowance.take(now))).toEqual([true, true, true, false]);
  });
});

describe('wrong codes', () => {
  it('shut an address out at the limit, for the time given from the first, then forget it', () => {
    const codes = new WrongCodes(3, 1000);
    codes.count('10.0.0.5', 0);
    codes.count('10.0.0.5', 10);
    expect(codes.shutOut('10.0.0.5', 20)).toBe(false);
    codes.count('10.0.0.5', 30);
    expect(codes.shutOut('10.0.0.5', 40)).toBe(true);
    expect(codes.shutOut('10.0.0.6', 40)).toBe(false);
    expect(codes.shutOut('10.0.0.5', 1001)).toBe(false);
    codes.count('10.0.0.5', 1002);
    expect(codes.shutOut('10.0.0.5', 1003)).toBe(false);
  });
});

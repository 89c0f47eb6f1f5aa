import { describe, expect, it } from 'vitest';
import { sendEvent } from '../../src/model/index.js';
import { arrange, contextOf, hostile, refusalOf, startTruce } from './helpers.js';

// The default input holds 20 hostages, 3 of them reported dead.

describe('releasing hostages', () => {
  it('moves freed hostages from held to released', () => {
    const actor = startTruce();

    const outcome = sendEvent(actor, { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 13 });

    expect(outcome.accepted).toBe(true);
    expect(contextOf(actor).hostages).toEqual({ held: 7, deceased: 3, released: 13, remainsReturned: 0 });
  });

  it('moves bodies handed back out of held and deceased into remains returned', () => {
    const actor = startTruce();

    sendEvent(actor, { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 5, deceased: 2 });

    expect(contextOf(actor).hostages).toEqual({ held: 15, deceased: 1, released: 3, remainsReturned: 2 });
  });

  it('releases every hostage held, the dead included', () => {
    const actor = startTruce();

    sendEvent(actor, { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 20, deceased: 3 });

    expect(contextOf(actor).hostages).toEqual({ held: 0, deceased: 0, released: 17, remainsReturned: 3 });
  });

  it('lets either principal release hostages', () => {
    const actor = startTruce();

    const outcome = sendEvent(actor, { type: 'HOSTAGES_RELEASED', by: 'israel', count: 1 });

    expect(outcome.accepted).toBe(true);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, '3', null, undefined])(
    'refuses a release of %s hostages',
    (count) => {
      const actor = startTruce();

      const refusal = refusalOf(sendEvent(actor, hostile({ type: 'HOSTAGES_RELEASED', by: 'hamas', count })));

      expect(refusal.code).toBe('INVALID_COUNT');
      expect(refusal.message).toContain(`not ${String(count)}`);
      expect(contextOf(actor).hostages.held).toBe(20);
    },
  );

  it.each([-1, 0.5, 6, '1', null])('refuses a release of 5 of which %s are bodies', (deceased) => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, hostile({ type: 'HOSTAGES_RELEASED', by: 'hamas', count: 5, deceased })));

    expect(refusal.code).toBe('INVALID_COUNT');
    expect(refusal.message).toContain('from 0 to count (5)');
    expect(refusal.message).toContain(`not ${String(deceased)}`);
  });

  it('refuses to release more hostages than are held, saying how many are', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 21 }));

    expect(refusal.code).toBe('NOT_ENOUGH_HOSTAGES');
    expect(refusal.message).toContain('cannot release 21');
    expect(refusal.message).toContain('20 hostages are held');
  });

  it('refuses to hand back more bodies than are reported dead', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 4, deceased: 4 }));

    expect(refusal.code).toBe('NOT_ENOUGH_DECEASED');
    expect(refusal.message).toContain('cannot hand back 4 bodies');
    expect(refusal.message).toContain('3 of those held');
  });

  it('refuses to free more hostages alive than are alive', () => {
    const actor = startTruce({ input: { hostages: { held: 5, deceased: 3 } } });

    const refusal = refusalOf(sendEvent(actor, { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 4, deceased: 1 }));

    expect(refusal.code).toBe('NOT_ENOUGH_LIVING_HOSTAGES');
    expect(refusal.message).toContain('cannot free 3 alive');
    expect(refusal.message).toContain('2 of those held are alive');
  });

  it('refuses a release by a mediator', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'HOSTAGES_RELEASED', by: 'qatar', count: 1 }));

    expect(refusal.code).toBe('NOT_A_PRINCIPAL');
    expect(refusal.message).toContain('Qatar is a mediator');
  });

  it('refuses a release by a party not in the talks', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'HOSTAGES_RELEASED', by: 'pij', count: 1 }));

    expect(refusal.code).toBe('UNKNOWN_PARTY');
    expect(refusal.message).toContain('"pij"');
  });
});

describe('reporting hostage deaths', () => {
  it('counts reported deaths among those held, who stay held', () => {
    const actor = startTruce();

    const outcome = sendEvent(actor, { type: 'HOSTAGE_DEATHS_REPORTED', count: 2 });

    expect(outcome.accepted).toBe(true);
    expect(contextOf(actor).hostages).toEqual({ held: 20, deceased: 5, released: 0, remainsReturned: 0 });
  });

  it('refuses to report more deaths than there are living hostages', () => {
    const actor = startTruce({ input: { hostages: { held: 5, deceased: 3 } } });

    const refusal = refusalOf(sendEvent(actor, { type: 'HOSTAGE_DEATHS_REPORTED', count: 3 }));

    expect(refusal.code).toBe('NOT_ENOUGH_LIVING_HOSTAGES');
    expect(refusal.message).toContain('3');
    expect(refusal.message).toContain('2 of those held');
    expect(contextOf(actor).hostages.deceased).toBe(3);
  });

  it('allows reporting the death of the last living hostage', () => {
    const actor = startTruce({ input: { hostages: { held: 5, deceased: 3 } } });

    const outcome = sendEvent(actor, { type: 'HOSTAGE_DEATHS_REPORTED', count: 2 });

    expect(outcome.accepted).toBe(true);
    expect(contextOf(actor).hostages).toMatchObject({ held: 5, deceased: 5 });
  });

  // Regression: the living check once subtracted a `deceased` field, letting the dead outnumber those held.
  it('ignores a deceased field sent with a death report', () => {
    const actor = startTruce({ input: { hostages: { held: 10, deceased: 8 } } });

    const refusal = refusalOf(sendEvent(actor, hostile({ type: 'HOSTAGE_DEATHS_REPORTED', count: 3, deceased: 3 })));

    expect(refusal.code).toBe('NOT_ENOUGH_LIVING_HOSTAGES');
    expect(contextOf(actor).hostages).toMatchObject({ held: 10, deceased: 8 });
  });

  it.each([0, -3, 2.5, Number.NaN])('refuses a report of %s deaths', (count) => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, hostile({ type: 'HOSTAGE_DEATHS_REPORTED', count })));

    expect(refusal.code).toBe('INVALID_COUNT');
    expect(refusal.message).toContain(`not ${String(count)}`);
  });

  it('refuses to free a hostage alive once every hostage held is reported dead', () => {
    const actor = startTruce();
    arrange(actor, { type: 'HOSTAGE_DEATHS_REPORTED', count: 17 });

    const outcome = sendEvent(actor, { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 1 });

    expect(refusalOf(outcome).code).toBe('NOT_ENOUGH_LIVING_HOSTAGES');
  });
});

describe('releasing prisoners', () => {
  it('adds released prisoners to the count', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PRISONERS_RELEASED', by: 'israel', count: 39 });

    const outcome = sendEvent(actor, { type: 'PRISONERS_RELEASED', by: 'israel', count: 33 });

    expect(outcome.accepted).toBe(true);
    expect(contextOf(actor).prisonersReleased).toBe(72);
  });

  it.each([0, -1, 1.5, Number.NaN, 'many'])('refuses a release of %s prisoners', (count) => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, hostile({ type: 'PRISONERS_RELEASED', by: 'israel', count })));

    expect(refusal.code).toBe('INVALID_COUNT');
    expect(refusal.message).toContain(`not ${String(count)}`);
    expect(contextOf(actor).prisonersReleased).toBe(0);
  });

  it('refuses a prisoner release by a mediator', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'PRISONERS_RELEASED', by: 'egypt', count: 10 }));

    expect(refusal.code).toBe('NOT_A_PRINCIPAL');
    expect(refusal.message).toContain('Egypt');
  });

  it('refuses a prisoner release by a party not in the talks', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'PRISONERS_RELEASED', by: 'ipS', count: 10 }));

    expect(refusal.code).toBe('UNKNOWN_PARTY');
  });
});

/**
 * An agreement's days, as the README's "Agreements in time" tells them: which days a deal runs,
 * when they begin, what an extension made before they begin becomes, and when a deal has no end
 * day to extend (a lasting ceasefire, or a deal that gives no days).
 */
import { describe, expect, it } from 'vitest';
import { agreementFrom, extend, hasEnd, sendEvent, startingSnapshot, type Terms, type TruceEvent } from '../../src/model/index.js';
import { arrange, ceasefireTruce, contextOf, inputWith, refusalOf, startTruce, valueOf, type TruceActor } from './helpers.js';

/** Qatar tables a deal with these terms on `date`; both principals accept it that day. */
function dealAgreed(terms: Terms, date: string): TruceEvent[] {
  return [
    { type: 'PROPOSAL_TABLED', by: 'qatar', terms, date },
    { type: 'PROPOSAL_ACCEPTED', by: 'israel', date },
    { type: 'PROPOSAL_ACCEPTED', by: 'hamas', date },
  ];
}

/** A deal that gives no days (hostages only), agreed on 19 January 2025 while operations are already in a ceasefire: its days begin at once, with no end. */
function quietDealWithNoDays(): TruceActor {
  const actor = startTruce({ state: { operations: 'ceasefire' } });
  arrange(actor, ...dealAgreed({ hostages: 10 }, '2025-01-19'));
  return actor;
}

describe('the days a deal runs', () => {
  it('are the ceasefire’s days when a deal that gives both a pause and a ceasefire begins its ceasefire', () => {
    const actor = startTruce();
    arrange(actor, ...dealAgreed({ pauseDays: 4, ceasefireDays: 42 }, '2025-01-15'));

    arrange(actor, { type: 'CEASEFIRE_BEGAN', date: '2025-01-19' });

    expect(contextOf(actor).agreement).toMatchObject({ begun: true, since: '2025-01-19', days: 42, endDay: '2025-03-02' });
  });

  it('have no end under a lasting ceasefire, even when its pause is the first thing it gives', () => {
    const actor = startTruce();
    arrange(actor, ...dealAgreed({ lastingCeasefire: true, pauseDays: 4 }, '2023-11-22'));

    arrange(actor, { type: 'OPERATION_PAUSED', by: 'israel', date: '2023-11-24' }, { type: 'TIME_PASSED', date: '2024-06-01' });

    expect(contextOf(actor).agreement).toMatchObject({ begun: true, since: '2023-11-24', days: null, endDay: null });
    expect(valueOf(actor)).toMatchObject({ operations: 'pausedForRelease', agreement: 'inForce' });
  });

  it('begin at once, with no end, for a deal that gives no days agreed while operations are already quiet', () => {
    const actor = quietDealWithNoDays();

    arrange(actor, { type: 'TIME_PASSED', date: '2026-01-01' });

    expect(contextOf(actor).agreement).toMatchObject({ begun: true, since: '2025-01-19', days: null, endDay: null });
    expect(valueOf(actor).agreement).toBe('inForce');
  });
});

describe('an extension made before the deal’s days begin', () => {
  it('is kept until they begin, then added to them: a 4-day pause extended by 2 the day before it begins runs 6 days', () => {
    const actor = startTruce();
    arrange(actor, ...dealAgreed({ pauseDays: 4 }, '2023-11-22'));

    arrange(actor, { type: 'AGREEMENT_EXTENDED', days: 2, by: 'qatar', date: '2023-11-23' });
    expect(contextOf(actor).agreement).toMatchObject({ begun: false, daysAddedBeforeStart: 2, days: null, endDay: null });

    arrange(actor, { type: 'OPERATION_PAUSED', by: 'israel', date: '2023-11-24' });
    expect(contextOf(actor).agreement).toMatchObject({ begun: true, daysAddedBeforeStart: 0, days: 6, endDay: '2023-11-30' });
  });
});

describe('a deal with no end day to extend', () => {
  it.each([
    ['a deal that gives no days, before its days begin', (): TruceActor => {
      const actor = startTruce();
      arrange(actor, ...dealAgreed({ hostages: 10 }, '2025-01-15'));
      return actor;
    }],
    ['a deal that gives no days, once its days have begun', quietDealWithNoDays],
  ])('refuses an extension: %s', (_case, arrangeDeal) => {
    const refusal = refusalOf(sendEvent(arrangeDeal(), { type: 'AGREEMENT_EXTENDED', days: 5, date: '2025-02-01' }));

    expect(refusal).toEqual({
      code: 'AGREEMENT_HAS_NO_END',
      message: 'the agreement gives no days (no pauseDays, ceasefireDays or days for its phase): there is no end day to extend',
    });
  });

  it('refuses an extension once an amendment makes it a lasting ceasefire, whatever days were added to it before its ceasefire began', () => {
    const actor = startTruce();
    arrange(
      actor,
      ...dealAgreed({ ceasefireDays: 42 }, '2025-01-15'),
      ...dealAgreed({ amends: true, ceasefireDays: 10 }, '2025-01-16'),
      ...dealAgreed({ amends: true, lastingCeasefire: true }, '2025-01-17'),
    );

    const refusal = refusalOf(sendEvent(actor, { type: 'AGREEMENT_EXTENDED', days: 5, date: '2025-01-18' }));

    expect(refusal).toEqual({ code: 'AGREEMENT_HAS_NO_END', message: 'the agreement is a lasting ceasefire: it has no end day to extend' });
  });

  it('gains one when an amendment adds days, counted from the day its days began, and can then be extended', () => {
    const actor = quietDealWithNoDays();

    arrange(actor, ...dealAgreed({ amends: true, ceasefireDays: 10 }, '2025-01-20'));
    expect(contextOf(actor).agreement).toMatchObject({ since: '2025-01-19', days: 10, endDay: '2025-01-29' });

    arrange(actor, { type: 'AGREEMENT_EXTENDED', days: 5, date: '2025-01-21' });
    expect(contextOf(actor).agreement).toMatchObject({ days: 15, endDay: '2025-02-03' });
  });

  it('gains one from days added before its days begin, though its terms give none', () => {
    const agreed = agreementFrom({ number: 1, by: 'qatar', terms: { hostages: 10 }, guaranteedBy: [] }, '2025-01-15', null);

    expect(hasEnd(agreed)).toBe(false);
    expect(hasEnd(extend(agreed, 10))).toBe(true);
  });

  it('gains none from an amendment that adds no days', () => {
    const actor = quietDealWithNoDays();

    arrange(actor, ...dealAgreed({ amends: true, hostages: 12 }, '2025-01-20'), { type: 'TIME_PASSED', date: '2026-01-01' });

    expect(contextOf(actor).agreement).toMatchObject({ terms: { hostages: 12 }, days: null, endDay: null });
    expect(valueOf(actor).agreement).toBe('inForce');
  });

  it('loses its end day when an amendment makes it a lasting ceasefire, its days still counted from when they began', () => {
    const actor = ceasefireTruce('2025-01-19');

    arrange(actor, ...dealAgreed({ amends: true, lastingCeasefire: true }, '2025-02-20'), { type: 'TIME_PASSED', date: '2026-01-01' });

    expect(contextOf(actor).agreement).toMatchObject({ since: '2025-01-19', days: null, endDay: null });
    expect(valueOf(actor).agreement).toBe('inForce');
  });
});

describe('a run that starts with an agreement in force', () => {
  it('has not begun its days while operations are active: they begin with its ceasefire', () => {
    const input = inputWith({ date: '2025-01-15', agreement: { terms: { ceasefireDays: 42 }, since: '2025-01-15' } });
    const start = startingSnapshot({ input });

    expect(start.context.agreement).toMatchObject({ status: 'inForce', proposals: [], by: null, agreedOn: null, guarantors: [], begun: false, since: null, endDay: null });

    const actor = startTruce({ input });
    arrange(actor, { type: 'CEASEFIRE_BEGAN', date: '2025-01-19' });
    expect(contextOf(actor).agreement).toMatchObject({ since: '2025-01-19', days: 42, endDay: '2025-03-02' });
  });

  it.each([
    ['pausedForRelease', true, 4],
    ['ceasefire', false, 42],
  ] as const)('starting %s, has used its pause: %s, and runs %i days from its start', (operations, pauseUsed, days) => {
    const input = inputWith({ date: '2025-01-19', agreement: { terms: { pauseDays: 4, ceasefireDays: 42 }, since: '2025-01-19' } });

    const agreement = startingSnapshot({ input, state: { operations } }).context.agreement;

    expect(agreement).toMatchObject({ begun: true, since: '2025-01-19', pauseUsed, days });
  });
});

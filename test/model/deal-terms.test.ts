/**
 * What a deal's terms give, read by the functions the rules, the words and the searches share:
 * how many phases it has, what each phase provides, whether it gives a pause, and whether a phase
 * may begin next (and if not, why).
 */
import { describe, expect, it } from 'vitest';
import { agreementFrom, dueInPhase, givesPause, nextPhase, phaseCount, phaseTerms, sendEvent, type Terms } from '../../src/model/index.js';
import { arrange, refusalOf, startTruce } from './helpers.js';

describe('the phases of a deal', () => {
  it.each([
    ['gives none', {}, 1],
    ['gives 0', { phases: 0 }, 1],
    ['gives their number', { phases: 3 }, 3],
    ['lists them', { phases: [{ days: 42 }, { toBeNegotiated: true }] }, 2],
  ] as [string, Terms, number][])('number one at least: a deal that %s has %i', (_case, terms, count) => {
    expect(phaseCount(terms)).toBe(count);
  });

  it.each([
    ['gives no phases', { ceasefireDays: 42 }],
    ['gives 0 phases', { ceasefireDays: 42, phases: 0 }],
  ] as [string, Terms][])('a deal that %s has one: phase 2 cannot begin', (_case, terms) => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'qatar', terms }, { type: 'PROPOSAL_ACCEPTED', by: ['israel', 'hamas'] }, { type: 'CEASEFIRE_BEGAN' });

    expect(refusalOf(sendEvent(actor, { type: 'PHASE_BEGAN', phase: 2 }))).toEqual({ code: 'PHASE_OUT_OF_ORDER', message: 'the agreement has 1 phase: there is no phase 2' });
  });

  it('each provide what their entry says, and the deal’s terms for what it leaves out', () => {
    const terms: Terms = { hostages: 33, prisoners: 1900, aidTrucksPerDay: 600, withdrawal: 'to the buffer zone', phases: [{ days: 42 }, { days: 42, hostages: 60, withdrawal: true, note: 'the rest' }] };

    expect(phaseTerms(terms, 1)).toEqual({ hostages: 33, prisoners: 1900, aidTrucksPerDay: 600, withdrawal: 'to the buffer zone', days: 42 });
    expect(phaseTerms(terms, 2)).toEqual({ hostages: 60, prisoners: 1900, aidTrucksPerDay: 600, withdrawal: true, days: 42, note: 'the rest' });
  });
});

describe('what the current phase provides', () => {
  it('is its own hostages, prisoners and aid trucks a day, or the deal’s, and null for what neither gives', () => {
    const terms: Terms = { hostages: 33, prisoners: 1900, phases: [{ days: 42 }, { days: 42, hostages: 60 }] };
    const agreement = agreementFrom({ number: 1, by: 'qatar', terms, guaranteedBy: [] }, '2025-01-19', 'ceasefire');

    expect(dueInPhase(agreement)).toEqual({ hostages: 33, prisoners: 1900, aidTrucksPerDay: null });
    expect(dueInPhase({ ...agreement, phase: 2 })).toEqual({ hostages: 60, prisoners: 1900, aidTrucksPerDay: null });
    expect(dueInPhase({ ...agreement, terms: { aidTrucksPerDay: 600 } })).toEqual({ hostages: null, prisoners: null, aidTrucksPerDay: 600 });
  });
});

describe('a pause', () => {
  it.each([
    [4, true],
    [1, true],
    [0, false],
    [1.5, false],
    [Number.POSITIVE_INFINITY, false],
    [Number.NaN, false],
    [undefined, false],
  ])('is given by pauseDays %s: %s (whole days, one at least)', (pauseDays, gives) => {
    expect(givesPause({ pauseDays })).toBe(gives);
  });
});

describe('the next phase', () => {
  // Phase one begun; phase two agreed; phase three still to be negotiated.
  const agreement = agreementFrom({ number: 1, by: 'qatar', terms: { phases: [{ days: 42 }, { days: 42 }, { toBeNegotiated: true }] }, guaranteedBy: [] }, '2025-01-19', 'ceasefire');

  it.each([
    [1, { ok: false, why: 'already-begun' }],
    [2, { ok: true }],
    [3, { ok: false, why: 'not-next' }],
    [4, { ok: false, why: 'no-such-phase' }],
  ])('from phase 1, phase %i: %o', (phase, answer) => {
    expect(nextPhase(agreement, phase)).toEqual(answer);
  });

  it('from phase 2, is phase 3 only once its terms are agreed', () => {
    expect(nextPhase({ ...agreement, phase: 2 }, 3)).toEqual({ ok: false, why: 'not-agreed' });
  });
});

/**
 * The agreement region: a deal agreed is not a proposal on the table, it runs for days from
 * its pause or ceasefire, it lapses or is broken, phases follow one another, amendments merge
 * into it, guarantors sign it without being needed, and what it provides is kept against what
 * is done. Each rule of the README's "Agreements in time", one behaviour per test.
 */
import { describe, expect, it } from 'vitest';
import { sendEvent, startingSnapshot, step, type Party, type TruceEvent } from '../../src/model/index.js';
import { agreedCeasefireDeal, agreedPauseDeal, arrange, contextOf, hostile, inputWith, parties, pausedTruce, refusalOf, startTruce, valueOf } from './helpers.js';

/** The November 2023 deal: agreed on the 22nd, a 4-day pause from the 24th. */
function november(): ReturnType<typeof startTruce> {
  const actor = startTruce();
  arrange(
    actor,
    { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { pauseDays: 4, hostages: 50, prisoners: 150 }, date: '2023-11-22' },
    { type: 'PROPOSAL_ACCEPTED', by: 'israel', date: '2023-11-22' },
    { type: 'PROPOSAL_ACCEPTED', by: 'hamas', date: '2023-11-22' },
  );
  return actor;
}

describe('a deal every principal accepts', () => {
  it('is in force, separate from the talks, and its days have not begun', () => {
    const actor = november();

    expect(valueOf(actor)).toMatchObject({ talks: 'accepted', operations: 'active', agreement: 'inForce' });
    expect(contextOf(actor).agreement).toMatchObject({ status: 'inForce', proposals: [1], by: 'qatar', agreedOn: '2023-11-22', phase: 1, begun: false, endDay: null });
  });

  it('is not in force while a principal has yet to accept', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { pauseDays: 4 } }, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' });

    expect(valueOf(actor).agreement).toBe('none');
    expect(contextOf(actor).agreement).toBeNull();
  });

  it('starts its days with the pause it provides: the end day is the day the pause began plus its days', () => {
    const actor = november();

    arrange(actor, { type: 'OPERATION_PAUSED', by: 'israel', date: '2023-11-24' });

    expect(contextOf(actor).agreement).toMatchObject({ begun: true, since: '2023-11-24', days: 4, endDay: '2023-11-28', pauseUsed: true });
  });

  it('runs its pause’s days, not its ceasefire’s, when the deal gives both and its pause begins', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: { pauseDays: 4, ceasefireDays: 42 } }, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' });

    arrange(actor, { type: 'OPERATION_PAUSED', by: 'israel', date: '2023-11-24' });

    expect(contextOf(actor).agreement).toMatchObject({ since: '2023-11-24', days: 4, endDay: '2023-11-28' });
  });

  it('stays in force while talks go on about the next step: a new proposal, a rejection, a stall', () => {
    const actor = november();
    arrange(
      actor,
      { type: 'OPERATION_PAUSED', by: 'israel', date: '2023-11-24' },
      { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { ceasefireDays: 42 }, date: '2023-11-25' },
      { type: 'PROPOSAL_REJECTED', by: 'israel', date: '2023-11-25' },
    );

    expect(valueOf(actor)).toMatchObject({ talks: 'rejected', operations: 'pausedForRelease', agreement: 'inForce' });
    expect(sendEvent(actor, { type: 'TALKS_STALLED', date: '2023-11-26' }).accepted).toBe(true);
    expect(valueOf(actor)).toMatchObject({ talks: 'stalled', agreement: 'inForce' });
    expect(contextOf(actor).agreement?.proposals).toEqual([1]);
  });

  it('lets operations pause under it although a new proposal is now on the table', () => {
    const actor = november();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { ceasefireDays: 42 }, date: '2023-11-23' });

    expect(sendEvent(actor, { type: 'OPERATION_PAUSED', by: 'israel', date: '2023-11-24' }).accepted).toBe(true);
  });

  it('is not broken by operations carried on after it was agreed and before its pause began', () => {
    const actor = november();

    arrange(actor, { type: 'OPERATION_LAUNCHED', by: 'israel', area: 'north', date: '2023-11-23' });

    expect(valueOf(actor).agreement).toBe('inForce');
  });
});

describe('the end of an agreement', () => {
  it('lapses when operations resume on its end day, as the November 2023 pause did', () => {
    const actor = november();
    arrange(
      actor,
      { type: 'OPERATION_PAUSED', by: 'israel', date: '2023-11-24' },
      { type: 'PAUSE_EXTENDED', days: 2, date: '2023-11-27' },
      { type: 'PAUSE_EXTENDED', days: 1, date: '2023-11-30' },
    );
    expect(contextOf(actor).agreement?.endDay).toBe('2023-12-01');

    arrange(actor, { type: 'OPERATION_RESUMED', by: 'israel', date: '2023-12-01' });

    expect(valueOf(actor)).toMatchObject({ operations: 'resumed', agreement: 'lapsed' });
    expect(contextOf(actor).agreement).toMatchObject({ status: 'lapsed', endedOn: '2023-12-01' });
  });

  it('is broken when operations resume before its end day', () => {
    const actor = november();
    arrange(actor, { type: 'OPERATION_PAUSED', by: 'israel', date: '2023-11-24' });

    arrange(actor, { type: 'OPERATION_RESUMED', by: 'hamas', date: '2023-11-26' });

    expect(valueOf(actor)).toMatchObject({ operations: 'resumed', agreement: 'broken' });
    expect(contextOf(actor).agreement).toMatchObject({ status: 'broken', endedOn: '2023-11-26' });
  });

  it('has lapsed before an event dated after its end day is weighed, and operations stay paused until an event says otherwise', () => {
    const actor = pausedTruce('2023-11-24');

    const outcome = sendEvent(actor, { type: 'STATEMENT', by: 'qatar', text: 'talks continue', date: '2023-11-29' });

    expect(outcome.accepted).toBe(true);
    expect(outcome.afterTime?.value.agreement).toBe('lapsed');
    expect(valueOf(actor)).toMatchObject({ operations: 'pausedForRelease', agreement: 'lapsed' });
  });

  it('lapses by the passing of time even when the event that comes after is refused', () => {
    const start = pausedTruce('2023-11-24').getSnapshot();

    const outcome = step(start, { type: 'PAUSE_EXTENDED', days: 1, date: '2023-11-29' });

    expect(refusalOf(outcome).code).toBe('NO_AGREED_DEAL');
    expect(outcome.snapshot).toBe(outcome.afterTime);
    expect(outcome.snapshot.value.agreement).toBe('lapsed');
    expect(outcome.snapshot.context.date).toBe('2023-11-29');
  });

  it('can still be extended on its end day, and lasts the days added', () => {
    const actor = pausedTruce('2023-11-24');

    arrange(actor, { type: 'AGREEMENT_EXTENDED', days: 2, by: 'qatar', date: '2023-11-28' });

    expect(contextOf(actor).agreement).toMatchObject({ days: 6, endDay: '2023-11-30' });
    expect(contextOf(actor).pause.daysAgreed).toBe(6);
    expect(sendEvent(actor, { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 1, date: '2023-11-30' }).afterTime).toBeUndefined();
  });

  it('takes an extension during a ceasefire as days of the agreement only, not days of pause', () => {
    const actor = startTruce();
    arrange(actor, ...agreedCeasefireDeal, { type: 'CEASEFIRE_BEGAN', date: '2025-01-19' });

    arrange(actor, { type: 'AGREEMENT_EXTENDED', days: 5, by: 'qatar', date: '2025-02-01' });

    expect(contextOf(actor).agreement).toMatchObject({ days: 47, endDay: '2025-03-07' });
    expect(contextOf(actor).pause).toEqual({ daysAgreed: 0, daysUsed: 0, since: null, underProposal: null });
  });

  it('never lapses when it is a lasting ceasefire', () => {
    const actor = startTruce();
    arrange(
      actor,
      { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { lastingCeasefire: true }, date: '2025-10-09' },
      { type: 'PROPOSAL_ACCEPTED', by: 'israel', date: '2025-10-09' },
      { type: 'PROPOSAL_ACCEPTED', by: 'hamas', date: '2025-10-09' },
      { type: 'CEASEFIRE_BEGAN', date: '2025-10-10' },
      { type: 'TIME_PASSED', date: '2030-01-01' },
    );

    expect(valueOf(actor).agreement).toBe('inForce');
    expect(contextOf(actor).agreement).toMatchObject({ days: null, endDay: null });
    expect(refusalOf(sendEvent(actor, { type: 'AGREEMENT_EXTENDED', days: 5 })).code).toBe('AGREEMENT_HAS_NO_END');
  });

  it('is refused an extension, or a next phase, once it has lapsed or been broken, or when there is none', () => {
    const lapsed = pausedTruce('2023-11-24');
    arrange(lapsed, { type: 'TIME_PASSED', date: '2023-12-05' });
    const broken = pausedTruce('2023-11-24');
    arrange(broken, { type: 'OPERATION_RESUMED', by: 'israel', date: '2023-11-25' });

    for (const [actor, words] of [
      [lapsed, 'lapsed'],
      [broken, 'broken'],
      [startTruce(), 'no agreement is in force'],
    ] as const) {
      for (const event of [{ type: 'AGREEMENT_EXTENDED', days: 1 }, { type: 'PHASE_BEGAN', phase: 2 }] as TruceEvent[]) {
        const refusal = refusalOf(sendEvent(actor, event));
        expect(refusal.code).toBe('NO_AGREED_DEAL');
        expect(refusal.message).toContain(words);
      }
    }
  });

  it('gives its one pause even after it has ended: the reason is that the pause was used', () => {
    const actor = pausedTruce('2023-11-24');
    arrange(actor, { type: 'OPERATION_RESUMED', by: 'israel', date: '2023-11-28' });

    expect(refusalOf(sendEvent(actor, { type: 'OPERATION_PAUSED', by: 'israel' })).code).toBe('PAUSE_ALREADY_USED');
  });

  it('refuses a pause under a lapsed deal whose pause was never used, saying it lapsed', () => {
    const actor = startTruce();
    arrange(
      actor,
      ...agreedCeasefireDeal,
      { type: 'CEASEFIRE_BEGAN', date: '2025-01-19' },
      { type: 'TIME_PASSED', date: '2025-03-10' },
      { type: 'OPERATION_RESUMED', by: 'israel', date: '2025-03-18' },
    );

    const refusal = refusalOf(sendEvent(actor, { type: 'CEASEFIRE_BEGAN' }));

    expect(refusal).toEqual({ code: 'NO_AGREED_DEAL', message: 'the agreement lapsed after its end day, 2025-03-02: its agreed days ran out' });
  });
});

describe('time passing', () => {
  it('is refused when it would go back, or has no real date', () => {
    const actor = november();

    expect(refusalOf(sendEvent(actor, { type: 'TIME_PASSED', date: '2023-11-01' })).code).toBe('INVALID_DATE');
    expect(refusalOf(sendEvent(actor, { type: 'TIME_PASSED' })).code).toBe('INVALID_DATE');
    expect(refusalOf(sendEvent(actor, { type: 'TIME_PASSED', date: '2023-02-30' })).code).toBe('INVALID_DATE');
  });

  it('is taken as the first dated event of a run, and again on the same day', () => {
    const actor = startTruce();

    arrange(actor, { type: 'TIME_PASSED', date: '2023-11-22' }, { type: 'TIME_PASSED', date: '2023-11-22' });

    expect(contextOf(actor).date).toBe('2023-11-22');
  });

  it('is refused for a day past the last event that is not in the calendar', () => {
    const actor = november();

    expect(refusalOf(sendEvent(actor, { type: 'TIME_PASSED', date: '2023-11-31' })).code).toBe('INVALID_DATE');
    expect(sendEvent(actor, { type: 'TIME_PASSED', date: '2023-11-30' }).accepted).toBe(true);
  });

  it('moves the clock and changes nothing else while no agreement runs out', () => {
    const actor = november();
    const before = contextOf(actor);

    arrange(actor, { type: 'TIME_PASSED', date: '2023-11-23' });

    expect(contextOf(actor)).toEqual({ ...before, date: '2023-11-23' });
  });
});

describe('a new deal while one is in force', () => {
  it('replaces it: a temporary ceasefire becomes a lasting one, its days running from the day it takes force', () => {
    const actor = startTruce();
    arrange(actor, ...agreedCeasefireDeal, { type: 'CEASEFIRE_BEGAN', date: '2025-01-19' });

    arrange(
      actor,
      { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { lastingCeasefire: true }, date: '2025-02-20' },
      { type: 'PROPOSAL_ACCEPTED', by: 'israel', date: '2025-02-21' },
      { type: 'PROPOSAL_ACCEPTED', by: 'hamas', date: '2025-02-22' },
      { type: 'TIME_PASSED', date: '2026-01-01' },
    );

    expect(valueOf(actor)).toMatchObject({ talks: 'accepted', operations: 'ceasefire', agreement: 'inForce' });
    expect(contextOf(actor).agreement).toMatchObject({ proposals: [2], begun: true, since: '2025-02-22', endDay: null });
  });

  it('as an amendment, merges into it: the phase still to be negotiated is agreed, and the days it adds lengthen the phase', () => {
    const actor = startTruce();
    arrange(
      actor,
      { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { phases: [{ days: 42, hostages: 33 }, { toBeNegotiated: true }], aidTrucksPerDay: 600 }, date: '2025-01-15' },
      { type: 'PROPOSAL_ACCEPTED', by: 'israel', date: '2025-01-18' },
      { type: 'PROPOSAL_ACCEPTED', by: 'hamas', date: '2025-01-18' },
      { type: 'CEASEFIRE_BEGAN', date: '2025-01-19' },
    );

    arrange(
      actor,
      { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { amends: true, ceasefireDays: 10, phases: [{}, { days: 42, hostages: 30 }] }, date: '2025-02-20' },
      { type: 'PROPOSAL_ACCEPTED', by: 'israel', date: '2025-02-21' },
      { type: 'PROPOSAL_ACCEPTED', by: 'hamas', date: '2025-02-22' },
    );

    const agreement = contextOf(actor).agreement!;
    expect(agreement.proposals).toEqual([1, 2]);
    expect(agreement.terms.phases).toEqual([{ days: 42, hostages: 33 }, { days: 42, hostages: 30 }]);
    expect(agreement.terms.aidTrucksPerDay).toBe(600);
    expect(agreement).toMatchObject({ phase: 1, days: 52, endDay: '2025-03-12', since: '2025-01-19' });
  });

  it('as an amendment, can be tabled only while an agreement is in force', () => {
    const refusal = refusalOf(sendEvent(startTruce(), { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { amends: true, ceasefireDays: 10 } }));

    expect(refusal.code).toBe('NO_AGREED_DEAL');
    expect(refusal.message).toContain('amends the agreement in force');
  });

  it('as an amendment rejected by one principal, leaves the agreement as it was, and talks rejected', () => {
    const actor = startTruce();
    arrange(actor, ...agreedCeasefireDeal, { type: 'CEASEFIRE_BEGAN', date: '2025-01-19' });
    const before = contextOf(actor).agreement;

    arrange(
      actor,
      { type: 'PROPOSAL_TABLED', by: 'usa', terms: { amends: true, ceasefireDays: 50 }, date: '2025-03-02' },
      { type: 'PROPOSAL_ACCEPTED', by: 'israel', date: '2025-03-02' },
      { type: 'PROPOSAL_REJECTED', by: 'hamas', date: '2025-03-02' },
    );

    expect(valueOf(actor)).toMatchObject({ talks: 'rejected', agreement: 'inForce' });
    expect(contextOf(actor).agreement).toEqual(before);
  });
});

describe('phases', () => {
  /** Phase one of 42 days begun on 19 January; phase two agreed (42 days), phase three still to be negotiated. */
  function phased(): ReturnType<typeof startTruce> {
    const actor = startTruce();
    arrange(
      actor,
      { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { phases: [{ days: 42, hostages: 33, prisoners: 1900 }, { days: 42, hostages: 60 }, { toBeNegotiated: true }] }, date: '2025-01-15' },
      { type: 'PROPOSAL_ACCEPTED', by: 'israel', date: '2025-01-18' },
      { type: 'PROPOSAL_ACCEPTED', by: 'hamas', date: '2025-01-18' },
      { type: 'CEASEFIRE_BEGAN', date: '2025-01-19' },
    );
    return actor;
  }

  it('run the phase’s own days from the day its ceasefire began', () => {
    expect(contextOf(phased()).agreement).toMatchObject({ phase: 1, days: 42, endDay: '2025-03-02' });
  });

  it('follow one another: the next phase begins, its days run from that day, and what is done is counted afresh', () => {
    const actor = phased();
    arrange(actor, { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 3, date: '2025-01-19' });

    arrange(actor, { type: 'PHASE_BEGAN', phase: 2, date: '2025-03-02' });

    expect(contextOf(actor).agreement).toMatchObject({ phase: 2, since: '2025-03-02', days: 42, endDay: '2025-04-13', done: { hostages: 0, prisoners: 0, aidTrucks: 0 } });
  });

  it('refuse a phase whose terms are still to be negotiated', () => {
    const actor = phased();
    arrange(actor, { type: 'PHASE_BEGAN', phase: 2, date: '2025-03-01' });

    const refusal = refusalOf(sendEvent(actor, { type: 'PHASE_BEGAN', phase: 3, date: '2025-03-02' }));

    expect(refusal.code).toBe('NEXT_PHASE_NOT_AGREED');
    expect(refusal.message).toContain('phase 3');
  });

  it.each([
    [1, 'phase 1 has already begun: the agreement is in phase 1'],
    [3, 'phase 3 cannot begin yet: the agreement is in phase 1, and phase 2 comes next'],
    [4, 'the agreement has 3 phases: there is no phase 4'],
  ])('refuse phase %i out of order, saying why', (phase, message) => {
    expect(refusalOf(sendEvent(phased(), { type: 'PHASE_BEGAN', phase }))).toEqual({ code: 'PHASE_OUT_OF_ORDER', message });
  });

  it('lapse when the current phase runs out with the next one not begun', () => {
    const actor = phased();

    arrange(actor, { type: 'TIME_PASSED', date: '2025-03-03' });

    expect(valueOf(actor).agreement).toBe('lapsed');
  });
});

describe('what the deal provides, against what is done', () => {
  it('counts releases of hostages (living and dead) and prisoners, and aid trucks, under the current phase', () => {
    const actor = november();
    arrange(
      actor,
      { type: 'OPERATION_PAUSED', by: 'israel', date: '2023-11-24' },
      { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 13, deceased: 1, date: '2023-11-24' },
      { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 5, date: '2023-11-25' },
      { type: 'PRISONERS_RELEASED', by: 'israel', count: 39, date: '2023-11-24' },
      { type: 'AID_DELIVERED', trucks: 200, crossing: 'Rafah', date: '2023-11-24' },
    );

    expect(contextOf(actor).agreement?.done).toEqual({ hostages: 18, prisoners: 39, aidTrucks: 200 });
    expect(contextOf(actor)).toMatchObject({ aidTrucksDelivered: 200, aidDeliveriesReported: 1, prisonersReleasedBy: { israel: 39 } });
  });

  it('counts nothing against an agreement once it has ended, and prisoners by the party that released them', () => {
    const actor = pausedTruce('2023-11-24');
    arrange(
      actor,
      { type: 'OPERATION_RESUMED', by: 'israel', date: '2023-11-25' },
      { type: 'PRISONERS_RELEASED', by: 'hamas', count: 2, date: '2023-11-26' },
      { type: 'PRISONERS_RELEASED', by: ['israel', 'hamas'], count: 4, date: '2023-11-26' },
    );

    expect(contextOf(actor).agreement?.done.prisoners).toBe(0);
    expect(contextOf(actor).prisonersReleasedBy).toEqual({ hamas: 2, 'israel+hamas': 4 });
  });
  it('does not count releases made outside the deal against it, though those released are freed', () => {
    const actor = pausedTruce('2023-11-24');

    arrange(
      actor,
      { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 10, date: '2023-11-24' },
      { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 2, outsideDeal: true, date: '2023-11-24' },
      { type: 'PRISONERS_RELEASED', by: 'israel', count: 30, date: '2023-11-24' },
      { type: 'PRISONERS_RELEASED', by: 'israel', count: 9, outsideDeal: true, date: '2023-11-24' },
    );

    expect(contextOf(actor).agreement?.done).toEqual({ hostages: 10, prisoners: 30, aidTrucks: 0 });
    expect(contextOf(actor).hostages).toMatchObject({ held: 8, released: 12 });
    expect(contextOf(actor).prisonersReleased).toBe(39);
  });
});

describe('who may do what', () => {
  const withGuarantor: Party[] = [...parties, { id: 'russia', name: 'Russia', role: 'guarantor' }];

  it('lets a guarantor sign a deal as its guarantor, recorded on the agreement and never needed for it to take force', () => {
    const actor = startTruce({ input: { parties: withGuarantor } });
    arrange(
      actor,
      { type: 'PROPOSAL_TABLED', by: 'russia', terms: { ceasefireDays: 30 } },
      { type: 'PROPOSAL_ACCEPTED', by: 'russia' },
      { type: 'PROPOSAL_ACCEPTED', by: 'israel' },
    );
    expect(valueOf(actor).agreement).toBe('none');

    arrange(actor, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' });

    expect(valueOf(actor).agreement).toBe('inForce');
    expect(contextOf(actor).agreement?.guarantors).toEqual(['russia']);
  });

  it('makes a guarantor that signs the deal once it is in force one of its guarantors', () => {
    const actor = startTruce({ input: { parties: [...withGuarantor, { id: 'turkey', name: 'Türkiye', role: 'guarantor' }] } });
    arrange(
      actor,
      { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { ceasefireDays: 30 } },
      { type: 'PROPOSAL_ACCEPTED', by: 'russia' },
      { type: 'PROPOSAL_ACCEPTED', by: ['israel', 'hamas'] },
    );

    arrange(actor, { type: 'PROPOSAL_ACCEPTED', by: 'turkey' });

    expect(contextOf(actor).agreement?.guarantors).toEqual(['russia', 'turkey']);
    expect(contextOf(actor).proposal?.guaranteedBy).toEqual(['russia', 'turkey']);
  });

  it('does not make a guarantor that signs a new proposal a guarantor of the deal in force', () => {
    const actor = startTruce({ input: { parties: withGuarantor } });
    arrange(
      actor,
      { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { ceasefireDays: 30 } },
      { type: 'PROPOSAL_ACCEPTED', by: ['israel', 'hamas'] },
      { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { lastingCeasefire: true } },
    );

    arrange(actor, { type: 'PROPOSAL_ACCEPTED', by: 'russia' });

    expect(contextOf(actor).proposal).toMatchObject({ number: 2, guaranteedBy: ['russia'] });
    expect(contextOf(actor).agreement).toMatchObject({ proposals: [1], guarantors: [] });
  });

  it('refuses a mediator’s acceptance, naming what principals and guarantors may do', () => {
    const actor = startTruce({ input: { parties: withGuarantor } });
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'qatar', terms: {} });

    expect(refusalOf(sendEvent(actor, { type: 'PROPOSAL_ACCEPTED', by: 'egypt' }))).toEqual({
      code: 'NOT_A_PRINCIPAL',
      message: 'Egypt is a mediator: only the principal parties (Israel, Hamas) accept a deal, and a guarantor (Russia) may accept it as its guarantor',
    });
  });

  it('refuses a guarantor’s pause: operations are for the principals', () => {
    const actor = startTruce({ input: { parties: withGuarantor } });

    expect(refusalOf(sendEvent(actor, { type: 'OPERATION_PAUSED', by: 'russia' })).message).toMatch(/^Russia is a guarantor: only the principal parties/);
  });

  it('takes a joint proposal by two mediators, and a joint acceptance by both principals', () => {
    const actor = startTruce();

    arrange(actor, { type: 'PROPOSAL_TABLED', by: ['qatar', 'egypt'], terms: { pauseDays: 4 } }, { type: 'PROPOSAL_ACCEPTED', by: ['israel', 'hamas'] });

    expect(contextOf(actor).proposal).toMatchObject({ by: ['qatar', 'egypt'], acceptedBy: ['israel', 'hamas'] });
    expect(valueOf(actor).agreement).toBe('inForce');
  });

  it('refuses a joint act reserved to principals when one of those acting is not a principal, or is not a party', () => {
    const actor = startTruce();

    expect(refusalOf(sendEvent(actor, { type: 'OPERATION_LAUNCHED', by: ['israel', 'qatar'] })).code).toBe('NOT_A_PRINCIPAL');
    expect(refusalOf(sendEvent(actor, hostile({ type: 'STATEMENT', by: ['israel', 'hezbollah'], text: 'x' }))).message).toContain('"hezbollah" is not a party');
    expect(refusalOf(sendEvent(actor, hostile({ type: 'STATEMENT', by: [], text: 'x' }))).code).toBe('UNKNOWN_PARTY');
  });

  it('records who makes a claim of a violation, and refuses a claimant who is not a party', () => {
    const actor = startTruce();

    arrange(actor, { type: 'VIOLATION_REPORTED', by: 'hamas', claimant: 'israel', text: 'fire on troops' });

    expect(contextOf(actor).violationsReported).toBe(1);
    expect(refusalOf(sendEvent(actor, hostile({ type: 'VIOLATION_REPORTED', by: 'hamas', claimant: 'nobody', text: 'x' }))).message).toContain('"nobody" is not a party');
  });
});

describe('revisions of the hostage figures', () => {
  it('set the figures held and dead, and are counted', () => {
    const actor = startTruce();

    arrange(actor, { type: 'HOSTAGE_COUNT_REVISED', held: 25, deceased: 5, source: 'government figures' });

    expect(contextOf(actor).hostages).toMatchObject({ held: 25, deceased: 5 });
    expect(contextOf(actor).hostageCountRevisions).toBe(1);
  });

  it('refuse more dead than held', () => {
    expect(refusalOf(sendEvent(startTruce(), { type: 'HOSTAGE_COUNT_REVISED', held: 2, deceased: 3 })).code).toBe('INVALID_COUNT');
  });

  it('may say every hostage held is dead', () => {
    const actor = startTruce();

    arrange(actor, { type: 'HOSTAGE_COUNT_REVISED', held: 5, deceased: 5 });

    expect(contextOf(actor).hostages).toMatchObject({ held: 5, deceased: 5 });
  });

  it.each([
    ['held', { held: 2.5, deceased: 0 }],
    ['deceased', { held: 5, deceased: -1 }],
  ])('refuse a figure for %s that is not a whole number of at least 0', (_figure, figures) => {
    expect(refusalOf(sendEvent(startTruce(), hostile({ type: 'HOSTAGE_COUNT_REVISED', ...figures }))).code).toBe('INVALID_COUNT');
  });
});

describe('a run that starts inside a deal', () => {
  it('goes on as one that made the deal: the ceasefire runs out on its end day', () => {
    const input = inputWith({ date: '2025-02-01', agreement: { terms: { ceasefireDays: 42 }, since: '2025-01-19' } });
    const start = startingSnapshot({ input, state: { operations: 'ceasefire' } });

    const outcome = step(start, { type: 'STATEMENT', by: 'qatar', text: 'phase two talks', date: '2025-03-03' });

    expect(outcome.afterTime?.value.agreement).toBe('lapsed');
    expect(outcome.snapshot.value.operations).toBe('ceasefire');
  });
});

describe('a deal agreed before its days are known', () => {
  it('with no dates at all, begins but never runs out, and resuming breaks it', () => {
    const actor = startTruce();
    arrange(actor, ...agreedPauseDeal, { type: 'OPERATION_PAUSED', by: 'israel' });
    expect(contextOf(actor).agreement).toMatchObject({ begun: true, since: null, endDay: null });

    arrange(actor, { type: 'OPERATION_RESUMED', by: 'israel' });

    expect(valueOf(actor).agreement).toBe('broken');
  });
});

/**
 * Amendments, as the README tells them: once every principal accepts a proposal with
 * `amends: true`, its terms merge into the agreement in force. Its `phases` entries merge into the
 * agreement's one by one (an entry given without `toBeNegotiated` is agreed), a number of phases
 * replaces the agreement's, and the guarantors who sign it join the agreement's.
 */
import { describe, expect, it } from 'vitest';
import { sendEvent, type Party, type Terms, type TruceEvent } from '../../src/model/index.js';
import { arrange, ceasefireTruce, contextOf, parties, refusalOf, startTruce } from './helpers.js';

/** Qatar tables an amendment on `date`; both principals accept it that day. */
function amendmentAgreed(terms: Terms, date: string): TruceEvent[] {
  return [
    { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { amends: true, ...terms }, date },
    { type: 'PROPOSAL_ACCEPTED', by: ['israel', 'hamas'], date },
  ];
}

describe('an amendment’s phases', () => {
  it('merge entry by entry into a deal that gave only their number, the phases it does not list kept', () => {
    // ceasefireTruce: 42 days of ceasefire in 3 phases, begun on 19 January 2025.
    const actor = ceasefireTruce('2025-01-19');

    arrange(actor, ...amendmentAgreed({ phases: [{}, { hostages: 30 }] }, '2025-02-20'));

    expect(contextOf(actor).agreement?.terms.phases).toEqual([{}, { hostages: 30 }, {}]);
  });

  it('leave a phase they do not reach as it was: still to be negotiated', () => {
    const actor = startTruce();
    arrange(
      actor,
      { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { phases: [{ days: 42 }, { toBeNegotiated: true }, { toBeNegotiated: true }] }, date: '2025-01-15' },
      { type: 'PROPOSAL_ACCEPTED', by: ['israel', 'hamas'], date: '2025-01-18' },
      { type: 'CEASEFIRE_BEGAN', date: '2025-01-19' },
    );

    arrange(actor, ...amendmentAgreed({ phases: [{}, { days: 42 }] }, '2025-02-20'));

    expect(contextOf(actor).agreement?.terms.phases).toEqual([{ days: 42 }, { days: 42 }, { toBeNegotiated: true }]);
    arrange(actor, { type: 'PHASE_BEGAN', phase: 2, date: '2025-03-02' });
    expect(refusalOf(sendEvent(actor, { type: 'PHASE_BEGAN', phase: 3, date: '2025-04-13' })).code).toBe('NEXT_PHASE_NOT_AGREED');
  });

  it.each([
    ['gives their number, it replaces the agreement’s', { phases: 4 }, 4],
    ['says nothing of them, the agreement keeps its own', { hostages: 33 }, 3],
  ])('when it %s', (_case, terms: Terms, phases) => {
    const actor = ceasefireTruce('2025-01-19');

    arrange(actor, ...amendmentAgreed(terms, '2025-02-20'));

    expect(contextOf(actor).agreement?.terms.phases).toBe(phases);
  });
});

describe('an amendment’s guarantors', () => {
  const withGuarantors: Party[] = [...parties, { id: 'russia', name: 'Russia', role: 'guarantor' }, { id: 'turkey', name: 'Turkey', role: 'guarantor' }];

  it('join the agreement’s, each named once', () => {
    const actor = startTruce({ input: { parties: withGuarantors } });
    arrange(
      actor,
      { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { ceasefireDays: 30 } },
      { type: 'PROPOSAL_ACCEPTED', by: ['russia', 'israel', 'hamas'] },
    );

    arrange(
      actor,
      { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { amends: true, ceasefireDays: 10 } },
      { type: 'PROPOSAL_ACCEPTED', by: ['turkey', 'russia', 'israel', 'hamas'] },
    );

    expect(contextOf(actor).agreement?.guarantors).toEqual(['russia', 'turkey']);
  });
});

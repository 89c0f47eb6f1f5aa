/**
 * The conditions of the eventless transitions (conditions.ts), asked directly: like the rules,
 * they are public, so each must answer for any context, not only in the states that ask it.
 */
import { describe, expect, it } from 'vitest';
import { conditions, firstDayLapsed } from '../../src/model/index.js';
import { arrange, contextOf, pausedTruce, startTruce } from './helpers.js';

describe('the conditions', () => {
  it('each answer, without throwing, for a start with no proposal and no agreement', () => {
    const context = contextOf(startTruce());

    const answers = Object.fromEntries(Object.entries(conditions).map(([name, condition]) => [name, condition(context)]));

    expect(answers).toEqual({
      everyPrincipalAccepted: false,
      aPrincipalRejected: false,
      everyCrossingOpen: true,
      newDealAgreed: false,
      agreedDaysRanOut: false,
      resumedAtExpiry: false,
      resumedBeforeEndDay: false,
    });
  });
});

describe('whether every principal has accepted', () => {
  // dealIsAgreed remembers its last answer for the same lists; new lists must be asked again.
  it('answers again for each new list of acceptances, and for each new list of parties', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'egypt', terms: { pauseDays: 4 } }, { type: 'PROPOSAL_ACCEPTED', by: 'israel' });
    const waiting = contextOf(actor);
    const accepted = { ...waiting, proposal: { ...waiting.proposal!, acceptedBy: [...waiting.proposal!.acceptedBy, 'hamas'] } };
    const hamasAMediator = { ...accepted, parties: accepted.parties.map((party) => (party.id === 'hamas' ? { ...party, role: 'mediator' as const } : party)) };
    const waitingWithHamasAMediator = { ...waiting, parties: hamasAMediator.parties };

    const asked = [waiting, accepted, accepted, waiting, waitingWithHamasAMediator, hamasAMediator, waiting].map((context) => conditions.everyPrincipalAccepted(context));

    expect(asked).toEqual([false, true, true, false, true, true, false]);
  });
});

describe('the first day an agreement has lapsed', () => {
  it('is the day after its end day: a 4-day pause from 24 November has lapsed on the 29th', () => {
    expect(firstDayLapsed(contextOf(pausedTruce('2023-11-24')))).toBe('2023-11-29');
  });

  it('is none when there is no agreement', () => {
    expect(firstDayLapsed(contextOf(startTruce()))).toBeNull();
  });
});

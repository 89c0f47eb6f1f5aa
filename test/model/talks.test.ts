import { describe, expect, it } from 'vitest';
import { sendEvent, type TalksState } from '../../src/model/index.js';
import { conditions } from '../../src/model/guards.js';
import {
  PARTY_LIST,
  agreedPauseDeal,
  arrange,
  contextOf,
  hostile,
  inputWith,
  parties,
  refusalOf,
  startTruce,
  valueOf,
} from './helpers.js';

describe('tabling a proposal', () => {
  it('puts the proposal on the table and moves talks to proposal', () => {
    const actor = startTruce();

    const outcome = sendEvent(actor, { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { pauseDays: 4 }, date: '2023-11-21' });

    expect(outcome.accepted).toBe(true);
    expect(valueOf(actor).talks).toBe('proposal');
    expect(contextOf(actor).proposal).toEqual({
      number: 1,
      by: 'qatar',
      terms: { pauseDays: 4 },
      counter: false,
      acceptedBy: [],
      rejectedBy: [],
      guaranteedBy: [],
      tabledOn: '2023-11-21',
    });
  });

  it('numbers each proposal tabled, counting from 1', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'egypt', terms: {} });

    sendEvent(actor, { type: 'COUNTER_PROPOSAL', by: 'hamas', terms: {} });

    expect(contextOf(actor).proposal?.number).toBe(2);
    expect(contextOf(actor).proposalsTabled).toBe(2);
  });

  it('counts a principal who tables a proposal as having accepted it', () => {
    const actor = startTruce();

    sendEvent(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: { pauseDays: 4 } });

    expect(contextOf(actor).proposal?.acceptedBy).toEqual(['israel']);
    expect(valueOf(actor).talks).toBe('proposal');
  });

  it('does not count a mediator who tables a proposal as having accepted it', () => {
    const actor = startTruce();

    sendEvent(actor, { type: 'PROPOSAL_TABLED', by: 'egypt', terms: { pauseDays: 4 } });

    expect(contextOf(actor).proposal?.acceptedBy).toEqual([]);
  });

  it('marks a counter-proposal as a counter and a tabled proposal as not', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: { pauseDays: 4 } });
    const tabled = contextOf(actor).proposal;

    sendEvent(actor, { type: 'COUNTER_PROPOSAL', by: 'hamas', terms: { lastingCeasefire: true } });

    expect(tabled?.counter).toBe(false);
    expect(contextOf(actor).proposal).toMatchObject({ number: 2, by: 'hamas', counter: true, acceptedBy: ['hamas'] });
  });

  it('replaces an agreed deal and its answers with the new proposal', () => {
    const actor = startTruce();
    arrange(actor, ...agreedPauseDeal);

    sendEvent(actor, { type: 'COUNTER_PROPOSAL', by: 'hamas', terms: { ceasefireDays: 42 } });

    expect(valueOf(actor).talks).toBe('proposal');
    expect(contextOf(actor).proposal).toMatchObject({ terms: { ceasefireDays: 42 }, acceptedBy: ['hamas'], rejectedBy: [] });
  });

  it.each<TalksState>(['rejected', 'stalled'])('reopens %s talks at proposal', (talks) => {
    const actor = startTruce({ state: { talks } });

    sendEvent(actor, { type: 'PROPOSAL_TABLED', by: 'usa', terms: {} });

    expect(valueOf(actor).talks).toBe('proposal');
  });

  it('refuses a proposal from a party not in the talks, listing the parties', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'PROPOSAL_TABLED', by: 'hezbollah', terms: {} }));

    expect(refusal.code).toBe('UNKNOWN_PARTY');
    expect(refusal.message).toContain('"hezbollah"');
    expect(refusal.message).toContain(PARTY_LIST);
  });

  it.each([
    ['a fractional number of days', { pauseDays: 1.5 }],
    ['a negative count', { hostages: -1 }],
    ['an unknown term', { truce: true }],
    ['a count written as text', { prisoners: '150' }],
    ['no terms at all', undefined],
  ])('refuses terms with %s', (_case, terms) => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, hostile({ type: 'PROPOSAL_TABLED', by: 'israel', terms })));

    expect(refusal.code).toBe('INVALID_TERMS');
    expect(refusal.message).toContain('whole numbers');
    expect(contextOf(actor).proposalsTabled).toBe(0);
  });

  it('refuses a counter-proposal with nothing on the table to counter, saying a proposal must be tabled first', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'COUNTER_PROPOSAL', by: 'hamas', terms: { pauseDays: 3 } }));

    expect(refusal).toEqual({ code: 'NO_PROPOSAL', message: 'there is no proposal on the table to answer; one must be tabled first (PROPOSAL_TABLED)' });
    expect(valueOf(actor).talks).toBe('idle');
    expect(contextOf(actor).proposalsTabled).toBe(0);
  });

  it('refuses a counter-proposal with invalid terms', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'egypt', terms: {} });

    const refusal = refusalOf(sendEvent(actor, hostile({ type: 'COUNTER_PROPOSAL', by: 'hamas', terms: { phases: 2.5 } })));

    expect(refusal.code).toBe('INVALID_TERMS');
  });
});

describe('answering a proposal', () => {
  it('agrees talks once every principal has accepted', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: { pauseDays: 4 } });

    const outcome = sendEvent(actor, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' });

    expect(outcome.accepted).toBe(true);
    expect(valueOf(actor).talks).toBe('accepted');
    expect(contextOf(actor).proposal?.acceptedBy).toEqual(['israel', 'hamas']);
  });

  it('keeps talks at proposal while a principal has yet to accept', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'egypt', terms: { pauseDays: 4 } });

    sendEvent(actor, { type: 'PROPOSAL_ACCEPTED', by: 'israel' });

    expect(valueOf(actor).talks).toBe('proposal');
    expect(contextOf(actor).proposal?.acceptedBy).toEqual(['israel']);
  });

  it('moves talks to rejected when a principal rejects, recording the rejecter', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: { pauseDays: 4 } });

    const outcome = sendEvent(actor, { type: 'PROPOSAL_REJECTED', by: 'hamas', reason: 'no end to the war' });

    expect(outcome.accepted).toBe(true);
    expect(valueOf(actor).talks).toBe('rejected');
    expect(contextOf(actor).proposal?.rejectedBy).toEqual(['hamas']);
  });

  it('lets a party that rejected accept later, moving it from rejectedBy to acceptedBy', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: { pauseDays: 4 } }, { type: 'PROPOSAL_REJECTED', by: 'hamas' });

    const outcome = sendEvent(actor, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' });

    expect(outcome.accepted).toBe(true);
    expect(contextOf(actor).proposal).toMatchObject({ acceptedBy: ['israel', 'hamas'], rejectedBy: [] });
    expect(valueOf(actor).talks).toBe('accepted');
  });

  it('refuses an acceptance when no proposal is on the table, naming the event that tables one', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' }));

    expect(refusal.code).toBe('NO_PROPOSAL');
    expect(refusal.message).toContain('PROPOSAL_TABLED');
  });

  it('refuses a rejection when no proposal is on the table', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'PROPOSAL_REJECTED', by: 'israel' }));

    expect(refusal.code).toBe('NO_PROPOSAL');
  });

  it('refuses an acceptance from a mediator, naming it and the principals', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: {} });

    const refusal = refusalOf(sendEvent(actor, { type: 'PROPOSAL_ACCEPTED', by: 'egypt' }));

    expect(refusal.code).toBe('NOT_A_PRINCIPAL');
    expect(refusal.message).toContain('Egypt is a mediator');
    expect(refusal.message).toContain('(Israel, Hamas)');
  });

  it('refuses a rejection from a mediator', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: {} });

    const refusal = refusalOf(sendEvent(actor, { type: 'PROPOSAL_REJECTED', by: 'usa' }));

    expect(refusal.code).toBe('NOT_A_PRINCIPAL');
    expect(refusal.message).toContain('United States');
  });

  it('refuses an answer from a party not in the talks', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: {} });

    const refusal = refusalOf(sendEvent(actor, { type: 'PROPOSAL_ACCEPTED', by: 'Hamas' }));

    expect(refusal.code).toBe('UNKNOWN_PARTY');
    expect(refusal.message).toContain('"Hamas"');
  });

  it('refuses a second acceptance by the same party', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'egypt', terms: {} }, { type: 'PROPOSAL_ACCEPTED', by: 'israel' });

    const refusal = refusalOf(sendEvent(actor, { type: 'PROPOSAL_ACCEPTED', by: 'israel' }));

    expect(refusal.code).toBe('ALREADY_ACCEPTED');
    expect(refusal.message).toContain('Israel has already accepted');
  });

  it('refuses a rejection from a party that already accepted, saying a new proposal is needed', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: {} });

    const refusal = refusalOf(sendEvent(actor, { type: 'PROPOSAL_REJECTED', by: 'israel' }));

    expect(refusal.code).toBe('ALREADY_ACCEPTED');
    expect(refusal.message).toContain('Israel');
    expect(refusal.message).toContain('new proposal');
  });

  it('refuses a second rejection by the same party', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: {} }, { type: 'PROPOSAL_REJECTED', by: 'hamas' });

    const refusal = refusalOf(sendEvent(actor, { type: 'PROPOSAL_REJECTED', by: 'hamas' }));

    expect(refusal.code).toBe('ALREADY_REJECTED');
    expect(refusal.message).toContain('Hamas has already rejected');
  });

  it('takes a rejection out of stalled talks, to rejected', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'qatar', terms: {} }, { type: 'TALKS_STALLED' });

    const outcome = sendEvent(actor, { type: 'PROPOSAL_REJECTED', by: 'hamas' });

    expect(outcome.accepted).toBe(true);
    expect(valueOf(actor).talks).toBe('rejected');
  });

  it('takes an acceptance out of stalled talks', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: {} }, { type: 'TALKS_STALLED' });

    sendEvent(actor, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' });

    expect(valueOf(actor).talks).toBe('accepted');
  });

  it('sees a deal agreed only once every principal, not a mediator, has accepted', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'qatar', terms: {} });
    expect(conditions.everyPrincipalAccepted(contextOf(actor))).toBe(false);

    arrange(actor, { type: 'PROPOSAL_ACCEPTED', by: 'israel' });
    expect(conditions.everyPrincipalAccepted(contextOf(actor))).toBe(false);

    arrange(actor, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' });
    expect(conditions.everyPrincipalAccepted(contextOf(actor))).toBe(true);
  });
});

describe('answering a proposal with three principals', () => {
  const withHezbollah = inputWith({ parties: [...parties, { id: 'hezbollah', name: 'Hezbollah', role: 'armed-group' }] });

  function rejectedByTwo() {
    const actor = startTruce({ input: withHezbollah });
    arrange(
      actor,
      { type: 'PROPOSAL_TABLED', by: 'israel', terms: { ceasefireDays: 60 } },
      { type: 'PROPOSAL_REJECTED', by: 'hamas' },
      { type: 'PROPOSAL_REJECTED', by: 'hezbollah' },
    );
    return actor;
  }

  it('keeps talks rejected while another principal still rejects after one accepts', () => {
    const actor = rejectedByTwo();

    sendEvent(actor, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' });

    expect(valueOf(actor).talks).toBe('rejected');
    expect(contextOf(actor).proposal).toMatchObject({ acceptedBy: ['israel', 'hamas'], rejectedBy: ['hezbollah'] });
  });

  it('agrees talks when the last rejecter accepts', () => {
    const actor = rejectedByTwo();
    arrange(actor, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' });

    sendEvent(actor, { type: 'PROPOSAL_ACCEPTED', by: 'hezbollah' });

    expect(valueOf(actor).talks).toBe('accepted');
  });

  it('keeps talks at proposal while one principal has not answered and none rejects', () => {
    const actor = startTruce({ input: withHezbollah });
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: {} });

    sendEvent(actor, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' });

    expect(valueOf(actor).talks).toBe('proposal');
  });
});

describe('rounds of talks', () => {
  it.each<TalksState>(['idle', 'proposal', 'accepted', 'rejected', 'stalled'])('counts a round opened while talks are %s', (talks) => {
    const actor = startTruce({ state: { talks } });

    const outcome = sendEvent(actor, { type: 'TALKS_OPENED', where: 'Cairo', date: '2024-05-04' });

    expect(outcome.accepted).toBe(true);
    expect(contextOf(actor).roundsOpened).toBe(1);
    expect(contextOf(actor).date).toBe('2024-05-04');
  });

  it('counts every round opened, with a place or without', () => {
    const actor = startTruce();
    arrange(actor, { type: 'TALKS_OPENED', where: 'Doha' });

    sendEvent(actor, { type: 'TALKS_OPENED' });

    expect(contextOf(actor).roundsOpened).toBe(2);
  });

  it('leaves talks where they were when a round opens outside a stall', () => {
    const actor = startTruce();
    arrange(actor, ...agreedPauseDeal);

    sendEvent(actor, { type: 'TALKS_OPENED' });

    expect(valueOf(actor).talks).toBe('accepted');
  });

  it('reopens stalled talks at proposal when a proposal is on the table', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: {} }, { type: 'TALKS_STALLED' });

    sendEvent(actor, { type: 'TALKS_OPENED', where: 'Cairo' });

    expect(valueOf(actor).talks).toBe('proposal');
    expect(contextOf(actor).roundsOpened).toBe(1);
  });

  it('reopens stalled talks at idle when no proposal is on the table', () => {
    const actor = startTruce();
    arrange(actor, { type: 'TALKS_STALLED' });

    sendEvent(actor, { type: 'TALKS_OPENED', where: 'Cairo' });

    expect(valueOf(actor).talks).toBe('idle');
    expect(contextOf(actor).roundsOpened).toBe(1);
  });
});

describe('stalling talks', () => {
  it.each<TalksState>(['idle', 'proposal', 'rejected', 'stalled'])('stalls talks that are %s, recording the reason', (talks) => {
    const actor = startTruce({ state: { talks } });

    const outcome = sendEvent(actor, { type: 'TALKS_STALLED', reason: 'delegations recalled' });

    expect(outcome.accepted).toBe(true);
    expect(valueOf(actor).talks).toBe('stalled');
    expect(contextOf(actor).stallReason).toBe('delegations recalled');
  });

  it('records no reason when a stall gives none', () => {
    const actor = startTruce();
    arrange(actor, { type: 'TALKS_STALLED', reason: 'first' });

    sendEvent(actor, { type: 'TALKS_STALLED' });

    expect(contextOf(actor).stallReason).toBeNull();
  });

  it('lets talks stall after every principal has agreed, leaving the agreement in force', () => {
    const actor = startTruce();
    arrange(actor, ...agreedPauseDeal);

    const outcome = sendEvent(actor, { type: 'TALKS_STALLED', reason: 'no agreement on the next step' });

    expect(outcome.accepted).toBe(true);
    expect(valueOf(actor)).toMatchObject({ talks: 'stalled', agreement: 'inForce' });
    expect(contextOf(actor).stallReason).toBe('no agreement on the next step');
  });
});

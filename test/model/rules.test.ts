/**
 * The rules (guards.ts) asked directly, outside the order the machine asks
 * them in: each must answer for any context and event, even one that an
 * earlier rule on the same transition would already have refused, because
 * `rules` is public and `explainRefusal` asks them one by one.
 */
import { describe, expect, it } from 'vitest';
import { rules, sendEvent, type Party, type TruceEvent } from '../../src/model/index.js';
import { principalsYetToAccept } from '../../src/model/guards.js';
import { DETAIL_FIELDS } from '../../src/model/rule-kit.js';
import { contextOf, hostile, startTruce } from './helpers.js';

describe('the rules', () => {
  it('each answer, without throwing, for a start with no proposal and an event that carries nothing', () => {
    const context = contextOf(startTruce());
    const bare = hostile({ type: 'PROPOSAL_ACCEPTED' });

    const answers = Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, rule.holds(context, bare)]));

    expect(answers).toMatchObject({
      senderIsKnown: false,
      senderIsKnownIfNamed: true,
      claimantIsKnownIfNamed: true,
      senderIsPrincipal: false,
      senderMayAccept: false,
      termsAreValid: false,
      proposalOnTable: false,
      notYetAcceptedBySender: true,
      notYetRejectedBySender: true,
      amendsAnAgreementInForce: true,
      amendedAgreementStillInForce: true,
      agreementInForce: false,
      dealGivesPause: false,
      pauseNotYetUsedForDeal: true,
      dealGivesCeasefire: false,
      extensionIsWholeDays: false,
      agreementHasEnd: false,
      phaseIsWhole: false,
      phaseIsNext: false,
      nextPhaseAgreed: false,
      timeMovesOn: false,
      trucksAreWhole: false,
      revisedCountsAreWhole: false,
      countIsWhole: false,
      deceasedIsWhole: true,
      enoughHostagesHeld: false,
      enoughDeceasedHeld: true,
      enoughLivingHostagesHeld: false,
      deathsWithinLivingHeld: false,
      tollIsWhole: false,
      textIsGiven: false,
      detailsAreText: true,
      crossingIsNamed: false,
      crossingIsOpen: true,
      crossingIsClosed: false,
    });
  });

  it('each answer, without throwing, for a start with no proposal and an event from a party not in the talks', () => {
    const context = contextOf(startTruce());
    const fromStranger = hostile({ type: 'PROPOSAL_ACCEPTED', by: 'hezbollah' });

    const answers = Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, rule.holds(context, fromStranger)]));

    expect(answers).toMatchObject({
      senderIsKnown: false,
      senderIsKnownIfNamed: false,
      senderIsPrincipal: false,
      senderMayAccept: false,
      proposalOnTable: false,
      notYetAcceptedBySender: true,
      notYetRejectedBySender: true,
    });
  });

  it('that ask for a principal give the missing sender as the reason, when asked about an event that names none', () => {
    const context = contextOf(startTruce());
    const bare = hostile({ type: 'PROPOSAL_ACCEPTED' });
    const missingSender = { code: 'UNKNOWN_PARTY', message: 'the event must say which party it comes from (by: one of israel, hamas, egypt, qatar, usa)' };

    expect(rules.senderIsPrincipal.refusal(context, bare)).toEqual(missingSender);
    expect(rules.senderMayAccept.refusal(context, bare)).toEqual(missingSender);
  });

  it('that may accept a deal name the mediator of a joint acceptance, leaving a party not in the talks to senderIsKnown', () => {
    const context = contextOf(startTruce());

    expect(rules.senderMayAccept.refusal(context, hostile({ type: 'PROPOSAL_ACCEPTED', by: ['hezbollah', 'qatar'] }))).toEqual({
      code: 'NOT_A_PRINCIPAL',
      message: 'Qatar is a mediator: only the principal parties (Israel, Hamas) accept a deal',
    });
  });

  it('say there is no end day to extend when asked with no agreement at all', () => {
    expect(rules.agreementHasEnd.refusal(contextOf(startTruce()))).toEqual({
      code: 'AGREEMENT_HAS_NO_END',
      message: 'the agreement gives no days (no pauseDays, ceasefireDays or days for its phase): there is no end day to extend',
    });
  });

  it('list every principal as yet to accept when no proposal is on the table', () => {
    expect(principalsYetToAccept(contextOf(startTruce()))).toEqual(['israel', 'hamas']);
  });

  it('see no agreed deal when there is no principal to agree, and refuse a ceasefire for want of one', () => {
    const mediatorsOnly: Party[] = [
      { id: 'qatar', name: 'Qatar', role: 'mediator' },
      { id: 'egypt', name: 'Egypt', role: 'mediator' },
    ];
    const actor = startTruce({ input: { parties: mediatorsOnly } });

    const outcome = sendEvent(actor, { type: 'CEASEFIRE_BEGAN' });

    expect(outcome.accepted ? null : outcome.refusal.code).toBe('NO_AGREED_DEAL');
  });

  it('take a count of a billion, the largest allowed, and refuse one more', () => {
    const release = (count: number): TruceEvent => ({ type: 'PRISONERS_RELEASED', by: 'israel', count });

    expect(sendEvent(startTruce(), release(1_000_000_000)).accepted).toBe(true);
    expect(sendEvent(startTruce(), release(1_000_000_001)).accepted).toBe(false);
  });
});

describe('detailsAreText', () => {
  const context = contextOf(startTruce());

  // The rule reads each detail by name: every name of DETAIL_FIELDS must be among those it reads.
  it.each(DETAIL_FIELDS.map((key) => [key]))('refuses a %s that is not text, and accepts one that is', (key) => {
    expect(rules.detailsAreText.holds(context, hostile({ type: 'TALKS_OPENED', [key]: 5 }))).toBe(false);
    expect(rules.detailsAreText.holds(context, hostile({ type: 'TALKS_OPENED', [key]: '  ' }))).toBe(false);
    expect(rules.detailsAreText.holds(context, hostile({ type: 'TALKS_OPENED', [key]: 'Cairo' }))).toBe(true);
  });

  it('asks nothing of a field that is not a detail', () => {
    expect(rules.detailsAreText.holds(context, hostile({ type: 'TALKS_OPENED', text: 5, by: 7 }))).toBe(true);
  });
});

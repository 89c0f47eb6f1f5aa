/**
 * The rules a transition asks together, under one name each. The machine
 * refers to these names, so the Stately inspector's picture labels every
 * guarded arrow with what it checks ("OPERATION_PAUSED [mayPauseForRelease]");
 * an `and([...])` written inline on a transition has no name and the
 * inspector shows no guard at all. `guardNames` opens a set into its rules,
 * in the order they are asked, for refusals and for our own diagrams.
 */
import { and } from 'xstate';
import type { RuleName } from './guards.js';

export const ruleSets = {
  mayTableProposal: ['senderIsKnown', 'termsAreValid', 'amendsAnAgreementInForce'],
  // A counter-proposal answers the proposal on the table: with none, there is nothing to counter.
  mayCounterProposal: ['senderIsKnown', 'proposalOnTable', 'termsAreValid', 'amendsAnAgreementInForce'],
  mayAcceptProposal: ['senderIsKnown', 'senderMayAccept', 'proposalOnTable', 'notYetAcceptedBySender', 'amendedAgreementStillInForce'],
  mayRejectProposal: ['senderIsKnown', 'senderIsPrincipal', 'proposalOnTable', 'notYetAcceptedBySender', 'notYetRejectedBySender', 'detailsAreText'],
  reopensWithProposal: ['detailsAreText', 'proposalOnTable'],
  mayLaunchOperation: ['senderIsKnown', 'senderIsPrincipal', 'detailsAreText'],
  // A deal's one pause, once used, is the reason given even after the deal has ended: the lesson is one pause per deal.
  mayPauseForRelease: ['senderIsKnown', 'senderIsPrincipal', 'pauseNotYetUsedForDeal', 'agreementInForce', 'dealGivesPause'],
  mayExtendPause: ['agreementInForce', 'agreementHasEnd', 'extensionIsWholeDays'],
  mayBeginCeasefire: ['senderIsKnownIfNamed', 'agreementInForce', 'dealGivesCeasefire'],
  mayResumeOperations: ['senderIsKnown', 'senderIsPrincipal'],
  mayExtendAgreement: ['senderIsKnownIfNamed', 'agreementHasEnd', 'extensionIsWholeDays'],
  mayBeginPhase: ['phaseIsWhole', 'phaseIsNext', 'nextPhaseAgreed'],
  mayPassTime: ['timeMovesOn'],
  mayReleaseHostages: [
    'senderIsKnown',
    'senderIsPrincipal',
    'countIsWhole',
    'deceasedIsWhole',
    'enoughHostagesHeld',
    'enoughDeceasedHeld',
    'enoughLivingHostagesHeld',
  ],
  mayReportHostageDeaths: ['countIsWhole', 'deathsWithinLivingHeld'],
  mayReviseHostageCount: ['revisedCountsAreWhole', 'detailsAreText'],
  mayDeliverAid: ['senderIsKnownIfNamed', 'trucksAreWhole', 'detailsAreText'],
  mayReleasePrisoners: ['senderIsKnown', 'senderIsPrincipal', 'countIsWhole'],
  saidByKnownParty: ['senderIsKnown', 'textIsGiven'],
  mayReportViolation: ['senderIsKnown', 'claimantIsKnownIfNamed', 'textIsGiven'],
  mayReportCasualties: ['tollIsWhole', 'detailsAreText'],
  mayCloseCrossing: ['senderIsKnownIfNamed', 'senderIsPrincipalIfNamed', 'crossingIsNamed'],
  mayCloseAnotherCrossing: ['senderIsKnownIfNamed', 'senderIsPrincipalIfNamed', 'crossingIsNamed', 'crossingIsOpen'],
  mayOpenCrossing: ['senderIsKnownIfNamed', 'senderIsPrincipalIfNamed', 'crossingIsNamed', 'crossingIsClosed'],
} as const satisfies Record<string, readonly RuleName[]>;

export type RuleSetName = keyof typeof ruleSets;

export function isRuleSetName(name: string): name is RuleSetName {
  return Object.hasOwn(ruleSets, name);
}

/** The rule sets as XState guards: each one `and` of its rules, asked in order. */
export const ruleSetGuards = Object.fromEntries(
  Object.entries(ruleSets).map(([name, names]) => [name, and([...names] as string[])]),
) as Record<RuleSetName, ReturnType<typeof and>>;

/**
 * What a rule takes for granted: the rules that must hold for its own "no" to
 * say anything. "The agreed deal gives no pause" says nothing when no deal is
 * in force; "cannot release 12: 10 hostages are held" nothing when the count
 * is not a number. A rule set asks these first, so the machine never needs
 * this list; `everyRefusal` does, to name every rule a refused event breaks
 * and none whose "no" only echoes an earlier one.
 */
import type { RuleName } from './guards.js';

export const presumes: Partial<Record<RuleName, readonly RuleName[]>> = {
  senderIsPrincipal: ['senderIsKnown'],
  senderMayAccept: ['senderIsKnown'],
  notYetAcceptedBySender: ['senderIsKnown', 'proposalOnTable'],
  notYetRejectedBySender: ['senderIsKnown', 'proposalOnTable'],
  amendedAgreementStillInForce: ['proposalOnTable'],
  dealGivesPause: ['agreementInForce'],
  dealGivesCeasefire: ['agreementInForce'],
  agreementHasEnd: ['agreementInForce'],
  phaseIsNext: ['phaseIsWhole', 'agreementInForce'],
  nextPhaseAgreed: ['phaseIsWhole', 'phaseIsNext'],
  enoughHostagesHeld: ['countIsWhole'],
  enoughDeceasedHeld: ['deceasedIsWhole'],
  enoughLivingHostagesHeld: ['countIsWhole', 'deceasedIsWhole'],
  deathsWithinLivingHeld: ['countIsWhole'],
  crossingIsOpen: ['crossingIsNamed'],
  crossingIsClosed: ['crossingIsNamed'],
};

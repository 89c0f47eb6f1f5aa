/** The rules about who acts: a party of the talks, a principal where only principals may act, one that may accept a deal. */
import { findParty, isGuarantor, isPrincipal, principalsOf } from './parties.js';
import { type Rule, fieldsOf, senders, unknownIn, nonPrincipalIn, listNames, unknownParty, unknownSender, roleInWords } from './rule-kit.js';

export const partyRules = {
  senderIsKnown: {
    holds: (context, event) => unknownIn(context, fieldsOf(event).by) === undefined,
    refusal: unknownSender,
  },
  /** For events whose sender is optional (a ceasefire, a crossing): checked only when named. */
  senderIsKnownIfNamed: {
    holds: (context, event) => fieldsOf(event).by === undefined || unknownIn(context, fieldsOf(event).by) === undefined,
    refusal: unknownSender,
  },
  /** Who makes a claim (a violation reported), when named. */
  claimantIsKnownIfNamed: {
    holds: (context, event) => fieldsOf(event).claimant === undefined || unknownIn(context, fieldsOf(event).claimant) === undefined,
    refusal: (context, event) => unknownParty(context, fieldsOf(event).claimant, 'who makes the claim'),
  },
  senderIsPrincipal: {
    holds: (context, event) => senders(event).length > 0 && nonPrincipalIn(context, event) === undefined,
    // Asked after senderIsKnown in every set: an event that names no sender is refused there first.
    refusal: (context, event) => senders(event).length === 0 ? unknownSender(context, event) : ({
      code: 'NOT_A_PRINCIPAL',
      message: `${roleInWords(context, nonPrincipalIn(context, event)!)}: only the principal parties (${listNames(
        context,
        principalsOf(context.parties).map((p) => p.id),
      )}) can do this`,
    }),
  },
  /**
   * For events whose sender is optional (a crossing closed or opened): when named, a principal.
   * Crossings are the parties' to the conflict to close or open; a mediator carries proposals.
   */
  senderIsPrincipalIfNamed: {
    holds: (context, event) => fieldsOf(event).by === undefined || nonPrincipalIn(context, event) === undefined,
    refusal: (context, event) => ({
      code: 'NOT_A_PRINCIPAL',
      message: `${roleInWords(context, nonPrincipalIn(context, event)!)}: only the principal parties (${listNames(
        context,
        principalsOf(context.parties).map((p) => p.id),
      )}) close or open a crossing`,
    }),
  },
  /** Principals accept a deal; a guarantor may accept it as its guarantor. */
  senderMayAccept: {
    holds: (context, event) =>
      senders(event).length > 0 &&
      senders(event).every((id) => {
        const party = findParty(context.parties, id);
        return party !== undefined && (isPrincipal(party) || isGuarantor(party));
      }),
    refusal: (context, event) => {
      if (senders(event).length === 0) return unknownSender(context, event);
      const refused = senders(event).find((id) => {
        const party = findParty(context.parties, id);
        return party !== undefined && !isPrincipal(party) && !isGuarantor(party);
      })!;
      const guarantors = context.parties.filter(isGuarantor);
      return {
        code: 'NOT_A_PRINCIPAL',
        message: `${roleInWords(context, refused)}: only the principal parties (${listNames(
          context,
          principalsOf(context.parties).map((p) => p.id),
        )}) accept a deal${guarantors.length > 0 ? `, and a guarantor (${listNames(context, guarantors.map((p) => p.id))}) may accept it as its guarantor` : ''}`,
      };
    },
  },
} satisfies Record<string, Rule>;

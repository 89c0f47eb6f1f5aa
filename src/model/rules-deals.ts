/**
 * The rules about proposals and agreements: terms that are valid, a proposal on the
 * table to answer, answers given once, an agreement in force for a pause, a ceasefire,
 * an extension or the next phase, and time that moves forward.
 */
import { givesCeasefire, givesPause, hasEnd, nextPhase, phaseCount } from './agreement.js';
import { isRealDate } from './schema-kit.js';
import { isFrozenTerms, termsSchema, type Terms } from './terms.js';
import { type Rule, fieldsOf, isWhole, senders, nameOf, agreementInForce, noAgreementInForce, MAX_COUNT_IN_WORDS } from './rule-kit.js';

/**
 * Terms found valid that can no longer change (frozen: the terms of a proposal on the table, a
 * simulation's vocabulary), remembered: a simulation tables the same few terms millions of times.
 */
const validFrozenTerms = new WeakSet<object>();

function termsAreValid(terms: unknown): boolean {
  if (typeof terms === 'object' && terms !== null && validFrozenTerms.has(terms)) return true;
  const valid = termsSchema.safeParse(terms).success;
  if (valid && isFrozenTerms(terms as Terms)) validFrozenTerms.add(terms as object);
  return valid;
}

export const dealRules = {
  termsAreValid: {
    holds: (_context, event) => termsAreValid(fieldsOf(event).terms),
    refusal: () => ({
      code: 'INVALID_TERMS',
      message: 'the terms are not valid: days and counts must be whole numbers of at least 0, and only known terms may be given',
    }),
  },
  proposalOnTable: {
    holds: (context) => context.proposal !== null,
    refusal: () => ({
      code: 'NO_PROPOSAL',
      message: 'there is no proposal on the table to answer; one must be tabled first (PROPOSAL_TABLED)',
    }),
  },
  notYetAcceptedBySender: {
    holds: (context, event) => senders(event).every((id) => !context.proposal?.acceptedBy.includes(id) && !context.proposal?.guaranteedBy.includes(id)),
    refusal: (context, event) => ({
      code: 'ALREADY_ACCEPTED',
      message: `${nameOf(context, senders(event).find((id) => context.proposal?.acceptedBy.includes(id) || context.proposal?.guaranteedBy.includes(id))!)} has already accepted the proposal on the table; to change its answer, a new proposal or counter-proposal is needed`,
    }),
  },
  notYetRejectedBySender: {
    holds: (context, event) => senders(event).every((id) => !context.proposal?.rejectedBy.includes(id)),
    refusal: (context, event) => ({
      code: 'ALREADY_REJECTED',
      message: `${nameOf(context, senders(event).find((id) => context.proposal?.rejectedBy.includes(id))!)} has already rejected the proposal on the table`,
    }),
  },
  /** A proposal that amends the agreement in force (amends: true) is tabled while one is in force. */
  amendsAnAgreementInForce: {
    holds: (context, event) => (fieldsOf(event).terms as { amends?: unknown } | undefined)?.amends !== true || agreementInForce(context),
    refusal: (context) => ({
      code: 'NO_AGREED_DEAL',
      message: `this proposal amends the agreement in force (amends: true), but none is in force: ${noAgreementInForce(context)}`,
    }),
  },
  /** An amendment on the table can be accepted only while the agreement it amends is in force. */
  amendedAgreementStillInForce: {
    holds: (context) => context.proposal?.terms.amends !== true || agreementInForce(context),
    refusal: (context) => ({
      code: 'NO_AGREED_DEAL',
      message: `the proposal on the table amends an agreement, and none is in force now: ${noAgreementInForce(context)}`,
    }),
  },
  agreementInForce: {
    holds: (context) => agreementInForce(context),
    refusal: (context) => ({ code: 'NO_AGREED_DEAL', message: noAgreementInForce(context) }),
  },
  dealGivesPause: {
    holds: (context) => givesPause(context.agreement?.terms),
    refusal: () => ({
      code: 'DEAL_HAS_NO_PAUSE',
      message: 'the agreed deal gives no pause: its terms have no pauseDays',
    }),
  },
  pauseNotYetUsedForDeal: {
    holds: (context) => context.agreement?.pauseUsed !== true,
    refusal: () => ({
      code: 'PAUSE_ALREADY_USED',
      message: 'operations have already paused once under this deal; another pause needs a new agreed deal (or PAUSE_EXTENDED while paused)',
    }),
  },
  dealGivesCeasefire: {
    holds: (context) => givesCeasefire(context.agreement?.terms, context.agreement?.phase),
    refusal: () => ({
      code: 'DEAL_HAS_NO_CEASEFIRE',
      message: 'the agreed deal gives no ceasefire: its terms have neither ceasefireDays, nor days for its phase, nor lastingCeasefire: true',
    }),
  },
  extensionIsWholeDays: {
    holds: (_context, event) => isWhole(fieldsOf(event).days, 1),
    refusal: (_context, event) => ({
      code: 'INVALID_COUNT',
      message: `an extension is a whole number of days (1 to ${MAX_COUNT_IN_WORDS}), not ${String(fieldsOf(event).days)}`,
    }),
  },
  /** An agreement with an end can be extended; a lasting ceasefire, or a deal that gives no days, cannot. */
  agreementHasEnd: {
    holds: (context) => context.agreement !== null && hasEnd(context.agreement),
    refusal: (context) => ({
      code: 'AGREEMENT_HAS_NO_END',
      message:
        context.agreement?.terms.lastingCeasefire === true
          ? 'the agreement is a lasting ceasefire: it has no end day to extend'
          : 'the agreement gives no days (no pauseDays, ceasefireDays or days for its phase): there is no end day to extend',
    }),
  },
  phaseIsWhole: {
    holds: (_context, event) => isWhole(fieldsOf(event).phase, 1),
    refusal: (_context, event) => ({
      code: 'INVALID_COUNT',
      message: `a phase is a whole number (2 for the second), not ${String(fieldsOf(event).phase)}`,
    }),
  },
  phaseIsNext: {
    holds: (context, event) => {
      const check = context.agreement && nextPhase(context.agreement, fieldsOf(event).phase as number);
      return check !== null && (check.ok || check.why === 'not-agreed');
    },
    refusal: (context, event) => {
      const agreement = context.agreement!;
      const phase = fieldsOf(event).phase as number;
      const check = nextPhase(agreement, phase);
      const count = phaseCount(agreement.terms);
      const why = check.ok ? '' : check.why;
      return {
        code: 'PHASE_OUT_OF_ORDER',
        message:
          why === 'already-begun'
            ? `phase ${phase} has already begun: the agreement is in phase ${agreement.phase}`
            : why === 'no-such-phase'
              ? `the agreement has ${count} phase${count === 1 ? '' : 's'}: there is no phase ${phase}`
              : `phase ${phase} cannot begin yet: the agreement is in phase ${agreement.phase}, and phase ${agreement.phase + 1} comes next`,
      };
    },
  },
  nextPhaseAgreed: {
    holds: (context, event) => context.agreement !== null && nextPhase(context.agreement, fieldsOf(event).phase as number).ok,
    refusal: (_context, event) => ({
      code: 'NEXT_PHASE_NOT_AGREED',
      message: `the terms of phase ${String(fieldsOf(event).phase)} are still to be negotiated (toBeNegotiated): an amendment every principal accepts must agree them first`,
    }),
  },
  /** Time passes forward, to a real date. */
  timeMovesOn: {
    holds: (context, event) => {
      const date = fieldsOf(event).date;
      return typeof date === 'string' && isRealDate(date) && (context.date === null || date >= context.date);
    },
    refusal: (context, event) => ({
      code: 'INVALID_DATE',
      message:
        typeof fieldsOf(event).date === 'string' && isRealDate(fieldsOf(event).date as string)
          ? `time cannot go back: the last event was on ${String(context.date)}, and this one is dated ${String(fieldsOf(event).date)}`
          : 'time passes to a date: the event needs a real date (a scenario step gives its own)',
    }),
  },
} satisfies Record<string, Rule>;

/**
 * The rules of the talks, one named guard each. A guard is a question
 * (`proposalOnTable`); when the answer is no, its `refusal` says why in words a
 * student can read. The machine uses `holds`; `explainRefusal` uses `refusal`.
 * Three more guards, the `conditions`, decide where talks and access settle after
 * an event (eventless transitions): they never refuse anything, so they have no
 * refusal.
 *
 * Guards read events defensively (`field`): the machine may be sent anything,
 * not only what a scenario file's schema let through.
 */
import { addDays, daysUntil, givesCeasefire, givesPause, hasEnd, isPastEnd, nextPhase, phaseCount } from './agreement.js';
import type { TruceContext } from './context.js';
import type { TruceEvent } from './events.js';
import { findParty, idsOf, isGuarantor, isPrincipal, partyName, principalsOf, roleOf } from './parties.js';
import type { Refusal } from './refusal.js';
import { termsSchema } from './terms.js';
import { isRealDate, MAX_COUNT } from './schema-kit.js';

interface Rule {
  holds(context: TruceContext, event: TruceEvent): boolean;
  refusal(context: TruceContext, event: TruceEvent): Refusal;
}

/**
 * `1,000,000,000`, written out once: not with toLocaleString, which loads the locale data at start-up,
 * and not with the words kit's `count`, which the model does not import (the words are built on the model).
 */
const MAX_COUNT_IN_WORDS = String(MAX_COUNT).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function field(event: TruceEvent, key: string): unknown {
  return (event as unknown as Record<string, unknown>)[key];
}


function isWhole(value: unknown, atLeast: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= atLeast && value <= MAX_COUNT;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}


/** The ids an event's `by` names (one, or several acting together); [] when it names none. */
function senders(event: TruceEvent): string[] {
  return idsOf(field(event, 'by'));
}

/** The first id in `by` that is not a party, or undefined when every one is (and there is one). */
function unknownIn(context: TruceContext, by: unknown): string | undefined {
  const ids = idsOf(by);
  if (ids.length === 0) return String(by);
  return ids.find((id) => findParty(context.parties, id) === undefined);
}

/** The first party in `by` that is not a principal. */
function nonPrincipalIn(context: TruceContext, event: TruceEvent): string | undefined {
  return senders(event).find((id) => {
    const party = findParty(context.parties, id);
    return party === undefined || !isPrincipal(party);
  });
}

function nameOf(context: TruceContext, id: string): string {
  return partyName(context.parties, id);
}

function listNames(context: TruceContext, ids: readonly string[]): string {
  return ids.map((id) => nameOf(context, id)).join(', ');
}

/** The principals who have not accepted the proposal on the table. */
export function principalsYetToAccept(context: TruceContext): string[] {
  const accepted = context.proposal?.acceptedBy ?? [];
  return principalsOf(context.parties)
    .map((party) => party.id)
    .filter((id) => !accepted.includes(id));
}

/** True when a proposal is on the table and every principal has accepted it. */
export function dealIsAgreed(context: TruceContext): boolean {
  return context.proposal !== null && principalsYetToAccept(context).length === 0;
}

/** True while an agreement is in force. */
export function agreementInForce(context: TruceContext): boolean {
  return context.agreement?.status === 'inForce';
}

/** Why no agreement is in force, in words: none was made, or how the last one ended. */
function noAgreementInForce(context: TruceContext): string {
  const { agreement } = context;
  if (agreement?.status === 'lapsed') return `the agreement lapsed${agreement.endedOn ? ` on ${agreement.endedOn}` : ''}: its agreed days ran out`;
  if (agreement?.status === 'broken') return `the agreement was broken${agreement.endedOn ? ` on ${agreement.endedOn}` : ''}: operations resumed before its end day`;
  if (context.proposal === null) return 'there is no deal: operations pause or stop only under a proposal that every principal has accepted';
  const waiting = principalsYetToAccept(context);
  return `there is no agreed deal yet: ${listNames(context, waiting)} ${waiting.length === 1 ? 'has' : 'have'} not accepted the proposal on the table`;
}


function releaseCount(event: TruceEvent): unknown {
  return field(event, 'count');
}

function releasedDeceased(event: TruceEvent): number {
  const deceased = field(event, 'deceased');
  return deceased === undefined ? 0 : (deceased as number);
}

/** Optional words an event may carry: when present they must be real text. */
const DETAIL_FIELDS = ['where', 'reason', 'area', 'source', 'note', 'crossing'] as const;

function crossingName(event: TruceEvent): string {
  return String(field(event, 'crossing'));
}

function unknownParty(context: TruceContext, by: unknown, what: string): Refusal {
  const parties = context.parties.map((party) => party.id).join(', ');
  return by === undefined
    ? { code: 'UNKNOWN_PARTY', message: `the event must say ${what} (by: one of ${parties})` }
    : { code: 'UNKNOWN_PARTY', message: `"${String(unknownIn(context, by))}" is not a party to these talks; the parties are ${parties}` };
}

function unknownSender(context: TruceContext, event: TruceEvent): Refusal {
  return unknownParty(context, field(event, 'by'), 'which party it comes from');
}

/** "Qatar is a mediator", "the United States is a guarantor". */
function roleInWords(context: TruceContext, id: string): string {
  const party = findParty(context.parties, id);
  return `${nameOf(context, id)} is a ${party ? roleOf(party) : 'party'}`;
}

export const rules = {
  senderIsKnown: {
    holds: (context, event) => unknownIn(context, field(event, 'by')) === undefined,
    refusal: unknownSender,
  },
  /** For events whose sender is optional (a ceasefire, a crossing): checked only when named. */
  senderIsKnownIfNamed: {
    holds: (context, event) => field(event, 'by') === undefined || unknownIn(context, field(event, 'by')) === undefined,
    refusal: unknownSender,
  },
  /** Who makes a claim (a violation reported), when named. */
  claimantIsKnownIfNamed: {
    holds: (context, event) => field(event, 'claimant') === undefined || unknownIn(context, field(event, 'claimant')) === undefined,
    refusal: (context, event) => unknownParty(context, field(event, 'claimant'), 'who makes the claim'),
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
  termsAreValid: {
    holds: (_context, event) => termsSchema.safeParse(field(event, 'terms')).success,
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
    holds: (context, event) => (field(event, 'terms') as { amends?: unknown } | undefined)?.amends !== true || agreementInForce(context),
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
    holds: (_context, event) => isWhole(field(event, 'days'), 1),
    refusal: (_context, event) => ({
      code: 'INVALID_COUNT',
      message: `an extension is a whole number of days (1 to ${MAX_COUNT_IN_WORDS}), not ${String(field(event, 'days'))}`,
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
    holds: (_context, event) => isWhole(field(event, 'phase'), 1),
    refusal: (_context, event) => ({
      code: 'INVALID_COUNT',
      message: `a phase is a whole number (2 for the second), not ${String(field(event, 'phase'))}`,
    }),
  },
  phaseIsNext: {
    holds: (context, event) => {
      const check = context.agreement && nextPhase(context.agreement, field(event, 'phase') as number);
      return check !== null && (check.ok || check.why === 'not-agreed');
    },
    refusal: (context, event) => {
      const agreement = context.agreement!;
      const phase = field(event, 'phase') as number;
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
    holds: (context, event) => context.agreement !== null && nextPhase(context.agreement, field(event, 'phase') as number).ok,
    refusal: (_context, event) => ({
      code: 'NEXT_PHASE_NOT_AGREED',
      message: `the terms of phase ${String(field(event, 'phase'))} are still to be negotiated (toBeNegotiated): an amendment every principal accepts must agree them first`,
    }),
  },
  /** Time passes forward, to a real date. */
  timeMovesOn: {
    holds: (context, event) => {
      const date = field(event, 'date');
      return typeof date === 'string' && isRealDate(date) && (context.date === null || date >= context.date);
    },
    refusal: (context, event) => ({
      code: 'INVALID_DATE',
      message:
        typeof field(event, 'date') === 'string' && isRealDate(field(event, 'date') as string)
          ? `time cannot go back: the last event was on ${String(context.date)}, and this one is dated ${String(field(event, 'date'))}`
          : 'time passes to a date: the event needs a real date (a scenario step gives its own)',
    }),
  },
  trucksAreWhole: {
    holds: (_context, event) => isWhole(field(event, 'trucks'), 1),
    refusal: (_context, event) => ({
      code: 'INVALID_COUNT',
      message: `trucks must be a whole number from 1 to ${MAX_COUNT_IN_WORDS}, not ${String(field(event, 'trucks'))}`,
    }),
  },
  revisedCountsAreWhole: {
    holds: (_context, event) => {
      const held = field(event, 'held');
      const deceased = field(event, 'deceased');
      return isWhole(held, 0) && isWhole(deceased, 0) && deceased <= held;
    },
    refusal: (_context, event) => ({
      code: 'INVALID_COUNT',
      message: `held and deceased are whole numbers, with deceased no more than held (those held include the dead), not held ${String(field(event, 'held'))} and deceased ${String(field(event, 'deceased'))}`,
    }),
  },
  countIsWhole: {
    holds: (_context, event) => isWhole(releaseCount(event), 1),
    refusal: (_context, event) => ({
      code: 'INVALID_COUNT',
      message: `count must be a whole number from 1 to ${MAX_COUNT_IN_WORDS}, not ${String(releaseCount(event))}`,
    }),
  },
  deceasedIsWhole: {
    holds: (_context, event) => {
      const deceased = field(event, 'deceased');
      return deceased === undefined || (isWhole(deceased, 0) && deceased <= (releaseCount(event) as number));
    },
    refusal: (_context, event) => ({
      code: 'INVALID_COUNT',
      message: `deceased must be a whole number from 0 to count (${String(releaseCount(event))}), not ${String(field(event, 'deceased'))}`,
    }),
  },
  enoughHostagesHeld: {
    holds: (context, event) => (releaseCount(event) as number) <= context.hostages.held,
    refusal: (context, event) => ({
      code: 'NOT_ENOUGH_HOSTAGES',
      message: `cannot release ${String(releaseCount(event))}: ${context.hostages.held} hostages are held`,
    }),
  },
  enoughDeceasedHeld: {
    holds: (context, event) => releasedDeceased(event) <= context.hostages.deceased,
    refusal: (context, event) => ({
      code: 'NOT_ENOUGH_DECEASED',
      message: `cannot hand back ${releasedDeceased(event)} bodies: ${context.hostages.deceased} of those held are reported dead`,
    }),
  },
  enoughLivingHostagesHeld: {
    holds: (context, event) =>
      (releaseCount(event) as number) - releasedDeceased(event) <= context.hostages.held - context.hostages.deceased,
    refusal: (context, event) => ({
      code: 'NOT_ENOUGH_LIVING_HOSTAGES',
      message: `cannot free ${(releaseCount(event) as number) - releasedDeceased(event)} alive: ${
        context.hostages.held - context.hostages.deceased
      } of those held are alive`,
    }),
  },
  deathsWithinLivingHeld: {
    holds: (context, event) => (releaseCount(event) as number) <= context.hostages.held - context.hostages.deceased,
    refusal: (context, event) => ({
      code: 'NOT_ENOUGH_LIVING_HOSTAGES',
      message: `cannot report ${String(releaseCount(event))} deaths: ${context.hostages.held - context.hostages.deceased} of those held are reported alive`,
    }),
  },
  tollIsWhole: {
    holds: (_context, event) => isWhole(field(event, 'toll'), 0),
    refusal: (_context, event) => ({
      code: 'INVALID_COUNT',
      message: `a death toll is a whole number from 0 to ${MAX_COUNT_IN_WORDS}, not ${String(field(event, 'toll'))}`,
    }),
  },
  textIsGiven: {
    holds: (_context, event) => isText(field(event, 'text')),
    refusal: () => ({ code: 'MISSING_TEXT', message: 'the event needs a text saying what was said or reported' }),
  },
  detailsAreText: {
    holds: (_context, event) => DETAIL_FIELDS.every((key) => field(event, key) === undefined || isText(field(event, key))),
    refusal: (_context, event) => {
      const bad = DETAIL_FIELDS.find((key) => field(event, key) !== undefined && !isText(field(event, key)));
      return { code: 'MISSING_TEXT', message: `${String(bad)} must be some text when given, not ${JSON.stringify(field(event, String(bad)))}` };
    },
  },
  crossingIsNamed: {
    holds: (_context, event) => isText(field(event, 'crossing')),
    refusal: () => ({ code: 'MISSING_TEXT', message: 'the event needs the name of the crossing' }),
  },
  crossingIsOpen: {
    holds: (context, event) => context.crossings[crossingName(event)] !== 'closed',
    refusal: (_context, event) => ({
      code: 'CROSSING_ALREADY_CLOSED',
      message: `the ${crossingName(event)} crossing is already closed`,
    }),
  },
  crossingIsClosed: {
    holds: (context, event) => context.crossings[crossingName(event)] === 'closed',
    refusal: (context, event) => ({
      code: 'CROSSING_NOT_CLOSED',
      message: `the ${crossingName(event)} crossing is not closed (closed now: ${
        // Only asked while access is closed, so at least one crossing is.
        Object.keys(context.crossings).filter((name) => context.crossings[name] === 'closed').join(', ')
      })`,
    }),
  },
} satisfies Record<string, Rule>;

function resumedAtExpiry(context: TruceContext): boolean {
  const agreement = context.agreement;
  return agreement?.operationsResumed === true && agreement.endDay !== null && agreement.operationsResumedOn !== null && daysUntil(agreement.endDay, agreement.operationsResumedOn) >= 0;
}

/** What the eventless transitions ask once an event has been taken. */
export const conditions = {
  /** Talks go from `proposal` to `accepted` once every principal has accepted. */
  everyPrincipalAccepted: (context: TruceContext) => dealIsAgreed(context),
  /** Talks go from `proposal` to `rejected` while a principal's rejection stands. */
  aPrincipalRejected: (context: TruceContext) => (context.proposal?.rejectedBy.length ?? 0) > 0,
  /** Access opens again once no named crossing is closed. */
  everyCrossingOpen: (context: TruceContext) => Object.values(context.crossings).every((state) => state === 'open'),
  /** The proposal on the table has just become agreed: it is not yet (part of) the agreement. */
  newDealAgreed: (context: TruceContext) => dealIsAgreed(context) && !(context.agreement?.proposals.includes(context.proposal!.number) ?? false),
  /** The clock has passed the agreement's end day. */
  agreedDaysRanOut: (context: TruceContext) => isPastEnd(context.agreement, context.date),
  /** Operations resumed on (or after) its end day: the agreement ran its course. */
  resumedAtExpiry,
  /** Operations resumed before its end day (or when it has none, or on a day not known): the agreement is broken. */
  resumedBeforeEndDay: (context: TruceContext) => context.agreement?.operationsResumed === true && !resumedAtExpiry(context),
} satisfies Record<string, (context: TruceContext) => boolean>;

/**
 * Conditions that are timers: the chart says them as statecharts say a delayed transition,
 * "after ...", not "when <name>".
 */
export const TIMERS: Partial<Record<keyof typeof conditions, string>> = { agreedDaysRanOut: 'after the agreed days' };

/** Whether the clock passing to `date` would end the agreement in force: its days run out before then. */
export function timeWouldEndAgreement(context: TruceContext, date: string | null | undefined): boolean {
  return isPastEnd(context.agreement, date);
}

/** The day after the agreement's end day: the first day it has lapsed. */
export function firstDayLapsed(context: TruceContext): string | null {
  const endDay = context.agreement?.endDay;
  return endDay ? addDays(endDay, 1) : null;
}

/** The name of a rule: a guard that can refuse an event, and says why. */
export type RuleName = keyof typeof rules;

export function isRuleName(name: string): name is RuleName {
  return Object.hasOwn(rules, name);
}

type GuardArgs = { context: TruceContext; event: TruceEvent };

/** The rules and the conditions as XState wants them: `({ context, event }) => boolean`, under the same names. */
export const guards = {
  ...(Object.fromEntries(
    Object.entries(rules).map(([name, rule]) => [name, ({ context, event }: GuardArgs) => rule.holds(context, event)]),
  ) as Record<RuleName, (args: GuardArgs) => boolean>),
  ...(Object.fromEntries(
    Object.entries(conditions).map(([name, condition]) => [name, ({ context }: GuardArgs) => condition(context)]),
  ) as Record<keyof typeof conditions, (args: GuardArgs) => boolean>),
};

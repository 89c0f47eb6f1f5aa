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
import type { TruceContext } from './context.js';
import type { TruceEvent } from './events.js';
import { findParty, isPrincipal, partyName, principalsOf } from './parties.js';
import type { Refusal } from './refusal.js';
import { termsSchema, type Terms } from './terms.js';
import { MAX_COUNT } from './schema-kit.js';

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

function sender(event: TruceEvent): string {
  return String(field(event, 'by'));
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

/** Whether deal terms give a pause for release (what OPERATION_PAUSED asks of an agreed deal). */
export function givesPause(terms: Terms | undefined): boolean {
  return isWhole(terms?.pauseDays, 1);
}

/** Whether deal terms give a ceasefire (what CEASEFIRE_BEGAN asks of an agreed deal). */
export function givesCeasefire(terms: Terms | undefined): boolean {
  return isWhole(terms?.ceasefireDays, 1) || terms?.lastingCeasefire === true;
}

function releaseCount(event: TruceEvent): unknown {
  return field(event, 'count');
}

function releasedDeceased(event: TruceEvent): number {
  const deceased = field(event, 'deceased');
  return deceased === undefined ? 0 : (deceased as number);
}

/** Optional words an event may carry: when present they must be real text. */
const DETAIL_FIELDS = ['where', 'reason', 'area', 'source'] as const;

function crossingName(event: TruceEvent): string {
  return String(field(event, 'crossing'));
}

function unknownSender(context: TruceContext, event: TruceEvent): Refusal {
  const parties = context.parties.map((party) => party.id).join(', ');
  return field(event, 'by') === undefined
    ? { code: 'UNKNOWN_PARTY', message: `the event must say which party it comes from (by: one of ${parties})` }
    : { code: 'UNKNOWN_PARTY', message: `"${sender(event)}" is not a party to these talks; the parties are ${parties}` };
}

export const rules = {
  senderIsKnown: {
    holds: (context, event) => findParty(context.parties, field(event, 'by')) !== undefined,
    refusal: unknownSender,
  },
  /** For events whose sender is optional (a ceasefire, a crossing): checked only when named. */
  senderIsKnownIfNamed: {
    holds: (context, event) => field(event, 'by') === undefined || findParty(context.parties, field(event, 'by')) !== undefined,
    refusal: unknownSender,
  },
  senderIsPrincipal: {
    holds: (context, event) => {
      const party = findParty(context.parties, field(event, 'by'));
      return party !== undefined && isPrincipal(party);
    },
    refusal: (context, event) => ({
      code: 'NOT_A_PRINCIPAL',
      message: `${nameOf(context, sender(event))} is a mediator: only the principal parties (${listNames(
        context,
        principalsOf(context.parties).map((p) => p.id),
      )}) can do this`,
    }),
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
    holds: (context, event) => !context.proposal?.acceptedBy.includes(sender(event)),
    refusal: (context, event) => ({
      code: 'ALREADY_ACCEPTED',
      message: `${nameOf(context, sender(event))} has already accepted the proposal on the table; to change its answer, a new proposal or counter-proposal is needed`,
    }),
  },
  notYetRejectedBySender: {
    holds: (context, event) => !context.proposal?.rejectedBy.includes(sender(event)),
    refusal: (context, event) => ({
      code: 'ALREADY_REJECTED',
      message: `${nameOf(context, sender(event))} has already rejected the proposal on the table`,
    }),
  },
  dealAccepted: {
    holds: (context) => dealIsAgreed(context),
    refusal: (context) => ({
      code: 'NO_AGREED_DEAL',
      message:
        context.proposal === null
          ? 'there is no deal: operations pause or stop only under a proposal that every principal has accepted'
          : `there is no agreed deal yet: ${listNames(context, principalsYetToAccept(context))} ${
              principalsYetToAccept(context).length === 1 ? 'has' : 'have'
            } not accepted the proposal on the table`,
    }),
  },
  dealGivesPause: {
    holds: (context) => givesPause(context.proposal?.terms),
    refusal: () => ({
      code: 'DEAL_HAS_NO_PAUSE',
      message: 'the agreed deal gives no pause: its terms have no pauseDays',
    }),
  },
  pauseNotYetUsedForDeal: {
    holds: (context) => context.pause.underProposal !== context.proposal?.number,
    refusal: () => ({
      code: 'PAUSE_ALREADY_USED',
      message: 'operations have already paused once under this deal; another pause needs a new agreed deal (or PAUSE_EXTENDED while paused)',
    }),
  },
  dealGivesCeasefire: {
    holds: (context) => givesCeasefire(context.proposal?.terms),
    refusal: () => ({
      code: 'DEAL_HAS_NO_CEASEFIRE',
      message: 'the agreed deal gives no ceasefire: its terms have neither ceasefireDays nor lastingCeasefire: true',
    }),
  },
  extensionIsWholeDays: {
    holds: (_context, event) => isWhole(field(event, 'days'), 1),
    refusal: (_context, event) => ({
      code: 'INVALID_COUNT',
      message: `a pause is extended by a whole number of days (1 to ${MAX_COUNT_IN_WORDS}), not ${String(field(event, 'days'))}`,
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

/** What the eventless transitions ask once an event has been taken. */
export const conditions = {
  /** Talks go from `proposal` to `accepted` once every principal has accepted. */
  everyPrincipalAccepted: (context: TruceContext) => dealIsAgreed(context),
  /** Talks go from `proposal` to `rejected` while a principal's rejection stands. */
  aPrincipalRejected: (context: TruceContext) => (context.proposal?.rejectedBy.length ?? 0) > 0,
  /** Access opens again once no named crossing is closed. */
  everyCrossingOpen: (context: TruceContext) => Object.values(context.crossings).every((state) => state === 'open'),
} satisfies Record<string, (context: TruceContext) => boolean>;

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

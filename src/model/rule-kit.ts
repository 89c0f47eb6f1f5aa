/**
 * What the rules of the talks share: the shape of a rule (a question, and the
 * refusal that says why when the answer is no), reading events defensively
 * (`field`: the machine may be sent anything, not only what a file's schema let
 * through), naming parties, and the facts several rules ask about (whether a
 * deal is agreed, whether an agreement is in force, and if not, why).
 */
import type { TruceContext } from './context.js';
import type { TruceEvent } from './events.js';
import { findParty, idsOf, isPrincipal, partyName, principalsOf, roleOf, type Party } from './parties.js';
import type { Refusal } from './refusal.js';
import { MAX_COUNT } from './schema-kit.js';

export interface Rule {
  holds(context: TruceContext, event: TruceEvent): boolean;
  refusal(context: TruceContext, event: TruceEvent): Refusal;
}

/**
 * `1,000,000,000`, written out once: not with toLocaleString, which loads the locale data at start-up,
 * and not with the words kit's `count`, which the model does not import (the words are built on the model).
 */
export const MAX_COUNT_IN_WORDS = String(MAX_COUNT).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** An event's field by a name known only at run time. */
export function field(event: TruceEvent, key: string): unknown {
  return (event as unknown as Record<string, unknown>)[key];
}

/** The fields rules read, each of any type: an event can hold anything, so each is checked before use. */
export interface EventFields {
  readonly area?: unknown;
  readonly by?: unknown;
  readonly claimant?: unknown;
  readonly count?: unknown;
  readonly crossing?: unknown;
  readonly date?: unknown;
  readonly days?: unknown;
  readonly deceased?: unknown;
  readonly held?: unknown;
  readonly note?: unknown;
  readonly phase?: unknown;
  readonly reason?: unknown;
  readonly source?: unknown;
  readonly terms?: unknown;
  readonly text?: unknown;
  readonly toll?: unknown;
  readonly trucks?: unknown;
  readonly where?: unknown;
}

/**
 * An event's fields to read by name (`fieldsOf(event).by`). A property named in the code is read
 * several times faster than one looked up by a string (`field`), and rules are asked for every
 * party and every move each time a simulation lists what may be done.
 */
export function fieldsOf(event: TruceEvent): EventFields {
  return event as EventFields;
}


export function isWhole(value: unknown, atLeast: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= atLeast && value <= MAX_COUNT;
}

export function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}


/** The ids an event's `by` names (one, or several acting together); [] when it names none. */
export function senders(event: TruceEvent): string[] {
  return idsOf(fieldsOf(event).by);
}

/** The first id in `by` that is not a party, or undefined when every one is (and there is one). */
export function unknownIn(context: TruceContext, by: unknown): string | undefined {
  // One sender, as most events have: no list made (asked for every event).
  if (typeof by === 'string') return findParty(context.parties, by) === undefined ? by : undefined;
  const ids = idsOf(by);
  if (ids.length === 0) return String(by);
  return ids.find((id) => findParty(context.parties, id) === undefined);
}

/** The first party in `by` that is not a principal. */
export function nonPrincipalIn(context: TruceContext, event: TruceEvent): string | undefined {
  const notPrincipal = (id: string) => {
    const party = findParty(context.parties, id);
    return party === undefined || !isPrincipal(party);
  };
  const { by } = fieldsOf(event);
  // One sender, as most events have: no list made (asked for every event).
  if (typeof by === 'string') return notPrincipal(by) ? by : undefined;
  return senders(event).find(notPrincipal);
}

export function nameOf(context: TruceContext, id: string): string {
  return partyName(context.parties, id);
}

export function listNames(context: TruceContext, ids: readonly string[]): string {
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
  const { proposal, parties } = context;
  if (proposal === null) return false;
  const { acceptedBy } = proposal;
  // Asked twice after every event (are talks agreed? does a new deal take force?) with the same lists.
  if (acceptedBy === lastAsked.acceptedBy && parties === lastAsked.parties) return lastAsked.agreed;
  // A loop, not the list `principalsYetToAccept` makes.
  let agreed = true;
  for (const party of parties) {
    if (isPrincipal(party) && !acceptedBy.includes(party.id)) {
      agreed = false;
      break;
    }
  }
  lastAsked = { acceptedBy, parties, agreed };
  return agreed;
}

/**
 * The last answer of `dealIsAgreed`, for the same two lists. Nothing changes these lists in place
 * (an action that changes one makes a new one: actions.ts; an unchanged one is shared), so the
 * same lists give the same answer. Their types say so (`readonly`), for code outside the model too.
 */
let lastAsked: { acceptedBy: readonly string[] | null; parties: readonly Party[] | null; agreed: boolean } = { acceptedBy: null, parties: null, agreed: false };

/** True while an agreement is in force. */
export function agreementInForce(context: TruceContext): boolean {
  return context.agreement?.status === 'inForce';
}

/** Why no agreement is in force, in words: none was made, or how the last one ended. */
export function noAgreementInForce(context: TruceContext): string {
  const { agreement } = context;
  if (agreement?.status === 'lapsed') return `the agreement lapsed${agreement.endedOn ? ` after its end day, ${agreement.endedOn}` : ''}: its agreed days ran out`;
  if (agreement?.status === 'broken') return `the agreement was broken${agreement.endedOn ? ` on ${agreement.endedOn}` : ''}: operations resumed before its end day`;
  if (context.proposal === null) return 'there is no deal: operations pause or stop only under an agreement every principal has accepted';
  const waiting = principalsYetToAccept(context);
  return `there is no agreed deal yet: ${listNames(context, waiting)} ${waiting.length === 1 ? 'has' : 'have'} not accepted the proposal on the table`;
}


export function releaseCount(event: TruceEvent): unknown {
  return fieldsOf(event).count;
}

export function releasedDeceased(event: TruceEvent): number {
  const deceased = fieldsOf(event).deceased;
  return deceased === undefined ? 0 : (deceased as number);
}

/** Optional words an event may carry: when present they must be real text. */
export const DETAIL_FIELDS = ['where', 'reason', 'area', 'source', 'note', 'crossing'] as const;

export function crossingName(event: TruceEvent): string {
  return String(fieldsOf(event).crossing);
}

export function unknownParty(context: TruceContext, by: unknown, what: string): Refusal {
  const parties = context.parties.map((party) => party.id).join(', ');
  return by === undefined
    ? { code: 'UNKNOWN_PARTY', message: `the event must say ${what} (by: one of ${parties})` }
    : { code: 'UNKNOWN_PARTY', message: `"${String(unknownIn(context, by))}" is not a party to these talks; the parties are ${parties}` };
}

export function unknownSender(context: TruceContext, event: TruceEvent): Refusal {
  return unknownParty(context, fieldsOf(event).by, 'which party it comes from');
}

/** "Qatar is a mediator", "the United States is a guarantor". */
export function roleInWords(context: TruceContext, id: string): string {
  const party = findParty(context.parties, id);
  return `${nameOf(context, id)} is a ${party ? roleOf(party) : 'party'}`;
}

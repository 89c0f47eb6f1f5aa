/**
 * Sample events: for an event type, a sender and the moment, an event with a
 * payload that fits (the terms on the table, the hostages still held, a
 * crossing that is open or closed). Path finding tries them; `truce play`
 * offers them as the defaults a student can change.
 */
import { dueInPhase, EVENT_TYPES, eventPayloads, isPrincipal, partyRefSchema, type EventType, type PhaseDue, type Party, type ScenarioEvent, type Terms, type TruceContext } from '../model/index.js';
import { DEFAULT_CROSSING, type Vocabulary } from './vocabulary.js';

/**
 * Who an event comes from, read from its payload schema: `required` and
 * `optional` senders (`by`), `none` (no `by`), or `accused` (a `by` that names
 * the party accused, not the one acting: VIOLATION_REPORTED).
 */
export type SenderKind = 'required' | 'optional' | 'none' | 'accused';

export function senderKind(type: EventType): SenderKind {
  return SENDER_KINDS[type];
}

function readSenderKind(type: EventType): SenderKind {
  const by = (eventPayloads[type] as Record<string, { type?: string; unwrap?: () => unknown } | undefined>).by;
  if (by === undefined) return 'none';
  if (by === partyRefSchema) return 'required';
  if (by.type === 'optional' && by.unwrap?.() === partyRefSchema) return 'optional';
  return 'accused';
}

/** Each event type's sender kind, read once from the schemas: listing moves asks it for every type, every time. */
const SENDER_KINDS = Object.fromEntries(EVENT_TYPES.map((type) => [type, readSenderKind(type)])) as Record<EventType, SenderKind>;

/** The terms a new proposal offers by default: those on the table, else the first sample. */
export function defaultTerms(context: TruceContext, vocabulary: Vocabulary): Terms {
  return context.proposal?.terms ?? vocabulary.terms[0] ?? {};
}

/** What the deal gives now: the current phase of the agreement in force, else the proposal on the table. */
function dueNow(context: TruceContext): PhaseDue {
  if (context.agreement?.status === 'inForce') return dueInPhase(context.agreement);
  const terms = context.proposal?.terms;
  return { hostages: terms?.hostages ?? null, prisoners: terms?.prisoners ?? null, aidTrucksPerDay: terms?.aidTrucksPerDay ?? null };
}

/** How many the default release frees: what the deal gives, within those alive. */
function releaseFields(context: TruceContext): { count: number; deceased?: number } {
  const { held, deceased } = context.hostages;
  const living = held - deceased;
  if (living > 0) return { count: Math.min(dueNow(context).hostages || living, living) };
  // Only the dead are held: a release hands back bodies.
  return deceased > 0 ? { count: deceased, deceased } : { count: 1 };
}

function crossingToClose(context: TruceContext, vocabulary: Vocabulary): string {
  return vocabulary.crossings.find((name) => context.crossings[name] !== 'closed') ?? vocabulary.crossings[0] ?? DEFAULT_CROSSING;
}

function crossingToOpen(context: TruceContext, vocabulary: Vocabulary): string {
  return Object.keys(context.crossings).find((name) => context.crossings[name] === 'closed') ?? vocabulary.crossings[0] ?? DEFAULT_CROSSING;
}

/**
 * An event of `type` that fits `context`, sent by `sender` when the event has one.
 * @example sampleEvent('PROPOSAL_ACCEPTED', context, vocabulary, 'hamas') // { type: 'PROPOSAL_ACCEPTED', by: 'hamas' }
 */
export function sampleEvent(type: EventType, context: TruceContext, vocabulary: Vocabulary, sender?: string, terms?: Terms): ScenarioEvent {
  const by = sender ?? '';
  const optionalBy = sender === undefined ? {} : { by: sender };
  switch (type) {
    case 'TALKS_OPENED':
    case 'TALKS_STALLED':
      return { type };
    case 'PROPOSAL_TABLED':
    case 'COUNTER_PROPOSAL':
      return { type, by, terms: terms ?? defaultTerms(context, vocabulary) };
    case 'PROPOSAL_ACCEPTED':
    case 'PROPOSAL_REJECTED':
    case 'OPERATION_LAUNCHED':
    case 'OPERATION_PAUSED':
    case 'OPERATION_RESUMED':
      return { type, by };
    case 'PAUSE_EXTENDED':
      return { type, days: 1 };
    case 'AGREEMENT_EXTENDED':
      return { type, days: 1, ...optionalBy };
    case 'CEASEFIRE_BEGAN':
      return { type, ...optionalBy };
    case 'PHASE_BEGAN':
      return { type, phase: (context.agreement?.phase ?? 1) + 1 };
    case 'TIME_PASSED':
      return { type };
    case 'VIOLATION_REPORTED':
      return { type, by, text: 'A violation is reported.' };
    case 'HOSTAGES_RELEASED':
      return { type, by, ...releaseFields(context) };
    case 'HOSTAGE_DEATHS_REPORTED':
      return { type, count: 1 };
    case 'HOSTAGE_COUNT_REVISED':
      return { type, held: context.hostages.held, deceased: context.hostages.deceased };
    case 'AID_DELIVERED':
      return { type, trucks: dueNow(context).aidTrucksPerDay || 1, ...optionalBy };
    case 'PRISONERS_RELEASED':
      return { type, by, count: dueNow(context).prisoners || 1 };
    case 'CROSSING_CLOSED':
      return { type, ...optionalBy, crossing: crossingToClose(context, vocabulary) };
    case 'CROSSING_OPENED':
      return { type, ...optionalBy, crossing: crossingToOpen(context, vocabulary) };
    case 'POSITION_STATED':
      return { type, by, text: 'A position is stated.' };
    case 'STATEMENT':
      return { type, by, text: 'A statement is made.' };
    case 'CASUALTIES_REPORTED':
      return { type, toll: context.deathToll?.count ?? 0 };
  }
}

/** The principals, in the order the scenario lists them. */
export function principals(parties: readonly Party[]): Party[] {
  return parties.filter(isPrincipal);
}

/**
 * The questions a move asks before it is made: one per field of the event's
 * payload, read from its schema (src/model/events.ts), with the sample
 * event's values as defaults. The sender (`by`) is chosen from a menu, not
 * typed, and so is a party the event names besides (the claimant of a
 * violation). Answers are checked here, so a typing slip is asked again,
 * while a move that breaks a rule goes to the model and comes back refused,
 * with the reason.
 *
 * A proposal made while an agreement is in force is either a new deal (it
 * would replace the agreement) or an amendment (its terms would merge into
 * it): the amendment's form starts empty, and asks for the days of the next
 * phase when the agreement leaves them to be negotiated.
 */
import { eventPayloads, eventSchemas, phaseCount, phaseTerms, termsSchema, type EventType, type Party, type PartyRef, type ScenarioEvent } from '../model/index.js';
import type { Result } from '../files/index.js';
import { sampleEvent } from '../moves/index.js';
import { describeTerms, didYouMean } from '../words/index.js';
import type { Session } from './session.js';

export type FieldKind = 'count' | 'whole' | 'text' | 'yes-no' | 'yes-no-or-text' | 'party' | 'phases' | 'phase-days' | 'fixed';

export interface FormField {
  /** Where the answer goes in the event: `count`, or `terms.pauseDays`. */
  path: string;
  /** The question, in words. */
  label: string;
  kind: FieldKind;
  optional: boolean;
  /** The answer given when the player just presses Enter; undefined: none (allowed only when optional). */
  default?: string;
  /** `party`: the parties that may be named. */
  parties?: readonly Party[];
  /** `phases`: the phases kept on yes. `fixed`: the value, set without asking. */
  value?: unknown;
  /** `phase-days`: the phase whose days are agreed. */
  phase?: number;
}

/** What kind of proposal a move makes: a new deal, or an amendment of the agreement in force. */
export type ProposalKind = 'deal' | 'amendment';

/** Words for the payload fields that have no description in the schema, or a better one for play: by event, then for every event. */
const EVENT_FIELD_LABELS: Partial<Record<EventType, Record<string, string>>> = {
  HOSTAGES_RELEASED: { deceased: 'how many of them are bodies' },
  HOSTAGE_COUNT_REVISED: { source: 'who gives the new figures', note: 'what the revision is about' },
  AID_DELIVERED: { crossing: 'through which crossing' },
  VIOLATION_REPORTED: { text: 'what is alleged' },
};
const FIELD_LABELS: Record<string, string> = {
  where: 'where the talks are held',
  reason: 'the reason',
  area: 'the area',
  days: 'by how many days',
  text: 'what is said or reported',
  count: 'how many',
  crossing: 'which crossing',
  toll: 'the death toll',
  source: 'who gives the figure',
  trucks: 'how many aid trucks',
  claimant: 'who makes the claim',
  outsideDeal: "released outside the deal's count, under a separate arrangement",
};

/** Terms asked for on every proposal, besides any the default terms already have. */
const CORE_TERMS = ['pauseDays', 'ceasefireDays', 'lastingCeasefire', 'hostages', 'prisoners'];

interface SchemaLike {
  type: string;
  description?: string;
  unwrap?: () => SchemaLike;
  minValue?: number | null;
}

function kindOf(schema: SchemaLike): FieldKind {
  switch (schema.type) {
    case 'number':
      return (schema.minValue ?? 0) >= 1 ? 'count' : 'whole';
    case 'boolean':
      return 'yes-no';
    case 'union':
      return 'yes-no-or-text';
    default:
      return 'text';
  }
}

function unwrapped(schema: SchemaLike): { inner: SchemaLike; optional: boolean } {
  return schema.type === 'optional' ? { inner: schema.unwrap!(), optional: true } : { inner: schema, optional: false };
}

function shown(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

function withDefault(value: unknown): { default?: string } {
  const text = shown(value);
  return text === undefined ? {} : { default: text };
}

/** Whether an agreement is in force at the session's moment. */
function agreementInForce(session: Session): boolean {
  return session.snapshot.context.agreement?.status === 'inForce';
}

/**
 * The fields to ask for a move of `type` by `sender`, with defaults that fit the moment. A proposal
 * is a new deal unless `proposal` says it amends the agreement in force.
 */
export function formFor(session: Session, type: EventType, sender?: string, proposal: ProposalKind = 'deal'): FormField[] {
  const { context } = session.snapshot;
  const sample = sampleEvent(type, context, session.setup.vocabulary, sender) as unknown as Record<string, unknown>;
  return Object.entries(eventPayloads[type] as Record<string, SchemaLike>).flatMap(([name, schema]): FormField[] => {
    if (name === 'by') return [];
    if (name === 'terms') return proposal === 'amendment' ? amendmentFields(session) : dealFields((sample.terms ?? {}) as Record<string, unknown>);
    const { inner, optional } = unwrapped(schema);
    const label = EVENT_FIELD_LABELS[type]?.[name] ?? FIELD_LABELS[name] ?? schema.description ?? inner.description ?? name;
    if (name === 'claimant') {
      // Named from a menu, as the sender is: the party played, or any party.
      const as = session.setup.as;
      return [{ path: name, label, kind: 'party', optional: true, parties: as ? [as] : session.setup.vocabulary.parties, ...(as ? { default: as.id } : {}) }];
    }
    if (name === 'outsideDeal') {
      // Only a release made while an agreement is in force can be counted against it, or not.
      return agreementInForce(session) ? [{ path: name, label, kind: 'yes-no', optional: false, default: 'no' }] : [];
    }
    return [{ path: name, label, kind: kindOf(inner), optional, ...withDefault(sample[name]) }];
  });
}

function termLabel(term: string): string {
  const schema = (termsSchema.shape as unknown as Record<string, SchemaLike>)[term]!;
  return `${schema.description ?? unwrapped(schema).inner.description ?? term} (${term})`;
}

/**
 * A new deal: the core terms and those of the default terms, with the default terms' values (never
 * `amends`). The note is the exception: it says something about the proposal it was written for,
 * so a counter-proposal starts it blank rather than repeat it unseen.
 */
function dealFields(terms: Record<string, unknown>): FormField[] {
  return Object.entries(termsSchema.shape as unknown as Record<string, SchemaLike>)
    .filter(([term]) => term !== 'amends' && (CORE_TERMS.includes(term) || terms[term] !== undefined))
    .map(([term, termSchema]): FormField => {
      const path = `terms.${term}`;
      const value = terms[term];
      if (term === 'phases' && Array.isArray(value)) {
        const phases = describeTerms({ phases: value as never });
        return { path, label: `keep the phases of the proposal on the table (${phases})? yes, no, or a number of phases (${term})`, kind: 'phases', optional: true, default: 'yes', value };
      }
      // A number of phases (a list is kept whole, above).
      const kind = term === 'phases' ? 'whole' : kindOf(unwrapped(termSchema).inner);
      return { path, label: termLabel(term), kind, optional: true, ...(term === 'note' ? {} : withDefault(value)) };
    });
}

/** An amendment: days to add, the next phase's days when they are still to be negotiated, and other terms, all blank. */
function amendmentFields(session: Session): FormField[] {
  const agreement = session.snapshot.context.agreement!;
  const next = agreement.phase + 1;
  const nextToNegotiate = next <= phaseCount(agreement.terms) && phaseTerms(agreement.terms, next).toBeNegotiated === true;
  const blank = (term: string, label = termLabel(term)): FormField => {
    const kind = kindOf(unwrapped((termsSchema.shape as unknown as Record<string, SchemaLike>)[term]!).inner);
    return { path: `terms.${term}`, label, kind, optional: true };
  };
  return [
    { path: 'terms.amends', label: 'amends the agreement in force', kind: 'fixed', optional: false, value: true },
    blank('pauseDays', 'days of pause to add to the current phase (pauseDays)'),
    blank('ceasefireDays', 'days of ceasefire to add to the current phase (ceasefireDays)'),
    ...(nextToNegotiate
      ? [{ path: 'terms.phases', label: `days of phase ${next}, which the agreement leaves to be negotiated: agree them (phases)`, kind: 'phase-days', optional: true, phase: next } satisfies FormField]
      : []),
    blank('lastingCeasefire', 'make the agreement a lasting ceasefire (lastingCeasefire)'),
    blank('hostages'),
    blank('prisoners'),
    blank('note'),
  ];
}

const refused = (message: string): Result<never> => ({ ok: false, problems: [{ code: 'invalid', message }] });

/** The party named by `answer` (its id or its name, in any case) among `parties`. */
function partyAnswer(answer: string, parties: readonly Party[]): Result<string> {
  const wanted = answer.toLowerCase();
  const party = parties.find((candidate) => candidate.id.toLowerCase() === wanted || candidate.name.toLowerCase() === wanted);
  if (party) return { ok: true, value: party.id };
  const ids = parties.map((candidate) => candidate.id);
  return refused(`no party "${answer}"${didYouMean(answer, ids)}; type one of ${ids.join(', ')}`);
}

/**
 * The parties named in `text`, separated by commas or "and", for a joint act: one id, or a list of them.
 * @example partiesAnswer('qatar, Egypt', parties) // { ok: true, value: ['qatar', 'egypt'] }
 */
export function partiesAnswer(text: string, parties: readonly Party[]): Result<PartyRef> {
  const names = text
    .split(/,|\band\b/i)
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0) return refused('name at least one party');
  const ids: string[] = [];
  for (const name of names) {
    const found = partyAnswer(name, parties);
    if (!found.ok) return found;
    if (!ids.includes(found.value)) ids.push(found.value);
  }
  return { ok: true, value: ids.length === 1 ? ids[0]! : ids };
}

function wholeAnswer(answer: string, least: number): Result<number> {
  if (!/^\d+$/.test(answer) || Number(answer) < least) return refused(`type a whole number of at least ${least}`);
  return { ok: true, value: Number(answer) };
}

/** The answer `text` to `field` as a value (undefined: left out), or why it cannot be. */
export function readAnswer(field: FormField, text: string): Result<unknown> {
  if (field.kind === 'fixed') return { ok: true, value: field.value };
  const answer = text.trim() === '' ? (field.default ?? '') : text.trim();
  if (answer === '' || answer === '-') {
    return field.optional ? { ok: true, value: undefined } : refused('this one is needed');
  }
  switch (field.kind) {
    case 'count':
    case 'whole':
      return wholeAnswer(answer, field.kind === 'count' ? 1 : 0);
    case 'yes-no':
    case 'yes-no-or-text': {
      const yesNo = /^(y|yes|true)$/i.test(answer) ? true : /^(n|no|false)$/i.test(answer) ? false : undefined;
      if (yesNo !== undefined) return { ok: true, value: yesNo };
      return field.kind === 'yes-no' ? refused('type yes or no') : { ok: true, value: answer };
    }
    case 'phases': {
      if (/^(y|yes)$/i.test(answer)) return { ok: true, value: field.value };
      if (/^(n|no)$/i.test(answer)) return { ok: true, value: undefined };
      return /^\d+$/.test(answer) ? wholeAnswer(answer, 1) : refused('type yes, no, or a number of phases');
    }
    case 'phase-days': {
      const days = wholeAnswer(answer, 1);
      if (!days.ok) return days;
      // The phases before it are left as agreed: empty entries merge nothing into them.
      const phase = field.phase ?? 2;
      return { ok: true, value: Array.from({ length: phase }, (_, index) => (index === phase - 1 ? { days: days.value } : {})) };
    }
    case 'party':
      return partyAnswer(answer, field.parties ?? []);
    case 'text':
      return { ok: true, value: answer };
  }
}

/** The event from the answers (values by field path); the schema has the last word on its shape. */
export function buildEvent(type: EventType, sender: PartyRef | undefined, values: Record<string, unknown>): Result<ScenarioEvent> {
  const event: Record<string, unknown> = { type, ...(sender === undefined ? {} : { by: sender }) };
  for (const [path, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const [head, tail] = path.split('.') as [string, string | undefined];
    if (tail === undefined) event[head] = value;
    else event[head] = { ...(event[head] as object | undefined), [tail]: value };
  }
  if (Object.hasOwn(eventPayloads[type], 'terms') && event.terms === undefined) event.terms = {};
  const checked = eventSchemas[type].safeParse(event);
  if (!checked.success) return refused(checked.error.issues.map((issue) => `${issue.path.join('.') || 'event'}: ${issue.message}`).join('; '));
  return { ok: true, value: checked.data as ScenarioEvent };
}

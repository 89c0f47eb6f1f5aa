/**
 * The questions a move asks before it is made: one per field of the event's
 * payload, read from its schema (src/model/events.ts), with the sample
 * event's values as defaults. The sender (`by`) is chosen from a menu, not
 * typed. Answers are checked here, so a typing slip is asked again, while a
 * move that breaks a rule goes to the model and comes back refused, with
 * the reason.
 */
import { eventPayloads, eventSchemas, termsSchema, type EventType, type ScenarioEvent } from '../model/index.js';
import type { Result } from '../files/index.js';
import { sampleEvent } from '../moves/index.js';
import type { Session } from './session.js';

export type FieldKind = 'count' | 'whole' | 'text' | 'yes-no' | 'yes-no-or-text';

export interface FormField {
  /** Where the answer goes in the event: `count`, or `terms.pauseDays`. */
  path: string;
  /** The question, in words. */
  label: string;
  kind: FieldKind;
  optional: boolean;
  /** The answer given when the player just presses Enter; undefined: none (allowed only when optional). */
  default?: string;
}

/** Words for the payload fields that have no description in the schema. */
const FIELD_LABELS: Record<string, string> = {
  where: 'where the talks are held',
  reason: 'the reason',
  area: 'the area',
  days: 'by how many days',
  text: 'what is said or reported',
  count: 'how many',
  deceased: 'how many of them are bodies',
  crossing: 'which crossing',
  toll: 'the death toll',
  source: 'who gives the figure',
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

/** The fields to ask for a move of `type` by `sender`, with defaults that fit the moment. */
export function formFor(session: Session, type: EventType, sender?: string): FormField[] {
  const sample = sampleEvent(type, session.snapshot.context, session.setup.vocabulary, sender) as unknown as Record<string, unknown>;
  return Object.entries(eventPayloads[type] as Record<string, SchemaLike>).flatMap(([name, schema]): FormField[] => {
    if (name === 'by') return [];
    const { inner, optional } = unwrapped(schema);
    if (name === 'terms') {
      const terms = (sample.terms ?? {}) as Record<string, unknown>;
      return Object.entries(termsSchema.shape as unknown as Record<string, SchemaLike>)
        .filter(([term]) => CORE_TERMS.includes(term) || terms[term] !== undefined)
        .map(([term, termSchema]) => {
          const field = unwrapped(termSchema);
          return { path: `terms.${term}`, label: `${termSchema.description ?? field.inner.description ?? term} (${term})`, kind: kindOf(field.inner), optional: true, ...withDefault(terms[term]) };
        });
    }
    const label = FIELD_LABELS[name] ?? schema.description ?? inner.description ?? name;
    return [{ path: name, label, kind: kindOf(inner), optional, ...withDefault(sample[name]) }];
  });
}

function withDefault(value: unknown): { default?: string } {
  const text = shown(value);
  return text === undefined ? {} : { default: text };
}

const refused = (message: string): Result<never> => ({ ok: false, problems: [{ code: 'invalid', message }] });

/** The answer `text` to `field` as a value (undefined: left out), or why it cannot be. */
export function readAnswer(field: FormField, text: string): Result<unknown> {
  const answer = text.trim() === '' ? (field.default ?? '') : text.trim();
  if (answer === '' || answer === '-') {
    return field.optional ? { ok: true, value: undefined } : refused('this one is needed');
  }
  switch (field.kind) {
    case 'count':
    case 'whole': {
      const least = field.kind === 'count' ? 1 : 0;
      if (!/^\d+$/.test(answer) || Number(answer) < least) return refused(`type a whole number of at least ${least}`);
      return { ok: true, value: Number(answer) };
    }
    case 'yes-no':
    case 'yes-no-or-text': {
      const yesNo = /^(y|yes|true)$/i.test(answer) ? true : /^(n|no|false)$/i.test(answer) ? false : undefined;
      if (yesNo !== undefined) return { ok: true, value: yesNo };
      return field.kind === 'yes-no' ? refused('type yes or no') : { ok: true, value: answer };
    }
    case 'text':
      return { ok: true, value: answer };
  }
}

/** The event from the answers (values by field path); the schema has the last word on its shape. */
export function buildEvent(type: EventType, sender: string | undefined, values: Record<string, unknown>): Result<ScenarioEvent> {
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

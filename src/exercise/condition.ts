/**
 * A goal's conditions: the forms a condition takes, and turning a checked
 * mapping from the file into one of them (or into findings saying which form
 * was meant).
 */
import { describeValue, zodIssueMessage, type Finding, type IssuePath } from '../files/index.js';
import { createInitialContext, eventSchemas, isEventType, REGION_STATES, REGIONS, type EventType, type RefusalCode, type Region, type TruceStateValue } from '../model/index.js';
import { didYouMean, listInWords } from '../words/index.js';
import type { ConditionShape } from './schema.js';

/** Part of an event: its type, and any of its fields that must match (terms may be matched in part too). */
export type EventPattern = { type: EventType } & Record<string, unknown>;

/** What any condition may carry: the words students see for it, and how much it counts in the score. */
type Shown = { label?: string; weight?: number };

export type Condition = Shown &
  (
    | { form: 'state'; state: Partial<TruceStateValue> }
    | { form: 'never' | 'ever'; region: Region; value: string }
    | { form: 'value'; path: string; atLeast?: number; atMost?: number; equals?: number | string | boolean }
    | { form: 'refusal'; code: RefusalCode; event?: EventType }
    | { form: 'sequence'; sequence: EventPattern[] }
  );

const FORMS_IN_WORDS =
  '{ state: {...} }, { region, never }, { region, ever }, { path, atLeast | atMost | equals }, { refusal, event? } or { sequence: [...] }';

/** `talks, operations, access or agreement`: the regions a condition may name. */
const REGIONS_IN_WORDS = listInWords(REGIONS).replace(/ and ([^ ]+)$/, ' or $1');

/** The first level of the statechart's context: what a `path` may start with. */
const CONTEXT_ROOTS = Object.keys(createInitialContext({ parties: [], hostages: { held: 0, deceased: 0 } }));

/** Which forms the keys of a condition belong to. */
function formsOf(shape: ConditionShape): string[] {
  const forms = new Set<string>();
  if (shape.state !== undefined) forms.add('state');
  if (shape.never !== undefined || shape.ever !== undefined || shape.region !== undefined) forms.add('region');
  if (shape.path !== undefined || shape.atLeast !== undefined || shape.atMost !== undefined || shape.equals !== undefined) forms.add('path');
  if (shape.refusal !== undefined || shape.event !== undefined) forms.add('refusal');
  if (shape.sequence !== undefined) forms.add('sequence');
  return [...forms];
}

type Converted = { condition: Condition; findings: [] } | { condition?: undefined; findings: Finding[] };

const problem = (path: IssuePath, message: string, at?: 'key' | 'value'): Converted => ({ findings: [{ path, message, ...(at ? { at } : {}) }] });

/** The condition written at `path` (already checked against `conditionSchema`). */
export function toCondition(shape: ConditionShape, path: IssuePath): Converted {
  const forms = formsOf(shape);
  const shown: Shown = { ...(shape.label === undefined ? {} : { label: shape.label }), ...(shape.weight === undefined ? {} : { weight: shape.weight }) };
  if (forms.length === 0) return problem(path, `a condition needs one of these forms: ${FORMS_IN_WORDS}`);
  if (forms.length > 1) return problem(path, `this condition mixes the forms ${forms.join(' and ')}; write each as a condition of its own (forms: ${FORMS_IN_WORDS})`);

  switch (forms[0]) {
    case 'state':
      if (Object.keys(shape.state!).length === 0) return problem([...path, 'state'], `name at least one region: ${REGIONS_IN_WORDS}`);
      return { condition: { form: 'state', state: shape.state as Partial<TruceStateValue>, ...shown }, findings: [] };
    case 'region':
      return regionCondition(shape, path, shown);
    case 'path':
      return valueCondition(shape, path, shown);
    case 'refusal':
      if (shape.refusal === undefined) return problem(path, 'event names which event a refusal is about; add refusal: CODE (the reason you expect, e.g. NO_AGREED_DEAL)');
      return { condition: { form: 'refusal', code: shape.refusal, ...(shape.event ? { event: shape.event } : {}), ...shown }, findings: [] };
    default:
      return sequenceCondition(shape.sequence!, [...path, 'sequence'], shown);
  }
}

function regionCondition(shape: ConditionShape, path: IssuePath, shown: Shown): Converted {
  if (shape.region === undefined) return problem(path, `${shape.never !== undefined ? 'never' : 'ever'} needs region: ${REGIONS_IN_WORDS}`);
  const when = shape.never !== undefined && shape.ever !== undefined ? 'both' : shape.never !== undefined ? 'never' : shape.ever !== undefined ? 'ever' : 'none';
  if (when === 'both') return problem(path, 'a condition says never or ever, not both; write two conditions');
  if (when === 'none') return problem(path, 'region needs never: <state> or ever: <state>');
  const value = (when === 'never' ? shape.never : shape.ever)!;
  const states = REGION_STATES[shape.region];
  if (!states.includes(value)) {
    return problem([...path, when], `${shape.region} has no state "${value}"${didYouMean(value, states)}; its states: ${states.join(', ')}`);
  }
  return { condition: { form: when, region: shape.region, value, ...shown }, findings: [] };
}

function valueCondition(shape: ConditionShape, path: IssuePath, shown: Shown): Converted {
  if (shape.path === undefined) return problem(path, 'atLeast, atMost and equals need path: the value to check, e.g. path: hostages.released');
  const root = shape.path.split('.')[0]!;
  if (!CONTEXT_ROOTS.includes(root)) {
    return problem([...path, 'path'], `the context has no "${root}"${didYouMean(root, CONTEXT_ROOTS)}; a path starts with one of ${CONTEXT_ROOTS.join(', ')}`);
  }
  const { atLeast, atMost, equals } = shape;
  if (atLeast === undefined && atMost === undefined && equals === undefined) return problem(path, 'path needs atLeast, atMost or equals: what the value must be');
  if (equals !== undefined && (atLeast !== undefined || atMost !== undefined)) return problem(path, 'equals cannot go with atLeast or atMost; use one or the other');
  if (atLeast !== undefined && atMost !== undefined && atLeast > atMost) return problem([...path, 'atMost'], `atMost (${atMost}) is below atLeast (${atLeast}): no value can meet both`);
  return {
    condition: {
      form: 'value',
      path: shape.path,
      ...(atLeast !== undefined ? { atLeast } : {}),
      ...(atMost !== undefined ? { atMost } : {}),
      ...(equals !== undefined ? { equals } : {}),
      ...shown,
    },
    findings: [],
  };
}

/** Each pattern is checked against its event's own schema, with every field optional. */
function sequenceCondition(items: unknown[], path: IssuePath, shown: Shown): Converted {
  const findings: Finding[] = [];
  const patterns: EventPattern[] = [];
  items.forEach((item, index) => {
    const at = [...path, index];
    const type = (item as { type?: unknown } | null)?.type;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      findings.push({ path: at, message: `expected an event pattern (a mapping with a type, e.g. { type: TALKS_OPENED }), found ${describeValue(item)}` });
    } else if (!isEventType(type)) {
      const suggestion = typeof type === 'string' ? didYouMean(type, Object.keys(eventSchemas)) : '';
      findings.push({ path: [...at, 'type'], message: type === undefined ? 'missing "type": the kind of event to look for' : `unknown event type ${describeValue(type)}${suggestion}` });
    } else {
      const result = eventSchemas[type].partial().safeParse(item);
      if (result.success) patterns.push(item as EventPattern);
      else {
        for (const issue of result.error.issues) {
          const issuePath = [...at, ...(issue.path as Array<string | number>)];
          findings.push(
            issue.code === 'unrecognized_keys'
              ? { path: [...issuePath, issue.keys[0]!], message: issue.message, at: 'key' }
              : { path: issuePath, message: zodIssueMessage(issue, valueIn(item, issue.path as PropertyKey[])) },
          );
        }
      }
    }
  });
  return findings.length > 0 ? { findings } : { condition: { form: 'sequence', sequence: patterns, ...shown }, findings: [] };
}

function valueIn(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

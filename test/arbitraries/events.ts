/**
 * Every event type, as a scenario file may write it for a given set of
 * parties: valid payloads (the schema accepts them; the model may still
 * refuse them), and hostile ones with exactly one flaw, tagged with the field
 * that carries it, so a test can check the loader points at that field.
 */
import fc from 'fast-check';
import { EVENT_TYPES, eventSchemas, phaseSchema, termsSchema, type EventType, type Party, type ScenarioEvent } from '../../src/model/index.js';
import { badCount, badText, hugeCount } from '../model-based/hostile-values.js';
import { castOf, unknownPartyId } from './parties.js';
import { invalidTerms, validTerms } from './terms.js';
import { anyText, someText } from './texts.js';

/** Crossing names, the same few often enough that closing one and reopening it happen. */
export const CROSSINGS = ['Rafah', 'Kerem Shalom', 'معبر رفح'] as const;

type Payload = Record<string, unknown>;

function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined, freq: 2 });
}

/** Drops the keys whose value is undefined, so "absent" really is absent. */
function compact(payload: Payload): Payload {
  return Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== undefined));
}

/** A valid payload arbitrary for each event type; the `Record<EventType, ...>` makes the compiler check none is missing. */
function validPayloads(parties: readonly Party[]): Record<EventType, fc.Arbitrary<Payload>> {
  const cast = castOf(parties);
  const principal = fc.constantFrom(...cast.principals);
  const single = fc.constantFrom(...cast.all);
  // Now and then several parties acting together (`by: [qatar, egypt]`).
  const together = fc.uniqueArray(single, { minLength: 1, maxLength: 3 });
  const anyParty = fc.oneof({ weight: 5, arbitrary: single }, { weight: 1, arbitrary: together });
  // Mostly the party the rules expect; sometimes another one, or several, which the model may refuse.
  const actor = fc.oneof({ weight: 6, arbitrary: principal }, { weight: 1, arbitrary: anyParty });
  const count = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 6 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 1_000_000_000 }) });
  const crossing = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...CROSSINGS) }, { weight: 1, arbitrary: someText });
  return {
    TALKS_OPENED: fc.record({ where: optional(anyText) }),
    PROPOSAL_TABLED: fc.record({ by: anyParty, terms: validTerms }),
    COUNTER_PROPOSAL: fc.record({ by: anyParty, terms: validTerms }),
    PROPOSAL_ACCEPTED: fc.record({ by: actor }),
    PROPOSAL_REJECTED: fc.record({ by: actor, reason: optional(anyText) }),
    TALKS_STALLED: fc.record({ reason: optional(anyText) }),
    OPERATION_LAUNCHED: fc.record({ by: actor, area: optional(anyText) }),
    OPERATION_PAUSED: fc.record({ by: actor }),
    PAUSE_EXTENDED: fc.record({ days: count }),
    AGREEMENT_EXTENDED: fc.record({ days: count, by: optional(anyParty) }),
    OPERATION_RESUMED: fc.record({ by: actor }),
    CEASEFIRE_BEGAN: fc.record({ by: optional(anyParty) }),
    PHASE_BEGAN: fc.record({ phase: fc.integer({ min: 1, max: 4 }) }),
    TIME_PASSED: fc.record({}),
    VIOLATION_REPORTED: fc.record({ by: anyParty, claimant: optional(anyParty), text: anyText }),
    HOSTAGES_RELEASED: fc.record({ by: actor, count, deceased: optional(fc.integer({ min: 0, max: 3 })) }),
    HOSTAGE_DEATHS_REPORTED: fc.record({ count }),
    HOSTAGE_COUNT_REVISED: fc
      .record({ held: fc.nat(300), source: optional(anyText), note: optional(anyText) })
      .chain((payload) => fc.nat(payload.held).map((deceased) => ({ ...payload, deceased }))),
    PRISONERS_RELEASED: fc.record({ by: actor, count }),
    CROSSING_CLOSED: fc.record({ by: optional(anyParty), crossing }),
    CROSSING_OPENED: fc.record({ by: optional(anyParty), crossing }),
    AID_DELIVERED: fc.record({ trucks: count, crossing: optional(crossing), by: optional(anyParty) }),
    POSITION_STATED: fc.record({ by: anyParty, text: anyText }),
    STATEMENT: fc.record({ by: anyParty, text: anyText }),
    CASUALTIES_REPORTED: fc.record({ toll: fc.nat(1_000_000_000), source: optional(anyText) }),
  };
}

/** A valid event of `type` for `parties`. */
export function validEventOf(type: EventType, parties: readonly Party[]): fc.Arbitrary<ScenarioEvent> {
  return validPayloads(parties)[type].map((payload) => ({ type, ...compact(payload) }) as ScenarioEvent);
}

/** A valid event of any type for `parties`. */
export function validEvent(parties: readonly Party[]): fc.Arbitrary<ScenarioEvent> {
  return fc.oneof(...EVENT_TYPES.map((type) => validEventOf(type, parties)));
}

/** What is wrong with a hostile event, and where (a key of the event). */
export type EventFlaw = 'unknown-party' | 'bad-count' | 'bad-text' | 'bad-terms' | 'missing-field' | 'unknown-key';

export interface HostileEvent {
  event: Record<string, unknown>;
  flaw: EventFlaw;
  /** The key of the event that carries the flaw. */
  field: string;
  /** Where in the event the loader must point: the field, or inside it (a term of the terms). */
  path: Array<string | number>;
  /** `value`: at the value; `key`: at the key (an unknown key); `parent`: at the event, which lacks the field. */
  at: 'value' | 'key' | 'parent';
}

/** Where in bad terms the problem is: the first term the terms schema finds wrong, or the terms as a whole. */
function flawInTerms(terms: unknown): Pick<HostileEvent, 'path' | 'at'> {
  const result = termsSchema.safeParse(terms);
  const first = result.success ? undefined : result.error.issues[0];
  if (first?.code === 'unrecognized_keys') return { path: ['terms', first.keys[0]!], at: 'key' };
  // A list of phases with a bad phase: the loader reads the list as the form meant, and points into the phase.
  const phases = (terms as { phases?: unknown } | null)?.phases;
  if (first?.path[0] === 'phases' && Array.isArray(phases) && phases.length > 0) {
    for (const [index, phase] of phases.entries()) {
      const checked = phaseSchema.safeParse(phase);
      if (checked.success) continue;
      const issue = checked.error.issues[0]!;
      if (issue.code === 'unrecognized_keys') return { path: ['terms', 'phases', index, issue.keys[0]!], at: 'key' };
      return { path: ['terms', 'phases', index, ...issue.path.map((part) => (typeof part === 'number' ? part : String(part)))], at: 'value' };
    }
  }
  return first && first.path.length > 0 ? { path: ['terms', String(first.path[0])], at: 'value' } : { path: ['terms'], at: 'value' };
}

const COUNT_FIELDS = new Set(['count', 'days', 'deceased', 'toll', 'trucks', 'phase', 'held']);
const TEXT_FIELDS = new Set(['text', 'crossing', 'where', 'reason', 'area', 'source', 'note']);
/** Counts that may be 0: how many of a release are bodies, a death toll, and revised figures. */
const MAY_BE_ZERO = new Set(['deceased', 'toll', 'held']);

/** Values that make `field` wrong, by the kind of value it holds. */
function flawsFor(field: string, parties: readonly Party[]): Array<{ flaw: EventFlaw; value: fc.Arbitrary<unknown> }> {
  if (field === 'by' || field === 'claimant') return [{ flaw: 'unknown-party', value: unknownPartyId(parties) }];
  if (field === 'terms') return [{ flaw: 'bad-terms', value: invalidTerms.filter((terms) => terms !== undefined) }];
  // `deceased` and `toll` may be 0; every other count starts at 1. Huge counts pass 1e9.
  const tooSmall = MAY_BE_ZERO.has(field) ? badCount.filter((value) => value !== 0 && !Object.is(value, -0)) : badCount;
  if (COUNT_FIELDS.has(field)) return [{ flaw: 'bad-count', value: fc.oneof(tooSmall.filter((value) => value !== undefined), hugeCount.filter((value) => value > 1_000_000_000)) }];
  // Whitespace is text to the schema (only the model asks for more), so it is left out here.
  if (TEXT_FIELDS.has(field)) return [{ flaw: 'bad-text', value: badText.filter((value) => typeof value !== 'string' || value === '') }];
  return [];
}

/** An event of `type` for `parties` with exactly one flaw the loader must find: a bad value, a missing field, or an unknown key. */
export function hostileEventOf(type: EventType, parties: readonly Party[]): fc.Arbitrary<HostileEvent> {
  const required = Object.entries(eventSchemas[type].shape)
    .filter(([key, schema]) => key !== 'type' && !(schema as { safeParse(value: unknown): { success: boolean } }).safeParse(undefined).success)
    .map(([key]) => key);
  return validEventOf(type, parties).chain((event) => {
    const fields = Object.keys(event).filter((key) => key !== 'type');
    const choices: Array<fc.Arbitrary<HostileEvent>> = [
      fc
        .constantFrom('sorce', 'byy', 'Type', 'date', '<script>', 'عدد')
        .map((key) => ({ event: { ...event, [key]: 1 }, flaw: 'unknown-key' as const, field: key, path: [key], at: 'key' as const })),
      ...fields.flatMap((field) =>
        flawsFor(field, parties).map(({ flaw, value }) =>
          value.map((bad): HostileEvent => ({
            event: { ...event, [field]: bad },
            flaw,
            field,
            ...(flaw === 'bad-terms' ? flawInTerms(bad) : { path: [field], at: 'value' }),
          })),
        ),
      ),
      ...required.filter((field) => field in event).map((field) => {
        const { [field]: _dropped, ...rest } = event as Record<string, unknown>;
        return fc.constant<HostileEvent>({ event: rest, flaw: 'missing-field', field, path: [field], at: 'parent' });
      }),
    ];
    return fc.oneof(...choices);
  });
}

/** A hostile event of any type for `parties`. */
export function hostileEvent(parties: readonly Party[]): fc.Arbitrary<HostileEvent> {
  return fc.oneof(...EVENT_TYPES.map((type) => hostileEventOf(type, parties)));
}

/**
 * Every event the truce statechart understands, declared once. The TypeScript
 * union, the scenario schema, `truce schema` and the README's event table all
 * come from `eventPayloads`: add an event here and everything else follows.
 */
import * as z from 'zod';
import {
  partyIdSchema,
  positiveCountSchema,
  strictObject,
  lineSchema,
  wholeNumberSchema,
} from './schema-kit.js';
import { termsSchema } from './terms.js';

/** Who acts: a party id, or a list of them for parties acting together (a joint proposal). */
export const partyRefSchema = z
  .union([partyIdSchema, z.array(partyIdSchema).min(1)])
  .describe('a party id from the scenario’s parties, or a list of them for parties acting together');
const by = partyRefSchema;

/** A release made under a separate arrangement: kept in the figures, not counted against the agreement. */
const outsideDeal = z.boolean().describe('released under a separate arrangement (foreign nationals, say): not counted against the agreement in force');

/** The payload of each event type (besides `type`). Parties are named by id. */
export const eventPayloads = {
  TALKS_OPENED: { where: lineSchema.optional() },
  PROPOSAL_TABLED: { by, terms: termsSchema },
  COUNTER_PROPOSAL: { by, terms: termsSchema },
  PROPOSAL_ACCEPTED: { by },
  PROPOSAL_REJECTED: { by, reason: lineSchema.optional() },
  TALKS_STALLED: { reason: lineSchema.optional() },
  OPERATION_LAUNCHED: { by, area: lineSchema.optional() },
  OPERATION_PAUSED: { by },
  PAUSE_EXTENDED: { days: positiveCountSchema },
  AGREEMENT_EXTENDED: { days: positiveCountSchema, by: by.optional() },
  OPERATION_RESUMED: { by },
  CEASEFIRE_BEGAN: { by: by.optional() },
  PHASE_BEGAN: { phase: positiveCountSchema.describe('the phase that begins: 2 for the second') },
  TIME_PASSED: {},
  VIOLATION_REPORTED: {
    by: by.describe('the party accused'),
    claimant: by.optional().describe('the party that makes the claim'),
    text: lineSchema,
  },
  HOSTAGES_RELEASED: {
    by,
    count: positiveCountSchema,
    deceased: wholeNumberSchema.optional().describe('how many of `count` are bodies'),
    outsideDeal: outsideDeal.optional(),
  },
  HOSTAGE_DEATHS_REPORTED: { count: positiveCountSchema },
  HOSTAGE_COUNT_REVISED: {
    held: wholeNumberSchema.describe('hostages held, the dead included, as now reported'),
    deceased: wholeNumberSchema.describe('how many of those held are dead, as now reported'),
    source: lineSchema.optional(),
    note: lineSchema.optional(),
  },
  PRISONERS_RELEASED: { by, count: positiveCountSchema, outsideDeal: outsideDeal.optional() },
  CROSSING_CLOSED: { by: by.optional(), crossing: lineSchema },
  CROSSING_OPENED: { by: by.optional(), crossing: lineSchema },
  AID_DELIVERED: { trucks: positiveCountSchema, crossing: lineSchema.optional(), by: by.optional() },
  POSITION_STATED: { by, text: lineSchema },
  STATEMENT: { by, text: lineSchema },
  CASUALTIES_REPORTED: { toll: wholeNumberSchema, source: lineSchema.optional() },
} as const satisfies Record<string, z.ZodRawShape>;

export type EventType = keyof typeof eventPayloads;

/** Every event type, in the order the README lists them. */
export const EVENT_TYPES = Object.keys(eventPayloads) as EventType[];

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && Object.hasOwn(eventPayloads, value);
}

type EventShape<T extends EventType> = { type: z.ZodLiteral<T> } & (typeof eventPayloads)[T] extends infer Shape extends z.ZodRawShape
  ? Shape
  : never;
type EventSchema<T extends EventType> = z.ZodObject<EventShape<T>, z.core.$strict>;

function eventSchemaFor<T extends EventType>(type: T): EventSchema<T> {
  return strictObject({ type: z.literal(type), ...eventPayloads[type] }) as unknown as EventSchema<T>;
}

/** One strict schema per event type, as written in a scenario file (no date: the step has it). */
export const eventSchemas = Object.fromEntries(
  EVENT_TYPES.map((type) => [type, eventSchemaFor(type)]),
) as { [T in EventType]: EventSchema<T> };

/** An event as a scenario file writes it. */
export type ScenarioEvent = { [T in EventType]: z.infer<(typeof eventSchemas)[T]> }[EventType];

/**
 * An event as the machine receives it: the scenario event, plus the date it
 * happened (the replay copies it from the step) so the context can keep time.
 */
export type TruceEvent = ScenarioEvent & { date?: string };

export type EventOf<T extends EventType> = Extract<TruceEvent, { type: T }>;


/**
 * The scenario file format, declared once with zod. The loader validates with
 * it, `truce schema` prints it as JSON Schema, and `Scenario` is its type.
 *
 * The event field is a parameter: the loader checks events one by one (so an
 * unknown event type gets a "did you mean" answer), while the JSON Schema
 * lists every event as a tagged union. Both come from `eventSchemas`.
 */
import * as z from 'zod';
import {
  eventSchemas,
  isoDateSchema,
  positiveCountSchema,
  REFUSAL_CODES,
  REGION_STATES,
  ROLES_IN_FILES,
  strictObject,
  termsSchema,
  textSchema,
  lineSchema,
  urlSchema,
  wholeNumberSchema,
  type ScenarioEvent,
} from '../model/index.js';

const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'expected an id made of letters, digits, "-", "_" or "." (no spaces)');

const stateOf = (region: keyof typeof REGION_STATES) => z.enum(REGION_STATES[region] as [string, ...string[]]);

export const sourceSchema = strictObject({
  id: idSchema,
  title: lineSchema,
  url: urlSchema.optional(),
  date: isoDateSchema.optional(),
});

export const partySchema = strictObject({
  id: idSchema,
  name: lineSchema,
  // `belligerent` and `armed-group`, from files written before the roles were made neutral, read as `principal`.
  role: z.enum(ROLES_IN_FILES),
});

/** An agreement already in force when the run starts. */
export const initialAgreementSchema = strictObject({
  terms: termsSchema,
  since: isoDateSchema.optional().describe('the day its days began to run (its pause or ceasefire began)'),
  phase: positiveCountSchema.optional().describe('the phase it is in: 1 when not given'),
});

export const initialSchema = strictObject({
  state: strictObject({
    talks: stateOf('talks'),
    operations: stateOf('operations'),
    access: stateOf('access'),
    agreement: stateOf('agreement').optional(),
  }),
  agreement: initialAgreementSchema.optional(),
  hostages: strictObject({ held: wholeNumberSchema, deceased: wholeNumberSchema }),
  deathToll: strictObject({ count: wholeNumberSchema, source: lineSchema.optional(), date: isoDateSchema.optional() }).optional(),
  crossings: z.record(lineSchema, z.enum(['open', 'closed'])).optional(),
  date: isoDateSchema.optional(),
  note: textSchema.optional(),
});

export const expectSchema = strictObject({
  state: strictObject({
    talks: stateOf('talks').optional(),
    operations: stateOf('operations').optional(),
    access: stateOf('access').optional(),
    agreement: stateOf('agreement').optional(),
  }).optional(),
  hostages: strictObject({
    held: wholeNumberSchema.optional(),
    deceased: wholeNumberSchema.optional(),
    released: wholeNumberSchema.optional(),
    remainsReturned: wholeNumberSchema.optional(),
  }).optional(),
  prisonersReleased: wholeNumberSchema.optional(),
  refused: z.boolean().optional(),
  refusal: z.enum(REFUSAL_CODES).optional(),
});

function buildScenarioSchema<E extends z.ZodType>(event: E) {
  const step = strictObject({
    id: idSchema,
    date: isoDateSchema,
    event,
    source: z.union([idSchema, z.array(idSchema).min(1)]).optional(),
    note: textSchema.optional(),
    inferred: z.boolean().optional(),
    expect: expectSchema.optional(),
  });
  const branch = strictObject({
    id: idSchema,
    title: lineSchema,
    from: idSchema,
    summary: textSchema.optional(),
    steps: z.array(step).min(1),
  });
  const scenario = strictObject({
    id: idSchema,
    title: lineSchema,
    summary: textSchema,
    sources: z.array(sourceSchema).min(1),
    parties: z.array(partySchema).min(1),
    initial: initialSchema,
    steps: z.array(step).min(1),
    branches: z.array(branch).optional(),
  });
  return { scenario, step, branch };
}

/** Every event type as one tagged union, for the JSON Schema. */
const anyEventSchema = z.discriminatedUnion(
  'type',
  Object.values(eventSchemas) as unknown as [z.ZodObject, ...z.ZodObject[]],
);

const shapes = buildScenarioSchema(z.unknown());

/** What the loader validates: events are checked separately, with better messages. */
export const scenarioShapeSchema = shapes.scenario;
/** One step, its event unchecked; for checking the parts of a file that has problems elsewhere. */
export const stepShapeSchema = shapes.step;

/** The full format, events included: what `truce schema` prints. */
export const scenarioSchema = buildScenarioSchema(anyEventSchema).scenario;

type Shape = z.infer<typeof scenarioShapeSchema>;
type ShapeStep = Shape['steps'][number];

export type ScenarioStep = Omit<ShapeStep, 'event'> & { event: ScenarioEvent };
export type ScenarioBranch = Omit<NonNullable<Shape['branches']>[number], 'steps'> & { steps: ScenarioStep[] };
export type Scenario = Omit<Shape, 'steps' | 'branches'> & { steps: ScenarioStep[]; branches?: ScenarioBranch[] };
export type ScenarioSource = z.infer<typeof sourceSchema>;
export type ScenarioInitial = z.infer<typeof initialSchema>;
export type StepExpectation = z.infer<typeof expectSchema>;

/** The scenario format as JSON Schema (draft 2020-12). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema),
    title: 'truce-sim scenario',
    description: 'A sourced sequence of events in truce talks, replayed by `truce run`.',
  };
}

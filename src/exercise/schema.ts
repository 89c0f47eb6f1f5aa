/**
 * The exercise file format, declared once with zod, as the scenario format is
 * (`src/scenario/schema.ts`), and built from the same parts: parties, sources,
 * the starting point and the state names all come from there and the model.
 *
 * A goal is a list of conditions. Each condition is data, not code: a mapping
 * in one of a few forms (see `conditionSchema`), checked by `conditions.ts`.
 */
import * as z from 'zod';
import { anyTextSchema, EVENT_TYPES, isoDateSchema, lineSchema, REFUSAL_CODES, REGIONS, strictObject, textSchema } from '../model/index.js';
import { expectSchema, initialSchema, partySchema, sourceSchema } from '../scenario/index.js';

/** The same id rule as scenario files (letters, digits, `-`, `_`, `.`), taken from there. */
export const idSchema = partySchema.shape.id;

/** Levels, from a first look at the model to a puzzle. */
export const LEVELS = {
  1: 'first steps',
  2: 'beginner',
  3: 'intermediate',
  4: 'advanced',
  5: 'hard',
} as const;
export type Level = keyof typeof LEVELS;

/** What kind of task an exercise is; it decides nothing in grading (the goal does), it tells students what to expect. */
export const EXERCISE_KINDS = {
  'reach-goal': 'reach a goal',
  'explain-refusal': 'explain a refusal',
  'complete-sequence': 'complete a sequence',
  'shortest-path': 'find the shortest path',
  'model-episode': 'model a real episode',
  'what-if': 'what if',
} as const;
export type ExerciseKind = keyof typeof EXERCISE_KINDS;

const levelSchema = z.int().min(1).max(5);

/** `hostages.released`, `proposal.terms.lastingCeasefire`: a place in the statechart's context. */
export const contextPathSchema = z.string().regex(/^[A-Za-z]+(\.[A-Za-z0-9_-]+)*$/, 'expected a path into the context, like hostages.released');

/**
 * How much a criterion counts in the score (a whole number), against 1 for each criterion given no weight: 2 counts
 * double, 0 counts for nothing (the criterion must still be met for the exercise to be solved).
 */
export const weightSchema = z.int().min(0).max(100);

/**
 * One condition of a goal, in one of these forms (checked by the loader, which
 * says which form it expected):
 *   { state: { talks: accepted } }                  — at the end, these regions are in these states
 *   { region: operations, never: ceasefire }        — at no point
 *   { region: operations, ever: pausedForRelease }  — after some step of the solution
 *   { path: hostages.released, atLeast: 10 }        — a value at the end (also atMost, equals)
 *   { refusal: NO_AGREED_DEAL, event: OPERATION_PAUSED } — a step is refused for this reason, as the solution predicts
 *   { sequence: [ { type: TALKS_OPENED }, ... ] }   — these events are accepted in this order
 * Any form may carry `label`: the words students see for it; and `weight`: how much it counts.
 */
export const conditionSchema = strictObject({
  label: lineSchema.optional(),
  weight: weightSchema.optional(),
  state: expectSchema.shape.state,
  region: z.enum(REGIONS).optional(),
  never: lineSchema.optional(),
  ever: lineSchema.optional(),
  path: contextPathSchema.optional(),
  atLeast: z.number().optional(),
  atMost: z.number().optional(),
  equals: z.union([z.number(), anyTextSchema, z.boolean()]).optional(),
  refusal: z.enum(REFUSAL_CODES).optional(),
  event: z.enum(EVENT_TYPES).optional(),
  sequence: z.array(z.unknown()).min(1).optional(),
});

export const constraintsSchema = strictObject({
  /** A number, or `shortest`: no more steps than the shortest path to the goal's `state`. */
  maxSteps: z.union([z.int().min(1), z.literal('shortest')]).optional(),
  /** The only event types a solution may use. */
  events: z.array(z.enum(EVENT_TYPES)).min(1).optional(),
  /** Parties that must accept the proposal on the table at the end (one they did not table themselves). */
  mustAccept: z.array(idSchema).min(1).optional(),
  /** The first and the last day a step may be dated: one of them at least (load-exercise.ts). */
  dates: strictObject({ from: isoDateSchema.optional(), to: isoDateSchema.optional() }).optional(),
  /** Every step names a source, or is marked `inferred: true` with a note. */
  cite: z.boolean().optional(),
  /**
   * `false`: the student must find the path: a solution that is the one `truce paths --yaml` prints from
   * the start to the goal's `state` earns no marks (the default, true, allows it).
   */
  allowPaths: z.boolean().optional(),
  /** How much each constraint counts in the score (1 when not given); `asExpected` is the check every exercise has. */
  weights: strictObject({
    maxSteps: weightSchema.optional(),
    events: weightSchema.optional(),
    mustAccept: weightSchema.optional(),
    dates: weightSchema.optional(),
    cite: weightSchema.optional(),
    asExpected: weightSchema.optional(),
  }).optional(),
});

/**
 * Where the student starts: a scenario file (its path relative to the exercise
 * file), replayed up to and including step `upTo` (or only its initial state
 * without it); or a start of the exercise's own: `parties`, `sources`, `initial`.
 */
export const startSchema = strictObject({
  scenario: lineSchema.optional(),
  upTo: idSchema.optional(),
  parties: z.array(partySchema).min(1).optional(),
  sources: z.array(sourceSchema).min(1).optional(),
  initial: initialSchema.optional(),
});

export const exerciseSchema = strictObject({
  id: idSchema,
  title: lineSchema,
  level: levelSchema,
  kind: z.enum(Object.keys(EXERCISE_KINDS) as [ExerciseKind, ...ExerciseKind[]]),
  prompt: textSchema,
  start: startSchema,
  goal: z.array(z.unknown()).min(1),
  constraints: constraintsSchema.optional(),
  hints: z.array(textSchema).min(1),
  /** What actually happened, attributed, with the ids of the start's sources it rests on. */
  debrief: strictObject({ text: textSchema, sources: z.array(idSchema).min(1) }),
  /** The reference solution: a solution file, its path relative to the exercise file. */
  solution: lineSchema,
});

/**
 * The most steps a solution may have. The longest reference solution has 15, and
 * grading reads every step; a bound keeps one student's generated file of a
 * hundred thousand steps from stalling the grading of a whole class.
 */
export const MAX_SOLUTION_STEPS = 1_000;

/** A solution file: scenario steps, and optionally which exercise they answer and who wrote them. */
export const solutionSchema = strictObject({
  exercise: idSchema.optional(),
  author: lineSchema.optional(),
  note: textSchema.optional(),
  steps: z.array(z.unknown()).min(1),
});

export type ConditionShape = z.infer<typeof conditionSchema>;
export type Constraints = z.infer<typeof constraintsSchema>;
export type ExerciseStartShape = z.infer<typeof startSchema>;
export type ExerciseShape = z.infer<typeof exerciseSchema>;

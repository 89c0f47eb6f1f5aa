/**
 * The assumptions file: what a simulation assumes, stated so that a reader
 * can weigh it. Every parameter has a value or a range, and a one-line
 * rationale; a file may cite sources for them. A difference between named
 * parties is an assumption like any other, written under `parties` with its
 * own rationale. Zod is the single source: the loader's checks, the types
 * and `truce schema --assumptions` all come from here.
 */
import * as z from 'zod';
import { lineSchema, strictObject, textSchema } from '../model/index.js';
import { sourceSchema } from '../scenario/index.js';
import { PARAMETER_NAMES, PARAMETERS, type ParameterName } from './parameters.js';

/** The most runs and days one command may ask for: far beyond any use, and the counts stay exact. */
export const MAX_RUNS = 10_000_000;
export const MAX_DAYS = 3_650;

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an id of lowercase letters, digits and hyphens, e.g. symmetric-baseline');

const chanceSchema = z.number().min(0).max(1).describe('a chance a day, from 0 (never) to 1 (every day it may)');

export const parameterSchema = strictObject({
  value: chanceSchema.optional().describe('the value a plain run uses (default: the middle of the range)'),
  range: z.tuple([chanceSchema, chanceSchema]).optional().describe('[low, high]: what --sweep and --sample vary it over'),
  rationale: lineSchema.describe('why this value or range, in one line'),
  sources: z.array(idSchema).min(1).optional().describe('ids of the sources (under sources) that support it'),
});

export type ParameterShape = z.infer<typeof parameterSchema>;

const parameterShapes = Object.fromEntries(
  PARAMETER_NAMES.map((name) => [name, parameterSchema.describe(`the chance a day that ${PARAMETERS[name].description}, when the rules allow it`)]),
) as Record<ParameterName, typeof parameterSchema>;

const partyParameterShapes = Object.fromEntries(PARAMETER_NAMES.map((name) => [name, parameterSchema.optional()])) as Record<ParameterName, z.ZodOptional<typeof parameterSchema>>;

export const assumptionsSchema = strictObject({
  id: idSchema.describe('names the assumptions in every output'),
  title: lineSchema,
  summary: textSchema.optional().describe('what the assumptions are for, and what they leave out'),
  version: z.int().min(1).optional().describe('raise it when the assumptions change'),
  sources: z.array(sourceSchema).optional(),
  start: strictObject({
    scenario: lineSchema.describe('a scenario file, relative to this file'),
    upTo: lineSchema.optional().describe('the id of the step after which the runs begin (default: the scenario’s start)'),
  })
    .optional()
    .describe('where every run begins (default: the default start of truce paths, with illustrative figures)'),
  holders: strictObject({
    hostages: z.string().min(1).optional().describe('the party that holds the hostages'),
    prisoners: z.string().min(1).optional().describe('the party that holds the prisoners'),
  })
    .optional()
    .describe('who holds whom: facts of the start, not behaviour (default: read from the releases in the scenario); a release is made by its holder'),
  runs: z.int().min(1).max(MAX_RUNS).optional().describe('how many runs (default 1000; --runs overrides)'),
  days: z.int().min(1).max(MAX_DAYS).optional().describe('how many days each run lasts (default 60; --days overrides)'),
  seed: z.int().min(0).max(0xffff_ffff).optional().describe('the master seed (default 1; --seed overrides)'),
  parameters: strictObject(parameterShapes).describe('the same for every party: the parties are interchangeable unless `parties` says otherwise'),
  parties: z
    .record(z.string().min(1), strictObject(partyParameterShapes))
    .optional()
    .describe('a party’s own values where it differs from the others: each difference is an assumption with its rationale'),
});

export type AssumptionsShape = z.infer<typeof assumptionsSchema>;

export function assumptionsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(assumptionsSchema),
    title: 'truce-sim assumptions',
    description: 'What a run of truce simulate assumes: the chance a day of each kind of move, each with a rationale. Exploratory, not a forecast.',
  };
}

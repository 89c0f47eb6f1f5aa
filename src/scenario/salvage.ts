/**
 * The well-formed parts of a file that has problems elsewhere. Cross-checks
 * (unknown parties, sources, dates out of order...) run on these parts, so one
 * run reports every problem, without a cascade of follow-on errors from the
 * parts already reported as malformed.
 */
import * as z from 'zod';
import { eventSchemas, isEventType, type Party } from '../model/index.js';
import {
  initialSchema,
  partySchema,
  sourceSchema,
  stepShapeSchema,
  type ScenarioInitial,
  type ScenarioSource,
  type ScenarioStep,
} from './schema.js';

/** A list of steps: a well-formed step where there is one, `undefined` where it is malformed. */
export type SalvagedSteps = Array<ScenarioStep | undefined>;

export interface ScenarioParts {
  sources?: ScenarioSource[];
  parties?: Party[];
  initial?: ScenarioInitial;
  steps: SalvagedSteps;
  /** `undefined` for a malformed branch; `from` and `id` are checked even when some steps are not. */
  branches: Array<{ id: string; from: string; steps: SalvagedSteps } | undefined>;
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

function salvageStep(value: unknown): ScenarioStep | undefined {
  const step = parsed(stepShapeSchema, value);
  if (!step) return undefined;
  const type = (step.event as { type?: unknown } | null)?.type;
  if (!isEventType(type) || !eventSchemas[type].safeParse(step.event).success) return undefined;
  return step as ScenarioStep;
}

function salvageSteps(value: unknown): SalvagedSteps {
  return Array.isArray(value) ? value.map(salvageStep) : [];
}

const branchHeadSchema = z.object({ id: z.string(), from: z.string(), steps: z.array(z.unknown()) });

export function salvageScenario(data: unknown): ScenarioParts {
  const record = (data ?? {}) as Record<string, unknown>;
  const branches = Array.isArray(record.branches) ? record.branches : [];
  const sources = parsed(z.array(sourceSchema), record.sources);
  const parties = parsed(z.array(partySchema), record.parties);
  const initial = parsed(initialSchema, record.initial);
  return {
    ...(sources ? { sources } : {}),
    ...(parties ? { parties } : {}),
    ...(initial ? { initial } : {}),
    steps: salvageSteps(record.steps),
    branches: branches.map((branch: unknown) => {
      const head = parsed(branchHeadSchema, branch);
      return head ? { id: head.id, from: head.from, steps: salvageSteps(head.steps) } : undefined;
    }),
  };
}

/**
 * Where a path starts: the default start, the start of a scenario, or the
 * moment after one of its steps (the scenario replayed up to it).
 */
import { truceMachine } from '../model/machine.js';
import { startingSnapshot, type TruceSnapshot, type TruceStateValue } from '../model/snapshot.js';
import { replayScenario, scenarioInput, stepsToReplay } from '../scenario/replay.js';
import type { Scenario, ScenarioStep } from '../scenario/schema.js';
import { nearestName } from '../scenario/suggest.js';
import { DEFAULT_INPUT } from './vocabulary.js';

export interface PathStart {
  snapshot: TruceSnapshot;
  /** The scenario the start comes from; null for the default start. */
  scenario: Scenario | null;
  /** The steps replayed to reach the start, in order (main line, then a branch's own). */
  replayed: ScenarioStep[];
  /** Where the start is, in words. */
  label: string;
}

export type StartResult = { ok: true; start: PathStart } | { ok: false; message: string };

export function defaultStart(): PathStart {
  const names = DEFAULT_INPUT.parties.map((party) => party.name).join(', ');
  return { snapshot: startingSnapshot({ input: DEFAULT_INPUT }), scenario: null, replayed: [], label: `the default start (${names})` };
}

/** The branch a step id belongs to (undefined for the main line), or null when no step has that id. */
function branchOf(scenario: Scenario, stepId: string): string | undefined | null {
  if (scenario.steps.some((step) => step.id === stepId)) return undefined;
  return scenario.branches?.find((branch) => branch.steps.some((step) => step.id === stepId))?.id ?? null;
}

/**
 * The start of `scenario`, or the moment after the step `stepRef` (a step id, of the main line or a branch, or a step number of the main line).
 * @example startFrom(scenario, 'burns-netanyahu')
 */
export function startFrom(scenario: Scenario, stepRef?: string): StartResult {
  if (stepRef === undefined) {
    return {
      ok: true,
      start: { snapshot: startingSnapshot({ input: scenarioInput(scenario), state: scenario.initial.state as TruceStateValue }), scenario, replayed: [], label: `the start of "${scenario.title}"` },
    };
  }
  const number = /^\d+$/.test(stepRef) ? Number(stepRef) : undefined;
  const stepId = number === undefined ? stepRef : scenario.steps[number - 1]?.id;
  const branch = stepId === undefined ? null : branchOf(scenario, stepId);
  if (stepId === undefined || branch === null) {
    const known = [...scenario.steps, ...(scenario.branches ?? []).flatMap((b) => b.steps)].map((step) => step.id);
    if (number !== undefined) return { ok: false, message: `no step ${number} in ${scenario.id}: its main line has ${scenario.steps.length} steps` };
    const nearest = nearestName(stepRef, known);
    return { ok: false, message: `no step "${stepRef}" in ${scenario.id}${nearest ? `; did you mean "${nearest}"?` : ''} (steps: ${known.join(', ')})` };
  }
  const all = stepsToReplay(scenario, branch).map(({ step }) => step);
  const replayed = all.slice(0, all.findIndex((step) => step.id === stepId) + 1);
  const trace = replayScenario(scenario, branch === undefined ? {} : { branch });
  const after = trace.steps[replayed.length - 1]!;
  const snapshot = truceMachine.resolveState({ value: { ...after.state }, context: after.context });
  return { ok: true, start: { snapshot, scenario, replayed, label: `"${scenario.title}" after step ${after.id} (${after.date})` } };
}

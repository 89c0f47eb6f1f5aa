/**
 * Replaying a solution from an exercise's start: the start's scenario steps,
 * then the student's, through the scenario replay itself (the same steps of
 * the statechart, the same expectations, the same refusals).
 */
import { snapshotAt, type TruceSnapshot } from '../model/index.js';
import { replayScenario, type Moment, type Scenario, type ScenarioStep, type TraceStep } from '../scenario/index.js';
import type { Exercise } from './load-exercise.js';

export interface SolutionRun {
  /** Where the student starts: after the start's own steps. */
  start: Moment;
  /** The student's steps, replayed. */
  steps: TraceStep[];
  /** After the last step (the start when there are none). */
  final: Moment;
}

function asScenario(exercise: Exercise, steps: ScenarioStep[]): Scenario {
  const { parties, sources, initial, prefix } = exercise.start;
  return { id: exercise.id, title: exercise.title, summary: exercise.title, sources, parties, initial, steps: [...prefix, ...steps] };
}

/**
 * The student's `steps`, replayed after the exercise's start.
 * @example runSolution(exercise, solution.steps).final.state.talks // 'accepted'
 */
export function runSolution(exercise: Exercise, steps: ScenarioStep[]): SolutionRun {
  const trace = replayScenario(asScenario(exercise, steps));
  const before = exercise.start.prefix.length;
  const startStep = trace.steps[before - 1];
  const start = startStep ? { state: startStep.state, context: startStep.context } : trace.start;
  const own = trace.steps.slice(before);
  const last = own.at(-1);
  return { start, steps: own, final: last ? { state: last.state, context: last.context } : start };
}

/** The statechart's snapshot at the exercise's start, for searching paths from it. */
export function startSnapshot(exercise: Exercise): TruceSnapshot {
  const { start } = runSolution(exercise, []);
  return snapshotAt(start.state, start.context);
}

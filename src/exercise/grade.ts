/**
 * Grading a solution: replay it from the exercise's start, then check each
 * goal condition and each constraint. Pure; the score is the share of
 * criteria met, and a solution is solved when every one is.
 */
import type { TruceStateValue } from '../model/snapshot.js';
import type { ScenarioStep } from '../scenario/schema.js';
import { checkCondition } from './check-conditions.js';
import { checkConstraints } from './check-constraints.js';
import type { Criterion } from './criterion.js';
import type { Exercise } from './load-exercise.js';
import { runSolution, startSnapshot, type SolutionRun } from './run-solution.js';
import { shortestPath } from './shortest-path.js';

export interface Grade {
  criteria: Criterion[];
  met: number;
  total: number;
  /** Criteria met as a share of all, 0–100, rounded down (so 100 means every one). */
  percent: number;
  solved: boolean;
  run: SolutionRun;
}

/** The configuration the goal's `state` conditions name together. */
export function goalConfiguration(exercise: Exercise): Partial<TruceStateValue> {
  return Object.assign({}, ...exercise.goal.flatMap((condition) => (condition.form === 'state' ? [condition.state] : []))) as Partial<TruceStateValue>;
}

const shortestByExercise = new WeakMap<Exercise, number | null>();

/** How many steps the shortest path from the start to the goal's configuration takes (null: no path). Worked out once per exercise. */
export function shortestPathLength(exercise: Exercise): number | null {
  if (!shortestByExercise.has(exercise)) {
    const eventTypes = exercise.constraints.events;
    const path = shortestPath(startSnapshot(exercise), goalConfiguration(exercise), eventTypes ? { eventTypes } : {});
    shortestByExercise.set(exercise, path ? path.length : null);
  }
  return shortestByExercise.get(exercise)!;
}

/**
 * Grades `steps` (a solution's) against `exercise`.
 * @example gradeSolution(exercise, solution.steps).solved // true
 */
export function gradeSolution(exercise: Exercise, steps: ScenarioStep[]): Grade {
  const run = runSolution(exercise, steps);
  const shortest = exercise.constraints.maxSteps === 'shortest' ? shortestPathLength(exercise) : undefined;
  const criteria = [
    ...exercise.goal.map((condition) => checkCondition(condition, run, steps)),
    ...checkConstraints({ constraints: exercise.constraints, parties: exercise.start.parties, run, steps, ...(shortest !== undefined ? { shortest } : {}) }),
  ];
  const met = criteria.filter((criterion) => criterion.met).length;
  return { criteria, met, total: criteria.length, percent: Math.floor((met / criteria.length) * 100), solved: met === criteria.length, run };
}

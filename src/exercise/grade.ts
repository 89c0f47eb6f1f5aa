/**
 * Grading a solution: replay it from the exercise's start, then check each
 * goal condition and each constraint. Pure; the score is the share of
 * criteria met, and a solution is solved when every one is.
 */
import type { TruceStateValue } from '../model/index.js';
import { vocabularyFor } from '../moves/index.js';
import type { ScenarioStep } from '../scenario/index.js';
import { shortestPathLength as searchShortest } from '../search/index.js';
import { checkCondition } from './check-conditions.js';
import { checkConstraints } from './check-constraints.js';
import type { Criterion } from './criterion.js';
import type { Exercise } from './load-exercise.js';
import { runSolution, startSnapshot, type SolutionRun } from './run-solution.js';

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

/** The deepest the checker looks for the shortest path: far more steps than any exercise's answer takes. */
export const SHORTEST_PATH_DEPTH = 20;

/** How many steps the shortest path from the start to the goal's configuration takes (null: no path). Worked out once per exercise. */
export function shortestPathLength(exercise: Exercise): number | null {
  if (!shortestByExercise.has(exercise)) {
    const { parties, sources, initial, prefix } = exercise.start;
    const length = searchShortest({
      from: startSnapshot(exercise),
      target: goalConfiguration(exercise),
      // The start's own proposals and crossings, as truce paths would use from the same scenario.
      vocabulary: vocabularyFor({ id: exercise.id, title: exercise.title, summary: exercise.title, sources, parties, initial, steps: prefix }),
      maxSteps: SHORTEST_PATH_DEPTH,
      ...(exercise.constraints.events ? { eventTypes: exercise.constraints.events } : {}),
    });
    shortestByExercise.set(exercise, length);
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
  const earned = criteria.reduce((sum, criterion) => sum + (criterion.met ? 1 : (criterion.credit ?? 0)), 0);
  return { criteria, met, total: criteria.length, percent: Math.floor((earned / criteria.length) * 100), solved: met === criteria.length, run };
}

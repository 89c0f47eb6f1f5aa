/**
 * Grading a solution: replay it from the exercise's start, then check each
 * goal condition and each constraint. Pure; the score weighs the criteria
 * (score.ts), and a solution is solved when every one is met.
 */
import type { TruceStateValue } from '../model/index.js';
import { vocabularyFor } from '../moves/index.js';
import type { ScenarioStep } from '../scenario/index.js';
import { shortestPathLength as searchShortest } from '../search/index.js';
import { checkCondition } from './check-conditions.js';
import { checkConstraints } from './check-constraints.js';
import { carriesGeneratedMarks, generatedPaths } from './generated-path.js';
import type { Criterion, CriterionKind } from './criterion.js';
import type { Exercise } from './load-exercise.js';
import type { Constraints } from './schema.js';
import { scoreCriteria, type ScoredCriterion } from './score.js';
import { runSolution, startSnapshot, type SolutionRun } from './run-solution.js';

export interface Grade {
  /** Each criterion, with its weight, whether it is a limit, and the marks it earned. */
  criteria: ScoredCriterion[];
  /** How many criteria are met, of how many. */
  met: number;
  total: number;
  /** Marks earned, out of the marks possible (see score.ts: limits kept earn none). */
  earned: number;
  possible: number;
  /** Earned as a share of possible, 0–100, rounded down (so 100 means every criterion is met). */
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

const generatedByExercise = new WeakMap<Exercise, ScenarioStep[][]>();

/** The paths truce paths writes from the start to the goal's configuration (and to each part of it). Worked out once per exercise. */
function pathsToGoal(exercise: Exercise): ScenarioStep[][] {
  let paths = generatedByExercise.get(exercise);
  if (paths === undefined) generatedByExercise.set(exercise, (paths = generatedPaths(exercise, goalConfiguration(exercise), SHORTEST_PATH_DEPTH)));
  return paths;
}

/** The criteria for `steps`, in order: the goal's conditions, then the constraints. */
function checkAll(exercise: Exercise, steps: ScenarioStep[]): { run: SolutionRun; criteria: Criterion[] } {
  const run = runSolution(exercise, steps);
  const shortest = exercise.constraints.maxSteps === 'shortest' ? shortestPathLength(exercise) : undefined;
  // Only steps that still carry truce paths' marks can be its path: the search is asked for no others.
  const generated = exercise.constraints.allowPaths === false && carriesGeneratedMarks(steps) ? pathsToGoal(exercise) : undefined;
  const criteria = [
    ...exercise.goal.map((condition) => checkCondition(condition, run, steps)),
    ...checkConstraints({
      constraints: exercise.constraints,
      parties: exercise.start.parties,
      run,
      steps,
      ...(shortest !== undefined ? { shortest } : {}),
      ...(generated !== undefined ? { generated } : {}),
    }),
  ];
  return { run, criteria };
}

/** The key of `constraints.weights` that weighs each kind of constraint. */
const WEIGHT_KEYS: Partial<Record<CriterionKind, keyof NonNullable<Constraints['weights']>>> = {
  'max-steps': 'maxSteps',
  events: 'events',
  'must-accept': 'mustAccept',
  dates: 'dates',
  cite: 'cite',
  'as-expected': 'asExpected',
};

/** How much each criterion counts, in the order `checkAll` gives them: a condition's own weight, or the constraint's in `constraints.weights`. */
function weightsOf(exercise: Exercise, criteria: readonly Criterion[]): number[] {
  const goal = exercise.goal.map((condition) => condition.weight ?? 1);
  const constraints = criteria.slice(goal.length).map((criterion) => {
    const key = WEIGHT_KEYS[criterion.kind];
    return (key && exercise.constraints.weights?.[key]) ?? 1;
  });
  return [...goal, ...constraints];
}

const limitsByExercise = new WeakMap<Exercise, boolean[]>();

/**
 * Which criteria are limits: those a solution with no steps already meets (see score.ts). Worked out
 * once per exercise, by grading exactly that.
 */
export function limitsOf(exercise: Exercise): boolean[] {
  let limits = limitsByExercise.get(exercise);
  if (limits === undefined) limitsByExercise.set(exercise, (limits = checkAll(exercise, []).criteria.map((criterion) => criterion.met)));
  return limits;
}

/**
 * Grades `steps` (a solution's) against `exercise`.
 * @example gradeSolution(exercise, solution.steps).solved // true
 */
export function gradeSolution(exercise: Exercise, steps: ScenarioStep[]): Grade {
  const { run, criteria } = checkAll(exercise, steps);
  const score = scoreCriteria(criteria, weightsOf(exercise, criteria), limitsOf(exercise));
  const met = criteria.filter((criterion) => criterion.met).length;
  // A copy of the path truce paths prints, where the exercise does not allow it, is not the student's work: no marks at all.
  const copied = criteria.some((criterion) => criterion.kind === 'own-path' && !criterion.met);
  const scored = copied ? score.criteria.map((criterion) => ({ ...criterion, earned: 0 })) : score.criteria;
  const { earned, percent } = copied ? { earned: 0, percent: 0 } : score;
  return { criteria: scored, met, total: criteria.length, earned, possible: score.possible, percent, solved: met === criteria.length, run };
}

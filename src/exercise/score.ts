/**
 * The score of a graded solution, from its criteria, their weights, and which
 * of them are limits. Pure.
 *
 * Each criterion counts its weight: 1, unless the exercise gives another.
 * Some criteria are met by a file with no steps at all: "at most 5 steps",
 * "only these events", "every step cites a source", "operations never reach a
 * ceasefire", "every step goes as you expected". These are *limits*: any file
 * keeps them without doing any of the exercise, so a two-step file of
 * unrelated moves met half the criteria of an exercise and scored 50%.
 * Keeping a limit now earns nothing; breaking one costs its weight. Every
 * other criterion is an *achievement*: met, it earns its weight; met in part
 * (most of a sequence), that share of it. The score is what was earned out of
 * what could have been: the achievements, and the limits broken.
 *
 * Which criteria are limits is decided by grading the exercise with no steps
 * (see `limitsOf` in grade.ts), not from a list of kinds: a `never` is a limit
 * when the start has not already reached that state, a value `atMost` one when
 * the start is already below it, and a condition the start already meets
 * earns nothing either, whatever its form.
 */
import type { Criterion } from './criterion.js';

export interface ScoredCriterion extends Criterion {
  /** How much it counts (1 unless the exercise gives a weight). */
  weight: number;
  /** Met by a solution with no steps: keeping it earns nothing, breaking it costs its weight. */
  limit: boolean;
  /** The marks it earned: its weight, the share of it met, or 0 (always 0 for a limit). */
  earned: number;
}

export interface Score {
  criteria: ScoredCriterion[];
  /** Marks earned, and out of how many: the achievements' weights and the broken limits'. */
  earned: number;
  possible: number;
  /** Earned as a share of possible, 0–100, rounded down; 100 only when every criterion is met. */
  percent: number;
}

/** How much of a criterion is met: all, none, or the share a check found (a sequence in part). */
function shareMet(criterion: Criterion): number {
  return criterion.met ? 1 : (criterion.credit ?? 0);
}

/**
 * The score of `criteria`, each with its weight and whether it is a limit (same order).
 * @example scoreCriteria(grade.criteria, [1, 1, 2], [false, false, true]).percent
 */
export function scoreCriteria(criteria: readonly Criterion[], weights: readonly number[], limits: readonly boolean[]): Score {
  const scored = criteria.map((criterion, index): ScoredCriterion => {
    const weight = weights[index] ?? 1;
    const limit = limits[index] ?? false;
    return { ...criterion, weight, limit, earned: limit ? 0 : weight * shareMet(criterion) };
  });
  const earned = scored.reduce((sum, criterion) => sum + criterion.earned, 0);
  const possible = scored.reduce((sum, criterion) => sum + (criterion.limit ? criterion.weight * (1 - shareMet(criterion)) : criterion.weight), 0);
  const solved = criteria.every((criterion) => criterion.met);
  // Rounded down, so 100 means solved; a criterion of weight 0 left unmet still keeps it at 99 at most.
  // The small epsilon keeps 0.29 × 100 (28.999...) from rounding down to 28.
  const share = possible === 0 ? 0 : Math.floor((earned / possible) * 100 + 1e-9);
  return { criteria: scored, earned, possible, percent: solved ? 100 : Math.min(99, share) };
}

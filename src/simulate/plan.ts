/**
 * Which runs a simulation makes: a list of points (the parameter values the
 * runs use: one point for a plain run, one per grid cell with --sweep, one per
 * sample with --sample), each run `runsPerPoint` times. Runs are numbered
 * across the points (point 0's runs first), and a run's number alone fixes its
 * draws, so a shard is just a slice of the numbers.
 */
import type { RunParameters } from './parameters.js';
import type { Varied } from './sensitivity.js';

export interface Plan {
  points: RunParameters[];
  runsPerPoint: number;
  /** The parameters the points vary (none for a plain run): what the sensitivity screen looks at. */
  varied: Varied[];
  /** How the points were made. */
  design: 'plain' | 'grid' | 'sample';
}

/** A slice of the runs: the k-th of n (`--shard k/n`, k from 1). */
export interface Shard {
  k: number;
  n: number;
}

export const totalRuns = (plan: Pick<Plan, 'points' | 'runsPerPoint'>) => plan.points.length * plan.runsPerPoint;

/** The runs of shard k of n: n slices as even as can be, in order, so shard 1's runs come first. */
export function shardRange(total: number, shard: Shard | null): { from: number; to: number } {
  if (shard === null) return { from: 0, to: total };
  const from = Math.floor(((shard.k - 1) * total) / shard.n);
  const to = Math.floor((shard.k * total) / shard.n);
  return { from, to };
}

/** The point run number `run` uses. */
export const pointOf = (plan: Pick<Plan, 'runsPerPoint'>, run: number) => Math.floor(run / plan.runsPerPoint);

/**
 * Which of its point's runs `run` is: its draws come from this number, not from the run's own, so
 * the k-th run of every point draws the same numbers (common random numbers). Two points then
 * differ only where their values made a difference, and a parameter that changes nothing shows
 * an effect of exactly 0.
 */
export const replicateOf = (plan: Pick<Plan, 'runsPerPoint'>, run: number) => run % plan.runsPerPoint;

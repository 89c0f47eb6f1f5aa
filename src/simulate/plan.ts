/**
 * Which runs a simulation makes: a list of points (the parameter values the
 * runs use: one point for a plain run, one per grid cell with --sweep, one per
 * sample with --sample), each run `runsPerPoint` times. Runs are numbered
 * across the points (point 0's runs first), and a run's number alone fixes its
 * draws, so a shard is just a slice of the numbers.
 */
import type { RunParameters } from './parameters.js';

export interface Plan {
  points: RunParameters[];
  runsPerPoint: number;
}

/** A slice of the runs: the k-th of n (`--shard k/n`, k from 1). */
export interface Shard {
  k: number;
  n: number;
}

export const totalRuns = (plan: Plan) => plan.points.length * plan.runsPerPoint;

/** The runs of shard k of n: n slices as even as can be, in order, so shard 1's runs come first. */
export function shardRange(total: number, shard: Shard | null): { from: number; to: number } {
  if (shard === null) return { from: 0, to: total };
  const from = Math.floor(((shard.k - 1) * total) / shard.n);
  const to = Math.floor((shard.k * total) / shard.n);
  return { from, to };
}

/** The point run number `run` uses. */
export const pointOf = (plan: Plan, run: number) => Math.floor(run / plan.runsPerPoint);

/**
 * A batch of runs, numbered `from` up to `to`: the unit of work a worker
 * thread (or the main thread, with one worker) is given. A run's number
 * fixes its point and its draws, so batches can be made in any order, on any
 * thread, and give the same rows.
 */
import { parameterColumns } from './parameters.js';
import { pointOf, replicateOf, type Plan } from './plan.js';
import type { RunRow } from './outcome.js';
import { runOnce, type RunSetup } from './run-once.js';

export function runBatch(setup: RunSetup, plan: Pick<Plan, 'points' | 'runsPerPoint'>, from: number, to: number): RunRow[] {
  const rows: RunRow[] = [];
  for (let run = from; run < to; run++) {
    const parameters = plan.points[pointOf(plan, run)]!;
    rows.push({ run, seed: setup.seed, parameters: parameterColumns(parameters), outcome: runOnce(setup, parameters, replicateOf(plan, run)).outcome });
  }
  return rows;
}

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
  // The runs of a point share its columns: one list a point, not one a run (a million runs would
  // otherwise keep millions of small lists alive, and the cost of a run would grow with their number).
  const columnsOf = new Map<number, RunRow['parameters']>();
  for (let run = from; run < to; run++) {
    const point = pointOf(plan, run);
    const parameters = plan.points[point]!;
    let columns = columnsOf.get(point);
    if (columns === undefined) columnsOf.set(point, (columns = parameterColumns(parameters)));
    rows.push({ run, seed: setup.seed, parameters: columns, outcome: runOnce(setup, parameters, replicateOf(plan, run)).outcome });
  }
  return rows;
}

/**
 * Runs spread over worker threads (tinypool), or made on this thread when
 * one worker is asked for. The runs are cut into batches, handed out as
 * threads come free, and put back in the order of their numbers: the rows are
 * the same, byte for byte, whatever the number of workers.
 */
import { Tinypool } from 'tinypool';
import { runBatch } from './batch.js';
import type { RunRow } from './outcome.js';
import type { Plan } from './plan.js';
import type { RunSetup } from './run-once.js';
import type { BatchTask } from './worker.js';

export interface PoolRequest {
  setup: RunSetup;
  plan: Plan;
  /** The runs to make: numbers from `from` up to `to`. */
  from: number;
  to: number;
  /** What a worker needs to read the same assumptions (the start cannot be sent to a thread). */
  task: Omit<BatchTask, 'plan' | 'from' | 'to'>;
}

export interface PoolOptions {
  workers: number;
  /** The worker's script (the built dist/cli/simulate-worker.js); needed when workers > 1. */
  workerFile?: URL | undefined;
  /** Called after each batch with the runs done so far. */
  progress?: ((done: number) => void) | undefined;
}

/** Batches small enough for a steady progress bar and an even spread, large enough that handing them out costs little. */
function batchSize(runs: number, workers: number): number {
  return Math.max(1, Math.min(500, Math.ceil(runs / (workers * 16))));
}

function batches(from: number, to: number, size: number): Array<[number, number]> {
  const list: Array<[number, number]> = [];
  for (let start = from; start < to; start += size) list.push([start, Math.min(start + size, to)]);
  return list;
}

export async function runAll(request: PoolRequest, options: PoolOptions): Promise<RunRow[]> {
  const { setup, plan, from, to } = request;
  const size = batchSize(to - from, options.workers);
  let done = 0;
  if (options.workers <= 1 || options.workerFile === undefined) {
    const rows: RunRow[] = [];
    for (const [start, end] of batches(from, to, size)) {
      rows.push(...runBatch(setup, plan, start, end));
      done += end - start;
      options.progress?.(done);
      // Let the progress bar draw and Ctrl-C be heard between batches.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return rows;
  }
  const pool = new Tinypool({ filename: options.workerFile.href, minThreads: options.workers, maxThreads: options.workers, idleTimeout: 1000 });
  try {
    const parts = await Promise.all(
      batches(from, to, size).map(async ([start, end]) => {
        const rows = (await pool.run({ ...request.task, plan, from: start, to: end } satisfies BatchTask)) as RunRow[];
        done += end - start;
        options.progress?.(done);
        return rows;
      }),
    );
    return parts.flat();
  } finally {
    await pool.destroy();
  }
}

/**
 * A worker thread's task: a batch of runs. The start (an XState snapshot)
 * cannot be sent between threads, so each worker reads the assumptions file
 * itself, once, and checks that it is the very file the command read (its
 * digest): a file changed mid-run must not mix two sets of assumptions.
 */
import type { Plan } from './plan.js';
import type { RunRow } from './outcome.js';
import { runBatch } from './batch.js';
import { readAssumptionsFile } from './read-assumptions.js';
import { runSetup, type Overrides } from './setup.js';
import type { RunSetup } from './run-once.js';

export interface BatchTask {
  file: string;
  sha256: string;
  maxBytes: number;
  overrides: Overrides;
  plan: Plan;
  from: number;
  to: number;
}

let loaded: { key: string; setup: RunSetup } | null = null;

async function setupFor(task: BatchTask): Promise<RunSetup> {
  const key = `${task.file}\u0000${task.sha256}\u0000${JSON.stringify(task.overrides)}`;
  if (loaded?.key === key) return loaded.setup;
  const read = await readAssumptionsFile(task.file, { maxBytes: task.maxBytes });
  if (!read.ok) throw new Error(`the assumptions file ${task.file} could not be read again in a worker: ${read.problems[0]!.message}`);
  if (read.value.sha256 !== task.sha256) throw new Error(`the assumptions file ${task.file} changed while the runs were made; run the command again`);
  loaded = { key, setup: runSetup(read.value, task.overrides) };
  return loaded.setup;
}

export default async function runTask(task: BatchTask): Promise<RunRow[]> {
  return runBatch(await setupFor(task), task.plan, task.from, task.to);
}

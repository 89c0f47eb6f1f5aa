/** Loading a scenario for a command: problems go to stderr, one located line each. */
import { UnknownBranchError } from '../scenario/replay.js';
import type { Scenario } from '../scenario/schema.js';
import { readScenarioFile } from '../scenario/read-scenario.js';
import { renderIssue } from '../scenario/issue.js';
import type { Io } from './io.js';

export async function loadOrReport(file: string, io: Io): Promise<Scenario | undefined> {
  const result = await readScenarioFile(file);
  if (result.ok) return result.scenario;
  for (const issue of result.issues) io.stderr(`${renderIssue(issue)}\n`);
  return undefined;
}

/**
 * Runs `work` (a replay of `file`'s scenario, or something built on one). A
 * `--branch` the file does not have is the file's problem, not a crash: it is
 * said in one line naming the file, and the result is undefined (exit 2).
 */
export async function replayOrReport<T>(file: string, io: Io, work: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof UnknownBranchError)) throw error;
    io.stderr(`${file}: ${error.message}\n`);
    return undefined;
  }
}

/** Loading what a command works on: problems go to stderr, one line each, and the command exits 2. */
import { renderProblem, type Problem, type ReadOptions, type Result } from '../files/index.js';
import { findBranch, readScenarioFile, type Scenario } from '../scenario/index.js';
import type { Io } from './io.js';

/** Each problem on its own line of stderr. */
export function reportProblems(io: Io, problems: readonly Problem[]): void {
  for (const problem of problems) io.stderr(`${renderProblem(problem)}\n`);
}

/** The value of `result`, or undefined after its problems were reported. */
export function valueOrReport<T>(result: Result<T>, io: Io): T | undefined {
  if (result.ok) return result.value;
  reportProblems(io, result.problems);
  return undefined;
}

/** The scenario in `file` (read with `read`: its size limit), or undefined after its problems were reported. */
export async function loadOrReport(file: string, io: Io, read: ReadOptions = {}): Promise<Scenario | undefined> {
  return valueOrReport(await readScenarioFile(file, read), io);
}

/**
 * True when `branch` (a `--branch` value) is a branch of the scenario, or none was asked for; otherwise the
 * problem is reported as the file's (`file: no branch "x" ...`) and the command exits 2.
 */
export function branchExists(scenario: Scenario, file: string, branch: string | undefined, io: Io): boolean {
  if (branch === undefined) return true;
  const found = findBranch(scenario, branch);
  if (!found.ok) reportProblems(io, found.problems.map((problem) => ({ ...problem, file })));
  return found.ok;
}

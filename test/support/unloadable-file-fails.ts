/**
 * A vitest reporter for the mutation run only (vitest.stryker.config.ts).
 *
 * Stryker's vitest runner judges a mutant from the tests it finds in each test
 * file. A mutant that stops a module from loading — the machine definition
 * emptied, a region's `initial` blanked — makes every test file that imports it
 * fail before it has any test, so Stryker finds no failing test and counts the
 * mutant as *survived* (stryker-js#6150, open in 9.6 and 10.0). A file that
 * cannot be loaded is a failing test, not an absent one: this reporter adds
 * one failed test to each such file, carrying the error that stopped it, so the
 * mutant is counted as killed.
 */
import type { RunnerTestCase, RunnerTestFile } from 'vitest';
import type { Reporter, Vitest } from 'vitest/node';

/** A failed test standing for a file that could not be loaded. */
function loadFailure(file: RunnerTestFile): RunnerTestCase {
  const test: Omit<RunnerTestCase, 'context'> = {
    type: 'test',
    id: `${file.id}_loads`,
    name: 'the test file loads',
    fullName: `${file.name} > the test file loads`,
    fullTestName: 'the test file loads',
    mode: 'run',
    meta: {},
    file,
    suite: file,
    timeout: 0,
    annotations: [],
    artifacts: [],
    result: { state: 'fail', errors: file.result?.errors ?? [] },
  };
  // `context` is built by vitest for a test it runs; nothing reads it once the run is over.
  return test as RunnerTestCase;
}

/** True for a test file that failed and holds no test: it stopped while loading. */
export function failedToLoad(file: RunnerTestFile): boolean {
  return file.result?.state === 'fail' && file.tasks.length === 0;
}

export class UnloadableFileFails implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  /** Amends the files where Stryker reads the results from once the run has ended. */
  onTestRunEnd(): void {
    for (const file of this.vitest?.state.getFiles() ?? []) {
      if (failedToLoad(file)) file.tasks.push(loadFailure(file));
    }
  }
}

/**
 * The mutation run's reporter (unloadable-file-fails.ts), in a real vitest run:
 * a test file that throws while loading must end up holding a failed test, as
 * Stryker's vitest runner collects them, and a file that loaded must be left
 * as it was.
 */
import type { RunnerTask, RunnerTestCase } from 'vitest';
import { describe, expect, it } from 'vitest';
import { createVitest } from 'vitest/node';
import { UnloadableFileFails } from './unloadable-file-fails.js';

/** The tests in a file or suite, as Stryker's vitest runner collects them (`collectTestsFromSuite`, not exported). */
function testsIn(task: RunnerTask): RunnerTestCase[] {
  if (task.type === 'test') return [task];
  return task.type === 'suite' ? task.tasks.flatMap(testsIn) : [];
}

async function runFixtures() {
  const vitest = await createVitest('test', {
    config: false,
    root: 'test/fixtures/unloadable',
    include: ['*.fixture.ts'],
    watch: false,
    reporters: [new UnloadableFileFails()],
  });
  try {
    await vitest.start();
    return vitest.state.getFiles().map((file) => ({
      file: file.name,
      tests: testsIn(file).map((test) => ({ name: test.name, state: test.result?.state })),
    }));
  } finally {
    await vitest.close();
  }
}

describe('the reporter that counts a file that cannot load as a failed test', () => {
  it('gives a file that threw while loading one failed test, and leaves a file that loaded alone', async () => {
    const files = await runFixtures();

    expect(files.sort((a, b) => a.file.localeCompare(b.file))).toEqual([
      { file: 'breaks-on-load.fixture.ts', tests: [{ name: 'the test file loads', state: 'fail' }] },
      { file: 'loads.fixture.ts', tests: [{ name: 'passes', state: 'pass' }] },
    ]);
  });
});

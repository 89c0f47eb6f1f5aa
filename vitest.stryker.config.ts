/**
 * The test run Stryker uses to judge mutants of the model, the kits, the
 * scenario layer, exercises and play (see stryker.config.mjs and
 * docs/verification.md). It differs from
 * vitest.config.ts in three ways:
 *
 * - No globalSetup build: mutants live in Stryker's sandbox as TypeScript that
 *   vitest loads directly, so building dist/ would only cost time, and the
 *   tests that spawn the built CLI would test the unmutated code anyway.
 * - Only in-process test files: every test file under the folders below, less
 *   any file that runs the CLI (the filter reads the files, so suites added
 *   later are picked up without editing this list).
 * - Less a few files that are too slow to run once per mutant, or that depend
 *   on the depth of the call stack (NOT_FOR_MUTATION).
 *
 * Each mutant costs a test run, so the run is made cheap without losing what
 * it catches:
 * - fast-check runs with a fixed seed (test/mutation-seed.ts), so that a mutant
 *   is killed or survives the same way on every run (the normal suite keeps
 *   random seeds), and with FC_RUNS runs per property (default below; the
 *   example-based tests catch most mutants, the properties the rest);
 * - files without properties run first: Stryker stops at the first failing
 *   test, and a mutant the quick tests kill should not wait for the slow ones.
 *
 * A test file that cannot even be loaded under a mutant counts as a failed test
 * (test/support/unloadable-file-fails.ts): Stryker alone would count that
 * mutant as survived.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { UnloadableFileFails } from './test/support/unloadable-file-fails.js';

const IN_PROCESS_FOLDERS = [
  'test/model',
  'test/model-based',
  'test/reference',
  'test/words',
  'test/files',
  'test/scenario',
  'test/moves',
  'test/search',
  'test/paths',
  'test/exercise',
  'test/play',
  'test/cli',
  'test/arbitraries',
  'test/properties',
  'test/graph',
  'test/fuzz',
];

/**
 * A test file that runs the CLI (`truce(...)` from test/cli/helpers.ts) or another
 * process cannot see a mutant in src/: the process runs dist/, which Stryker does
 * not mutate. Importing only `scratchFolder` from those helpers is fine.
 */
const SPAWNS_A_PROCESS = /node:child_process|\btruce\(|\bconverse\(|dist\/cli/;

/**
 * Files left out of the mutation run. They stay in `npm test`; the mutants they
 * would kill are left to the other tests, and the survivors are read one by one
 * (docs/verification.md).
 * - Too slow to run once per mutant on a shared 2-core machine (10-60 s each
 *   there): the 10,000-step replay, the graph-coverage corpus (hundreds of fixed
 *   runs and scenarios replayed with an observer), the generated-file properties.
 * - Dependent on the depth of the call stack, which Stryker's instrumentation
 *   changes: the files nested 10,000 levels deep.
 */
const NOT_FOR_MUTATION = [
  /^test\/scenario\/long-scenario\.test\.ts$/,
  /^test\/graph\//,
  /^test\/properties\/scenario-files\.test\.ts$/,
  /^test\/fuzz\/deep-nesting\.test\.ts$/,
];

/**
 * `MUTATION_TESTS=test/model,test/scenario` runs only the test files under those
 * folders: a run over one folder of src/ (`--mutate 'src/model/**'`) need not
 * wait, for each surviving mutant, on the tests of every layer above it. The
 * model's own tests take 6 s where the whole in-process suite takes 40 s.
 */
function foldersToRun(): string[] {
  const chosen = process.env.MUTATION_TESTS?.split(',').map((folder) => folder.trim()).filter(Boolean);
  return chosen && chosen.length > 0 ? chosen : IN_PROCESS_FOLDERS;
}

function inProcessTestFiles(): string[] {
  const rootFiles = process.env.MUTATION_TESTS ? [] : readdirSync('test').filter((name) => name.endsWith('.test.ts')).map((name) => join('test', name));
  const folderFiles = foldersToRun().flatMap((folder) => {
    try {
      return readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.test.ts'))
        .map((name) => join(folder, name));
    } catch {
      return []; // a folder that does not exist (yet)
    }
  });
  return [...rootFiles, ...folderFiles]
    .filter((file) => !NOT_FOR_MUTATION.some((slow) => slow.test(file.split('\\').join('/'))))
    .filter((file) => !SPAWNS_A_PROCESS.test(readFileSync(file, 'utf8')))
    .sort();
}

/** Runs per property while judging mutants; FC_RUNS set in the environment wins. */
const MUTATION_FC_RUNS = '10';

const usesProperties = (file: string) => /fast-check/.test(readFileSync(file, 'utf8'));

/** Example-based test files first, property-based last; by name within each. */
class QuickFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => (usesProperties(spec.moduleId) ? 1 : 0);
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({
  test: {
    include: inProcessTestFiles(),
    setupFiles: ['test/mutation-seed.ts'],
    // A conversation with play that does not show what a test waits for gives up after 3 s, not 30.
    env: { FC_RUNS: process.env.FC_RUNS ?? MUTATION_FC_RUNS, CONVERSATION_GIVE_UP_MS: process.env.CONVERSATION_GIVE_UP_MS ?? '3000' },
    sequence: { sequencer: QuickFilesFirst },
    reporters: ['default', new UnloadableFileFails()],
    testTimeout: 60_000,
  },
});

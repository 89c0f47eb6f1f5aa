// @ts-check
/**
 * Mutation testing of the model, the shared kits (words, files, moves, search),
 * the scenario layer, exercises and play: Stryker makes small changes
 * ("mutants") to them — a `<` turned into `<=`, a guard name blanked, a
 * condition forced true — and runs the in-process tests against each one. A mutant that no test notices is a behaviour nobody checks.
 * `npm run mutation`; the figures and the mutants judged harmless are in
 * docs/verification.md.
 *
 * Static mutants (in code run once at load: the machine definition, the rule
 * table, the schemas) each need every module reloaded and every test run:
 * about 20 s a mutant on two cores, most of an hour for the 352 of them.
 * `npm run mutation -- --ignoreStatic` skips them. A mutant that stops a module
 * from loading is counted as killed thanks to a reporter in
 * vitest.stryker.config.ts (Stryker alone would count it as survived).
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  // The fast in-process suites only, with no build step and a fixed fast-check seed.
  // `related: false`: the tests covering each mutant are known from the first run, so
  // vitest need not work out from imports which test files reach which source file.
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  // index.ts files only re-export: nothing in them to mutate.
  mutate: [
    'src/model/**/*.ts',
    'src/words/**/*.ts',
    'src/files/**/*.ts',
    'src/scenario/**/*.ts',
    'src/moves/**/*.ts',
    'src/search/**/*.ts',
    'src/exercise/**/*.ts',
    'src/play/**/*.ts',
    '!src/**/index.ts',
  ],
  // Each mutant runs only the tests that reach the mutated code.
  coverageAnalysis: 'perTest',
  // Two workers fit a 2-core machine; run it under `nice` when others share the machine.
  concurrency: 2,
  // A shared machine is slow at times; a mutant is timed out only well past the normal run.
  timeoutMS: 10_000,
  // The first run (which finds the tests covering each mutant) takes minutes when the machine is busy.
  dryRunTimeoutMinutes: 30,
  // Re-runs test only the mutants whose code or tests changed since the last run.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowEmojis: false, logTests: false },
  // Shown as colours in the report; the targets per folder (90% model, 80% scenario) are in the docs.
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
};

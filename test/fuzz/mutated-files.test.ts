/**
 * Fuzzing the loader with damaged scenario files (mutations.ts): every one
 * is loaded and replays, or is refused with located, one-line issues; never
 * a throw. The files go through `readScenarioFile`, as the CLI reads them.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/scenario/index.js';
import { scratchFolder } from '../cli/helpers.js';
import { applyAll, mutations } from './mutations.js';
import { seedFiles } from './seed-files.js';
import { verdictProblems } from './verdict.js';

const numRuns = Number(process.env.FC_RUNS ?? 100);
/** Deep runs (`npm run fuzz`) take minutes: the time allowed grows with the runs asked for. */
const timeout = 60_000 + numRuns * 300;
const folder = scratchFolder();
afterAll(() => folder.remove());

describe('a damaged scenario file', () => {
  it('is loaded and replayed, or refused with issues at real lines and columns, and never crashes the loader', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: seedFiles().length - 1 }), mutations, async (which, steps) => {
        const seed = seedFiles()[which]!;
        const bytes = applyAll(seed.bytes, steps);
        const file = folder.write(seed.name, bytes);

        const result = await readScenarioFile(file);

        expect(verdictProblems(result, Buffer.from(bytes).toString('utf8')), `${seed.name}: ${steps.map((step) => step.name).join(', ')}`).toEqual([]);
      }),
      { numRuns },
    );
  }, timeout);
});

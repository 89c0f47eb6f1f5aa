/** Reading an assumptions file from disk, with the scenario its start names: the one place the simulation reads files. */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { readTextFile, type LocatedProblem, type ReadOptions, type Result } from '../files/index.js';
import { readScenarioFile } from '../scenario/index.js';
import { completeAssumptions, parseAssumptionsText, type Assumptions } from './load-assumptions.js';

/**
 * The assumptions in `file`, or every problem found, each with its place.
 * @example const loaded = await readAssumptionsFile('assumptions/symmetric.yaml')
 */
export async function readAssumptionsFile(file: string, options: ReadOptions = {}): Promise<Result<Assumptions, LocatedProblem>> {
  const read = await readTextFile(file, options);
  if (!read.ok) return read;
  const sha256 = createHash('sha256').update(read.value, 'utf8').digest('hex');
  const draft = parseAssumptionsText(read.value, file, sha256);
  if (!draft.ok) return draft;
  const path = draft.value.shape.start?.scenario;
  const scenario = path === undefined ? undefined : { path, result: await readScenarioFile(resolve(dirname(file), path), options) };
  return completeAssumptions(draft.value, scenario);
}

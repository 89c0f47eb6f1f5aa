/** Assumptions for the simulation's tests, loaded as the command loads them. */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { completeAssumptions, parseAssumptionsText, readAssumptionsFile, runSetup, type Assumptions } from '../../src/simulate/index.js';

export const SYMMETRIC = fileURLToPath(new URL('../../assumptions/symmetric.yaml', import.meta.url));
export const RAFAH = fileURLToPath(new URL('../../assumptions/rafah-2024-05.yaml', import.meta.url));

export async function shipped(file: string): Promise<Assumptions> {
  const loaded = await readAssumptionsFile(file);
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => problem.message).join('\n'));
  return loaded.value;
}

/** The symmetric file's text with `edit` applied, loaded from the default start (no scenario file needed). */
export function loadEdited(edit: (text: string) => string, file = 'edited.yaml') {
  const text = edit(readFileSync(SYMMETRIC, 'utf8'));
  const draft = parseAssumptionsText(text, file, createHash('sha256').update(text).digest('hex'));
  return draft.ok ? completeAssumptions(draft.value, undefined) : draft;
}

export const setupOf = (assumptions: Assumptions, days = 30, seed = 7) => runSetup(assumptions, { days, seed });

/** Checking a step's `expect` against what the replay produced. Pure; each result is data, put into words by src/words. */
import type { Hostages, Refusal, RefusalCode, Region, TruceContext, TruceStateValue } from '../model/index.js';
import type { StepExpectation } from './schema.js';

/** One check of a step, with what the file expects and what the replay found. */
export type ExpectationResult =
  /** Whether the step was refused: `expected` false unless the file says the step is refused. */
  | { check: 'refused'; expected: boolean; actual: boolean; met: boolean }
  | { check: 'refusal'; expected: RefusalCode; actual: RefusalCode | null; met: boolean }
  | { check: 'state'; region: Region; expected: string; actual: string; met: boolean }
  | { check: 'hostages'; field: keyof Hostages; expected: number; actual: number; met: boolean }
  | { check: 'prisonersReleased'; expected: number; actual: number; met: boolean };

interface Outcome {
  state: TruceStateValue;
  context: TruceContext;
  refusal: Refusal | null;
}

/**
 * The results of one step's expectations. A refused step is expected only
 * when `expect.refused` (or `expect.refusal`) says so; an unexpected refusal is
 * itself an unmet expectation, so a replay never passes over one silently.
 */
export function checkExpectations(expect: StepExpectation | undefined, outcome: Outcome): ExpectationResult[] {
  const refused = outcome.refusal !== null;
  if (expect === undefined) return refused ? [{ check: 'refused', expected: false, actual: true, met: false }] : [];
  const results: ExpectationResult[] = [];
  if (expect.refused !== undefined || expect.refusal !== undefined || refused) {
    const expected = expect.refused ?? expect.refusal !== undefined;
    results.push({ check: 'refused', expected, actual: refused, met: expected === refused });
  }
  if (expect.refusal !== undefined) {
    const actual = outcome.refusal?.code ?? null;
    results.push({ check: 'refusal', expected: expect.refusal, actual, met: actual === expect.refusal });
  }
  for (const [region, expected] of Object.entries(expect.state ?? {}) as Array<[Region, string]>) {
    const actual = outcome.state[region];
    results.push({ check: 'state', region, expected, actual, met: actual === expected });
  }
  for (const [field, expected] of Object.entries(expect.hostages ?? {}) as Array<[keyof Hostages, number]>) {
    const actual = outcome.context.hostages[field];
    results.push({ check: 'hostages', field, expected, actual, met: actual === expected });
  }
  if (expect.prisonersReleased !== undefined) {
    const actual = outcome.context.prisonersReleased;
    results.push({ check: 'prisonersReleased', expected: expect.prisonersReleased, actual, met: actual === expect.prisonersReleased });
  }
  return results;
}

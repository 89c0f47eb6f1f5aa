/** Checking a step's `expect` against what the replay produced. Pure. */
import type { TruceContext } from '../model/context.js';
import type { Refusal } from '../model/refusal.js';
import type { TruceStateValue } from '../model/snapshot.js';
import type { StepExpectation } from './schema.js';

export interface ExpectationResult {
  /** What was checked, as a path: `state.talks`, `hostages.held`, `refused`. */
  what: string;
  expected: unknown;
  actual: unknown;
  met: boolean;
}

interface Outcome {
  state: TruceStateValue;
  context: TruceContext;
  refusal: Refusal | null;
}

function compare(what: string, expected: unknown, actual: unknown): ExpectationResult {
  return { what, expected, actual, met: expected === actual };
}

function compareFields(prefix: string, expected: object | undefined, actual: object): ExpectationResult[] {
  if (!expected) return [];
  return Object.entries(expected).map(([key, value]) => compare(`${prefix}.${key}`, value, (actual as Record<string, unknown>)[key]));
}

/**
 * The results of one step's expectations. A refused step is expected only
 * when `expect.refused` (or `expect.refusal`) says so; an unexpected refusal is
 * itself an unmet expectation, so a replay never passes over one silently.
 */
export function checkExpectations(expect: StepExpectation | undefined, outcome: Outcome): ExpectationResult[] {
  const refused = outcome.refusal !== null;
  const expectRefused = expect?.refused ?? expect?.refusal !== undefined;
  const results: ExpectationResult[] = [];
  if (expect?.refused !== undefined || expect?.refusal !== undefined || refused) {
    results.push(compare('refused', expectRefused, refused));
  }
  if (expect?.refusal !== undefined) results.push(compare('refusal', expect.refusal, outcome.refusal?.code ?? null));
  results.push(...compareFields('state', expect?.state, outcome.state));
  results.push(...compareFields('hostages', expect?.hostages, outcome.context.hostages));
  if (expect?.prisonersReleased !== undefined) {
    results.push(compare('prisonersReleased', expect.prisonersReleased, outcome.context.prisonersReleased));
  }
  return results;
}

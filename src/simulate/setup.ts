/** What every run of a simulation shares, from the assumptions and what the command line overrides. */
import type { Assumptions } from './load-assumptions.js';
import type { RunSetup } from './run-once.js';

export interface Overrides {
  days?: number | undefined;
  seed?: number | undefined;
}

export function runSetup(assumptions: Assumptions, overrides: Overrides = {}): RunSetup {
  return {
    start: assumptions.start,
    days: overrides.days ?? assumptions.days,
    seed: overrides.seed ?? assumptions.seed,
    policy: { vocabulary: assumptions.vocabulary, holders: assumptions.holders },
  };
}

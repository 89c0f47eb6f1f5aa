/** What a play session is set up from: a scenario, its history, and the party the student plays (if one). */
import type { Result } from '../files/index.js';
import { findParty, type Party, type TruceSnapshot } from '../model/index.js';
import { vocabularyFor, type Vocabulary } from '../moves/index.js';
import { replayScenario, scenarioStart, type Scenario, type TraceStep } from '../scenario/index.js';
import { didYouMean } from '../words/index.js';

export interface PlaySetup {
  scenario: Scenario;
  /** The scenario's main line as it was replayed: one turn of play per step. */
  history: TraceStep[];
  start: TruceSnapshot;
  /** The party the student plays; null when the student moves for every party. */
  as: Party | null;
  vocabulary: Vocabulary;
}

/**
 * A session over `scenario`, played as the party `asParty` (an id) or as every party.
 * @example playSetup(scenario, 'israel')
 */
export function playSetup(scenario: Scenario, asParty?: string): Result<PlaySetup> {
  const as = asParty === undefined ? null : findParty(scenario.parties, asParty);
  if (as === undefined) {
    const ids = scenario.parties.map((party) => party.id);
    return { ok: false, problems: [{ code: 'not-found', message: `no party "${asParty}" in ${scenario.id}${didYouMean(asParty!, ids)}; parties: ${ids.join(', ')}` }] };
  }
  return {
    ok: true,
    value: {
      scenario,
      history: replayScenario(scenario).steps,
      start: scenarioStart(scenario),
      as,
      vocabulary: vocabularyFor(scenario),
    },
  };
}

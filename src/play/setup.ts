/** What a play session is set up from: a scenario, its history, and the party the student plays (if one). */
import { findParty, type Party } from '../model/parties.js';
import { startingSnapshot, type TruceSnapshot, type TruceStateValue } from '../model/snapshot.js';
import { vocabularyFor, type Vocabulary } from '../paths/vocabulary.js';
import { replayScenario, scenarioInput, type TraceStep } from '../scenario/replay.js';
import type { Scenario } from '../scenario/schema.js';
import { didYouMean } from '../scenario/suggest.js';

export interface PlaySetup {
  scenario: Scenario;
  /** The scenario's main line as it was replayed: one turn of play per step. */
  history: TraceStep[];
  start: TruceSnapshot;
  /** The party the student plays; null when the student moves for every party. */
  as: Party | null;
  vocabulary: Vocabulary;
}

export type SetupResult = { ok: true; setup: PlaySetup } | { ok: false; message: string };

/**
 * A session over `scenario`, played as the party `asParty` (an id) or as every party.
 * @example playSetup(scenario, 'israel')
 */
export function playSetup(scenario: Scenario, asParty?: string): SetupResult {
  const as = asParty === undefined ? null : findParty(scenario.parties, asParty);
  if (as === undefined) {
    const ids = scenario.parties.map((party) => party.id);
    return { ok: false, message: `no party "${asParty}" in ${scenario.id}${didYouMean(asParty!, ids)}; parties: ${ids.join(', ')}` };
  }
  return {
    ok: true,
    setup: {
      scenario,
      history: replayScenario(scenario).steps,
      start: startingSnapshot({ input: scenarioInput(scenario), state: scenario.initial.state as TruceStateValue }),
      as,
      vocabulary: vocabularyFor(scenario),
    },
  };
}

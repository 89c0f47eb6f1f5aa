/**
 * What sample events are made of: the parties, the terms a proposal can
 * offer, and the crossings. Taken from a scenario when there is one (its own
 * proposals and crossings), so the paths found speak of the same talks.
 */
import { frozenTerms, givesCeasefire, givesPause, type Party, type ScenarioEvent, type Terms, type TruceInput } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';

export interface Vocabulary {
  parties: readonly Party[];
  /** Terms to table, one per kind of deal (pause, ceasefire): the scenario's own first. */
  terms: Terms[];
  /** Crossings that can be closed or opened. */
  crossings: string[];
}

/** The parties when no scenario is given: the two principals and the mediator of the November 2023 deal. */
export const DEFAULT_PARTIES: Party[] = [
  { id: 'israel', name: 'Israel', role: 'principal' },
  { id: 'hamas', name: 'Hamas', role: 'principal' },
  { id: 'qatar', name: 'Qatar', role: 'mediator' },
];

/** The start when no scenario is given: the README's small example (illustrative figures). */
export const DEFAULT_INPUT: TruceInput = {
  parties: DEFAULT_PARTIES,
  hostages: { held: 10, deceased: 2 },
  crossings: { Rafah: 'open' },
  date: null,
};

/**
 * Terms offered when a scenario has none of that kind: a pause with the
 * November 2023 ratio of three prisoners per hostage (the README's example),
 * and a 42-day ceasefire phase, the length reported for the May 2024 proposal.
 */
export const DEFAULT_TERMS: Terms[] = [{ pauseDays: 4, hostages: 5, prisoners: 15 }, { ceasefireDays: 42 }].map(frozenTerms);

/** A crossing to close when the scenario names none. */
export const DEFAULT_CROSSING = 'Rafah';

/** What kind of deal terms make: a pause, a ceasefire, both or neither (what the rules look at, in their own words). */
export function termsKind(terms: Terms): string {
  return `${givesPause(terms) ? 'pause' : ''}${givesCeasefire(terms) ? 'ceasefire' : ''}` || 'none';
}

function oneOfEachKind(terms: readonly Terms[]): Terms[] {
  const seen = new Set<string>();
  return terms.filter((candidate) => {
    const kind = termsKind(candidate);
    if (kind === 'none' || seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}

function eventsOf(scenario: Scenario): ScenarioEvent[] {
  return [...scenario.steps, ...(scenario.branches ?? []).flatMap((branch) => branch.steps)].map((step) => step.event);
}

/**
 * The vocabulary of a scenario, or the default one. Its terms are frozen copies (`frozenTerms`):
 * a search or a simulation tables them again and again, and the rules check them once.
 */
export function vocabularyFor(scenario: Scenario | null): Vocabulary {
  if (scenario === null) return { parties: DEFAULT_PARTIES, terms: DEFAULT_TERMS, crossings: Object.keys(DEFAULT_INPUT.crossings ?? {}) };
  const events = eventsOf(scenario);
  const tabled = events.flatMap((event) => (event.type === 'PROPOSAL_TABLED' || event.type === 'COUNTER_PROPOSAL' ? [event.terms] : []));
  const named = events.flatMap((event) => (event.type === 'CROSSING_CLOSED' || event.type === 'CROSSING_OPENED' ? [event.crossing] : []));
  const crossings = [...new Set([...Object.keys(scenario.initial.crossings ?? {}), ...named])];
  return {
    parties: scenario.parties,
    terms: oneOfEachKind([...tabled, ...DEFAULT_TERMS]).map(frozenTerms),
    crossings: crossings.length > 0 ? crossings : [DEFAULT_CROSSING],
  };
}

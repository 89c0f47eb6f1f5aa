/**
 * What one run came to, and the row it is written as. The columns are named
 * for the readers of the file (pandas, R, DuckDB): lowercase words joined by
 * underscores, one fact each; a day is the day of the run (1 for the first),
 * empty when it never came.
 */
import type { AccessState, AgreementState, OperationsState, TalksState } from '../model/index.js';

export interface RunOutcome {
  talks: TalksState;
  operations: OperationsState;
  access: AccessState;
  agreement: AgreementState;
  /** The first day an agreement took force; null when none did. */
  tookForceDay: number | null;
  /** The first day an agreement lapsed (its days ran out). */
  lapsedDay: number | null;
  /** The first day an agreement was broken (operations resumed before its end day). */
  brokeDay: number | null;
  /** Hostages freed alive, and bodies handed back, during the run. */
  hostagesFreed: number;
  remainsReturned: number;
  prisonersFreed: number;
  /** Days that ended with operations paused for release, or in a ceasefire. */
  pauseDays: number;
  ceasefireDays: number;
  proposals: number;
  /** Claims of violations made (claims, not findings). */
  claims: number;
  /** Moves made in all (days passing included). */
  moves: number;
}

/** One row of the output: which run, under which seed and parameters, and what it came to. */
export interface RunRow {
  run: number;
  seed: number;
  /** The parameter values it ran with, by column name, in a fixed order. */
  parameters: Array<[string, number]>;
  outcome: RunOutcome;
}

/** The outcome columns, in order: the field of RunOutcome each shows. */
export const OUTCOME_COLUMNS = [
  ['talks', 'talks'],
  ['operations', 'operations'],
  ['access', 'access'],
  ['agreement', 'agreement'],
  ['took_force_day', 'tookForceDay'],
  ['lapsed_day', 'lapsedDay'],
  ['broke_day', 'brokeDay'],
  ['hostages_freed', 'hostagesFreed'],
  ['remains_returned', 'remainsReturned'],
  ['prisoners_freed', 'prisonersFreed'],
  ['pause_days', 'pauseDays'],
  ['ceasefire_days', 'ceasefireDays'],
  ['proposals', 'proposals'],
  ['claims', 'claims'],
  ['moves', 'moves'],
] as const satisfies ReadonlyArray<readonly [string, keyof RunOutcome]>;

/** The regions whose final state each run reports. */
export const FINAL_REGIONS = ['talks', 'operations', 'access', 'agreement'] as const;

/** The counts summarised with a median and a range. */
export const COUNTED = ['hostagesFreed', 'remainsReturned', 'prisonersFreed', 'pauseDays', 'ceasefireDays', 'proposals', 'claims'] as const satisfies ReadonlyArray<keyof RunOutcome>;

/** The days summarised by how often they came, and when. */
export const DAYS = ['tookForceDay', 'lapsedDay', 'brokeDay'] as const satisfies ReadonlyArray<keyof RunOutcome>;

/** What the statechart remembers besides its state: the facts of the talks so far. */
import type { Party } from './parties.js';
import type { Terms } from './terms.js';

export interface Proposal {
  /** 1 for the first proposal tabled, 2 for the next, ...: tells deals apart. */
  number: number;
  by: string;
  terms: Terms;
  /** True when it answered an earlier proposal (COUNTER_PROPOSAL). */
  counter: boolean;
  acceptedBy: string[];
  rejectedBy: string[];
  tabledOn: string | null;
}

export interface Hostages {
  /** Still held, the dead included, as news reports count them. */
  held: number;
  /** How many of those held are dead. */
  deceased: number;
  /** Freed alive. */
  released: number;
  /** Bodies handed back. */
  remainsReturned: number;
}

export interface PauseRecord {
  /** Days of pause agreed so far: the deal's `pauseDays` plus every extension. */
  daysAgreed: number;
  /** Days of pause that have run, counted when operations resume (from the event dates). */
  daysUsed: number;
  /** When the pause now running began; null when none runs. */
  since: string | null;
  /** The number of the proposal the last pause was agreed under: a deal pauses once. */
  underProposal: number | null;
}

export interface DeathToll {
  count: number;
  source: string | null;
  date: string | null;
}

export interface DatedText {
  text: string;
  date: string | null;
}

export type CrossingState = 'open' | 'closed';

export interface TruceContext {
  parties: Party[];
  /** The proposal on the table, or null when there is none. */
  proposal: Proposal | null;
  proposalsTabled: number;
  hostages: Hostages;
  prisonersReleased: number;
  /** Named crossings and whether each is open; aid access is closed while any is closed. */
  crossings: Record<string, CrossingState>;
  pause: PauseRecord;
  ceasefireSince: string | null;
  deathToll: DeathToll | null;
  /** Each party's last stated position, by party id. */
  positions: Record<string, DatedText>;
  /** Each party's last statement, by party id. */
  statements: Record<string, DatedText>;
  /**
   * How many rounds of talks were opened, operations launched and violations
   * reported. The entries themselves are the record of the events (see
   * record.ts): a context holds only what its size does not grow with, so a
   * step costs the same however long the talks have run.
   */
  roundsOpened: number;
  operationsLaunched: number;
  violationsReported: number;
  /** Why talks last stalled, when they did. */
  stallReason: string | null;
  /** The date of the last accepted event. */
  date: string | null;
}

/** What a run starts from: who takes part and the facts at the start. */
export interface TruceInput {
  parties: Party[];
  hostages: { held: number; deceased: number };
  deathToll?: { count: number; source?: string | null; date?: string | null } | null;
  crossings?: Record<string, CrossingState>;
  date?: string | null;
}

export function createInitialContext(input: TruceInput): TruceContext {
  return {
    parties: input.parties.map((party) => ({ ...party })),
    proposal: null,
    proposalsTabled: 0,
    hostages: { held: input.hostages.held, deceased: input.hostages.deceased, released: 0, remainsReturned: 0 },
    prisonersReleased: 0,
    crossings: { ...input.crossings },
    pause: { daysAgreed: 0, daysUsed: 0, since: null, underProposal: null },
    ceasefireSince: null,
    deathToll: input.deathToll
      ? { count: input.deathToll.count, source: input.deathToll.source ?? null, date: input.deathToll.date ?? null }
      : null,
    positions: {},
    statements: {},
    roundsOpened: 0,
    operationsLaunched: 0,
    violationsReported: 0,
    stallReason: null,
    date: input.date ?? null,
  };
}

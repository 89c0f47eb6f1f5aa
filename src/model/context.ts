/** What the statechart remembers besides its state: the facts of the talks so far. */
import { agreementAtStart, type Agreement, type Quiet } from './agreement.js';
import { roleOf, type Party, type PartyRef } from './parties.js';
import type { Terms } from './terms.js';

export interface Proposal {
  /** 1 for the first proposal tabled, 2 for the next, ...: tells deals apart. */
  number: number;
  /** Who tabled it: one party, or several together. */
  by: PartyRef;
  terms: Terms;
  /** True when it answered an earlier proposal (COUNTER_PROPOSAL). */
  counter: boolean;
  /** The principals that accepted it. */
  acceptedBy: readonly string[];
  rejectedBy: string[];
  /** The guarantors that accepted it as its guarantors (never needed for it to take force). */
  guaranteedBy: string[];
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
  parties: readonly Party[];
  /** The proposal on the table, or null when there is none. Talks are about it; it is not the agreement. */
  proposal: Proposal | null;
  proposalsTabled: number;
  /**
   * The last agreement the principals made: in force, or how it ended (the agreement region
   * of the chart is in the state its `status` names, or `none` while there has been none).
   */
  agreement: Agreement | null;
  hostages: Hostages;
  prisonersReleased: number;
  /** Prisoners (and detainees) released, by the party that released them. */
  prisonersReleasedBy: Record<string, number>;
  /** Aid trucks reported delivered. */
  aidTrucksDelivered: number;
  /** Named crossings and whether each is open; aid access is closed while any is closed. */
  crossings: Record<string, CrossingState>;
  pause: PauseRecord;
  ceasefireSince: string | null;
  /**
   * Whether operations are quiet under a deal, as the operations region says (paused for release,
   * in a ceasefire, or neither): a deal that takes force while they are begins its days at once.
   */
  quiet: Quiet | null;
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
  /** How many times the hostage figures were revised, and aid deliveries reported (their entries are in the record too). */
  hostageCountRevisions: number;
  aidDeliveriesReported: number;
  /** Why talks last stalled, when they did. */
  stallReason: string | null;
  /** The date of the last accepted event. */
  date: string | null;
}

/** What a run starts from: who takes part and the facts at the start. */
export interface TruceInput {
  parties: readonly Party[];
  hostages: { held: number; deceased: number };
  deathToll?: { count: number; source?: string | null; date?: string | null } | null;
  crossings?: Record<string, CrossingState>;
  date?: string | null;
  /** An agreement already in force when the run starts: its terms, the day its days began to run, and its phase. */
  agreement?: { terms: Terms; since?: string | null; phase?: number } | null;
}

/**
 * The context a run starts with. `quiet` says whether operations start paused for release or in a
 * ceasefire (under the agreement in force): its days then run from the agreement's `since`.
 */
export function createInitialContext(input: TruceInput, quiet: Quiet | null = null): TruceContext {
  const start = input.agreement ?? null;
  const agreement = start && agreementAtStart(start.terms, start.since ?? null, start.phase ?? 1, quiet);
  const since = agreement?.since ?? null;
  return {
    // Roles as the model reads them: `belligerent` and `armed-group` from older files are principals.
    parties: input.parties.map((party) => ({ ...party, role: roleOf(party) })),
    proposal: null,
    proposalsTabled: 0,
    agreement,
    hostages: { held: input.hostages.held, deceased: input.hostages.deceased, released: 0, remainsReturned: 0 },
    prisonersReleased: 0,
    prisonersReleasedBy: {},
    aidTrucksDelivered: 0,
    crossings: { ...input.crossings },
    pause:
      quiet === 'pause' && agreement
        ? { daysAgreed: agreement.days ?? 0, daysUsed: 0, since, underProposal: null }
        : { daysAgreed: 0, daysUsed: 0, since: null, underProposal: null },
    ceasefireSince: quiet === 'ceasefire' ? since : null,
    quiet,
    deathToll: input.deathToll
      ? { count: input.deathToll.count, source: input.deathToll.source ?? null, date: input.deathToll.date ?? null }
      : null,
    positions: {},
    statements: {},
    roundsOpened: 0,
    operationsLaunched: 0,
    violationsReported: 0,
    hostageCountRevisions: 0,
    aidDeliveriesReported: 0,
    stallReason: null,
    date: input.date ?? null,
  };
}

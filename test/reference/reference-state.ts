/** The reference model's state, where a run starts, and the predicates its rules share. */

export type Role = 'belligerent' | 'armed-group' | 'mediator';
export type TalksState = 'idle' | 'proposal' | 'accepted' | 'rejected' | 'stalled';
export type OperationsState = 'active' | 'pausedForRelease' | 'resumed' | 'ceasefire';
export type AccessState = 'open' | 'closed';
export type CrossingState = 'open' | 'closed';

export interface RefParty {
  id: string;
  role: Role;
}

export interface RefProposal {
  number: number;
  by: string;
  terms: Record<string, unknown>;
  acceptedBy: readonly string[];
  rejectedBy: readonly string[];
}

export interface RefHostages {
  held: number;
  deceased: number;
  released: number;
  remainsReturned: number;
}

export interface RefState {
  parties: readonly RefParty[];
  value: { talks: TalksState; operations: OperationsState; access: AccessState };
  proposal: RefProposal | null;
  proposalsTabled: number;
  hostages: RefHostages;
  prisonersReleased: number;
  /** A null-prototype record, so hostile names such as "__proto__" are plain keys. */
  crossings: Readonly<Record<string, CrossingState>>;
  /** The proposal number the last pause was taken under. */
  pauseUsedForProposal: number | null;
}

export interface RefStart {
  parties: readonly RefParty[];
  hostages: { held: number; deceased: number };
  crossings?: Record<string, CrossingState>;
  state?: { talks?: 'idle' | 'stalled'; operations?: 'active' | 'resumed'; access?: AccessState };
}

export const EVENT_TYPES = new Set([
  'TALKS_OPENED', 'PROPOSAL_TABLED', 'COUNTER_PROPOSAL', 'PROPOSAL_ACCEPTED', 'PROPOSAL_REJECTED',
  'TALKS_STALLED', 'OPERATION_LAUNCHED', 'OPERATION_PAUSED', 'PAUSE_EXTENDED', 'OPERATION_RESUMED',
  'CEASEFIRE_BEGAN', 'VIOLATION_REPORTED', 'HOSTAGES_RELEASED', 'HOSTAGE_DEATHS_REPORTED',
  'PRISONERS_RELEASED', 'CROSSING_CLOSED', 'CROSSING_OPENED', 'POSITION_STATED', 'STATEMENT',
  'CASUALTIES_REPORTED',
]);

/** Terms that are whole numbers ≥ 0. */
const COUNT_TERMS = ['pauseDays', 'ceasefireDays', 'phases', 'hostages', 'prisoners', 'aidTrucksPerDay'];

export function nullRecord(entries: Record<string, CrossingState> = {}): Record<string, CrossingState> {
  return Object.assign(Object.create(null) as Record<string, CrossingState>, entries);
}

export function accessOf(crossings: Readonly<Record<string, CrossingState>>): AccessState {
  return Object.values(crossings).includes('closed') ? 'closed' : 'open';
}

/** The reference state a run starts from, as a scenario's `initial` describes it. */
export function initialRefState(start: RefStart): RefState {
  const crossings = nullRecord(start.crossings);
  return {
    parties: start.parties.map(({ id, role }) => ({ id, role })),
    value: {
      talks: start.state?.talks ?? 'idle',
      operations: start.state?.operations ?? 'active',
      access: start.state?.access ?? accessOf(crossings),
    },
    proposal: null,
    proposalsTabled: 0,
    hostages: { held: start.hostages.held, deceased: start.hostages.deceased, released: 0, remainsReturned: 0 },
    prisonersReleased: 0,
    crossings,
    pauseUsedForProposal: null,
  };
}

/** The largest count or number of days the model takes (reading A2). */
export const MAX_COUNT = 1_000_000_000;

export const isWhole = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_COUNT;
export const isPositive = (value: unknown): value is number => isWhole(value) && value >= 1;
export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
export const isPrincipal = (party: RefParty | undefined) => party !== undefined && party.role !== 'mediator';

export function termsProblem(terms: unknown): boolean {
  if (typeof terms !== 'object' || terms === null || Array.isArray(terms)) return true;
  return Object.entries(terms).some(([key, value]) => {
    if (COUNT_TERMS.includes(key)) return !isWhole(value);
    if (key === 'lastingCeasefire') return typeof value !== 'boolean';
    if (key === 'withdrawal') return typeof value !== 'boolean' && typeof value !== 'string';
    if (key === 'note') return typeof value !== 'string';
    return true;
  });
}

export const principalsOf = (state: RefState) => state.parties.filter(isPrincipal).map((party) => party.id);
export const everyPrincipalAccepted = (state: RefState, acceptedBy: readonly string[]) =>
  principalsOf(state).every((id) => acceptedBy.includes(id));
export const agreedDeal = (state: RefState) =>
  state.proposal !== null && everyPrincipalAccepted(state, state.proposal.acceptedBy);
export const givesDays = (value: unknown) => isWhole(value) && value >= 1;

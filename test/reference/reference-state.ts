/** The reference model's state, where a run starts, and the predicates its rules share. */
import { agreementAtStart, endDayOf, type Quiet, type RefAgreement } from './reference-agreement.js';
import { dayOf } from './reference-dates.js';

/** Roles as a scenario file may write them; `belligerent` and `armed-group` read as `principal`. */
export type RoleInFile = 'principal' | 'mediator' | 'guarantor' | 'belligerent' | 'armed-group';
export type Role = 'principal' | 'mediator' | 'guarantor';
export type TalksState = 'idle' | 'proposal' | 'accepted' | 'rejected' | 'stalled';
export type OperationsState = 'active' | 'pausedForRelease' | 'resumed' | 'ceasefire';
export type AccessState = 'open' | 'closed';
export type AgreementState = 'none' | 'inForce' | 'lapsed' | 'broken';
export type CrossingState = 'open' | 'closed';
export type Terms = Record<string, unknown>;

export interface RefParty {
  id: string;
  role: RoleInFile;
}

export interface RefProposal {
  number: number;
  terms: Terms;
  /** The principals that accepted it. */
  acceptedBy: readonly string[];
  rejectedBy: readonly string[];
  /** The guarantors that signed it. */
  guaranteedBy: readonly string[];
}

export interface RefHostages {
  held: number;
  deceased: number;
  released: number;
  remainsReturned: number;
}

export interface RefState {
  parties: readonly { id: string; role: Role }[];
  value: { talks: TalksState; operations: OperationsState; access: AccessState; agreement: AgreementState };
  proposal: RefProposal | null;
  proposalsTabled: number;
  agreement: RefAgreement | null;
  hostages: RefHostages;
  prisonersReleased: number;
  /** A null-prototype record, so hostile names such as "__proto__" are plain keys. */
  crossings: Readonly<Record<string, CrossingState>>;
  /** The clock: the day number of the last dated event taken (or of time passed), null before any. */
  today: number | null;
}

/** A deal already in force when the run starts (the README's `initial.agreement`). */
export interface RefStartAgreement {
  terms: Terms;
  since?: string;
  phase?: number;
}

export interface RefStart {
  parties: readonly RefParty[];
  hostages: { held: number; deceased: number };
  crossings?: Record<string, CrossingState>;
  /** The run's starting day (`initial.date`). */
  date?: string;
  agreement?: RefStartAgreement;
  state?: {
    talks?: 'idle' | 'stalled';
    operations?: OperationsState;
    access?: AccessState;
    agreement?: 'none' | 'inForce';
  };
}

export const EVENT_TYPES = new Set([
  'TALKS_OPENED', 'PROPOSAL_TABLED', 'COUNTER_PROPOSAL', 'PROPOSAL_ACCEPTED', 'PROPOSAL_REJECTED',
  'TALKS_STALLED', 'OPERATION_LAUNCHED', 'OPERATION_PAUSED', 'PAUSE_EXTENDED', 'AGREEMENT_EXTENDED',
  'OPERATION_RESUMED', 'CEASEFIRE_BEGAN', 'PHASE_BEGAN', 'TIME_PASSED', 'VIOLATION_REPORTED',
  'HOSTAGES_RELEASED', 'HOSTAGE_DEATHS_REPORTED', 'HOSTAGE_COUNT_REVISED', 'PRISONERS_RELEASED',
  'CROSSING_CLOSED', 'CROSSING_OPENED', 'AID_DELIVERED', 'POSITION_STATED', 'STATEMENT', 'CASUALTIES_REPORTED',
]);

export function roleOf(role: RoleInFile): Role {
  return role === 'belligerent' || role === 'armed-group' ? 'principal' : role;
}

export function nullRecord(entries: Record<string, CrossingState> = {}): Record<string, CrossingState> {
  return Object.assign(Object.create(null) as Record<string, CrossingState>, entries);
}

export function accessOf(crossings: Readonly<Record<string, CrossingState>>): AccessState {
  return Object.values(crossings).includes('closed') ? 'closed' : 'open';
}

export function quietOf(operations: OperationsState): Quiet | null {
  if (operations === 'pausedForRelease') return 'pause';
  if (operations === 'ceasefire') return 'ceasefire';
  return null;
}

/** The reference state a run starts from, as a scenario's `initial` describes it. */
export function initialRefState(start: RefStart): RefState {
  const crossings = nullRecord(start.crossings);
  const operations = start.state?.operations ?? 'active';
  const today = start.date === undefined ? null : dayOf(start.date);
  const made = start.agreement === undefined ? null : agreementAtStart(start.agreement, quietOf(operations));
  // Reading A38: a deal whose end day is already past on the day the run starts has lapsed by then.
  const end = made && endDayOf(made);
  const agreement = made && end !== null && today !== null && today > end ? { ...made, status: 'lapsed' as const } : made;
  return {
    parties: start.parties.map(({ id, role }) => ({ id, role: roleOf(role) })),
    value: {
      talks: start.state?.talks ?? 'idle',
      operations,
      access: start.state?.access ?? accessOf(crossings),
      agreement: agreement === null ? 'none' : agreement.status,
    },
    proposal: null,
    proposalsTabled: 0,
    agreement,
    hostages: { held: start.hostages.held, deceased: start.hostages.deceased, released: 0, remainsReturned: 0 },
    prisonersReleased: 0,
    crossings,
    today,
  };
}

/** The largest count or number of days the model takes (reading A2). */
export const MAX_COUNT = 1_000_000_000;

export const isWhole = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_COUNT;
export const isPositive = (value: unknown): value is number => isWhole(value) && value >= 1;
export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The ids an event's `by` (or `claimant`) names: one id or a list (README "Scenario files"). */
export function idsOf(by: unknown): unknown[] {
  return Array.isArray(by) ? by : [by];
}

export const partyOf = (state: RefState, id: unknown) => state.parties.find((party) => party.id === id);

/** Reading A20: a list must be non-empty, and every id in it a party of the run. */
export function namesKnownParties(state: RefState, by: unknown): boolean {
  const ids = idsOf(by);
  return ids.length > 0 && ids.every((id) => partyOf(state, id) !== undefined);
}

/** Every party named is a principal (an unknown one is not). */
export function namesPrincipalsOnly(state: RefState, by: unknown): boolean {
  const ids = idsOf(by);
  return ids.length > 0 && ids.every((id) => partyOf(state, id)?.role === 'principal');
}

export const principalsOf = (state: RefState) =>
  state.parties.filter((party) => party.role === 'principal').map((party) => party.id);
export const everyPrincipalAccepted = (state: RefState, acceptedBy: readonly string[]) =>
  principalsOf(state).every((id) => acceptedBy.includes(id));

const PHASE_COUNT_TERMS = ['days', 'hostages', 'prisoners', 'aidTrucksPerDay'];
const COUNT_TERMS = ['pauseDays', 'ceasefireDays', 'hostages', 'prisoners', 'aidTrucksPerDay'];
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function phaseProblem(phase: unknown): boolean {
  if (!isPlainObject(phase)) return true;
  return Object.entries(phase).some(([key, value]) => {
    if (PHASE_COUNT_TERMS.includes(key)) return !isWhole(value);
    if (key === 'withdrawal') return typeof value !== 'boolean' && typeof value !== 'string';
    if (key === 'toBeNegotiated') return typeof value !== 'boolean';
    if (key === 'note') return typeof value !== 'string';
    return true;
  });
}

/** Terms the README does not allow [INVALID_TERMS] (readings A14, A30). */
export function termsProblem(terms: unknown): boolean {
  if (!isPlainObject(terms)) return true;
  return Object.entries(terms).some(([key, value]) => {
    if (COUNT_TERMS.includes(key)) return !isWhole(value);
    if (key === 'phases') {
      if (Array.isArray(value)) return value.length === 0 || value.some(phaseProblem);
      return !isWhole(value);
    }
    if (key === 'lastingCeasefire' || key === 'amends') return typeof value !== 'boolean';
    if (key === 'withdrawal') return typeof value !== 'boolean' && typeof value !== 'string';
    if (key === 'note') return typeof value !== 'string';
    return true;
  });
}

/** Empty texts inside terms (a `note` or a `withdrawal` given as text): MISSING_TEXT as well (reading A30). */
export function termsTextProblem(terms: unknown): boolean {
  if (!isPlainObject(terms)) return false;
  const blank = (value: unknown) => value === '';
  const phases = Array.isArray(terms.phases) ? terms.phases.filter(isPlainObject) : [];
  return [terms, ...phases].some((part) => blank(part.note) || blank(part.withdrawal));
}

export const isAmendment = (terms: Terms) => terms.amends === true;

/** The README's rule for each event: which rules it breaks in a state, and the state after it. */
import {
  amend, beginDays, beginPhase, endDayOf, extend, givesCeasefire, givesPause, hasEnd, newAgreement, phaseCount,
  phaseToBeNegotiated, tally, type RefAgreement, type Tally,
} from './reference-agreement.js';
import { dayOf } from './reference-dates.js';
import {
  accessOf, everyPrincipalAccepted, idsOf, isAmendment, isPositive, isText, isWhole, namesPrincipalsOnly, nullRecord,
  partyOf, quietOf, termsProblem, termsTextProblem, type RefProposal, type RefState, type TalksState, type Terms,
} from './reference-state.js';

export type Payload = Record<string, unknown>;
/** `day`: the day the event happens on, its date or, undated, the clock's (reading A25). */
type Change = (state: RefState, event: Payload, day: number | null) => RefState;
interface Rule {
  /** Codes of the rules `event` breaks in `state`, in the order of reading A1. */
  refusals: (state: RefState, event: Payload) => string[];
  apply: Change;
}

const withValue = (state: RefState, value: Partial<RefState['value']>): RefState => ({
  ...state,
  value: { ...state.value, ...value },
});

const unchanged: Change = (state) => state;
const inForce = (state: RefState) => state.agreement?.status === 'inForce';
const ids = (event: Payload) => idsOf(event.by) as string[];
const notPrincipals = (state: RefState, event: Payload) => (namesPrincipalsOnly(state, event.by) ? [] : ['NOT_A_PRINCIPAL']);
const quiet = (state: RefState) => ['pausedForRelease', 'ceasefire'].includes(state.value.operations);

function withAgreement(state: RefState, agreement: RefAgreement): RefState {
  return withValue({ ...state, agreement }, { agreement: agreement.status });
}

/** What is done counts against the agreement in force only (reading A33). */
function counted(state: RefState, done: Partial<Tally>): RefState {
  return inForce(state) ? { ...state, agreement: tally(state.agreement!, done) } : state;
}

/**
 * Talks after the proposal on the table changed, and the deal that takes
 * force when this change completed the principals' acceptance (reading A21).
 */
function settle(state: RefState, proposal: RefProposal, wasAgreed: boolean, day: number | null): RefState {
  const agreed = everyPrincipalAccepted(state, proposal.acceptedBy);
  const talks: TalksState = agreed ? 'accepted' : proposal.rejectedBy.length > 0 ? 'rejected' : 'proposal';
  const next = withValue({ ...state, proposal }, { talks });
  if (!agreed || wasAgreed) return next;
  if (isAmendment(proposal.terms)) return withAgreement(next, amend(state.agreement!, proposal.terms));
  return withAgreement(next, newAgreement(proposal.terms, quietOf(state.value.operations), day));
}

const tableProposal: Rule = {
  refusals: (state, event) => [
    ...(termsProblem(event.terms) ? ['INVALID_TERMS'] : []),
    ...(termsTextProblem(event.terms) ? ['INVALID_TERMS', 'MISSING_TEXT'] : []),
    ...(isAmendment((event.terms ?? {}) as Terms) && !inForce(state) ? ['NO_AGREED_DEAL'] : []),
  ],
  apply: (state, event, day) => {
    const number = state.proposalsTabled + 1;
    const acceptedBy = ids(event).filter((id) => partyOf(state, id)?.role === 'principal');
    const proposal = { number, terms: { ...(event.terms as Terms) }, acceptedBy, rejectedBy: [], guaranteedBy: [] };
    return settle({ ...state, proposalsTabled: number }, proposal, false, day);
  },
};

/** Reading A40: a counter-proposal answers the proposal on the table [NO_PROPOSAL]; otherwise as a proposal tabled. */
const counterProposal: Rule = {
  refusals: (state, event) => [...(state.proposal === null ? ['NO_PROPOSAL'] : []), ...tableProposal.refusals(state, event)],
  apply: tableProposal.apply,
};

/** Reading A41: a crossing is closed or opened by a principal, when a sender is named. */
const crossingSender = (state: RefState, event: Payload) => (event.by === undefined ? [] : notPrincipals(state, event));

/** Reading A13: talks reopen to where the proposal on the table stands. */
function reopenedTalks(state: RefState): TalksState {
  const { proposal } = state;
  if (proposal === null) return 'idle';
  if (everyPrincipalAccepted(state, proposal.acceptedBy)) return 'accepted';
  return proposal.rejectedBy.length > 0 ? 'rejected' : 'proposal';
}

const positive = (value: unknown) => (isPositive(value) ? [] : ['INVALID_COUNT']);

export const rules: Record<string, Rule> = {
  TALKS_OPENED: {
    refusals: () => [],
    apply: (state) => (state.value.talks === 'stalled' ? withValue(state, { talks: reopenedTalks(state) }) : state),
  },
  PROPOSAL_TABLED: tableProposal,
  COUNTER_PROPOSAL: counterProposal,
  PROPOSAL_ACCEPTED: {
    refusals: (state, event) => {
      const { proposal } = state;
      const accepters = ids(event);
      return [
        ...(proposal === null ? ['NO_PROPOSAL'] : []),
        ...(accepters.every((id) => ['principal', 'guarantor'].includes(partyOf(state, id)?.role ?? '')) && accepters.length > 0
          ? []
          : ['NOT_A_PRINCIPAL']),
        ...(accepters.some((id) => proposal?.acceptedBy.includes(id) || proposal?.guaranteedBy.includes(id))
          ? ['ALREADY_ACCEPTED']
          : []),
        ...(proposal !== null && isAmendment(proposal.terms) && !inForce(state) ? ['NO_AGREED_DEAL'] : []),
      ];
    },
    apply: (state, event, day) => {
      const proposal = state.proposal!;
      const wasAgreed = everyPrincipalAccepted(state, proposal.acceptedBy);
      const byRole = (role: string) => ids(event).filter((id) => partyOf(state, id)?.role === role);
      const principals = byRole('principal');
      const next: RefProposal = {
        ...proposal,
        acceptedBy: [...proposal.acceptedBy, ...principals],
        rejectedBy: proposal.rejectedBy.filter((id) => !principals.includes(id)),
        guaranteedBy: [...proposal.guaranteedBy, ...byRole('guarantor')],
      };
      return settle(state, next, wasAgreed, day);
    },
  },
  PROPOSAL_REJECTED: {
    refusals: (state, event) => [
      ...(state.proposal === null ? ['NO_PROPOSAL'] : []),
      ...notPrincipals(state, event),
      ...(ids(event).some((id) => state.proposal?.acceptedBy.includes(id)) ? ['ALREADY_ACCEPTED'] : []),
      ...(ids(event).some((id) => state.proposal?.rejectedBy.includes(id)) ? ['ALREADY_REJECTED'] : []),
    ],
    apply: (state, event) => {
      const proposal = state.proposal!;
      const rejectedBy = [...proposal.rejectedBy, ...ids(event)];
      return withValue({ ...state, proposal: { ...proposal, rejectedBy } }, { talks: 'rejected' });
    },
  },
  TALKS_STALLED: {
    refusals: () => [],
    apply: (state) => withValue(state, { talks: 'stalled' }),
  },
  OPERATION_LAUNCHED: {
    refusals: (state, event) => [
      ...notPrincipals(state, event),
      ...(quiet(state) ? ['OPERATIONS_PAUSED'] : []),
    ],
    apply: unchanged,
  },
  OPERATION_PAUSED: {
    refusals: (state, event) => {
      const { agreement } = state;
      return [
        ...notPrincipals(state, event),
        ...(agreement?.pauseUsed ? ['PAUSE_ALREADY_USED'] : []),
        ...(inForce(state) ? [] : ['NO_AGREED_DEAL']),
        ...(inForce(state) && !givesPause(agreement!.terms) ? ['DEAL_HAS_NO_PAUSE'] : []),
        ...(state.value.operations === 'pausedForRelease' ? ['ALREADY_PAUSED'] : []),
        ...(state.value.operations === 'ceasefire' ? ['ALREADY_IN_CEASEFIRE'] : []),
      ];
    },
    apply: (state, _event, day) =>
      withValue(withAgreement(state, beginDays(state.agreement!, 'pause', day, true)), { operations: 'pausedForRelease' }),
  },
  PAUSE_EXTENDED: {
    refusals: (state, event) => [
      ...positive(event.days),
      ...(state.value.operations === 'pausedForRelease' ? [] : ['NOT_PAUSED']),
      ...(inForce(state) ? [] : ['NO_AGREED_DEAL']),
      // README: an extension needs an end day to move, for a pause as for the agreement.
      ...(inForce(state) && !hasEnd(state.agreement!) ? ['AGREEMENT_HAS_NO_END'] : []),
    ],
    apply: (state, event) => withAgreement(state, extend(state.agreement!, event.days as number)),
  },
  AGREEMENT_EXTENDED: {
    refusals: (state, event) => [
      ...positive(event.days),
      ...(inForce(state) ? [] : ['NO_AGREED_DEAL']),
      ...(inForce(state) && !hasEnd(state.agreement!) ? ['AGREEMENT_HAS_NO_END'] : []),
    ],
    apply: (state, event) => withAgreement(state, extend(state.agreement!, event.days as number)),
  },
  OPERATION_RESUMED: {
    refusals: (state, event) => [
      ...notPrincipals(state, event),
      ...(quiet(state) ? [] : ['NOTHING_TO_RESUME']),
    ],
    apply: (state, _event, day) => {
      const resumed = withValue(state, { operations: 'resumed' });
      const { agreement } = state;
      if (agreement === null || !inForce(state) || !agreement.begun) return resumed;
      // Reading A25: with no end day, or no day known, a resumption is before the end day.
      const end = endDayOf(agreement);
      const status = end !== null && day !== null && day >= end ? 'lapsed' : 'broken';
      return withAgreement(resumed, { ...agreement, status });
    },
  },
  CEASEFIRE_BEGAN: {
    refusals: (state) => [
      ...(inForce(state) ? [] : ['NO_AGREED_DEAL']),
      ...(inForce(state) && !givesCeasefire(state.agreement!.terms, state.agreement!.phase) ? ['DEAL_HAS_NO_CEASEFIRE'] : []),
      ...(state.value.operations === 'ceasefire' ? ['ALREADY_IN_CEASEFIRE'] : []),
    ],
    apply: (state, _event, day) =>
      withValue(withAgreement(state, beginDays(state.agreement!, 'ceasefire', day)), { operations: 'ceasefire' }),
  },
  PHASE_BEGAN: {
    refusals: (state, event) => {
      const { agreement } = state;
      const phase = event.phase;
      const next = agreement === null ? 1 : agreement.phase + 1;
      const isNext = phase === next && agreement !== null && next <= phaseCount(agreement.terms);
      return [
        ...positive(phase),
        ...(inForce(state) ? [] : ['NO_AGREED_DEAL']),
        ...(inForce(state) && isPositive(phase) && !isNext ? ['PHASE_OUT_OF_ORDER'] : []),
        ...(inForce(state) && isNext && phaseToBeNegotiated(agreement!.terms, next) ? ['NEXT_PHASE_NOT_AGREED'] : []),
      ];
    },
    apply: (state, event, day) => withAgreement(state, beginPhase(state.agreement!, event.phase as number, day)),
  },
  TIME_PASSED: {
    // Reading A31: time passes to a date; undated, or dated before the clock, it is refused.
    refusals: (state, event) => {
      const day = typeof event.date === 'string' ? dayOf(event.date) : Number.NaN;
      return Number.isNaN(day) || (state.today !== null && day < state.today) ? ['INVALID_DATE'] : [];
    },
    apply: unchanged,
  },
  VIOLATION_REPORTED: { refusals: () => [], apply: unchanged },
  HOSTAGES_RELEASED: {
    refusals: (state, event) => {
      const count = event.count;
      const deceased = event.deceased === undefined ? 0 : event.deceased;
      const countsValid = isPositive(count) && isWhole(deceased) && deceased <= count;
      if (!countsValid) return ['INVALID_COUNT', ...notPrincipals(state, event)];
      const { held, deceased: deadHeld } = state.hostages;
      return [
        ...notPrincipals(state, event),
        ...(count > held ? ['NOT_ENOUGH_HOSTAGES'] : []),
        ...(deceased > deadHeld ? ['NOT_ENOUGH_DECEASED'] : []),
        ...(count - deceased > held - deadHeld ? ['NOT_ENOUGH_LIVING_HOSTAGES'] : []),
      ];
    },
    apply: (state, event) => {
      const count = event.count as number;
      const bodies = (event.deceased === undefined ? 0 : event.deceased) as number;
      const { held, deceased, released, remainsReturned } = state.hostages;
      const hostages = {
        held: held - count,
        deceased: deceased - bodies,
        released: released + (count - bodies),
        remainsReturned: remainsReturned + bodies,
      };
      // README: `outsideDeal: true` is a release under a separate arrangement, not counted against the deal.
      return event.outsideDeal === true ? { ...state, hostages } : counted({ ...state, hostages }, { hostages: count });
    },
  },
  HOSTAGE_DEATHS_REPORTED: {
    refusals: (state, event) => {
      if (!isPositive(event.count)) return ['INVALID_COUNT'];
      return event.count > state.hostages.held - state.hostages.deceased ? ['NOT_ENOUGH_LIVING_HOSTAGES'] : [];
    },
    apply: (state, event) => ({
      ...state,
      hostages: { ...state.hostages, deceased: state.hostages.deceased + (event.count as number) },
    }),
  },
  HOSTAGE_COUNT_REVISED: {
    refusals: (_state, event) =>
      isWhole(event.held) && isWhole(event.deceased) && event.deceased <= event.held ? [] : ['INVALID_COUNT'],
    apply: (state, event) => ({
      ...state,
      hostages: { ...state.hostages, held: event.held as number, deceased: event.deceased as number },
    }),
  },
  PRISONERS_RELEASED: {
    refusals: (state, event) => [...positive(event.count), ...notPrincipals(state, event)],
    apply: (state, event) => {
      const released = { ...state, prisonersReleased: state.prisonersReleased + (event.count as number) };
      return event.outsideDeal === true ? released : counted(released, { prisoners: event.count as number });
    },
  },
  CROSSING_CLOSED: {
    refusals: (state, event) => [
      ...crossingSender(state, event),
      ...(isText(event.crossing) && state.crossings[event.crossing] === 'closed' ? ['CROSSING_ALREADY_CLOSED'] : []),
    ],
    apply: (state, event) => {
      const crossings = nullRecord({ ...state.crossings });
      crossings[event.crossing as string] = 'closed';
      return withValue({ ...state, crossings }, { access: 'closed' });
    },
  },
  CROSSING_OPENED: {
    // A name that is not a closed crossing (an empty one included) names no crossing to open.
    refusals: (state, event) => [
      ...crossingSender(state, event),
      ...(typeof event.crossing === 'string' && state.crossings[event.crossing] === 'closed' ? [] : ['CROSSING_NOT_CLOSED']),
    ],
    apply: (state, event) => {
      const crossings = nullRecord({ ...state.crossings });
      crossings[event.crossing as string] = 'open';
      return withValue({ ...state, crossings }, { access: accessOf(crossings) });
    },
  },
  AID_DELIVERED: {
    refusals: (_state, event) => positive(event.trucks),
    apply: (state, event) => counted(state, { aidTrucks: event.trucks as number }),
  },
  POSITION_STATED: { refusals: () => [], apply: unchanged },
  STATEMENT: { refusals: () => [], apply: unchanged },
  CASUALTIES_REPORTED: {
    refusals: (_state, event) => (isWhole(event.toll) ? [] : ['INVALID_COUNT']),
    apply: unchanged,
  },
};

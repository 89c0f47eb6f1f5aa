/** The README's rule for each event: which rules it breaks in a state, and the state after it. */
import {
  accessOf, agreedDeal, everyPrincipalAccepted, givesDays, isPositive, isPrincipal, isText, isWhole, nullRecord,
  termsProblem, type RefParty, type RefState, type TalksState,
} from './reference-state.js';

export type Payload = Record<string, unknown>;
type Change = (state: RefState, event: Payload) => RefState;
interface Rule {
  /** Codes of the rules `event` breaks in `state`, in the order of reading A1. */
  refusals: (state: RefState, event: Payload, party: RefParty | undefined) => string[];
  apply: Change;
}

const withValue = (state: RefState, value: Partial<RefState['value']>): RefState => ({
  ...state,
  value: { ...state.value, ...value },
});

const tableProposal: Rule = {
  refusals: (_state, event) => (termsProblem(event.terms) ? ['INVALID_TERMS'] : []),
  apply: (state, event) => {
    const by = event.by as string;
    const tabler = state.parties.find((party) => party.id === by);
    const acceptedBy = isPrincipal(tabler) ? [by] : [];
    const number = state.proposalsTabled + 1;
    const proposal = { number, by, terms: { ...(event.terms as Payload) }, acceptedBy, rejectedBy: [] };
    const talks = everyPrincipalAccepted(state, acceptedBy) ? 'accepted' : 'proposal';
    return withValue({ ...state, proposal, proposalsTabled: number }, { talks });
  },
};

const unchanged: Change = (state) => state;

/** Reading A13: talks reopen to where the proposal on the table stands. */
function reopenedTalks({ proposal }: RefState): TalksState {
  if (proposal === null) return 'idle';
  return proposal.rejectedBy.length > 0 ? 'rejected' : 'proposal';
}

export const rules: Record<string, Rule> = {
  TALKS_OPENED: {
    refusals: () => [],
    apply: (state) => (state.value.talks === 'stalled' ? withValue(state, { talks: reopenedTalks(state) }) : state),
  },
  PROPOSAL_TABLED: tableProposal,
  COUNTER_PROPOSAL: tableProposal,
  PROPOSAL_ACCEPTED: {
    refusals: (state, event, party) => [
      ...(state.proposal === null ? ['NO_PROPOSAL'] : []),
      ...(isPrincipal(party) ? [] : ['NOT_A_PRINCIPAL']),
      ...(state.proposal?.acceptedBy.includes(event.by as string) ? ['ALREADY_ACCEPTED'] : []),
    ],
    apply: (state, event) => {
      const by = event.by as string;
      const proposal = state.proposal!;
      const acceptedBy = [...proposal.acceptedBy, by];
      const rejectedBy = proposal.rejectedBy.filter((id) => id !== by);
      const talks = everyPrincipalAccepted(state, acceptedBy) ? 'accepted' : rejectedBy.length > 0 ? 'rejected' : 'proposal';
      return withValue({ ...state, proposal: { ...proposal, acceptedBy, rejectedBy } }, { talks });
    },
  },
  PROPOSAL_REJECTED: {
    refusals: (state, event, party) => [
      ...(state.proposal === null ? ['NO_PROPOSAL'] : []),
      ...(isPrincipal(party) ? [] : ['NOT_A_PRINCIPAL']),
      ...(state.proposal?.acceptedBy.includes(event.by as string) ? ['ALREADY_ACCEPTED'] : []),
      ...(state.proposal?.rejectedBy.includes(event.by as string) ? ['ALREADY_REJECTED'] : []),
    ],
    apply: (state, event) => {
      const proposal = state.proposal!;
      const rejectedBy = [...proposal.rejectedBy, event.by as string];
      return withValue({ ...state, proposal: { ...proposal, rejectedBy } }, { talks: 'rejected' });
    },
  },
  TALKS_STALLED: {
    refusals: (state) => (state.value.talks === 'accepted' ? ['TALKS_ALREADY_AGREED'] : []),
    apply: (state) => withValue(state, { talks: 'stalled' }),
  },
  OPERATION_LAUNCHED: {
    refusals: (state, _event, party) => [
      ...(isPrincipal(party) ? [] : ['NOT_A_PRINCIPAL']),
      ...(['pausedForRelease', 'ceasefire'].includes(state.value.operations) ? ['OPERATIONS_PAUSED'] : []),
    ],
    apply: unchanged,
  },
  OPERATION_PAUSED: {
    refusals: (state, _event, party) => {
      const agreed = agreedDeal(state);
      return [
        ...(isPrincipal(party) ? [] : ['NOT_A_PRINCIPAL']),
        ...(agreed ? [] : ['NO_AGREED_DEAL']),
        ...(agreed && !givesDays(state.proposal!.terms.pauseDays) ? ['DEAL_HAS_NO_PAUSE'] : []),
        ...(agreed && state.pauseUsedForProposal === state.proposal!.number ? ['PAUSE_ALREADY_USED'] : []),
        ...(state.value.operations === 'pausedForRelease' ? ['ALREADY_PAUSED'] : []),
        ...(state.value.operations === 'ceasefire' ? ['ALREADY_IN_CEASEFIRE'] : []),
      ];
    },
    apply: (state) =>
      withValue({ ...state, pauseUsedForProposal: state.proposal!.number }, { operations: 'pausedForRelease' }),
  },
  PAUSE_EXTENDED: {
    refusals: (state, event) => [
      ...(isPositive(event.days) ? [] : ['INVALID_COUNT']),
      ...(state.value.operations === 'pausedForRelease' ? [] : ['NOT_PAUSED']),
    ],
    apply: unchanged,
  },
  OPERATION_RESUMED: {
    refusals: (state, _event, party) => [
      ...(isPrincipal(party) ? [] : ['NOT_A_PRINCIPAL']),
      ...(['pausedForRelease', 'ceasefire'].includes(state.value.operations) ? [] : ['NOTHING_TO_RESUME']),
    ],
    apply: (state) => withValue(state, { operations: 'resumed' }),
  },
  CEASEFIRE_BEGAN: {
    refusals: (state) => {
      const agreed = agreedDeal(state);
      const terms = state.proposal?.terms;
      return [
        ...(agreed ? [] : ['NO_AGREED_DEAL']),
        ...(agreed && !givesDays(terms!.ceasefireDays) && terms!.lastingCeasefire !== true ? ['DEAL_HAS_NO_CEASEFIRE'] : []),
        ...(state.value.operations === 'ceasefire' ? ['ALREADY_IN_CEASEFIRE'] : []),
      ];
    },
    apply: (state) => withValue(state, { operations: 'ceasefire' }),
  },
  VIOLATION_REPORTED: { refusals: () => [], apply: unchanged },
  HOSTAGES_RELEASED: {
    refusals: (state, event, party) => {
      const count = event.count;
      const deceased = event.deceased === undefined ? 0 : event.deceased;
      const countsValid = isPositive(count) && isWhole(deceased) && deceased <= count;
      if (!countsValid) return ['INVALID_COUNT', ...(isPrincipal(party) ? [] : ['NOT_A_PRINCIPAL'])];
      const { held, deceased: deadHeld } = state.hostages;
      return [
        ...(isPrincipal(party) ? [] : ['NOT_A_PRINCIPAL']),
        ...(count > held ? ['NOT_ENOUGH_HOSTAGES'] : []),
        ...(deceased > deadHeld ? ['NOT_ENOUGH_DECEASED'] : []),
        ...(count - deceased > held - deadHeld ? ['NOT_ENOUGH_LIVING_HOSTAGES'] : []),
      ];
    },
    apply: (state, event) => {
      const count = event.count as number;
      const bodies = (event.deceased === undefined ? 0 : event.deceased) as number;
      const { held, deceased, released, remainsReturned } = state.hostages;
      return {
        ...state,
        hostages: {
          held: held - count,
          deceased: deceased - bodies,
          released: released + (count - bodies),
          remainsReturned: remainsReturned + bodies,
        },
      };
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
  PRISONERS_RELEASED: {
    refusals: (_state, event, party) => [
      ...(isPositive(event.count) ? [] : ['INVALID_COUNT']),
      ...(isPrincipal(party) ? [] : ['NOT_A_PRINCIPAL']),
    ],
    apply: (state, event) => ({ ...state, prisonersReleased: state.prisonersReleased + (event.count as number) }),
  },
  CROSSING_CLOSED: {
    refusals: (state, event) =>
      isText(event.crossing) && state.crossings[event.crossing] === 'closed' ? ['CROSSING_ALREADY_CLOSED'] : [],
    apply: (state, event) => {
      const crossings = nullRecord({ ...state.crossings });
      crossings[event.crossing as string] = 'closed';
      return withValue({ ...state, crossings }, { access: 'closed' });
    },
  },
  CROSSING_OPENED: {
    // A name that is not a closed crossing (an empty one included) names no crossing to open.
    refusals: (state, event) =>
      typeof event.crossing === 'string' && state.crossings[event.crossing] === 'closed' ? [] : ['CROSSING_NOT_CLOSED'],
    apply: (state, event) => {
      const crossings = nullRecord({ ...state.crossings });
      crossings[event.crossing as string] = 'open';
      return withValue({ ...state, crossings }, { access: accessOf(crossings) });
    },
  },
  POSITION_STATED: { refusals: () => [], apply: unchanged },
  STATEMENT: { refusals: () => [], apply: unchanged },
  CASUALTIES_REPORTED: {
    refusals: (_state, event) => (isWhole(event.toll) ? [] : ['INVALID_COUNT']),
    apply: unchanged,
  },
};

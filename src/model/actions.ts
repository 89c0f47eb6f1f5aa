/**
 * How accepted events change the record. Each action is a pure function from
 * the context and the event to the changed fields; `actions` wraps them for
 * XState and stamps the event's date, so every accepted event moves the clock.
 * The machine only runs an action after its guards held, so the event here is
 * well formed.
 *
 * A change made only under a condition is added to a reducer's changes by an
 * `if` (`if (...) changes.agreement = ...`), not spread into them as
 * `...(cond ? {...} : {})`: a simulation runs these for every move, and the
 * spreads cost about 6% of a step.
 */
import { assign } from 'xstate';
import { agreementFrom, amend, beginDays, beginPhase as beginAgreementPhase, extend, type Agreement, type PhaseTally } from './agreement.js';
import type { Proposal, TruceContext } from './context.js';
import type { EventOf, EventType, TruceEvent } from './events.js';
import { findParty, idsOf, isGuarantor, isPrincipal } from './parties.js';
import { daysUntil } from './calendar.js';
import { isRealDate } from './schema-kit.js';
import { frozenTerms } from './terms.js';

type Reducer<T extends EventType> = (context: TruceContext, event: EventOf<T>) => Partial<TruceContext>;

/** The event's date when it carries a real one; otherwise the clock stays where it was. */
export function dateOf(context: TruceContext, event: TruceEvent): string | null {
  return typeof event.date === 'string' && isRealDate(event.date) ? event.date : context.date;
}

/** The parties in `by` that are principals, or guarantors. */
function principalsIn(context: TruceContext, by: unknown): string[] {
  return idsOf(by).filter((id) => {
    const party = findParty(context.parties, id);
    return party !== undefined && isPrincipal(party);
  });
}

function guarantorsIn(context: TruceContext, by: unknown): string[] {
  return idsOf(by).filter((id) => {
    const party = findParty(context.parties, id);
    return party !== undefined && isGuarantor(party);
  });
}

/** The agreement, changed by `change` when it is in force; any other agreement (or none) as it is. */
function inForce(context: TruceContext, change: (agreement: Agreement) => Agreement): Agreement | null {
  const { agreement } = context;
  return agreement?.status === 'inForce' ? change(agreement) : agreement;
}

/** The agreement, with `what` added to what is done under it when it is in force. */
function addToTally(context: TruceContext, what: keyof PhaseTally, count: number): Agreement | null {
  return inForce(context, (agreement) => {
    const done = { ...agreement.done };
    done[what] += count;
    return { ...agreement, done };
  });
}

function tableProposal(context: TruceContext, event: EventOf<'PROPOSAL_TABLED' | 'COUNTER_PROPOSAL'>): Partial<TruceContext> {
  const proposal: Proposal = {
    number: context.proposalsTabled + 1,
    by: event.by,
    terms: frozenTerms(event.terms),
    counter: event.type === 'COUNTER_PROPOSAL',
    // Whoever puts terms forward as a principal has agreed to them.
    acceptedBy: principalsIn(context, event.by),
    rejectedBy: [],
    guaranteedBy: [],
    tabledOn: dateOf(context, event),
  };
  return { proposal, proposalsTabled: proposal.number };
}

const recordAcceptance: Reducer<'PROPOSAL_ACCEPTED'> = (context, event) => {
  const proposal = context.proposal!;
  const principals = principalsIn(context, event.by);
  const guarantors = guarantorsIn(context, event.by);
  const changes: Partial<TruceContext> = {
    proposal: {
      ...proposal,
      acceptedBy: [...proposal.acceptedBy, ...principals],
      // A party that rejected a proposal may still accept it later.
      rejectedBy: proposal.rejectedBy.filter((id) => !principals.includes(id)),
      guaranteedBy: [...proposal.guaranteedBy, ...guarantors],
    },
  };
  // A guarantor that signs a deal already in force becomes one of its guarantors.
  const partOfAgreement = context.agreement?.proposals.includes(proposal.number) ?? false;
  if (partOfAgreement && guarantors.length > 0) changes.agreement = inForce(context, (agreement) => ({ ...agreement, guarantors: [...agreement.guarantors, ...guarantors] }));
  return changes;
};

const recordRejection: Reducer<'PROPOSAL_REJECTED'> = (context, event) => {
  const proposal = context.proposal!;
  return { proposal: { ...proposal, rejectedBy: [...proposal.rejectedBy, ...idsOf(event.by)] } };
};

/**
 * The proposal every principal has just accepted takes force: an amendment merges into the
 * agreement in force; any other deal replaces it. When operations are already quiet (a pause or
 * ceasefire running on from an earlier deal), the new deal's days begin that day.
 */
function putDealInForce(context: TruceContext): Partial<TruceContext> {
  const proposal = context.proposal!;
  const { agreement } = context;
  if (proposal.terms.amends === true && agreement?.status === 'inForce') return { agreement: amend(agreement, proposal) };
  return { agreement: agreementFrom(proposal, context.date, context.quiet) };
}

function lapseAgreement(context: TruceContext): Partial<TruceContext> {
  return { agreement: inForce(context, (agreement) => ({ ...agreement, status: 'lapsed', endedOn: agreement.endDay })) };
}

function breakAgreement(context: TruceContext): Partial<TruceContext> {
  return { agreement: inForce(context, (agreement) => ({ ...agreement, status: 'broken', endedOn: agreement.operationsResumedOn })) };
}

/** Operations resumed: the agreement in force, once its days began, settles (eventless) as broken or lapsed. */
function recordResumption(context: TruceContext, event: TruceEvent): Partial<TruceContext> {
  return { agreement: inForce(context, (agreement) => (agreement.begun ? { ...agreement, operationsResumed: true, operationsResumedOn: dateOf(context, event) } : agreement)) };
}

const extendAgreement: Reducer<'AGREEMENT_EXTENDED'> = (context, event) => {
  const changes: Partial<TruceContext> = { agreement: inForce(context, (agreement) => extend(agreement, event.days)) };
  // While operations are paused, the days are days of pause too.
  if (context.pause.since !== null) changes.pause = { ...context.pause, daysAgreed: context.pause.daysAgreed + event.days };
  return changes;
};

const beginPhase: Reducer<'PHASE_BEGAN'> = (context, event) => ({ agreement: inForce(context, (agreement) => beginAgreementPhase(agreement, event.phase, dateOf(context, event))) });

/** Time passes: only the clock moves (the wrapper below stamps the date); an agreement past its end day then lapses. */
const passTime: Reducer<'TIME_PASSED'> = () => ({});

// Rounds, operations and violations are counted here; their entries are the record of the events (record.ts).
const recordRound: Reducer<'TALKS_OPENED'> = (context) => ({ roundsOpened: context.roundsOpened + 1 });

const recordStall: Reducer<'TALKS_STALLED'> = (_context, event) => ({ stallReason: event.reason ?? null });

const recordOperation: Reducer<'OPERATION_LAUNCHED'> = (context) => ({ operationsLaunched: context.operationsLaunched + 1 });

const startPause: Reducer<'OPERATION_PAUSED'> = (context, event) => {
  const agreement = context.agreement!;
  const date = dateOf(context, event);
  return {
    pause: {
      ...context.pause,
      daysAgreed: context.pause.daysAgreed + (agreement.terms.pauseDays ?? 0),
      since: date,
      underProposal: agreement.proposals[0] ?? null,
    },
    agreement: { ...beginDays(agreement, date, 'pause'), pauseUsed: true },
    quiet: 'pause',
  };
};

const extendPause: Reducer<'PAUSE_EXTENDED'> = (context, event) => ({
  pause: { ...context.pause, daysAgreed: context.pause.daysAgreed + event.days },
  agreement: inForce(context, (agreement) => extend(agreement, event.days)),
});

/** Closes the running pause, counting its days when both ends are dated. */
function endPause(context: TruceContext, event: TruceEvent): Partial<TruceContext> {
  const { since } = context.pause;
  const until = dateOf(context, event);
  const ranFor = since !== null && until !== null ? Math.max(0, daysUntil(since, until)) : 0;
  return { pause: { ...context.pause, daysUsed: context.pause.daysUsed + ranFor, since: null }, quiet: null };
}

function startCeasefire(context: TruceContext, event: TruceEvent): Partial<TruceContext> {
  const date = dateOf(context, event);
  return { ceasefireSince: date, quiet: 'ceasefire', agreement: inForce(context, (agreement) => beginDays(agreement, date, 'ceasefire')) };
}

function endCeasefire(): Partial<TruceContext> {
  return { ceasefireSince: null, quiet: null };
}

const recordViolation: Reducer<'VIOLATION_REPORTED'> = (context) => ({ violationsReported: context.violationsReported + 1 });

const recordRelease: Reducer<'HOSTAGES_RELEASED'> = (context, event) => {
  const bodies = event.deceased ?? 0;
  const { hostages } = context;
  const changes: Partial<TruceContext> = {
    hostages: {
      held: hostages.held - event.count,
      deceased: hostages.deceased - bodies,
      released: hostages.released + event.count - bodies,
      remainsReturned: hostages.remainsReturned + bodies,
    },
  };
  if (event.outsideDeal !== true) changes.agreement = addToTally(context, 'hostages', event.count);
  return changes;
};

const recordHostageCountRevision: Reducer<'HOSTAGE_COUNT_REVISED'> = (context, event) => ({
  hostages: { ...context.hostages, held: event.held, deceased: event.deceased },
  hostageCountRevisions: context.hostageCountRevisions + 1,
});

const recordAidDelivery: Reducer<'AID_DELIVERED'> = (context, event) => ({
  aidTrucksDelivered: context.aidTrucksDelivered + event.trucks,
  aidDeliveriesReported: context.aidDeliveriesReported + 1,
  agreement: addToTally(context, 'aidTrucks', event.trucks),
});

const recordHostageDeaths: Reducer<'HOSTAGE_DEATHS_REPORTED'> = (context, event) => ({
  hostages: { ...context.hostages, deceased: context.hostages.deceased + event.count },
});

/** A release by several parties together is counted under all of them, as `israel+egypt`. */
const recordPrisonerRelease: Reducer<'PRISONERS_RELEASED'> = (context, event) => {
  const by = idsOf(event.by).join('+');
  const changes: Partial<TruceContext> = {
    prisonersReleased: context.prisonersReleased + event.count,
    prisonersReleasedBy: { ...context.prisonersReleasedBy, [by]: (context.prisonersReleasedBy[by] ?? 0) + event.count },
  };
  if (event.outsideDeal !== true) changes.agreement = addToTally(context, 'prisoners', event.count);
  return changes;
};

const closeCrossing: Reducer<'CROSSING_CLOSED'> = (context, event) => ({
  crossings: { ...context.crossings, [event.crossing]: 'closed' },
});

const openCrossing: Reducer<'CROSSING_OPENED'> = (context, event) => ({
  crossings: { ...context.crossings, [event.crossing]: 'open' },
});

/** What each party in `by` said, with the date: a joint statement is each one's latest. */
function said(context: TruceContext, event: EventOf<'POSITION_STATED' | 'STATEMENT'>, before: TruceContext['positions']): TruceContext['positions'] {
  const text = { text: event.text, date: dateOf(context, event) };
  return { ...before, ...Object.fromEntries(idsOf(event.by).map((id) => [id, text])) };
}

const recordPosition: Reducer<'POSITION_STATED'> = (context, event) => ({ positions: said(context, event, context.positions) });

const recordStatement: Reducer<'STATEMENT'> = (context, event) => ({ statements: said(context, event, context.statements) });

const recordCasualties: Reducer<'CASUALTIES_REPORTED'> = (context, event) => ({
  // `+ 0` turns a -0 (which YAML and JSON can both write) into 0, so a restored snapshot compares equal.
  deathToll: { count: event.toll + 0, source: event.source ?? null, date: dateOf(context, event) },
});

/** The reducers by name, as the machine's transitions refer to them. */
export const reducers = {
  tableProposal,
  recordAcceptance,
  recordRejection,
  recordRound,
  recordStall,
  recordOperation,
  startPause,
  extendPause,
  endPause,
  startCeasefire,
  endCeasefire,
  recordResumption,
  putDealInForce,
  lapseAgreement,
  breakAgreement,
  extendAgreement,
  beginPhase,
  passTime,
  recordViolation,
  recordRelease,
  recordHostageDeaths,
  recordHostageCountRevision,
  recordPrisonerRelease,
  recordAidDelivery,
  closeCrossing,
  openCrossing,
  recordPosition,
  recordStatement,
  recordCasualties,
} as const;

export type ActionName = keyof typeof reducers;

type AnyReducer = (context: TruceContext, event: TruceEvent) => Partial<TruceContext>;

/** The reducers as XState actions: each assigns its changes and the event's date. */
export const actions = Object.fromEntries(
  Object.entries(reducers).map(([name, reducer]) => [
    name,
    assign(({ context, event }: { context: TruceContext; event: TruceEvent }) => ({
      ...(reducer as AnyReducer)(context, event),
      date: dateOf(context, event),
    })),
  ]),
) as Record<ActionName, ReturnType<typeof assign<TruceContext, TruceEvent, undefined, TruceEvent, never>>>;

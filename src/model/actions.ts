/**
 * How accepted events change the record. Each action is a pure function from
 * the context and the event to the changed fields; `actions` wraps them for
 * XState and stamps the event's date, so every accepted event moves the clock.
 * The machine only runs an action after its guards held, so the event here is
 * well formed.
 */
import { assign } from 'xstate';
import type { Proposal, TruceContext } from './context.js';
import type { EventOf, EventType, TruceEvent } from './events.js';
import { findParty, isPrincipal } from './parties.js';
import { daysBetween, isRealDate } from './schema-kit.js';

type Reducer<T extends EventType> = (context: TruceContext, event: EventOf<T>) => Partial<TruceContext>;

/** The event's date when it carries a real one; otherwise the clock stays where it was. */
function dateOf(context: TruceContext, event: TruceEvent): string | null {
  return typeof event.date === 'string' && isRealDate(event.date) ? event.date : context.date;
}

function tableProposal(context: TruceContext, event: EventOf<'PROPOSAL_TABLED' | 'COUNTER_PROPOSAL'>): Partial<TruceContext> {
  const author = findParty(context.parties, event.by);
  // Whoever puts terms forward as a principal has agreed to them.
  const acceptedBy = author && isPrincipal(author) ? [author.id] : [];
  const proposal: Proposal = {
    number: context.proposalsTabled + 1,
    by: event.by,
    terms: { ...event.terms },
    counter: event.type === 'COUNTER_PROPOSAL',
    acceptedBy,
    rejectedBy: [],
    tabledOn: dateOf(context, event),
  };
  return { proposal, proposalsTabled: proposal.number };
}

const recordAcceptance: Reducer<'PROPOSAL_ACCEPTED'> = (context, event) => {
  const proposal = context.proposal!;
  return {
    proposal: {
      ...proposal,
      acceptedBy: [...proposal.acceptedBy, event.by],
      // A party that rejected a proposal may still accept it later.
      rejectedBy: proposal.rejectedBy.filter((id) => id !== event.by),
    },
  };
};

const recordRejection: Reducer<'PROPOSAL_REJECTED'> = (context, event) => {
  const proposal = context.proposal!;
  return { proposal: { ...proposal, rejectedBy: [...proposal.rejectedBy, event.by] } };
};

// Rounds, operations and violations are counted here; their entries are the record of the events (record.ts).
const recordRound: Reducer<'TALKS_OPENED'> = (context) => ({ roundsOpened: context.roundsOpened + 1 });

const recordStall: Reducer<'TALKS_STALLED'> = (_context, event) => ({ stallReason: event.reason ?? null });

const recordOperation: Reducer<'OPERATION_LAUNCHED'> = (context) => ({ operationsLaunched: context.operationsLaunched + 1 });

const startPause: Reducer<'OPERATION_PAUSED'> = (context, event) => {
  const proposal = context.proposal!;
  return {
    pause: {
      ...context.pause,
      daysAgreed: context.pause.daysAgreed + (proposal.terms.pauseDays ?? 0),
      since: dateOf(context, event),
      underProposal: proposal.number,
    },
  };
};

const extendPause: Reducer<'PAUSE_EXTENDED'> = (context, event) => ({
  pause: { ...context.pause, daysAgreed: context.pause.daysAgreed + event.days },
});

/** Closes the running pause, counting its days when both ends are dated. */
function endPause(context: TruceContext, event: TruceEvent): Partial<TruceContext> {
  const { since } = context.pause;
  const until = dateOf(context, event);
  const ranFor = since !== null && until !== null ? Math.max(0, daysBetween(since, until)) : 0;
  return { pause: { ...context.pause, daysUsed: context.pause.daysUsed + ranFor, since: null } };
}

function startCeasefire(context: TruceContext, event: TruceEvent): Partial<TruceContext> {
  return { ceasefireSince: dateOf(context, event) };
}

function endCeasefire(): Partial<TruceContext> {
  return { ceasefireSince: null };
}

const recordViolation: Reducer<'VIOLATION_REPORTED'> = (context) => ({ violationsReported: context.violationsReported + 1 });

const recordRelease: Reducer<'HOSTAGES_RELEASED'> = (context, event) => {
  const bodies = event.deceased ?? 0;
  const { hostages } = context;
  return {
    hostages: {
      held: hostages.held - event.count,
      deceased: hostages.deceased - bodies,
      released: hostages.released + event.count - bodies,
      remainsReturned: hostages.remainsReturned + bodies,
    },
  };
};

const recordHostageDeaths: Reducer<'HOSTAGE_DEATHS_REPORTED'> = (context, event) => ({
  hostages: { ...context.hostages, deceased: context.hostages.deceased + event.count },
});

const recordPrisonerRelease: Reducer<'PRISONERS_RELEASED'> = (context, event) => ({
  prisonersReleased: context.prisonersReleased + event.count,
});

const closeCrossing: Reducer<'CROSSING_CLOSED'> = (context, event) => ({
  crossings: { ...context.crossings, [event.crossing]: 'closed' },
});

const openCrossing: Reducer<'CROSSING_OPENED'> = (context, event) => ({
  crossings: { ...context.crossings, [event.crossing]: 'open' },
});

const recordPosition: Reducer<'POSITION_STATED'> = (context, event) => ({
  positions: { ...context.positions, [event.by]: { text: event.text, date: dateOf(context, event) } },
});

const recordStatement: Reducer<'STATEMENT'> = (context, event) => ({
  statements: { ...context.statements, [event.by]: { text: event.text, date: dateOf(context, event) } },
});

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
  recordViolation,
  recordRelease,
  recordHostageDeaths,
  recordPrisonerRelease,
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

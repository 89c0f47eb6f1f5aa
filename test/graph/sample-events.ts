/**
 * The events the graph traversal tries in every state: for each event type,
 * the few variants that make progress (a proposal with a pause, one with a
 * ceasefire, one with neither; each principal accepting and rejecting; two
 * crossings, so one can close while another already is). The traversal's
 * findings hold for these events; the `Record<EventType, ...>` makes the
 * compiler ask for variants of every new event type.
 */
import type { EventType, Party, TruceEvent, TruceInput } from '../../src/model/index.js';

/** Two principals, a mediator and a guarantor: enough for every rule about who may do what. */
export const GRAPH_PARTIES: Party[] = [
  { id: 'israel', name: 'Israel', role: 'principal' },
  { id: 'hamas', name: 'Hamas', role: 'principal' },
  { id: 'qatar', name: 'Qatar', role: 'mediator' },
  { id: 'usa', name: 'United States', role: 'guarantor' },
];

/** Two hostages held, both alive: enough to release one alive, report one dead, hand back a body. */
export const GRAPH_INPUT: TruceInput = { parties: GRAPH_PARTIES, hostages: { held: 2, deceased: 0 } };

/** The days time passes to: a first day, the end day of a 3-day pause begun then, and far beyond. */
export const TIME_PASSES_TO = ['2100-01-01', '2100-01-04', '2200-01-01'];

const PAUSE = { pauseDays: 3 };
const CEASEFIRE = { ceasefireDays: 10 };
/** A deal in two phases, the second still to be negotiated; and the amendment that agrees it. */
const PHASED = { phases: [{ days: 10 }, { toBeNegotiated: true }] };
const AMENDMENT = { amends: true, phases: [{}, { days: 10 }] };

export const SAMPLE_EVENTS: Record<EventType, TruceEvent[]> = {
  TALKS_OPENED: [{ type: 'TALKS_OPENED', where: 'Cairo' }],
  PROPOSAL_TABLED: [PAUSE, CEASEFIRE, {}, PHASED, AMENDMENT].map((terms) => ({ type: 'PROPOSAL_TABLED', by: 'qatar', terms })),
  COUNTER_PROPOSAL: [{ type: 'COUNTER_PROPOSAL', by: 'hamas', terms: CEASEFIRE }],
  PROPOSAL_ACCEPTED: [
    { type: 'PROPOSAL_ACCEPTED', by: 'israel' },
    { type: 'PROPOSAL_ACCEPTED', by: 'hamas' },
    // A guarantor signs the deal, before or after it takes force.
    { type: 'PROPOSAL_ACCEPTED', by: 'usa' },
  ],
  PROPOSAL_REJECTED: [
    { type: 'PROPOSAL_REJECTED', by: 'israel', reason: 'terms' },
    { type: 'PROPOSAL_REJECTED', by: 'hamas' },
  ],
  TALKS_STALLED: [{ type: 'TALKS_STALLED', reason: 'delegations recalled' }],
  OPERATION_LAUNCHED: [{ type: 'OPERATION_LAUNCHED', by: 'israel', area: 'Rafah' }],
  OPERATION_PAUSED: [{ type: 'OPERATION_PAUSED', by: 'israel' }],
  PAUSE_EXTENDED: [{ type: 'PAUSE_EXTENDED', days: 2 }],
  AGREEMENT_EXTENDED: [{ type: 'AGREEMENT_EXTENDED', days: 2 }],
  OPERATION_RESUMED: [{ type: 'OPERATION_RESUMED', by: 'hamas' }],
  CEASEFIRE_BEGAN: [{ type: 'CEASEFIRE_BEGAN' }],
  PHASE_BEGAN: [{ type: 'PHASE_BEGAN', phase: 2 }],
  // The other moves are undated: they happen on the clock's day. Days pass to a first day, to the
  // end day of a 3-day pause begun then (so operations can resume at its expiry), and far beyond.
  TIME_PASSED: TIME_PASSES_TO.map((date) => ({ type: 'TIME_PASSED', date })),
  VIOLATION_REPORTED: [{ type: 'VIOLATION_REPORTED', by: 'hamas', claimant: 'israel', text: 'rockets fired' }],
  HOSTAGES_RELEASED: [
    { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 1 },
    { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 1, deceased: 1 },
  ],
  HOSTAGE_DEATHS_REPORTED: [{ type: 'HOSTAGE_DEATHS_REPORTED', count: 1 }],
  HOSTAGE_COUNT_REVISED: [{ type: 'HOSTAGE_COUNT_REVISED', held: 2, deceased: 1, source: 'a revision' }],
  PRISONERS_RELEASED: [{ type: 'PRISONERS_RELEASED', by: 'israel', count: 3 }],
  CROSSING_CLOSED: ['Rafah', 'Erez'].map((crossing) => ({ type: 'CROSSING_CLOSED', by: 'israel', crossing })),
  CROSSING_OPENED: ['Rafah', 'Erez'].map((crossing) => ({ type: 'CROSSING_OPENED', crossing })),
  AID_DELIVERED: [{ type: 'AID_DELIVERED', trucks: 100, crossing: 'Rafah' }],
  POSITION_STATED: [{ type: 'POSITION_STATED', by: 'israel', text: 'no deal without the hostages' }],
  STATEMENT: [{ type: 'STATEMENT', by: 'qatar', text: 'talks continue' }],
  CASUALTIES_REPORTED: [{ type: 'CASUALTIES_REPORTED', toll: 34_789, source: 'Gaza health ministry' }],
};

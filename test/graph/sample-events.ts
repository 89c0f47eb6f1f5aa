/**
 * The events the graph traversal tries in every state: for each event type,
 * the few variants that make progress (a proposal with a pause, one with a
 * ceasefire, one with neither; each principal accepting and rejecting; two
 * crossings, so one can close while another already is). The traversal's
 * findings hold for these events; the `Record<EventType, ...>` makes the
 * compiler ask for variants of every new event type.
 */
import type { EventType, Party, TruceEvent, TruceInput } from '../../src/model/index.js';

/** Two principals and a mediator: enough for every rule about who may do what. */
export const GRAPH_PARTIES: Party[] = [
  { id: 'israel', name: 'Israel', role: 'belligerent' },
  { id: 'hamas', name: 'Hamas', role: 'armed-group' },
  { id: 'qatar', name: 'Qatar', role: 'mediator' },
];

/** Two hostages held, both alive: enough to release one alive, report one dead, hand back a body. */
export const GRAPH_INPUT: TruceInput = { parties: GRAPH_PARTIES, hostages: { held: 2, deceased: 0 } };

const PAUSE = { pauseDays: 3 };
const CEASEFIRE = { ceasefireDays: 10 };

export const SAMPLE_EVENTS: Record<EventType, TruceEvent[]> = {
  TALKS_OPENED: [{ type: 'TALKS_OPENED', where: 'Cairo' }],
  PROPOSAL_TABLED: [PAUSE, CEASEFIRE, {}].map((terms) => ({ type: 'PROPOSAL_TABLED', by: 'qatar', terms })),
  COUNTER_PROPOSAL: [{ type: 'COUNTER_PROPOSAL', by: 'hamas', terms: CEASEFIRE }],
  PROPOSAL_ACCEPTED: [
    { type: 'PROPOSAL_ACCEPTED', by: 'israel' },
    { type: 'PROPOSAL_ACCEPTED', by: 'hamas' },
  ],
  PROPOSAL_REJECTED: [
    { type: 'PROPOSAL_REJECTED', by: 'israel', reason: 'terms' },
    { type: 'PROPOSAL_REJECTED', by: 'hamas' },
  ],
  TALKS_STALLED: [{ type: 'TALKS_STALLED', reason: 'delegations recalled' }],
  OPERATION_LAUNCHED: [{ type: 'OPERATION_LAUNCHED', by: 'israel', area: 'Rafah' }],
  OPERATION_PAUSED: [{ type: 'OPERATION_PAUSED', by: 'israel' }],
  PAUSE_EXTENDED: [{ type: 'PAUSE_EXTENDED', days: 2 }],
  OPERATION_RESUMED: [{ type: 'OPERATION_RESUMED', by: 'hamas' }],
  CEASEFIRE_BEGAN: [{ type: 'CEASEFIRE_BEGAN' }],
  VIOLATION_REPORTED: [{ type: 'VIOLATION_REPORTED', by: 'hamas', text: 'rockets fired' }],
  HOSTAGES_RELEASED: [
    { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 1 },
    { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 1, deceased: 1 },
  ],
  HOSTAGE_DEATHS_REPORTED: [{ type: 'HOSTAGE_DEATHS_REPORTED', count: 1 }],
  PRISONERS_RELEASED: [{ type: 'PRISONERS_RELEASED', by: 'israel', count: 3 }],
  CROSSING_CLOSED: ['Rafah', 'Erez'].map((crossing) => ({ type: 'CROSSING_CLOSED', by: 'israel', crossing })),
  CROSSING_OPENED: ['Rafah', 'Erez'].map((crossing) => ({ type: 'CROSSING_OPENED', crossing })),
  POSITION_STATED: [{ type: 'POSITION_STATED', by: 'israel', text: 'no deal without the hostages' }],
  STATEMENT: [{ type: 'STATEMENT', by: 'qatar', text: 'talks continue' }],
  CASUALTIES_REPORTED: [{ type: 'CASUALTIES_REPORTED', toll: 34_789, source: 'Gaza health ministry' }],
};

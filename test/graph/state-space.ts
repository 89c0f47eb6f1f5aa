/**
 * The reachable state space of the truce statechart, found with
 * `xstate/graph`'s `getAdjacencyMap` from the machine's initial configuration.
 *
 * Guards read the context, so a state is told apart by its value and by the
 * context the guards read: the proposal on the table (its terms, who accepted,
 * who rejected), the agreement (its terms, phase, days and end day, whether its
 * pause was used), the clock, the crossings, the hostages held and dead.
 * Counters that only grow (rounds, prisoners, what is done under a deal) are
 * left out, so the space is finite; no guard reads them.
 *
 * The events split into parts that never touch each other: those of talks,
 * operations and the agreement (coupled through the proposal and the deal;
 * time passing belongs here, since it ends agreements), those of aid access,
 * and the record events handled at the root. Each part is traversed on its
 * own, and every edge is checked to leave the other parts as they were; the
 * whole space is then the product of the parts. (One traversal of the product
 * takes minutes; the parts take seconds.)
 *
 * The deals are traversed twice, with two sets of deals: pauses and
 * ceasefires of one phase (`deals`), and deals in phases with the amendments
 * that agree them (`phases`). Both sets in one traversal make some 30,000
 * states, each tried with every event: a minute on two cores. Each traversal
 * covers the same regions, so their findings add up (a state or transition
 * reached in either is reachable); only sequences that mix a phased deal with
 * a one-phase pause are left out, and the model-based test's random runs
 * cover those.
 */
import { createActor, type AnyActorScope } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import { machineGraph, situationKey } from '../../src/model/index.js';
import { EVENT_TYPES, truceMachine, type EventType, type TruceEvent, type TruceSnapshot } from '../../src/model/index.js';
import { GRAPH_INPUT, GRAPH_PARTIES, SAMPLE_EVENTS, TIME_PASSES_TO } from './sample-events.js';
import { transitionRecorder } from './transition-recorder.js';

export const PARTS = ['deals', 'phases', 'access', 'record'] as const;
export type Part = (typeof PARTS)[number];

/** The parts that traverse the same regions with other events: their views may change together. */
const SAME_REGIONS: Partial<Record<Part, Part>> = { deals: 'phases', phases: 'deals' };

/** Whether a sample event is a deal in phases, or an amendment: those go to `phases`, the rest to `deals`. */
function isPhased(event: TruceEvent): boolean {
  const terms = (event as { terms?: { phases?: unknown; amends?: unknown } }).terms;
  return terms !== undefined && (Array.isArray(terms.phases) || terms.amends === true);
}

function isByGuarantor(event: TruceEvent): boolean {
  const by = (event as { by?: unknown }).by;
  return GRAPH_PARTIES.some((party) => party.role === 'guarantor' && party.id === by);
}

/** What of a snapshot belongs to each part: the states and the context its guards read. */
const VIEWS: Record<Part, (snapshot: TruceSnapshot) => unknown> = {
  deals: (snapshot) => dealsView(snapshot),
  phases: (snapshot) => dealsView(snapshot),
  access: ({ value, context }) => ({ access: (value as Record<string, string>).access, crossings: context.crossings }),
  record: ({ context: { hostages } }) => ({ held: hostages.held, deceased: hostages.deceased }),
};

/**
 * What the rules see of the deals: the model's own situation key (which a property test holds to
 * that), less aid access; and, since time here passes to fixed days, the clock and which of those
 * days are past the end day.
 */
function dealsView(snapshot: TruceSnapshot): unknown {
  const { value, closed: _closed, ...situation } = JSON.parse(situationKey(snapshot)) as { value: Record<string, string>; closed: unknown };
  const { access: _access, ...regions } = value;
  const { agreement, date } = snapshot.context;
  const endDay = agreement?.endDay ?? null;
  return { regions, ...situation, date, passes: endDay === null ? null : TIME_PASSES_TO.map((day) => day > endDay) };
}

export function viewOf(part: Part, snapshot: TruceSnapshot): string {
  return JSON.stringify(VIEWS[part](snapshot));
}

/** The part an event type acts on, from where the machine declares its transitions. */
function partOf(type: EventType): Part {
  // Taken at the root, but it ends an agreement whose days ran out (the agreement's eventless check).
  if (type === 'TIME_PASSED') return 'deals';
  const declaredOn = new Set(machineGraph().transitions.filter((transition) => transition.event === type).map((transition) => transition.declaredOn.split('.')[1]));
  const parts = new Set([...declaredOn].map((region): Part => (region === undefined ? 'record' : region === 'access' ? 'access' : 'deals')));
  if (parts.size !== 1) throw new Error(`${type} acts on ${[...parts].join(' and ') || 'nothing'}: the parts are no longer independent`);
  return [...parts][0]!;
}

export const EVENTS_OF_PART: Record<Part, TruceEvent[]> = {
  deals: [],
  phases: [],
  access: [],
  record: [],
};
for (const type of EVENT_TYPES) {
  const part = partOf(type);
  if (part !== 'deals') EVENTS_OF_PART[part].push(...SAMPLE_EVENTS[type]);
  else {
    // Events with terms go to one set of deals or the other, and a guarantor's signature to the phased
    // deals only (it adds no state of its own, and doubles the states it is tried in); the rest
    // (answers, operations, time) go to both.
    const terms = SAMPLE_EVENTS[type].filter((event) => 'terms' in event);
    EVENTS_OF_PART.deals.push(...SAMPLE_EVENTS[type].filter((event) => !isPhased(event) && !isByGuarantor(event)));
    EVENTS_OF_PART.phases.push(...(terms.length > 0 ? terms.filter(isPhased) : SAMPLE_EVENTS[type]));
  }
}

export interface Edge {
  from: string;
  to: string;
  event: TruceEvent;
  /** Labels of the machine's transitions this event took from this state. */
  taken: string[];
}

export interface PartSpace {
  part: Part;
  initial: string;
  /** Reachable states of this part, by their view. */
  nodes: Map<string, TruceSnapshot>;
  edges: Edge[];
  /** Labels of the machine's transitions taken somewhere in the traversal. */
  taken: Set<string>;
  /** Edges that changed another part: each breaks the independence the product relies on. */
  crossTalk: string[];
}

/** Traverses one part: every reachable state, each sample event of the part tried in it. */
function traversePart(part: Part): PartSpace {
  const edgeKey = (from: string, event: TruceEvent) => `${from} ${JSON.stringify(event)}`;
  const takenOnEdge = new Map<string, string[]>();
  let takenNow: string[] = [];
  const recorder = transitionRecorder({ add: (label: string) => takenNow.push(label) });
  // The traversal calls `transition` with an actor scope of its own; ours carries the
  // system of an actor that has our inspection observer, so microsteps are reported to it.
  const probe = createActor(truceMachine, { input: GRAPH_INPUT, inspect: recorder.inspect });
  const logic = Object.create(truceMachine, {
    transition: {
      value: (snapshot: TruceSnapshot, event: TruceEvent, scope: AnyActorScope) => {
        takenNow = [];
        recorder.startingFrom(snapshot.value as never);
        const next = truceMachine.transition(snapshot, event, { ...scope, self: probe, system: probe.system });
        takenOnEdge.set(edgeKey(viewOf(part, snapshot), event), takenNow);
        return next;
      },
    },
  }) as typeof truceMachine;

  const adjacency = getAdjacencyMap(logic, {
    input: GRAPH_INPUT,
    events: EVENTS_OF_PART[part],
    serializeState: (snapshot) => viewOf(part, snapshot as TruceSnapshot),
    serializeEvent: (event) => JSON.stringify(event),
    // Iterations, not states: each state is tried with every event of the part.
    limit: 500_000,
  });

  const nodes = new Map<string, TruceSnapshot>();
  const edges: Edge[] = [];
  const crossTalk: string[] = [];
  for (const [from, { state, transitions }] of Object.entries(adjacency)) {
    nodes.set(from, state as TruceSnapshot);
    for (const { event, state: next } of Object.values(transitions) as Array<{ event: TruceEvent; state: TruceSnapshot }>) {
      edges.push({ from, to: viewOf(part, next), event, taken: takenOnEdge.get(edgeKey(from, event)) ?? [] });
      for (const other of PARTS.filter((candidate) => candidate !== part && candidate !== SAME_REGIONS[part])) {
        if (viewOf(other, state as TruceSnapshot) !== viewOf(other, next)) crossTalk.push(`${JSON.stringify(event)} in ${from} changed ${other}`);
      }
    }
  }
  const taken = new Set(edges.flatMap((edge) => edge.taken));
  // The first state the traversal visits is the one it starts from.
  return { part, initial: Object.keys(adjacency)[0]!, nodes, edges, taken, crossTalk };
}

let cached: Record<Part, PartSpace> | undefined;

/** The traversal of every part, done once per test file. */
export function stateSpace(): Record<Part, PartSpace> {
  cached ??= Object.fromEntries(PARTS.map((part) => [part, traversePart(part)])) as Record<Part, PartSpace>;
  return cached;
}

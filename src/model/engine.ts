/**
 * The compiled engine: the statechart turned, once, into tables a simulation
 * can step through without XState. Nothing in it is written by hand: the
 * states, the transitions, their order, their guards and their actions are
 * read from `truceMachine`'s own definition, and the guards and actions are
 * the model's own functions (rules, conditions, reducers). States are small
 * integers; for each region, state and event there is one list of the
 * transitions to try, innermost first, as XState tries them.
 *
 * It follows XState's steps for this machine: the event's transitions (the
 * first enabled one for each region's state, looking up through the region to
 * the root; a transition found by several regions taken once), their actions
 * in order, each seeing the context the one before left; then the eventless
 * (`always`) transitions, with the same event, until none is enabled. The
 * model-based test runs it side by side with `step` on random sequences and
 * compares every step: taken or refused, the refusal, every region, the
 * context. The simulation runs on it; replays, the inspector and the viewer
 * stay on XState.
 */
import type { AnyStateNode } from 'xstate';
import { reducers, type ActionName } from './actions.js';
import type { TruceContext } from './context.js';
import { copyOf, settle } from './engine-copies.js';
import { EVENT_TYPES, type EventType, type TruceEvent } from './events.js';
import { explainRefusal } from './explain.js';
import { conditions, rules, timeWouldEndAgreement } from './guards.js';
import { truceMachine } from './machine.js';
import type { Refusal } from './refusal.js';
import { ruleSets } from './rule-sets.js';
import { isRealDate } from './schema-kit.js';
import { REGIONS, REGION_STATES, snapshotAt, type TruceSnapshot, type TruceStateValue } from './snapshot.js';

type Guard = (context: TruceContext, event: TruceEvent) => boolean;
type Action = (context: TruceContext, event: TruceEvent) => Partial<TruceContext>;

interface CompiledTransition {
  guard: Guard;
  actions: Action[];
  /** The region and state it enters, or null for a transition that changes no state. */
  target: { region: number; state: number } | null;
}

/** A moment in the engine: each region's state by number (in REGIONS order), and the context. */
export interface EngineState {
  readonly states: readonly number[];
  readonly context: TruceContext;
}

export type EngineOutcome =
  | { accepted: true; state: EngineState; afterTime?: EngineState }
  | { accepted: false; state: EngineState; afterTime?: EngineState };

const ALWAYS = -1;
const always: Guard = () => true;

/**
 * Rules asked in order, the first that does not hold ending it. Written out for each length up to
 * four, so that each rule set is a function of its own with its own calls: a simulation asks every
 * kind of rule set in turn, and one shared loop over them all is several times slower.
 */
function allOf(checks: readonly Guard[]): Guard {
  const [a, b, c, d] = checks;
  switch (checks.length) {
    case 1:
      return a!;
    case 2:
      return (context, event) => a!(context, event) && b!(context, event);
    case 3:
      return (context, event) => a!(context, event) && b!(context, event) && c!(context, event);
    case 4:
      return (context, event) => a!(context, event) && b!(context, event) && c!(context, event) && d!(context, event);
    default: {
      const rest = allOf(checks.slice(4));
      return (context, event) => a!(context, event) && b!(context, event) && c!(context, event) && d!(context, event) && rest(context, event);
    }
  }
}

/** A guard by the name the machine gives it: a rule set (its rules in order), a rule, or a condition. */
function guardNamed(name: unknown): Guard {
  if (name === undefined) return always;
  if (typeof name !== 'string') throw new Error(`internal: the engine cannot compile the guard ${JSON.stringify(name)}; name it in the machine's setup`);
  if (Object.hasOwn(ruleSets, name)) {
    return allOf(ruleSets[name as keyof typeof ruleSets].map((rule) => rules[rule].holds));
  }
  if (Object.hasOwn(rules, name)) return rules[name as keyof typeof rules].holds;
  if (Object.hasOwn(conditions, name)) {
    // A condition reads the context only; the event it is also given goes unread.
    return conditions[name as keyof typeof conditions];
  }
  throw new Error(`internal: the machine names a guard the engine does not know: ${name}`);
}

/** An action by name: the model's reducer, whose changes the engine writes into the step's own copy of the context. */
function actionNamed(name: unknown): Action {
  const key = typeof name === 'string' ? name : (name as { type?: unknown } | null)?.type;
  if (typeof key !== 'string' || !Object.hasOwn(reducers, key)) throw new Error(`internal: the machine names an action the engine does not know: ${String(key)}`);
  return reducers[key as ActionName] as Action;
}

const regionIndex = new Map(REGIONS.map((region, index) => [region, index]));
const stateIndex = REGIONS.map((region) => new Map(REGION_STATES[region].map((state, index) => [state, index])));
/**
 * Each event type's column in the table, asked at every step. An object with no prototype (so that
 * `toString` is no column), read with the type as its key: about 3% of a step faster than a Map.
 */
const COLUMN_BY_TYPE: Readonly<Record<string, number | undefined>> = Object.assign(
  Object.create(null) as Record<string, number>,
  Object.fromEntries(EVENT_TYPES.map((type, column) => [type, column])),
);

/** The column of an event's type; undefined for anything that is not a type of event. */
function columnOf(type: unknown): number | undefined {
  return typeof type === 'string' ? COLUMN_BY_TYPE[type] : undefined;
}

/** Where a target state node sits: its region and its number there. */
function targetOf(nodes: readonly AnyStateNode[] | undefined): CompiledTransition['target'] {
  if (!nodes || nodes.length === 0) return null;
  if (nodes.length > 1) throw new Error('internal: the engine compiles transitions to one state only');
  const [region, state] = nodes[0]!.path;
  const index = regionIndex.get(region as (typeof REGIONS)[number]);
  if (nodes[0]!.path.length !== 2 || index === undefined) throw new Error(`internal: the engine compiles transitions to a region's state only, not to ${nodes[0]!.id}`);
  return { region: index, state: stateIndex[index]!.get(state!)! };
}

/** Each transition object compiled once, so one found by several regions (a root transition) is known as the same. */
const compiled = new Map<object, CompiledTransition>();

function compile(definition: { guard?: unknown; actions?: readonly unknown[]; target?: readonly AnyStateNode[] }): CompiledTransition {
  const found = compiled.get(definition);
  if (found) return found;
  const transition = { guard: guardNamed(definition.guard), actions: (definition.actions ?? []).map(actionNamed), target: targetOf(definition.target) };
  compiled.set(definition, transition);
  return transition;
}

/** The transitions of `node` for `event` (ALWAYS: its eventless ones), in the machine's order. */
function transitionsOf(node: AnyStateNode, event: number): CompiledTransition[] {
  const definitions = event === ALWAYS ? (node.always ?? []) : (node.transitions.get(EVENT_TYPES[event]!) ?? []);
  return definitions.map(compile);
}

/**
 * For each region, state and event (and ALWAYS, at the end): the transitions to try, the state's
 * own first, then the region's, then the root's, as XState looks up from the state.
 */
const table: CompiledTransition[][][][] = REGIONS.map((region) =>
  REGION_STATES[region].map((state) => {
    const regionNode = truceMachine.root.states[region]!;
    const chain = [regionNode.states[state]!, regionNode, truceMachine.root];
    return [...EVENT_TYPES.map((_, event) => event), ALWAYS].map((event) => chain.flatMap((node) => transitionsOf(node, event)));
  }),
);

const ALWAYS_COLUMN = EVENT_TYPES.length;
const COLUMNS = ALWAYS_COLUMN + 1;

/**
 * Rows that list the same transitions are made one list, so that `select` can tell them apart by
 * identity: an event only the root handles (a release, a statement) has the same row in every
 * region, and its guards need asking once, not once a region.
 */
function sharedRows(): (row: CompiledTransition[]) => readonly CompiledTransition[] {
  const ids = new Map<CompiledTransition, number>();
  const rows = new Map<string, readonly CompiledTransition[]>();
  const idOf = (transition: CompiledTransition) => {
    if (!ids.has(transition)) ids.set(transition, ids.size);
    return ids.get(transition)!;
  };
  return (row) => {
    const key = row.map(idOf).join(' ');
    if (!rows.has(key)) rows.set(key, Object.freeze(row));
    return rows.get(key)!;
  };
}

/** The table, each region's rows laid end to end: the row of state `s` and column `c` is at `s * COLUMNS + c`, one lookup fewer a region. */
const flatTable: readonly (readonly (readonly CompiledTransition[])[])[] = (() => {
  const shared = sharedRows();
  return table.map((rows) => rows.flatMap((columns) => columns.map(shared)));
})();
const TIME_PASSED_COLUMN = columnOf('TIME_PASSED')!;

const NONE: readonly CompiledTransition[] = Object.freeze([]);

/** The transitions enabled now: the first whose guard holds for each region's state, each taken once. */
function select(states: readonly number[], context: TruceContext, column: number, event: TruceEvent): readonly CompiledTransition[] {
  // Most often none is (every eventless check once an event has settled): no list is made then.
  let selected: CompiledTransition[] | null = null;
  let previousRow: readonly CompiledTransition[] | null = null;
  for (let region = 0; region < states.length; region++) {
    const row = flatTable[region]![states[region]! * COLUMNS + column]!;
    // The same row as the region before (the root's transitions alone): the same answer.
    if (row === previousRow) continue;
    previousRow = row;
    for (let index = 0; index < row.length; index++) {
      const transition = row[index]!;
      if (transition.guard(context, event)) {
        if (selected === null) selected = [transition];
        else if (!selected.includes(transition)) selected.push(transition);
        break;
      }
    }
  }
  return selected ?? NONE;
}

/**
 * The transitions taken: their actions in order, each seeing what the one before left, as XState's
 * `assign` does, and the event's date stamped after each (actions.ts). `draft` is the step's own
 * copy of the context, made once a step rather than once an action: nothing else holds it.
 */
function take(states: number[], draft: TruceContext, transitions: readonly CompiledTransition[], event: TruceEvent, eventDate: string | null): void {
  for (const transition of transitions) {
    for (const action of transition.actions) {
      Object.assign(draft, action(draft, event));
      if (eventDate !== null) draft.date = eventDate;
    }
    if (transition.target) states[transition.target.region] = transition.target.state;
  }
}

/**
 * An event taken (its column in the table, and its date when it is a real one: `dateOf` in
 * actions.ts), then every eventless transition it enables, until the states settle.
 */
function macrostep(state: EngineState, event: TruceEvent, column: number, eventDate: string | null): EngineState | null {
  const first = select(state.states, state.context, column, event);
  if (first.length === 0) return null;
  const states = state.states.slice();
  const draft = copyOf(state.context);
  take(states, draft, first, event, eventDate);
  // XState stops after a bounded number of eventless steps too; this machine settles in two or three.
  for (let settled = 0; settled < 100; settled++) {
    const eventless = select(states, draft, ALWAYS_COLUMN, event);
    if (eventless.length === 0) return { states, context: settle(draft, state.context) };
    take(states, draft, eventless, event, eventDate);
  }
  throw new Error('internal: the engine found eventless transitions that never settle');
}

/** Whether some transition in `column` is enabled in `state`: the guards asked, nothing run. */
function acceptsIn(state: EngineState, column: number, event: TruceEvent): boolean {
  for (let region = 0; region < state.states.length; region++) {
    const row = flatTable[region]![state.states[region]! * COLUMNS + column]!;
    for (let index = 0; index < row.length; index++) if (row[index]!.guard(state.context, event)) return true;
  }
  return false;
}

/**
 * Whether `event` would be taken in `state`, asking only the guards (no action runs, no day passes):
 * what listing the allowed moves asks, for events with no date. Same answer as `engineStep(...).accepted`
 * for an undated event.
 */
export function engineAccepts(state: EngineState, event: TruceEvent): boolean {
  const column = columnOf((event as { type?: unknown } | null)?.type);
  return column !== undefined && acceptsIn(state, column, event);
}

/**
 * `engineAccepts` for events of one type, its place in the table looked up once: listing the
 * allowed moves asks it for every party in turn, many times a run.
 * @example engineAcceptorFor('PROPOSAL_ACCEPTED')(state, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' })
 */
export function engineAcceptorFor(type: EventType): (state: EngineState, event: TruceEvent) => boolean {
  return ACCEPTORS[type];
}

const ACCEPTORS = Object.fromEntries(
  EVENT_TYPES.map((type, column) => [type, (state: EngineState, event: TruceEvent) => event.type === type && acceptsIn(state, column, event)]),
) as Record<EventType, (state: EngineState, event: TruceEvent) => boolean>;

/**
 * The outcome of `event` in `state`, as `step` gives it for the same moment: days pass first when the
 * event is dated after the end day of the agreement in force, and a refused event changes nothing else.
 * @example engineStep(fromSnapshot(snapshot), { type: 'PROPOSAL_ACCEPTED', by: 'hamas' }).accepted
 */
export function engineStep(state: EngineState, event: TruceEvent): EngineOutcome {
  const column = columnOf((event as { type?: unknown } | null)?.type);
  // An event of no known type is refused as it is, before any day passes (as `step` does).
  if (column === undefined) return { accepted: false, state };
  const date = (event as { date?: unknown }).date;
  // A real date moves the clock; anything else leaves it where it was.
  const eventDate = typeof date === 'string' && isRealDate(date) ? date : null;
  let before = state;
  let afterTime: EngineState | undefined;
  if (event.type !== 'TIME_PASSED' && eventDate !== null && timeWouldEndAgreement(state.context, eventDate)) {
    const passed = macrostep(state, { type: 'TIME_PASSED', date: eventDate }, TIME_PASSED_COLUMN, eventDate);
    if (passed) before = afterTime = passed;
  }
  const next = macrostep(before, event, column, eventDate);
  const outcome: EngineOutcome = next === null ? { accepted: false, state: before } : { accepted: true, state: next };
  return afterTime ? { ...outcome, afterTime } : outcome;
}

/** The engine's moment for an XState snapshot. */
export function fromSnapshot(snapshot: TruceSnapshot): EngineState {
  return { states: REGIONS.map((region, index) => stateIndex[index]!.get(snapshot.value[region])!), context: snapshot.context };
}

/** The region states by name. */
export function engineValue(state: EngineState): TruceStateValue {
  return Object.fromEntries(REGIONS.map((region, index) => [region, REGION_STATES[region][state.states[index]!]])) as unknown as TruceStateValue;
}

/** The XState snapshot of an engine moment: for what needs one (a refusal's reason, a replay, the viewer). */
export function toSnapshot(state: EngineState): TruceSnapshot {
  return snapshotAt(engineValue(state), state.context);
}

/** Why `event` is refused in `state`: the model's own explanation, asked of the snapshot (refusals are rare in a simulation and need no speed). */
export function engineRefusal(state: EngineState, event: TruceEvent): Refusal | null {
  return explainRefusal(toSnapshot(state), event);
}

/**
 * The event types some transition could take from `state`: the columns of its row that are not
 * empty. What a party may do is among them; the guards then say which.
 */
export function engineCandidates(state: EngineState): readonly EventType[] {
  // One number for the states of every region: the lists are worked out once for each combination met.
  let code = 0;
  for (let region = 0; region < state.states.length; region++) code = code * STATES_PER_REGION + state.states[region]!;
  let types = candidatesByCode.get(code);
  if (types === undefined) {
    types = Object.freeze(EVENT_TYPES.filter((_, column) => state.states.some((stateNumber, region) => table[region]![stateNumber]![column]!.length > 0)));
    candidatesByCode.set(code, types);
  }
  return types;
}

const STATES_PER_REGION = Math.max(...REGIONS.map((region) => REGION_STATES[region].length));
const candidatesByCode = new Map<number, readonly EventType[]>();

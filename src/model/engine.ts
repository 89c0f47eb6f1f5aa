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
import { dateOf, reducers, type ActionName } from './actions.js';
import type { TruceContext } from './context.js';
import { EVENT_TYPES, type EventType, type TruceEvent } from './events.js';
import { explainRefusal } from './explain.js';
import { conditions, rules, timeWouldEndAgreement } from './guards.js';
import { truceMachine } from './machine.js';
import type { Refusal } from './refusal.js';
import { ruleSets } from './rule-sets.js';
import { isRealDate } from './schema-kit.js';
import { REGIONS, REGION_STATES, snapshotAt, type TruceSnapshot, type TruceStateValue } from './snapshot.js';

type Guard = (context: TruceContext, event: TruceEvent) => boolean;
type Action = (context: TruceContext, event: TruceEvent) => TruceContext;

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

/** A guard by the name the machine gives it: a rule set (its rules in order), a rule, or a condition. */
function guardNamed(name: unknown): Guard {
  if (name === undefined) return always;
  if (typeof name !== 'string') throw new Error(`internal: the engine cannot compile the guard ${JSON.stringify(name)}; name it in the machine's setup`);
  if (Object.hasOwn(ruleSets, name)) {
    const holds = ruleSets[name as keyof typeof ruleSets].map((rule) => rules[rule].holds);
    return (context, event) => holds.every((check) => check(context, event));
  }
  if (Object.hasOwn(rules, name)) return rules[name as keyof typeof rules].holds;
  if (Object.hasOwn(conditions, name)) {
    const condition = conditions[name as keyof typeof conditions];
    return (context) => condition(context);
  }
  throw new Error(`internal: the machine names a guard the engine does not know: ${name}`);
}

/** An action by name: the model's reducer, with the event's date stamped, as the machine's `assign` does (actions.ts). */
function actionNamed(name: unknown): Action {
  const key = typeof name === 'string' ? name : (name as { type?: unknown } | null)?.type;
  if (typeof key !== 'string' || !Object.hasOwn(reducers, key)) throw new Error(`internal: the machine names an action the engine does not know: ${String(key)}`);
  const reducer = reducers[key as ActionName] as (context: TruceContext, event: TruceEvent) => Partial<TruceContext>;
  return (context, event) => ({ ...context, ...reducer(context, event), date: dateOf(context, event) });
}

const regionIndex = new Map(REGIONS.map((region, index) => [region, index]));
const stateIndex = REGIONS.map((region) => new Map(REGION_STATES[region].map((state, index) => [state, index])));
const eventIndex = new Map<string, number>(EVENT_TYPES.map((type, index) => [type, index]));

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

/** The transitions enabled now: the first whose guard holds for each region's state, each taken once. */
function select(state: EngineState, column: number, event: TruceEvent): CompiledTransition[] {
  const selected: CompiledTransition[] = [];
  for (let region = 0; region < state.states.length; region++) {
    for (const transition of table[region]![state.states[region]!]![column]!) {
      if (transition.guard(state.context, event)) {
        if (!selected.includes(transition)) selected.push(transition);
        break;
      }
    }
  }
  return selected;
}

function take(state: EngineState, transitions: readonly CompiledTransition[], event: TruceEvent): EngineState {
  let context = state.context;
  const states = [...state.states];
  for (const transition of transitions) {
    for (const action of transition.actions) context = action(context, event);
    if (transition.target) states[transition.target.region] = transition.target.state;
  }
  return { states, context };
}

/** An event taken, then every eventless transition it enables, until the states settle. */
function macrostep(state: EngineState, event: TruceEvent): EngineState | null {
  const column = eventIndex.get(event.type);
  if (column === undefined) return null;
  const first = select(state, column, event);
  if (first.length === 0) return null;
  let next = take(state, first, event);
  // XState stops after a bounded number of eventless steps too; this machine settles in two or three.
  for (let settled = 0; settled < 100; settled++) {
    const eventless = select(next, ALWAYS_COLUMN, event);
    if (eventless.length === 0) return next;
    next = take(next, eventless, event);
  }
  throw new Error('internal: the engine found eventless transitions that never settle');
}

/**
 * The outcome of `event` in `state`, as `step` gives it for the same moment: days pass first when the
 * event is dated after the end day of the agreement in force, and a refused event changes nothing else.
 * @example engineStep(fromSnapshot(snapshot), { type: 'PROPOSAL_ACCEPTED', by: 'hamas' }).accepted
 */
export function engineStep(state: EngineState, event: TruceEvent): EngineOutcome {
  // An event of no known type is refused as it is, before any day passes (as `step` does).
  if (!eventIndex.has((event as { type?: unknown } | null)?.type as string)) return { accepted: false, state };
  const date = (event as { date?: unknown }).date;
  let before = state;
  let afterTime: EngineState | undefined;
  if (event.type !== 'TIME_PASSED' && typeof date === 'string' && isRealDate(date) && timeWouldEndAgreement(state.context, date)) {
    const passed = macrostep(state, { type: 'TIME_PASSED', date });
    if (passed) before = afterTime = passed;
  }
  const next = macrostep(before, event);
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
export function engineCandidates(state: EngineState): EventType[] {
  return EVENT_TYPES.filter((_, column) => state.states.some((stateNumber, region) => table[region]![stateNumber]![column]!.length > 0));
}

/**
 * The statechart as plain data, read from the machine definition itself (not
 * written by hand): its regions, their states, and every transition with its
 * event, guards and actions. Diagrams, the viewer and coverage checks all
 * draw on this one reading.
 */
import type { AnyStateNode } from 'xstate';
import { guardNames } from './explain.js';
import { truceMachine } from './machine.js';
import { REGIONS, type Region, type TruceStateValue } from './snapshot.js';
import type { StateMeta } from './state-refusals.js';

export interface ChartState {
  /** Full id, e.g. `truce.talks.proposal`. */
  id: string;
  /** The public name, e.g. `proposal`. */
  name: string;
  region: Region;
  initial: boolean;
  /** The events this state does not take at all, each with its refusal code (from its `meta.refuses`). */
  refuses: Array<{ event: string; code: string }>;
}

export interface ChartRegion {
  id: string;
  name: Region;
  initial: string;
  states: ChartState[];
}

export interface ChartTransition {
  /** Where the transition is declared: a state, a region (applies in each of its states), or the machine. */
  declaredOn: string;
  /** The states it can leave from: the state itself, or each state of the region it is declared on. */
  sources: string[];
  /** The state it goes to, or null for a transition that only updates the record. */
  target: string | null;
  /** The event that triggers it; null for an eventless (`always`) transition taken as soon as its guard holds. */
  event: string | null;
  guards: string[];
  actions: string[];
}

export interface ChartGraph {
  id: string;
  regions: ChartRegion[];
  transitions: ChartTransition[];
}

function actionNames(actions: readonly unknown[]): string[] {
  return actions.map((action) =>
    typeof action === 'string' ? action : typeof action === 'object' && action !== null && 'type' in action ? String(action.type) : 'action',
  );
}

function childStates(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states) as AnyStateNode[];
}

function transitionsOf(node: AnyStateNode, sources: string[]): ChartTransition[] {
  const byEvent = [...(node.transitions as Map<string, Array<{ target?: readonly AnyStateNode[]; guard?: unknown; actions: readonly unknown[] }>>).entries()];
  const eventless = (node.always ?? []) as Array<{ target?: readonly AnyStateNode[]; guard?: unknown; actions: readonly unknown[] }>;
  const describe = (event: string | null) => (definition: (typeof eventless)[number]): ChartTransition => ({
    declaredOn: node.id,
    sources,
    target: definition.target?.[0]?.id ?? null,
    event,
    guards: guardNames(definition.guard),
    actions: actionNames(definition.actions),
  });
  return [...byEvent.flatMap(([event, definitions]) => definitions.map(describe(event))), ...eventless.map(describe(null))];
}

/**
 * Reads the machine definition into a `ChartGraph`.
 * @example machineGraph().regions.map((region) => region.name) // ['talks', 'operations', 'access']
 */
export function machineGraph(machine = truceMachine): ChartGraph {
  const root = machine.root as AnyStateNode;
  const regionNodes = REGIONS.map((name) => root.states[name] as AnyStateNode);
  const regions = regionNodes.map((node, index): ChartRegion => {
    const name = REGIONS[index]!;
    const initial = (node.config.initial as string | undefined) ?? '';
    return {
      id: node.id,
      name,
      initial,
      states: childStates(node).map((state) => ({
        id: state.id,
        name: state.key,
        region: name,
        initial: state.key === initial,
        refuses: Object.entries((state.meta as StateMeta | undefined)?.refuses ?? {}).map(([event, refusal]) => ({ event, code: refusal!.code })),
      })),
    };
  });
  const allStates = regions.flatMap((region) => region.states.map((state) => state.id));
  const transitions = [
    ...transitionsOf(root, allStates),
    ...regionNodes.flatMap((regionNode, index) => [
      ...transitionsOf(regionNode, regions[index]!.states.map((state) => state.id)),
      ...childStates(regionNode).flatMap((state) => transitionsOf(state, [state.id])),
    ]),
  ];
  return { id: root.id, regions, transitions };
}

/**
 * The chart ids of the states a snapshot value is in, in region order: `truce.talks.proposal` and so on.
 * @example activeStateIds('truce', { talks: 'idle', operations: 'active', access: 'open' })
 */
export function activeStateIds(machineId: string, state: TruceStateValue): string[] {
  return (Object.keys(state) as Region[]).map((region) => `${machineId}.${region}.${state[region]}`);
}

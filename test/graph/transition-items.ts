/**
 * The transitions of the machine as items to cover, read from
 * `machineGraph()`: one item per source state for a transition declared on a
 * state or a region (a region's transition can leave from each of its
 * states), one item for a transition declared on the machine itself (those
 * only update the record, whatever the states). And the way back from what
 * XState's inspection reports (`_transitions` of a microstep) to those items.
 */
import type { AnyStateNode } from 'xstate';
import { machineGraph, type ChartTransition } from '../../src/model/index.js';
import { REGIONS, type TruceStateValue } from '../../src/model/index.js';

export interface TransitionItem {
  /** Unique and readable: `truce.talks.stalled —TALKS_OPENED→ truce.talks.proposal`. */
  label: string;
  /** True for a transition that moves to a state, and for an eventless one. */
  changesState: boolean;
}

/** What XState's inspection gives for a transition taken in a microstep. */
export interface TakenTransition {
  source: AnyStateNode;
  eventType: string;
  target?: readonly AnyStateNode[] | undefined;
}

const graph = machineGraph();
const rootId = graph.id;

/** Which of the node's definitions for `event` this is (0 for the first): tells apart guarded alternatives. */
function definitionIndex(transition: ChartTransition): number {
  const same = graph.transitions.filter((other) => other.declaredOn === transition.declaredOn && other.event === transition.event);
  return same.indexOf(transition);
}

function labelOf(source: string, declaredOn: string, event: string | null, target: string | null, index: number): string {
  const where = declaredOn === source ? '' : ` (declared on ${declaredOn})`;
  const alternative = index > 0 ? ` [alternative ${index + 1}]` : '';
  return `${source} —${event ?? 'always'}→ ${target ?? '(stays; updates the record)'}${where}${alternative}`;
}

/** Every transition of the machine, as items to cover, in the order of `machineGraph()`. */
export const TRANSITION_ITEMS: TransitionItem[] = graph.transitions.flatMap((transition) => {
  const index = definitionIndex(transition);
  const sources = transition.declaredOn === rootId ? [rootId] : transition.sources;
  return sources.map((source) => ({
    label: labelOf(source, transition.declaredOn, transition.event, transition.target, index),
    changesState: transition.target !== null || transition.event === null,
  }));
});

/** The state of `value` in the region a node belongs to (`truce.talks` or `truce.talks.idle` → the talks state). */
function activeStateIn(node: AnyStateNode, value: TruceStateValue): string {
  const region = REGIONS.find((name) => node.id === `${rootId}.${name}` || node.id.startsWith(`${rootId}.${name}.`))!;
  return `${rootId}.${region}.${value[region]}`;
}

/** The item a transition taken from `before` covers. */
export function itemOf(taken: TakenTransition, before: TruceStateValue): string {
  const node = taken.source;
  const event = taken.eventType === '' ? null : taken.eventType;
  const definitions = (event === null ? node.always : node.transitions.get(event)) as readonly unknown[] | undefined;
  const index = definitions?.indexOf(taken) ?? -1;
  if (index === -1) throw new Error(`a transition of ${node.id} on ${event ?? 'always'} that the machine does not declare`);
  const source = node.id === rootId ? rootId : node.type === 'atomic' ? node.id : activeStateIn(node, before);
  return labelOf(source, node.id, event, taken.target?.[0]?.id ?? null, index);
}

/** The machine's states, region by region, as `truce.talks.idle`. */
export const STATE_IDS: string[] = graph.regions.flatMap((region) => region.states.map((state) => state.id));

/** Sanity: labels are unique, so covering one never counts for another. */
if (new Set(TRANSITION_ITEMS.map((item) => item.label)).size !== TRANSITION_ITEMS.length) {
  throw new Error('two transitions of the machine got the same label');
}

/**
 * What the chart draws, before it is placed: for each region its states, an
 * "any <region> state" box for the transitions declared on the region
 * itself, the initial dot, and the edges; transitions that change no state
 * are listed inside the box they belong to, as UML writes internal
 * transitions. Parallel edges that differ only by event are merged into one.
 */
import type { ChartGraph, ChartRegion, ChartTransition } from '../model/index.js';
import { guardLines, whenLines, type TextLine } from './chart-metrics.js';

export type PartNodeKind = 'state' | 'anyState' | 'initial';
export type PartEdgeKind = 'event' | 'always' | 'initial';

export interface PartNode {
  /** Unique in the chart: the state id, or the region id with `#any` / `#initial`. */
  key: string;
  kind: PartNodeKind;
  /** The statechart id of the state drawn, for states only. */
  stateId: string | null;
  title: string;
  /** Transitions that stay in this box: the event is recorded, the state does not change. */
  internal: TextLine[];
  initial: boolean;
}

export interface PartEdge {
  key: string;
  kind: PartEdgeKind;
  sourceKey: string;
  targetKey: string;
  events: string[];
  guards: string[];
  label: TextLine[];
  /** A sentence for the tooltip: which events, from where to where, under which rules, doing what. */
  tooltip: string;
}

export interface RegionParts {
  region: ChartRegion;
  nodes: PartNode[];
  edges: PartEdge[];
}

export interface ChartParts {
  id: string;
  regions: RegionParts[];
  /** Transitions declared on the whole machine, taken in any state: one group of lines each. */
  anywhere: TextLine[][];
}

function anyKey(region: ChartRegion): string {
  return `${region.id}#any`;
}

/** What the chart writes on it: every transition's guards (the default), or its events alone (the rules then only in the tooltips). */
export interface PartOptions {
  guards?: boolean;
}

/** An event and its guards as lines: the event, then the guards in brackets underneath (unless left out). */
function internalLines(transition: ChartTransition, withGuards: boolean): TextLine[] {
  const head = transition.event ?? 'always';
  const target = transition.target === null ? '' : ` → ${transition.target.split('.').slice(1).join('.')}`;
  const event = transition.event === null ? {} : { event: transition.event };
  return [{ text: `${head}${target}`, kind: 'event', ...event }, ...(withGuards ? guardLines(transition.guards) : [])];
}

function describe(events: readonly string[], from: string, to: string, transitions: readonly ChartTransition[]): string {
  const guards = transitions[0]!.guards;
  const actions = [...new Set(transitions.flatMap((transition) => transition.actions))];
  const sameGuards = transitions.every((transition) => JSON.stringify(transition.guards) === JSON.stringify(guards));
  if (!sameGuards) {
    // Merged only where the chart writes no guards: the tooltip then says each event's own.
    const each = transitions.map((transition) => `${transition.event}${transition.guards.length > 0 ? ` if ${transition.guards.join(' and ')}` : ''}`);
    return `${each.join(', or ')}: ${from} → ${to}${actions.length > 0 ? `; does ${actions.join(', ')}` : ''}`;
  }
  const what = events.length === 0 ? `As soon as ${guards.join(' and ') || 'it is entered'}` : events.join(' or ');
  const rules = events.length > 0 && guards.length > 0 ? `, if ${guards.join(' and ')}` : '';
  const doing = actions.length > 0 ? `; does ${actions.join(', ')}` : '';
  return `${what}: ${from} → ${to}${rules}${doing}`;
}

function regionParts(graph: ChartGraph, region: ChartRegion, withGuards: boolean): RegionParts {
  const stateIds = new Set(region.states.map((state) => state.id));
  const nameOf = (key: string): string => region.states.find((state) => state.id === key)?.name ?? `any ${region.name} state`;
  const own = graph.transitions.filter((transition) => transition.declaredOn === region.id || stateIds.has(transition.declaredOn));
  const onRegion = own.filter((transition) => transition.declaredOn === region.id);
  // A transition into another region cannot be an arrow inside this frame: it is listed in its box with its target.
  const drawnAsArrow = (transition: ChartTransition) => transition.target !== null && stateIds.has(transition.target);
  const internalOf = (declaredOn: string) =>
    own.filter((transition) => transition.declaredOn === declaredOn && !drawnAsArrow(transition)).flatMap((transition) => internalLines(transition, withGuards));

  const nodes: PartNode[] = [
    { key: `${region.id}#initial`, kind: 'initial', stateId: null, title: '', internal: [], initial: false },
    ...(onRegion.length > 0
      ? [{ key: anyKey(region), kind: 'anyState' as const, stateId: null, title: nameOf(anyKey(region)), internal: internalOf(region.id), initial: false }]
      : []),
    ...region.states.map((state): PartNode => ({ key: state.id, kind: 'state', stateId: state.id, title: state.name, internal: internalOf(state.id), initial: state.initial })),
  ];

  // Merge transitions that share source, target and guards: one arrow, its events listed together. Where
  // the chart writes no guards on the arrows, events that differ only by their guards share one too (a
  // counter-proposal beside a proposal): the tooltip still says each one's rules.
  const groups = new Map<string, ChartTransition[]>();
  for (const transition of own) {
    if (!drawnAsArrow(transition)) continue;
    const sourceKey = transition.declaredOn === region.id ? anyKey(region) : transition.declaredOn;
    const eventless = transition.event === null;
    const groupKey = JSON.stringify([sourceKey, transition.target, eventless, withGuards || eventless ? transition.guards : null]);
    groups.set(groupKey, [...(groups.get(groupKey) ?? []), transition]);
  }
  const initialState = region.states.find((state) => state.initial);
  const edges: PartEdge[] = initialState
    ? [{ key: `${region.id}#start`, kind: 'initial', sourceKey: `${region.id}#initial`, targetKey: initialState.id, events: [], guards: [], label: [], tooltip: `${region.name} starts in ${initialState.name}` }]
    : [];
  [...groups.values()].forEach((transitions, index) => {
    const first = transitions[0]!;
    const sourceKey = first.declaredOn === region.id ? anyKey(region) : first.declaredOn;
    const events = transitions.flatMap((transition) => (transition.event === null ? [] : [transition.event]));
    const eventless = first.event === null;
    edges.push({
      key: `${region.id}#${index}`,
      kind: eventless ? 'always' : 'event',
      sourceKey,
      targetKey: first.target!,
      events,
      guards: [...new Set(transitions.flatMap((transition) => transition.guards))],
      label: eventless ? whenLines(first.guards) : [...events.map((event) => ({ text: event, kind: 'event' as const, event })), ...(withGuards ? guardLines(first.guards) : [])],
      tooltip: describe(events, nameOf(sourceKey), nameOf(first.target!), transitions),
    });
  });
  return { region, nodes, edges };
}

/** Splits the chart graph into what each region draws. */
export function chartParts(graph: ChartGraph, options: PartOptions = {}): ChartParts {
  const withGuards = options.guards ?? true;
  const regionIds = new Set(graph.regions.map((region) => region.id));
  const stateIds = new Set(graph.regions.flatMap((region) => region.states.map((state) => state.id)));
  const anywhere = graph.transitions.filter((transition) => !regionIds.has(transition.declaredOn) && !stateIds.has(transition.declaredOn));
  return { id: graph.id, regions: graph.regions.map((region) => regionParts(graph, region, withGuards)), anywhere: anywhere.map((transition) => internalLines(transition, withGuards)) };
}

/**
 * The one search over the statechart: event paths from a moment to a target
 * configuration, with `xstate/graph`. The walk (walk.ts) goes over
 * *situations* (the model's `situationKey`: what the rules see) with the
 * sample events of the moves kit, one step deeper each time until a target
 * is reached (or `maxSteps`, or nothing new is found):
 *
 * - shortest paths come from `getShortestPaths` on the walk as deep as the
 *   nearest target;
 * - other paths come from `getSimplePaths` on the same walk with the step
 *   count made part of each vertex, following only events that can still
 *   reach the target within one step more than the shortest (the distances
 *   come from the walk's adjacency map). `getSimplePaths` lists the simple
 *   paths to every vertex of its graph, so its cost grows with vertices
 *   times paths: unbounded, even this small graph has millions; bounded, a
 *   few hundred at most (and only the shortest when that is still too many).
 *
 * Every path found is replayed on the machine before it is returned.
 */
import { getAdjacencyMap, getShortestPaths, getSimplePaths, type AdjacencyMap, type AdjacencyValue, type StatePath } from 'xstate/graph';
import { EVENT_TYPES, situationKey as keyOfSituation, step, type EventType, type TruceEvent, type TruceContext, type TruceSnapshot, type TruceStateValue } from '../model/index.js';
import { regionEventTypes, type Vocabulary } from '../moves/index.js';
import { reachesTarget, type Target } from './target.js';
import { follow, rememberedMoves, walkFrom, type Moves, type Walk, type WalkLogic, type WalkSnapshot } from './walk.js';

export interface PathStep {
  event: TruceEvent;
  state: TruceStateValue;
  context: TruceContext;
}

export interface FoundPath {
  steps: PathStep[];
}

export interface SearchOptions {
  from: TruceSnapshot;
  target: Target;
  vocabulary: Vocabulary;
  /** The most paths to return (the shortest first). */
  maxPaths: number;
  /** The longest path looked for, in steps. */
  maxSteps: number;
  /** Only events of these types are tried (an exercise's allowed events); default: every event that can change a state. */
  eventTypes?: readonly EventType[];
}

export type SearchResult =
  | { reachable: true; paths: FoundPath[]; situationsSeen: number }
  | { reachable: false; situationsSeen: number };

/** Situation keys, each worked out once per snapshot: the traversals ask for the same ones many times. */
const situationKeys = new WeakMap<TruceSnapshot, string>();
function situationKey(snapshot: TruceSnapshot): string {
  let key = situationKeys.get(snapshot);
  if (key === undefined) situationKeys.set(snapshot, (key = keyOfSituation(snapshot)));
  return key;
}

/** Vertices the bounded walk may have before other paths are looked for among the shortest only. */
const MAX_BOUNDED_VERTICES = 120;

interface Search {
  from: TruceSnapshot;
  logic: WalkLogic;
  moves: Moves;
  isTarget: (walk: Walk) => boolean;
  maxSteps: number;
}

/**
 * Paths from `from` to a situation where every region named in `target` is in the state given.
 * @example findPaths({ from, target: { operations: 'resumed' }, vocabulary, maxPaths: 3, maxSteps: 10 })
 */
export function findPaths(options: SearchOptions): SearchResult {
  const { from, target, vocabulary, maxPaths, maxSteps } = options;
  const regionTypes = regionEventTypes();
  const types = options.eventTypes ? regionTypes.filter((type) => options.eventTypes!.includes(type)) : regionTypes;
  const moves = rememberedMoves(vocabulary, types);
  const search: Search = { from, logic: walkFrom(from, moves), moves, isTarget: (walk) => reachesTarget(walk.situation.value, target), maxSteps };

  const nearest = nearestTarget(search);
  if (nearest.depth === null) return { reachable: false, situationsSeen: nearest.situationsSeen };
  // Other paths may be one step longer than the shortest: the walk goes that one step deeper.
  const deeper = { ...search, maxSteps: Math.min(maxSteps, nearest.depth + 1) };
  const adjacency = getAdjacencyMap(deeper.logic, walkOptions(deeper));
  const distance = distancesToTarget(adjacency, search.isTarget);
  const startDistance = distance.get(situationKey(from))!;

  const order = pathOrder(vocabulary);
  const shortest = getShortestPaths(search.logic, walkOptions({ ...search, maxSteps: nearest.depth })).map((path) => eventsOf(path));
  const others = maxPaths > 1 ? otherPaths(deeper, distance, startDistance).sort(order) : [];
  const paths = distinct([...shortest.sort(order).slice(0, 1), ...others, ...shortest])
    .slice(0, maxPaths)
    .map((events) => replay(from, events))
    .filter((path): path is FoundPath => path !== null);
  return { reachable: true, paths, situationsSeen: Object.keys(adjacency).length };
}

/**
 * How far the nearest target situation is, by walks one step deeper each time
 * (each walk is cheap: the moves found by the last are remembered), and how
 * many situations the last walk saw. Walking to `maxSteps` straight away would
 * look at every situation that far: thousands, when the target is often three
 * steps away.
 */
function nearestTarget(search: Search): { depth: number | null; situationsSeen: number } {
  let situationsSeen = 0;
  for (let depth = 0; depth <= search.maxSteps; depth++) {
    const adjacency = getAdjacencyMap(search.logic, walkOptions({ ...search, maxSteps: depth }));
    const situations = Object.values(adjacency) as Array<AdjacencyValue<WalkSnapshot, TruceEvent>>;
    if (situations.some(({ state }) => search.isTarget(state.context))) return { depth, situationsSeen: situations.length };
    // No new situation within one step more: the walk has seen all there is.
    if (situations.length === situationsSeen) break;
    situationsSeen = situations.length;
  }
  return { depth: null, situationsSeen };
}

function walkOptions({ moves, isTarget, maxSteps }: Search) {
  return {
    serializeState: (snapshot: WalkSnapshot) => situationKey(snapshot.context.situation),
    events: (snapshot: WalkSnapshot) => (snapshot.context.steps >= maxSteps ? [] : moves(snapshot.context.situation).map((move) => move.event)),
    toState: (snapshot: WalkSnapshot) => isTarget(snapshot.context),
    // A path ends where it first reaches the target.
    stopWhen: (snapshot: WalkSnapshot) => isTarget(snapshot.context),
  };
}

/** Simple paths at most one step longer than the shortest (or as long, when those are too many to list). */
function otherPaths(search: Search, distance: Map<string, number>, startDistance: number): TruceEvent[][] {
  const { from, logic, moves, isTarget, maxSteps } = search;
  for (const slack of [1, 0]) {
    const budget = Math.min(maxSteps, startDistance + slack);
    const withinBudget = (walk: Walk, event: TruceEvent) => {
      const remaining = distance.get(situationKey(follow(moves, walk.situation, event)));
      return remaining !== undefined && walk.steps + 1 + remaining <= budget;
    };
    const bounded = {
      ...walkOptions(search),
      // All target situations are one vertex: fewer vertices for getSimplePaths to list paths to.
      serializeState: (snapshot: WalkSnapshot) =>
        isTarget(snapshot.context) ? 'target' : `${situationKey(snapshot.context.situation)}#${snapshot.context.steps}`,
      events: (snapshot: WalkSnapshot) =>
        moves(snapshot.context.situation)
          .map((move) => move.event)
          .filter((event) => withinBudget(snapshot.context, event)),
    };
    if (Object.keys(getAdjacencyMap(logic, bounded)).length > MAX_BOUNDED_VERTICES) continue;
    return (
      getSimplePaths(logic, bounded)
        .map((path) => eventsOf(path))
        // The step count in each vertex lets a walk come back to a situation it left; a simple path does not.
        .filter((events) => isSimple(from, events, moves))
    );
  }
  return [];
}

/** The events of a path from xstate/graph (its first step is the start, reached by `xstate.init`). */
function eventsOf(path: StatePath<WalkSnapshot, TruceEvent>): TruceEvent[] {
  return path.steps.slice(1).map((pathStep) => pathStep.event);
}

/** The distance to the target from each situation of the walk, by breadth-first search backwards. */
function distancesToTarget(adjacency: AdjacencyMap<WalkSnapshot, TruceEvent>, isTarget: (walk: Walk) => boolean): Map<string, number> {
  const entries = Object.entries(adjacency) as Array<[string, AdjacencyValue<WalkSnapshot, TruceEvent>]>;
  const before = new Map<string, string[]>(entries.map(([key]) => [key, []]));
  for (const [key, { transitions }] of entries) {
    for (const { state } of Object.values(transitions) as Array<{ state: WalkSnapshot }>) {
      const next = situationKey(state.context.situation);
      if (next !== key) before.get(next)?.push(key);
    }
  }
  const queue = entries.filter(([, { state }]) => isTarget(state.context)).map(([key]) => key);
  const distance = new Map<string, number>(queue.map((key) => [key, 0]));
  while (queue.length > 0) {
    const key = queue.shift()!;
    for (const previous of before.get(key) ?? []) {
      if (!distance.has(previous)) {
        distance.set(previous, distance.get(key)! + 1);
        queue.push(previous);
      }
    }
  }
  return distance;
}

function isSimple(from: TruceSnapshot, events: readonly TruceEvent[], moves: Moves): boolean {
  const seen = new Set([situationKey(from)]);
  let snapshot = from;
  for (const event of events) {
    snapshot = follow(moves, snapshot, event);
    const key = situationKey(snapshot);
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/**
 * Paths of the same length in a stable, readable order: by event type as the
 * model lists them, then by the order of the parties, terms and crossings.
 */
function pathOrder(vocabulary: Vocabulary): (a: readonly TruceEvent[], b: readonly TruceEvent[]) => number {
  const rank = (event: TruceEvent): number[] => {
    const fields = event as { by?: string; terms?: unknown; crossing?: string };
    return [
      EVENT_TYPES.indexOf(event.type),
      fields.by === undefined ? -1 : vocabulary.parties.findIndex((party) => party.id === fields.by),
      fields.terms === undefined ? -1 : vocabulary.terms.findIndex((terms) => JSON.stringify(terms) === JSON.stringify(fields.terms)),
      fields.crossing === undefined ? -1 : vocabulary.crossings.indexOf(fields.crossing),
    ];
  };
  const compareRanks = (a: number[], b: number[]) => a.findIndex((value, index) => value !== b[index]);
  return (a, b) => {
    if (a.length !== b.length) return a.length - b.length;
    for (let index = 0; index < a.length; index++) {
      const [left, right] = [rank(a[index]!), rank(b[index]!)];
      const differs = compareRanks(left, right);
      if (differs !== -1) return left[differs]! - right[differs]!;
    }
    return 0;
  };
}

function distinct(paths: ReadonlyArray<readonly TruceEvent[]>): Array<readonly TruceEvent[]> {
  const seen = new Set<string>();
  return paths.filter((events) => {
    const key = JSON.stringify(events);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The path's events on the machine, with the state after each; null if the machine refuses one. */
function replay(from: TruceSnapshot, events: readonly TruceEvent[]): FoundPath | null {
  const steps: PathStep[] = [];
  let snapshot = from;
  for (const event of events) {
    const outcome = step(snapshot, event);
    if (!outcome.accepted) return null;
    snapshot = outcome.snapshot;
    steps.push({ event, state: snapshot.value, context: snapshot.context });
  }
  return { steps };
}

/**
 * How many steps the shortest path to `target` takes, or null when none is found within `maxSteps`.
 * @example shortestPathLength({ from, target: { operations: 'ceasefire' }, vocabulary, maxSteps: 20 }) // 2
 */
export function shortestPathLength(options: Omit<SearchOptions, 'maxPaths'>): number | null {
  const result = findPaths({ ...options, maxPaths: 1 });
  return result.reachable ? result.paths[0]!.steps.length : null;
}

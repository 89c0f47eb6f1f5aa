/**
 * Shortest sequences of events, from the initial configuration, to each state
 * the traversal reached and through each transition it took: what a test
 * sends a real actor to check that the traversal's graph holds.
 */
import type { TruceEvent } from '../../src/model/index.js';
import { PARTS, stateSpace, type Part, type PartSpace } from './state-space.js';

export interface GraphPath {
  part: Part;
  /** What the path leads to: a state (its view) or a transition (its label). */
  to: string;
  events: TruceEvent[];
}

/** For each state of `space`, the shortest path to it (a breadth-first search). */
function pathsToStates(space: PartSpace): Map<string, TruceEvent[]> {
  const paths = new Map<string, TruceEvent[]>([[space.initial, []]]);
  const queue = [space.initial];
  const out = new Map<string, typeof space.edges>();
  for (const edge of space.edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const { to, event } of out.get(from) ?? []) {
      if (!paths.has(to)) {
        paths.set(to, [...paths.get(from)!, event]);
        queue.push(to);
      }
    }
  }
  return paths;
}

/** The shortest path to every reachable state of every part. */
export function pathsToEveryState(): GraphPath[] {
  return PARTS.flatMap((part) => [...pathsToStates(stateSpace()[part])].map(([to, events]) => ({ part, to, events })));
}

/** For every transition the traversal took, the shortest path that ends by taking it. */
export function pathsThroughEveryTransition(): GraphPath[] {
  return PARTS.flatMap((part) => {
    const space = stateSpace()[part];
    const toStates = pathsToStates(space);
    const best = new Map<string, TruceEvent[]>();
    for (const edge of space.edges) {
      const path = [...toStates.get(edge.from)!, edge.event];
      for (const label of edge.taken) if ((best.get(label)?.length ?? Infinity) > path.length) best.set(label, path);
    }
    return [...best].map(([to, events]) => ({ part, to, events }));
  });
}

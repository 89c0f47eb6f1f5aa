/**
 * The walk `xstate/graph` traverses: the truce machine seen one step at a
 * time, where a position is a machine snapshot and the number of steps that
 * led to it. Counting steps is what lets a traversal stop at a depth, which
 * `xstate/graph` has no option for. Transitions are computed once per
 * snapshot and event, so several traversals of the same walk share them.
 */
import { fromTransition, type TransitionActorLogic, type TransitionSnapshot } from 'xstate';
import type { ScenarioEvent, TruceEvent } from '../model/events.js';
import type { TruceSnapshot } from '../model/snapshot.js';
import { nextSnapshot } from './pure-step.js';

export interface Walk {
  situation: TruceSnapshot;
  steps: number;
}

export type WalkSnapshot = TransitionSnapshot<Walk>;
export type WalkLogic = TransitionActorLogic<Walk, ScenarioEvent, unknown>;

/** `nextSnapshot`, remembered per snapshot and event. */
export type Step = (snapshot: TruceSnapshot, event: ScenarioEvent) => TruceSnapshot;

export function rememberedSteps(): Step {
  const cache = new WeakMap<TruceSnapshot, Map<string, TruceSnapshot>>();
  return (snapshot, event) => {
    let byEvent = cache.get(snapshot);
    if (!byEvent) cache.set(snapshot, (byEvent = new Map()));
    const key = JSON.stringify(event);
    let next = byEvent.get(key);
    if (!next) byEvent.set(key, (next = nextSnapshot(snapshot, event as TruceEvent)));
    return next;
  };
}

export function walkFrom(from: TruceSnapshot, step: Step): WalkLogic {
  return fromTransition((walk: Walk, event: ScenarioEvent): Walk => ({ situation: step(walk.situation, event), steps: walk.steps + 1 }), {
    situation: from,
    steps: 0,
  });
}

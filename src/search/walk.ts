/**
 * The walk `xstate/graph` traverses: the truce machine seen one step at a
 * time, where a position is a machine snapshot and the number of steps that
 * led to it. Counting steps is what lets a traversal stop at a depth, which
 * `xstate/graph` has no option for. The moves from each snapshot (the events
 * tried and where each leads) are worked out once, so the traversals of a
 * search share them.
 */
import { fromTransition, type TransitionActorLogic, type TransitionSnapshot } from 'xstate';
import type { EventType, TruceEvent, TruceSnapshot } from '../model/index.js';
import { movesToTry, type Vocabulary } from '../moves/index.js';

export interface Walk {
  situation: TruceSnapshot;
  steps: number;
}

export type WalkSnapshot = TransitionSnapshot<Walk>;
export type WalkLogic = TransitionActorLogic<Walk, TruceEvent, unknown>;

export interface Move {
  event: TruceEvent;
  next: TruceSnapshot;
}

/** The moves from a snapshot, remembered: the same snapshot object gives the same list. */
export type Moves = (snapshot: TruceSnapshot) => Move[];

export function rememberedMoves(vocabulary: Vocabulary, types: readonly EventType[]): Moves {
  const found = new WeakMap<TruceSnapshot, Move[]>();
  return (snapshot) => {
    let moves = found.get(snapshot);
    if (!moves) found.set(snapshot, (moves = movesToTry(snapshot, vocabulary, types)));
    return moves;
  };
}

/**
 * Where `event` leads from `snapshot`: one of its moves. Matched by content, not
 * identity: `xstate/graph` hands events back as copies when it lists paths.
 */
export function follow(moves: Moves, snapshot: TruceSnapshot, event: TruceEvent): TruceSnapshot {
  const key = JSON.stringify(event);
  const move = moves(snapshot).find((candidate) => candidate.event === event || JSON.stringify(candidate.event) === key);
  if (!move) throw new Error(`internal: ${event.type} is not a move from this situation`);
  return move.next;
}

export function walkFrom(from: TruceSnapshot, moves: Moves): WalkLogic {
  return fromTransition((walk: Walk, event: TruceEvent): Walk => ({ situation: follow(moves, walk.situation, event), steps: walk.steps + 1 }), {
    situation: from,
    steps: 0,
  });
}

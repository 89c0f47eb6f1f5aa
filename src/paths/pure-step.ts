/**
 * The machine's next snapshot for an event, without an actor. XState's own
 * `transition()` builds a throwaway actor on every call, and that actor asks
 * the machine for an initial snapshot without input (which our context
 * cannot make); `xstate/graph` sidesteps this with an inert scope around an
 * empty actor, and so do we, once.
 */
import { createEmptyActor, type ActorScope } from 'xstate';
import type { TruceEvent } from '../model/events.js';
import { truceMachine } from '../model/machine.js';
import type { TruceSnapshot } from '../model/snapshot.js';

type TruceScope = ActorScope<TruceSnapshot, TruceEvent>;

function inertScope(): TruceScope {
  const empty = createEmptyActor();
  return {
    self: empty,
    system: empty.system,
    id: '',
    sessionId: '',
    logger: () => {},
    defer: () => {},
    stopChild: () => {},
    emit: () => {},
    actionExecutor: () => {},
  } as unknown as TruceScope;
}

const scope = inertScope();

/** The snapshot after `event`; the same snapshot's values when the machine refuses it. */
export function nextSnapshot(snapshot: TruceSnapshot, event: TruceEvent): TruceSnapshot {
  return truceMachine.transition(snapshot, event, scope);
}

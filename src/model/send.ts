/** Sending one event to a running truce actor, and knowing whether it was taken. */
import type { ActorRefFrom } from 'xstate';
import type { TruceEvent } from './events.js';
import { explainRefusal } from './explain.js';
import type { truceMachine } from './machine.js';
import type { Refusal } from './refusal.js';
import type { TruceSnapshot } from './snapshot.js';

export type StepOutcome =
  | { accepted: true; snapshot: TruceSnapshot }
  | { accepted: false; refusal: Refusal; snapshot: TruceSnapshot };

/**
 * Sends `event` to `actor` and reports whether the machine took it. A refused
 * event is still sent (an inspector watching the actor sees it arrive), and
 * changes nothing: the snapshot after it is the one before.
 */
export function sendEvent(actor: ActorRefFrom<typeof truceMachine>, event: TruceEvent): StepOutcome {
  const before = actor.getSnapshot();
  const refusal = explainRefusal(before, event);
  actor.send(event);
  const snapshot = actor.getSnapshot();
  return refusal === null ? { accepted: true, snapshot } : { accepted: false, refusal, snapshot };
}

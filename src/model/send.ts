/** Sending one event to a running truce actor, and knowing whether it was taken. */
import type { ActorRefFrom } from 'xstate';
import { isEventType, type TruceEvent } from './events.js';
import { explainRefusal } from './explain.js';
import type { truceMachine } from './machine.js';
import type { Refusal } from './refusal.js';
import type { TruceSnapshot } from './snapshot.js';

export type StepOutcome =
  | { accepted: true; snapshot: TruceSnapshot }
  | { accepted: false; refusal: Refusal; snapshot: TruceSnapshot };

/**
 * Sends `event` to `actor` and reports whether the machine took it. A refused
 * event of a known type is still sent (an inspector watching the actor sees it
 * arrive), and changes nothing: the snapshot after it is the one before. An
 * event of no known type is not sent at all: XState reserves some types
 * (`xstate.stop`, `xstate.error.*`) that would stop the actor.
 */
export function sendEvent(actor: ActorRefFrom<typeof truceMachine>, sent: TruceEvent): StepOutcome {
  // One plain copy, read by both the explanation and the machine: an event whose fields are
  // getters could otherwise answer the rules one way and the machine's guards another.
  const event = typeof sent === 'object' && sent !== null ? { ...sent } : sent;
  const before = actor.getSnapshot();
  const refusal = explainRefusal(before, event);
  if (!isEventType((event as { type?: unknown } | null)?.type)) {
    return { accepted: false, refusal: refusal!, snapshot: before };
  }
  actor.send(event);
  const snapshot = actor.getSnapshot();
  return refusal === null ? { accepted: true, snapshot } : { accepted: false, refusal, snapshot };
}

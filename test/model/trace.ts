/** Replaying events on a real actor and keeping, for each, what was there before and what came of it. */
import { createActor } from 'xstate';
import {
  sendEvent,
  startingSnapshot,
  truceMachine,
  type StartingPoint,
  type StepOutcome,
  type TruceContext,
  type TruceEvent,
  type TruceSnapshot,
} from '../../src/model/index.js';

export interface Step {
  event: TruceEvent;
  before: TruceSnapshot;
  /** A deep copy of the value and context before the event, taken before sending it. */
  beforeCopy: { value: unknown; context: TruceContext };
  /** What `snapshot.can(event)` said of the snapshot the event was weighed in (after time passed, if it did). */
  couldTake: boolean;
  outcome: StepOutcome;
}

function copyOf(snapshot: TruceSnapshot): Step['beforeCopy'] {
  return structuredClone({ value: snapshot.value, context: snapshot.context });
}

/** Sends `events` one by one to a fresh actor started at `start`. */
export function replay(start: StartingPoint, events: readonly TruceEvent[]): Step[] {
  const actor = createActor(truceMachine, { input: start.input, snapshot: startingSnapshot(start) }).start();
  return events.map((event) => {
    const before = actor.getSnapshot();
    const beforeCopy = copyOf(before);
    const outcome = sendEvent(actor, event);
    const couldTake = (outcome.afterTime ?? before).can(event);
    return { event, before, beforeCopy, couldTake, outcome };
  });
}

/** A run as plain JSON: what a reader of its trace would see. */
export function traceJson(steps: readonly Step[]): string {
  return JSON.stringify(
    steps.map(({ outcome }) => ({
      accepted: outcome.accepted,
      refusal: outcome.accepted ? null : outcome.refusal,
      value: outcome.snapshot.value,
      context: outcome.snapshot.context,
    })),
  );
}

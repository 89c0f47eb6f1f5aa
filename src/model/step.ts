/**
 * The one way to step the statechart: a snapshot and an event in, the outcome
 * out. Pure, with no actor: XState's own `transition` computes the next
 * snapshot, the same function a live actor runs. Replays, path searches, play
 * sessions and exercise grading all go through `step`; a live actor (the
 * inspector's) goes through `sendEvent`, which asks `step` first.
 *
 * Time passes before an event: when the event is dated after the end day of
 * the agreement in force, a `TIME_PASSED` to its date goes first, and the
 * agreement has lapsed before the event is weighed. Days pass whether or not
 * the event is then refused, so a refused event changes nothing but that.
 */
import { createEmptyActor, type ActorRefFrom, type ActorScope } from 'xstate';
import { isEventType, type TruceEvent } from './events.js';
import { explainRefusal } from './explain.js';
import { timeWouldEndAgreement } from './guards.js';
import { isRealDate } from './schema-kit.js';
import { truceMachine } from './machine.js';
import type { Refusal } from './refusal.js';
import type { TruceSnapshot } from './snapshot.js';

/**
 * What an event did. `afterTime` is there when time passed first (the event is dated after the
 * agreement's end day): the snapshot once it had, the agreement lapsed, before the event.
 */
export type StepOutcome =
  | { accepted: true; snapshot: TruceSnapshot; afterTime?: TruceSnapshot }
  | { accepted: false; refusal: Refusal; snapshot: TruceSnapshot; afterTime?: TruceSnapshot };

type TruceScope = ActorScope<TruceSnapshot, TruceEvent>;

/**
 * XState's `transition()` helper builds a throwaway actor on every call, and
 * that actor asks for an initial snapshot without input (which our context
 * cannot make); `xstate/graph` passes an inert scope around an empty actor
 * instead, and so do we, once. Our machine runs no side effects: its actions
 * are all `assign`, which the transition applies itself.
 */
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

function plainCopy(event: TruceEvent): TruceEvent {
  // A function can carry fields (and getters) too: copied like any other object.
  return (typeof event === 'object' && event !== null) || typeof event === 'function' ? { ...event } : event;
}

/**
 * The `TIME_PASSED` that must go before `event` in `snapshot`, or null: one is needed when the
 * event is dated after the end day of the agreement in force.
 */
export function timeBefore(snapshot: TruceSnapshot, event: TruceEvent): TruceEvent | null {
  const date = (event as { date?: unknown } | null)?.date;
  if (event.type === 'TIME_PASSED' || typeof date !== 'string' || !isRealDate(date)) return null;
  return timeWouldEndAgreement(snapshot.context, date) ? { type: 'TIME_PASSED', date } : null;
}

/**
 * The outcome of `sent` in `snapshot`. A refused event changes nothing: the outcome's snapshot
 * is `snapshot` itself (or, when time passed first, `afterTime`), and the refusal says why.
 * @example step(snapshot, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' }).accepted // true
 */
export function step(snapshot: TruceSnapshot, sent: TruceEvent): StepOutcome {
  // One plain copy, read by both the machine and the explanation: an event whose fields are
  // getters could otherwise answer the machine's guards one way and the explanation another.
  const event = plainCopy(sent);
  // XState reserves some event types (`xstate.stop`, `xstate.error.*`) and would crash on no type at all.
  if (!isEventType((event as { type?: unknown } | null)?.type)) return refused(snapshot, event);
  const time = timeBefore(snapshot, event);
  if (time === null) return stepOnce(snapshot, event);
  const afterTime = truceMachine.transition(snapshot, time, scope);
  return { ...stepOnce(afterTime, event), afterTime };
}

function stepOnce(snapshot: TruceSnapshot, event: TruceEvent): StepOutcome {
  const next = truceMachine.transition(snapshot, event, scope);
  // XState returns the very same snapshot when no transition is enabled; every transition the
  // machine takes runs an action (a test checks this), so a new snapshot means the event was taken.
  if (next === snapshot) return refused(snapshot, event);
  return { accepted: true, snapshot: next };
}

function refused(snapshot: TruceSnapshot, event: TruceEvent): StepOutcome {
  const refusal = explainRefusal(snapshot, event);
  if (refusal === null) throw new Error(`internal: the machine did not take ${String(event?.type)}, yet every rule on its transitions holds`);
  return { accepted: false, refusal, snapshot };
}

/**
 * Sends `event` to a running actor, with the outcome `step` gives. A refused
 * event of a known type is still sent (an inspector watching the actor sees it
 * arrive) and changes nothing; an event of no known type is not sent at all.
 * The actor must agree with `step`: if it took an event `step` refused, or the
 * other way round, that is a bug in truce-sim, and it says so.
 */
export function sendEvent(actor: ActorRefFrom<typeof truceMachine>, sent: TruceEvent): StepOutcome {
  // Read once, as `step` does: the actor and the outcome must see the same event.
  const event = plainCopy(sent);
  if (!isEventType((event as { type?: unknown } | null)?.type)) return step(actor.getSnapshot(), event);
  // Time passes first, in the actor too: the inspector shows the agreement lapse before the event.
  const time = timeBefore(actor.getSnapshot(), event);
  if (time !== null) actor.send(time);
  const before = actor.getSnapshot();
  const outcome = step(before, event);
  actor.send(event);
  const after = actor.getSnapshot();
  if ((after !== before) !== outcome.accepted) {
    throw new Error(`internal: the actor ${outcome.accepted ? 'refused' : 'took'} ${event.type}, which step ${outcome.accepted ? 'took' : 'refused'}`);
  }
  return { ...outcome, snapshot: after, ...(time !== null ? { afterTime: before } : {}) };
}

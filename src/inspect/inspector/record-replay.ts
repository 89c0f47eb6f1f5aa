/**
 * Replaying a scenario while recording what the Stately inspector would be
 * told about the real actor, cut into one group of messages per step so that
 * they can be sent at the pace of a class.
 *
 * The conversion is `@statelyai/inspect`'s own: its `createInspector(adapter)`
 * gives an `inspect` observer for XState that turns each inspection event into
 * the message its WebSocket and browser inspectors send. That observer
 * converts later (on a 0 ms timer) and reads the actor's snapshot for the
 * `@xstate.actor` message at that later time; since our replay is synchronous,
 * we wait for the timers to run, then give the actor message the snapshot the
 * actor started from (the next snapshot of the same actor).
 */
import { createInspector } from '@statelyai/inspect';
import type { InspectionEvent } from 'xstate';
import { isEventType } from '../../model/events.js';
import { replayScenario, stepsToReplay, type Trace } from '../../scenario/replay.js';
import type { Scenario } from '../../scenario/schema.js';
import type { InspectorMessage, StatelyMessage } from './messages.js';

export interface RecordedReplay {
  trace: Trace;
  /** `truce.replay`, then the actor and its start: sent before the first step. */
  opening: InspectorMessage[];
  /** One group per step of `trace.steps`: `truce.step`, then the step's event and snapshot. */
  steps: InspectorMessage[][];
  /** The actor's stopped snapshot and `truce.done`. */
  closing: InspectorMessage[];
}

/** The three kinds of inspection event the Stately inspector shows; it drops the others (microsteps, actions). */
const SHOWN = new Set<InspectionEvent['type']>(['@xstate.actor', '@xstate.event', '@xstate.snapshot']);

type Group = { kind: 'opening' } | { kind: 'step'; index: number } | { kind: 'closing' };

/** A step's event: sent from outside the actor, and not one of XState's own (`xstate.init`, `xstate.stop`). */
function opensStep(event: InspectionEvent): boolean {
  return event.type === '@xstate.event' && event.sourceRef === undefined && !event.event.type.startsWith('xstate.');
}

function isStop(event: InspectionEvent): boolean {
  return event.type === '@xstate.snapshot' && event.event.type === 'xstate.stop';
}

/** Lets the 0 ms timers of `@statelyai/inspect` run: timers of the same delay fire in the order they were set. */
function afterPendingTimers(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Replays `scenario` (or one of its branches) with a real actor and returns the trace
 * and the inspector messages, grouped by step.
 * @example const { trace, opening, steps, closing } = await recordReplay(scenario, 'pause-for-release')
 */
export async function recordReplay(scenario: Scenario, branch?: string): Promise<RecordedReplay> {
  const received: StatelyMessage[] = [];
  const groups: Group[] = [];
  const inspector = createInspector({ send: (message) => received.push(plain(message)) });
  // The actor is sent only the steps of a known event type (see `sendEvent`): the others have no messages of their own.
  const sentSteps = stepsToReplay(scenario, branch).flatMap(({ step }, index) => (isEventType(step.event.type) ? [index] : []));
  let current: Group = { kind: 'opening' };
  let stepCount = 0;

  const trace = replayScenario(scenario, {
    ...(branch === undefined ? {} : { branch }),
    inspect(event) {
      if (!SHOWN.has(event.type)) return;
      if (opensStep(event)) current = { kind: 'step', index: sentSteps[stepCount++] ?? Number.NaN };
      if (isStop(event)) current = { kind: 'closing' };
      groups.push(current);
      inspector.inspect.next?.(event);
    },
  });
  await afterPendingTimers();
  if (received.length !== groups.length) {
    throw new Error(`the inspector converted ${received.length} of ${groups.length} inspection events`);
  }
  if (stepCount !== sentSteps.length) throw new Error(`the actor received ${stepCount} events for ${sentSteps.length} steps`);
  giveActorsTheirStartingSnapshot(received);

  const recorded: RecordedReplay = {
    trace,
    opening: [{ type: 'truce.replay', scenario: trace.scenario, branch: trace.branch, steps: trace.steps.map(({ id, date, part, event }) => ({ id, date, part, event: event.type })) }],
    steps: trace.steps.map((step, index) => [{ type: 'truce.step', index, id: step.id, accepted: step.accepted }]),
    closing: [],
  };
  received.forEach((message, position) => {
    const group = groups[position]!;
    if (group.kind === 'step') recorded.steps[group.index]!.push(message);
    else recorded[group.kind].push(message);
  });
  recorded.closing.push({ type: 'truce.done', ok: trace.ok });
  checkStepsMatch(recorded);
  return recorded;
}

/** The message as the wire will carry it: plain JSON (snapshots lose their methods, `NaN` becomes null). */
function plain(message: StatelyMessage): StatelyMessage {
  return JSON.parse(JSON.stringify(message)) as StatelyMessage;
}

function giveActorsTheirStartingSnapshot(messages: StatelyMessage[]): void {
  messages.forEach((message, position) => {
    if (message.type !== '@xstate.actor') return;
    const first = messages.slice(position + 1).find((later) => later.type === '@xstate.snapshot' && later.sessionId === message.sessionId);
    if (first?.type === '@xstate.snapshot') message.snapshot = first.snapshot;
  });
}

/** Each step of the trace must have exactly its own event: otherwise the live view would show the wrong step. */
function checkStepsMatch(recorded: RecordedReplay): void {
  const { trace, steps } = recorded;
  steps.forEach((group, index) => {
    const sent = group.find((message) => message.type === '@xstate.event');
    const expected = trace.steps[index]!.event.type;
    const received = sent?.type === '@xstate.event' ? sent.event.type : undefined;
    if (received !== (isEventType(expected) ? expected : undefined)) {
      throw new Error(`step ${index + 1} should send ${String(expected)}, the actor received ${received ?? 'nothing'}`);
    }
  });
}

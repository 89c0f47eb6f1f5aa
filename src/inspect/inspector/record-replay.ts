/**
 * Replaying a scenario while recording what the Stately inspector would be
 * told about a real actor, cut into one group of messages per step so that
 * they can be sent at the pace of a class. The replay steps the statechart
 * (`replayScenario`); a live actor of the same machine is sent each event as
 * it goes, and what the actor reports is what the inspector shows. At the end
 * the actor must stand where the replay does.
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
import { createActor, type InspectionEvent } from 'xstate';
import { isEventType, sendEvent, truceMachine } from '../../model/index.js';
import { replayScenario, scenarioInput, scenarioStart, stepsToReplay, type Scenario, type Trace } from '../../scenario/index.js';
import type { InspectorMessage, StatelyMessage } from './messages.js';

export interface RecordedReplay {
  trace: Trace;
  /** The scenario's parties, to name them in words. */
  parties: Scenario['parties'];
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
  // Only steps of a known event type reach the actor: the others have no messages of their own.
  const sentSteps = stepsToReplay(scenario, branch).flatMap(({ step }, index) => (isEventType(step.event.type) ? [index] : []));
  let current: Group = { kind: 'opening' };
  let stepCount = 0;

  const inspect = (event: InspectionEvent) => {
    if (!SHOWN.has(event.type)) return;
    if (opensStep(event)) current = { kind: 'step', index: sentSteps[stepCount++] ?? Number.NaN };
    if (isStop(event)) current = { kind: 'closing' };
    groups.push(current);
    inspector.inspect.next?.(event);
  };
  const actor = createActor(truceMachine, { input: scenarioInput(scenario), snapshot: scenarioStart(scenario), inspect }).start();
  let trace: Trace;
  try {
    trace = replayScenario(scenario, {
      ...(branch === undefined ? {} : { branch }),
      // sendEvent sends only events of a known type (XState reserves some, `xstate.stop`, that would stop the
      // actor) and checks that the actor takes or refuses each as the replay did.
      onStep: (event) => void sendEvent(actor, event),
    });
    const live = actor.getSnapshot();
    if (JSON.stringify([live.value, live.context]) !== JSON.stringify([trace.final.state, trace.final.context])) {
      throw new Error('internal: the live actor and the replay ended in different states');
    }
  } finally {
    actor.stop();
  }
  await afterPendingTimers();
  if (received.length !== groups.length) {
    throw new Error(`the inspector converted ${received.length} of ${groups.length} inspection events`);
  }
  if (stepCount !== sentSteps.length) throw new Error(`the actor received ${stepCount} events for ${sentSteps.length} steps`);
  giveActorsTheirStartingSnapshot(received);

  const recorded: RecordedReplay = {
    trace,
    parties: scenario.parties,
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

/** Replaying one run through the real machine and the reference model side by side. */
import { createActor } from 'xstate';
import { sendEvent, startingSnapshot, truceMachine, type TruceEvent } from '../../src/model/index.js';
import { initialRefState, step, type RefOutcome, type RefStart, type RefState } from '../reference/reference-model.js';

/** What both sides must agree on after an event. */
export interface Observation {
  accepted: boolean;
  value: unknown;
  hostages: unknown;
  prisonersReleased: number;
}

/** One event as both sides saw it. */
export interface StepComparison {
  index: number;
  event: unknown;
  machine: Observation & { code?: string; message?: string };
  reference: RefOutcome;
  /** The observations differ (accepted, state, hostages or prisoners). */
  observationsDiffer: boolean;
  /** Both refused, and the machine's code is not one of the rules the reference saw broken. */
  codeOutsideReference: boolean;
  /** Both refused for a rule the reference saw broken, but not the one it checks first. */
  codeOrderDiffers: boolean;
}

function startMachine(start: RefStart) {
  const input = {
    parties: start.parties.map(({ id, role }) => ({ id, name: id, role })),
    hostages: { ...start.hostages },
    crossings: { ...start.crossings },
  };
  return createActor(truceMachine, { input, snapshot: startingSnapshot({ input, state: start.state }) }).start();
}

function observe(accepted: boolean, state: Omit<Observation, 'accepted'>): Observation {
  return { accepted, value: state.value, hostages: state.hostages, prisonersReleased: state.prisonersReleased };
}

/** JSON that keeps -0 and NaN visible, so equal text means equal data. */
export function show(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'number' && (!Number.isFinite(item) || Object.is(item, -0))
      ? `<${Object.is(item, -0) ? '-0' : String(item)}>`
      : item,
  );
}

/**
 * Replays `events` through both models, yielding each event's comparison.
 * A machine that throws is reported as an error naming the event.
 */
export function* compareRun(start: RefStart, events: readonly unknown[]): Generator<StepComparison> {
  const actor = startMachine(start);
  // An actor whose transition throws stops; without an error observer XState
  // would also rethrow the error asynchronously, outside the test.
  let machineError: unknown = null;
  actor.subscribe({ error: (error) => (machineError = error) });
  let reference: RefState = initialRefState(start);
  try {
    for (const [index, event] of events.entries()) {
      let outcome: ReturnType<typeof sendEvent>;
      try {
        outcome = sendEvent(actor, event as TruceEvent);
      } catch (error) {
        throw new Error(`event ${index} ${show(event)}: the machine threw ${String(error)}`);
      }
      if (machineError !== null || actor.getSnapshot().status !== 'active') {
        throw new Error(`event ${index} ${show(event)}: the actor stopped (${String(machineError)})`);
      }
      const expected = step(reference, event);
      reference = expected.state;
      const machine = {
        ...observe(outcome.accepted, { value: outcome.snapshot.value, ...outcome.snapshot.context }),
        ...(outcome.accepted ? {} : { code: outcome.refusal.code, message: outcome.refusal.message }),
      };
      const bothRefused = !outcome.accepted && !expected.accepted;
      yield {
        index,
        event,
        machine,
        reference: expected,
        observationsDiffer: show(observe(machine.accepted, machine)) !== show(observe(expected.accepted, reference)),
        codeOutsideReference: bothRefused && !expected.codes.includes(machine.code!),
        codeOrderDiffers: bothRefused && expected.codes.includes(machine.code!) && machine.code !== expected.code,
      };
    }
  } finally {
    actor.stop();
  }
}

/** Describes one comparison for a failure message. */
export function describeComparison(comparison: StepComparison): string {
  const { index, event, machine, reference } = comparison;
  const referenceSide = reference.accepted
    ? observe(true, reference.state)
    : { ...observe(false, reference.state), codes: reference.codes };
  return `event ${index} ${show(event)}:\n  machine   ${show(machine)}\n  reference ${show(referenceSide)}`;
}

/**
 * The first event on which the machine and the reference disagree, described,
 * or null. With `strictOrder`, a refusal for a broken rule the reference checks
 * later also counts (the README gives no order between rules).
 */
export function firstDisagreement(start: RefStart, events: readonly unknown[], strictOrder = false): string | null {
  for (const comparison of compareRun(start, events)) {
    const { observationsDiffer, codeOutsideReference, codeOrderDiffers } = comparison;
    if (observationsDiffer || codeOutsideReference || (strictOrder && codeOrderDiffers)) {
      return describeComparison(comparison);
    }
  }
  return null;
}

/** Replaying one run through the real machine and the reference model side by side. */
import {
  startingSnapshot, step as machineStep, type StepOutcome, type TruceEvent, type TruceInput, type TruceSnapshot,
} from '../../src/model/index.js';
import {
  agreementView, initialRefState, step, type RefOutcome, type RefStart, type RefState,
} from '../reference/reference-model.js';

/** What both sides must agree on after an event. */
export interface Observation {
  accepted: boolean;
  /** Time passed (and an agreement lapsed) before the event was weighed. */
  timePassed: boolean;
  value: unknown;
  hostages: unknown;
  prisonersReleased: number;
  agreement: { status: string; phase: number; endDay: string | null; done: unknown } | null;
}

/** One event as both sides saw it. */
export interface StepComparison {
  index: number;
  event: unknown;
  machine: Observation & { code?: string; message?: string };
  reference: RefOutcome;
  /** The observations differ (accepted, time, state, hostages, prisoners or agreement). */
  observationsDiffer: boolean;
  /** Both refused, and the machine's code is not one of the rules the reference saw broken. */
  codeOutsideReference: boolean;
  /** Both refused for a rule the reference saw broken, but not the one it checks first. */
  codeOrderDiffers: boolean;
}

/** The machine's input for a reference start: `initial` as a scenario file gives it. */
export function machineInput(start: RefStart): TruceInput {
  return {
    parties: start.parties.map(({ id, role }) => ({ id, name: id, role })),
    hostages: { ...start.hostages },
    crossings: { ...start.crossings },
    ...(start.date === undefined ? {} : { date: start.date }),
    ...(start.agreement === undefined ? {} : { agreement: structuredClone(start.agreement) as TruceInput['agreement'] }),
  };
}

export function startSnapshot(start: RefStart): TruceSnapshot {
  return startingSnapshot({ input: machineInput(start), ...(start.state === undefined ? {} : { state: start.state }) });
}

function observeMachine(outcome: StepOutcome): Observation {
  const { context, value } = outcome.snapshot;
  const { agreement } = context;
  return {
    accepted: outcome.accepted,
    timePassed: outcome.afterTime !== undefined,
    value,
    hostages: context.hostages,
    prisonersReleased: context.prisonersReleased,
    agreement:
      agreement === null
        ? null
        : { status: agreement.status, phase: agreement.phase, endDay: agreement.endDay, done: agreement.done },
  };
}

function observeReference(outcome: RefOutcome): Observation {
  const { state } = outcome;
  return {
    accepted: outcome.accepted,
    timePassed: outcome.timePassed,
    value: state.value,
    hostages: state.hostages,
    prisonersReleased: state.prisonersReleased,
    agreement: agreementView(state),
  };
}

/** JSON that keeps -0 and NaN visible, so equal text means equal data. */
export function show(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'number' && (!Number.isFinite(item) || Object.is(item, -0))
      ? `<${Object.is(item, -0) ? '-0' : String(item)}>`
      : item,
  );
}

/** The same observation, fields in one order, for comparing as text. */
function canonical(observation: Observation): string {
  const { accepted, timePassed, value, hostages, prisonersReleased, agreement } = observation;
  const v = value as Record<string, unknown>;
  const h = hostages as Record<string, unknown>;
  return show({
    accepted, timePassed,
    value: { talks: v.talks, operations: v.operations, access: v.access, agreement: v.agreement },
    hostages: { held: h.held, deceased: h.deceased, released: h.released, remainsReturned: h.remainsReturned },
    prisonersReleased,
    agreement: agreement && { ...agreement, done: agreement.done && { ...(agreement.done as object) } },
  });
}

/**
 * Replays `events` through both models, yielding each event's comparison.
 * A machine that throws is reported as an error naming the event.
 */
export function* compareRun(start: RefStart, events: readonly unknown[]): Generator<StepComparison> {
  let snapshot = startSnapshot(start);
  let reference: RefState = initialRefState(start);
  for (const [index, event] of events.entries()) {
    let outcome: StepOutcome;
    try {
      outcome = machineStep(snapshot, event as TruceEvent);
    } catch (error) {
      throw new Error(`event ${index} ${show(event)}: the machine threw ${String(error)}`);
    }
    snapshot = outcome.snapshot;
    const expected = step(reference, event);
    reference = expected.state;
    const machine = {
      ...observeMachine(outcome),
      ...(outcome.accepted ? {} : { code: outcome.refusal.code, message: outcome.refusal.message }),
    };
    const bothRefused = !outcome.accepted && !expected.accepted;
    yield {
      index,
      event,
      machine,
      reference: expected,
      observationsDiffer: canonical(machine) !== canonical(observeReference(expected)),
      codeOutsideReference: bothRefused && !expected.codes.includes(machine.code!),
      codeOrderDiffers: bothRefused && expected.codes.includes(machine.code!) && machine.code !== expected.code,
    };
  }
}

/** Describes one comparison for a failure message. */
export function describeComparison(comparison: StepComparison): string {
  const { index, event, machine, reference } = comparison;
  const referenceSide = reference.accepted
    ? observeReference(reference)
    : { ...observeReference(reference), codes: reference.codes };
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

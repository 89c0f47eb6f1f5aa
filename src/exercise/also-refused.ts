/**
 * A refusal the student predicted that the model does not give, but that is
 * true all the same. The model asks a transition's rules in order and gives
 * the first that says no; a student who names a later one has found a real
 * reason, and is told so rather than simply marked wrong.
 */
import { everyRefusal, snapshotAt, type Refusal, type RefusalCode, type TruceEvent } from '../model/index.js';
import type { TraceStep } from '../scenario/index.js';

/**
 * The refusal with `code` among the other reasons the model would refuse `step` for (after the one it gives), or undefined.
 * @example alsoRefusedFor(step, 'NO_AGREED_DEAL')?.message // 'the agreement lapsed after its end day, ...'
 */
export function alsoRefusedFor(step: TraceStep, code: RefusalCode | undefined): Refusal | undefined {
  if (step.accepted || code === undefined || step.refusalCode === code) return undefined;
  // A refused step changes nothing: its state and context are those the event was weighed in (time passed, if it did).
  const event = { ...step.event, date: step.date } as TruceEvent;
  return everyRefusal(snapshotAt(step.state, step.context), event)
    .slice(1)
    .find((refusal) => refusal.code === code);
}

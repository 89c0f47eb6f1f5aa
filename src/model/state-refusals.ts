/**
 * Why a state does not take an event at all: written on the state itself, as
 * its `meta.refuses`, so the reason is part of the chart (the Stately inspector
 * shows it beside the state) and `explainRefusal` reads it from there. A rule
 * that can refuse an event a state does take is a guard (guards.ts).
 */
import type { EventType } from './events.js';
import type { Refusal } from './refusal.js';

export interface StateMeta {
  /** The events this state does not take, each with the reason a student reads. */
  refuses?: Partial<Record<EventType, Refusal>>;
}

/** A state's meta listing what it refuses. */
export function refuses(reasons: Partial<Record<EventType, Refusal>>): StateMeta {
  return { refuses: reasons };
}

/** Operations' state as words: "operations are in a ceasefire". */
export type OperationsInWords = 'active' | 'paused for release' | 'in a ceasefire' | 'resumed';

/** Why an agreement that is not in force cannot be extended, nor move to its next phase. */
export function noAgreementInForce(why: 'none' | 'lapsed' | 'broken'): Refusal {
  const words = {
    none: 'no agreement is in force: only a deal every principal has accepted can be extended or move to its next phase',
    lapsed: 'the agreement has lapsed (its agreed days ran out): it can no longer be extended or move to its next phase; that needs a new deal',
    broken: 'the agreement was broken (operations resumed before its end day): it can no longer be extended or move to its next phase; that needs a new deal',
  };
  return { code: 'NO_AGREED_DEAL', message: words[why] };
}

export function operationsPaused(operations: OperationsInWords): Refusal {
  return {
    code: 'OPERATIONS_PAUSED',
    message: `operations are ${operations}: resume operations first (OPERATION_RESUMED), or report a violation (VIOLATION_REPORTED)`,
  };
}

export const alreadyPaused: Refusal = {
  code: 'ALREADY_PAUSED',
  message: 'operations are already paused for release; a pause is lengthened with PAUSE_EXTENDED',
};

export const alreadyInCeasefire: Refusal = { code: 'ALREADY_IN_CEASEFIRE', message: 'a ceasefire is already in force' };

export function notPaused(operations: OperationsInWords): Refusal {
  return { code: 'NOT_PAUSED', message: `operations are ${operations}, not paused for release: only a running pause can be extended` };
}

export function nothingToResume(operations: OperationsInWords): Refusal {
  return { code: 'NOTHING_TO_RESUME', message: `operations are ${operations}: they resume only after a pause for release or a ceasefire` };
}

export const noCrossingClosed: Refusal = { code: 'CROSSING_NOT_CLOSED', message: 'aid access is open: no crossing is closed' };

/** The positions a viewer can show: the start, then the state after each step. */
import type { TruceContext } from '../../../model/context.js';
import type { TruceStateValue } from '../../../model/snapshot.js';
import type { Trace, TraceStep } from '../../../scenario/replay.js';

export interface Frame {
  /** The step that led here; null for the start. */
  step: TraceStep | null;
  state: TruceStateValue;
  context: TruceContext;
}

export function framesOf(trace: Trace): Frame[] {
  return [
    { step: null, state: trace.start.state, context: trace.start.context },
    ...trace.steps.map((step) => ({ step, state: step.state, context: step.context })),
  ];
}

/** The positions a viewer can show: the start, then the state after each step, each with its words. */
import type { Party, TruceContext, TruceRecord, TruceStateValue } from '../../../model/index.js';
import type { RecordedBy, Trace, TraceStep } from '../../../scenario/index.js';
import { describeEvent } from '../../../words/index.js';

export interface Frame {
  /** The step that led here; null for the start. */
  step: TraceStep | null;
  /** The step's event in words; null for the start. */
  description: string | null;
  state: TruceStateValue;
  context: TruceContext;
  /**
   * The run's whole record (rounds, operations, violations), shared by every frame: the
   * context's counts say how much of it had happened here (`recordAt`, when the frame is shown).
   */
  record: TruceRecord<RecordedBy>;
}

export function framesOf(trace: Trace, parties: readonly Party[]): Frame[] {
  return [
    { step: null, description: null, state: trace.start.state, context: trace.start.context, record: trace.record },
    ...trace.steps.map((step) => ({ step, description: describeEvent(step.event, parties), state: step.state, context: step.context, record: trace.record })),
  ];
}

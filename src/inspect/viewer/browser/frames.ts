/** The positions a viewer can show: the start, then the state after each step, each with its words and the record so far. */
import { recordAt, type Party, type TruceContext, type TruceRecord, type TruceStateValue } from '../../../model/index.js';
import type { RecordedBy, Trace, TraceStep } from '../../../scenario/index.js';
import { describeEvent } from '../../../words/index.js';

export interface Frame {
  /** The step that led here; null for the start. */
  step: TraceStep | null;
  /** The step's event in words; null for the start. */
  description: string | null;
  state: TruceStateValue;
  context: TruceContext;
  /** The rounds, operations and violations up to here. */
  record: TruceRecord<RecordedBy>;
}

export function framesOf(trace: Trace, parties: readonly Party[]): Frame[] {
  return [
    { step: null, description: null, state: trace.start.state, context: trace.start.context, record: recordAt(trace.record, trace.start.context) },
    ...trace.steps.map((step) => ({ step, description: describeEvent(step.event, parties), state: step.state, context: step.context, record: recordAt(trace.record, step.context) })),
  ];
}

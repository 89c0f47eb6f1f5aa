/**
 * The `--json` form of a trace: a stable shape other tools and the viewer
 * read. Each step's context counts the rounds, operations and violations so
 * far; the entries themselves are printed once, in `record`, so the output
 * grows with the number of steps, not with its square.
 */
import type { Party } from '../../model/index.js';
import type { Trace } from '../../scenario/index.js';
import { describeEvent } from '../../words/index.js';

export function traceToJson(trace: Trace, parties: readonly Party[]) {
  return {
    ok: trace.ok,
    scenario: trace.scenario,
    branch: trace.branch?.id ?? null,
    start: trace.start,
    steps: trace.steps.map((step) => ({
      id: step.id,
      date: step.date,
      part: step.part,
      event: step.event,
      description: describeEvent(step.event, parties),
      accepted: step.accepted,
      ...(step.reason !== undefined ? { reason: step.reason, refusalCode: step.refusalCode } : {}),
      state: step.state,
      context: step.context,
      expectations: step.expectations,
      ok: step.ok,
      ...(step.source !== undefined ? { source: step.source } : {}),
      ...(step.note !== undefined ? { note: step.note } : {}),
      ...(step.inferred !== undefined ? { inferred: step.inferred } : {}),
      ...(step.lapsedBefore !== undefined ? { lapsedBefore: step.lapsedBefore } : {}),
    })),
    final: trace.final,
    record: trace.record,
  };
}

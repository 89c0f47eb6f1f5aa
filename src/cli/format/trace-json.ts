/** The `--json` form of a trace: a stable shape other tools and the viewer read. */
import type { Trace } from '../../scenario/replay.js';

export function traceToJson(trace: Trace) {
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
      description: step.description,
      accepted: step.accepted,
      ...(step.reason !== undefined ? { reason: step.reason, refusalCode: step.refusalCode } : {}),
      state: step.state,
      context: step.context,
      expectations: step.expectations,
      ok: step.ok,
      ...(step.source !== undefined ? { source: step.source } : {}),
      ...(step.note !== undefined ? { note: step.note } : {}),
      ...(step.inferred !== undefined ? { inferred: step.inferred } : {}),
    })),
    final: trace.final,
  };
}

/**
 * A `truce play --save` or `truce class --save` file graded as a solution. A saved session is a
 * scenario file: the scenario's start, every event of the session, the
 * record's own steps keeping their ids. When the exercise starts from that
 * scenario after a step, the session must have followed the record up to
 * there; the steps after it are the student's answer. The file's positions
 * are kept, so a problem with a step is said at its line in the saved file.
 */
import type { Finding, ParsedText } from '../files/index.js';
import type { Exercise } from './load-exercise.js';

/** A saved scenario rather than a solution file: it has the parts only a scenario has. */
export function isSavedSession(data: unknown): data is { id?: unknown; steps?: unknown } {
  return data !== null && typeof data === 'object' && 'initial' in data && 'parties' in data && 'steps' in data;
}

const stepId = (step: unknown) => (step !== null && typeof step === 'object' ? (step as { id?: unknown }).id : undefined);
const sameEvent = (a: unknown, b: unknown) => JSON.stringify((a as { event?: unknown } | null)?.event) === JSON.stringify((b as { event?: unknown } | null)?.event);

/**
 * The session as a solution: its steps after the exercise's start, read from the same file positions;
 * or the finding that says why it cannot answer this exercise.
 */
export function sessionAsSolution(parsed: ParsedText, exercise: Exercise): { ok: true; parsed: ParsedText } | { ok: false; finding: Finding } {
  const data = parsed.data as { id?: unknown; steps?: unknown };
  const { scenario, prefix, upTo } = exercise.start;
  const id = typeof data.id === 'string' ? data.id : '';
  // A session saved by truce play (`<id>-played...`) or by truce class (`<id>-class`).
  if (scenario === null || (id !== scenario.id && !id.startsWith(`${scenario.id}-played`) && id !== `${scenario.id}-class`)) {
    const from = scenario === null ? 'a start of its own, not from a scenario' : `the scenario ${scenario.id}`;
    return { ok: false, finding: { path: ['id'], message: `this is a scenario file (${id || 'with no id'}); the exercise ${exercise.id} starts from ${from}, so only a truce play or truce class session of that scenario, saved with --save, can answer it` } };
  }
  const steps = Array.isArray(data.steps) ? data.steps : [];
  const differs = prefix.findIndex((step, index) => stepId(steps[index]) !== step.id || !sameEvent(steps[index], step));
  if (differs !== -1) {
    const at = steps[differs] === undefined ? 'it ends before then' : `its step ${differs + 1} is not the record's ${prefix[differs]!.id}`;
    return { ok: false, finding: { path: ['steps', Math.min(differs, Math.max(steps.length - 1, 0))], message: `the session left the record before step ${upTo?.id ?? prefix.at(-1)!.id}, where the exercise starts (${at}); play the record up to that step, then make your moves` } };
  }
  const answer = steps.slice(prefix.length);
  if (answer.length === 0) return { ok: false, finding: { path: ['steps'], at: 'key', message: `the session has no moves after step ${upTo?.id ?? 'the start'}, where the exercise starts; play on from there and save again` } };
  // The student's own steps cite the session's source, which the exercise does not list: that citation is dropped.
  const sources = new Set(exercise.start.sources.map((source) => source.id));
  const cleaned = answer.map((step) => {
    const source = (step as { source?: unknown }).source;
    if (typeof source !== 'string' || sources.has(source)) return step;
    const { source: _dropped, ...rest } = step as Record<string, unknown>;
    return rest;
  });
  const offset = prefix.length;
  return {
    ok: true,
    parsed: {
      data: { steps: cleaned },
      locate: (path, at) => (path[0] === 'steps' && typeof path[1] === 'number' ? parsed.locate(['steps', path[1] + offset, ...path.slice(2)], at) : parsed.locate(path.length === 0 ? [] : ['steps'], at)),
    },
  };
}

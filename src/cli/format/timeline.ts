/** The readable form of a trace: a dated timeline, one block per step, for people. */
import type { Party, TruceStateValue } from '../../model/index.js';
import type { ExpectationResult, Trace, TraceStep } from '../../scenario/index.js';
import { agreementInWords, describeEvent, expectationInWords, hostagesInWords, lapseInWords, stateLine } from '../../words/index.js';
import type { Palette } from '../color.js';
import { hanging } from './exercise-text.js';

const MARK = { met: '✓', failed: '✗', refused: '⊘' } as const;

/** The state line, with the regions that changed since `previous` marked. */
function markedStateLine(state: TruceStateValue, previous: TruceStateValue | undefined, paint: Palette): string {
  return stateLine(state, (text, region) => (previous && previous[region] !== state[region] ? paint.bold(paint.cyan(text)) : text));
}

function expectationLine(result: ExpectationResult, paint: Palette): string {
  const text = expectationInWords(result);
  return result.met ? paint.green(`${MARK.met} ${text}`) : paint.red(`${MARK.failed} ${text}`);
}

function stepBlock(step: TraceStep, previous: TruceStateValue, parties: readonly Party[], paint: Palette): string[] {
  const tags = [step.part === 'branch' ? 'what-if' : '', step.inferred ? 'inferred' : ''].filter(Boolean);
  const lines = [`${paint.bold(step.date)}  ${step.id}${tags.length ? paint.dim(`  (${tags.join(', ')})`) : ''}`];
  // Time passed before this step's event: say so first, since it changed the agreement before the event was weighed.
  if (step.lapsedBefore !== undefined) lines.push(paint.dim(`  ${lapseInWords(step.lapsedBefore)}`));
  lines.push(`  ${describeEvent(step.event, parties)}`);
  if (!step.accepted) {
    const expected = step.expectations.some((result) => result.check === 'refused' && result.met);
    const paintRefusal = expected ? paint.yellow : paint.red;
    lines.push(`  ${paintRefusal(`${expected ? MARK.refused : MARK.failed} refused (${step.refusalCode}): ${step.reason}`)}`);
  }
  lines.push(`  → ${markedStateLine(step.state, previous, paint)}`);
  // An unexpected refusal is already shown in red above; an expected acceptance needs no line.
  const shown = step.expectations.filter((result) => result.check !== 'refused' || result.expected);
  for (const result of shown) lines.push(`  ${expectationLine(result, paint)}`);
  return lines;
}

function sourceList(step: TraceStep): string {
  return step.source === undefined ? '' : [step.source].flat().join(', ');
}

export interface TimelineOptions {
  /** Print each step's source and note under it. */
  verbose?: boolean;
}

export function formatTimeline(trace: Trace, parties: readonly Party[], paint: Palette, options: TimelineOptions = {}): string {
  const title = trace.branch
    ? `${trace.scenario.title} — ${trace.branch.title} (branch ${trace.branch.id}, after step ${trace.branch.from})`
    : trace.scenario.title;
  const lines = [paint.bold(title), `Start: ${stateLine(trace.start.state)}`, `       hostages: ${hostagesInWords(trace.start.context)}`, ''];
  let previous = trace.start.state;
  for (const step of trace.steps) {
    lines.push(...stepBlock(step, previous, parties, paint));
    // Under the step it belongs to, before the blank line that separates it from the next, and indented
    // like the rest of the step on every line: a note of several lines must not read as a block of its own.
    if (options.verbose) {
      if (step.source !== undefined) lines.push(...hanging('  source: ', sourceList(step)).map(paint.dim));
      if (step.note !== undefined) lines.push(...hanging('  note: ', step.note).map(paint.dim));
    }
    lines.push('');
    previous = step.state;
  }
  lines.push(summaryLine(trace, paint), `Final: ${stateLine(trace.final.state)}`, `       hostages: ${hostagesInWords(trace.final.context)}`);
  const agreement = agreementInWords(trace.final.context);
  if (agreement !== undefined) lines.push(`       ${agreement.charAt(0).toLowerCase()}${agreement.slice(1)}`);
  return `${lines.join('\n')}\n`;
}

function summaryLine(trace: Trace, paint: Palette): string {
  const refused = trace.steps.filter((step) => !step.accepted).length;
  const results = trace.steps.flatMap((step) => step.expectations);
  const failed = results.filter((result) => !result.met).length;
  const steps = trace.steps.length;
  const counts = `${steps} ${steps === 1 ? 'step' : 'steps'}, ${steps - refused} accepted, ${refused} refused; ${results.length - failed} of ${results.length} checks met`;
  return trace.ok ? paint.green(`${MARK.met} ${counts}`) : paint.red(`${MARK.failed} ${counts}: ${failed} failed`);
}

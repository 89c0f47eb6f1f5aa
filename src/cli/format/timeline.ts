/** The readable form of a trace: a dated timeline, one block per step, for people. */
import type { TruceContext } from '../../model/context.js';
import type { TruceStateValue } from '../../model/snapshot.js';
import { REGIONS } from '../../model/snapshot.js';
import type { ExpectationResult } from '../../scenario/expectations.js';
import type { Trace, TraceStep } from '../../scenario/replay.js';
import type { Palette } from '../color.js';

const MARK = { met: '✓', failed: '✗', refused: '⊘' } as const;

function stateLine(state: TruceStateValue, previous: TruceStateValue | undefined, paint: Palette): string {
  return REGIONS.map((region) => {
    const text = `${region} ${state[region]}`;
    return previous && previous[region] !== state[region] ? paint.bold(paint.cyan(text)) : text;
  }).join(' · ');
}

function hostagesLine(context: TruceContext): string {
  const { held, deceased, released, remainsReturned } = context.hostages;
  return `hostages: ${held} held (${deceased} reported dead), ${released} freed, ${remainsReturned} bodies returned · prisoners freed: ${context.prisonersReleased}`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function expectationLine(result: ExpectationResult, paint: Palette): string {
  if (result.what === 'refused') {
    return result.met
      ? paint.green(`${MARK.met} refused as expected`)
      : paint.red(`${MARK.failed} expected this event to be refused, but it was accepted`);
  }
  const text = `${result.what.replace(/^state\./, '').replace('.', ' ')} = ${show(result.expected)}`;
  return result.met ? paint.green(`${MARK.met} ${text}`) : paint.red(`${MARK.failed} expected ${text}, found ${show(result.actual)}`);
}

function stepBlock(step: TraceStep, previous: TruceStateValue, paint: Palette): string[] {
  const tags = [step.part === 'branch' ? 'what-if' : '', step.inferred ? 'inferred' : ''].filter(Boolean);
  const lines = [`${paint.bold(step.date)}  ${step.id}${tags.length ? paint.dim(`  (${tags.join(', ')})`) : ''}`];
  lines.push(`  ${step.description}`);
  if (!step.accepted) {
    const expected = step.expectations.some((result) => result.what === 'refused' && result.met);
    const paintRefusal = expected ? paint.yellow : paint.red;
    lines.push(`  ${paintRefusal(`${expected ? MARK.refused : MARK.failed} refused (${step.refusalCode}): ${step.reason}`)}`);
  }
  lines.push(`  → ${stateLine(step.state, previous, paint)}`);
  // An unexpected refusal is already shown in red above; an expected acceptance needs no line.
  const shown = step.expectations.filter((result) => result.what !== 'refused' || result.expected === true);
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

export function formatTimeline(trace: Trace, paint: Palette, options: TimelineOptions = {}): string {
  const title = trace.branch
    ? `${trace.scenario.title} — ${trace.branch.title} (branch ${trace.branch.id}, after step ${trace.branch.from})`
    : trace.scenario.title;
  const lines = [paint.bold(title), `Start: ${stateLine(trace.start.state, undefined, paint)}`, `       ${hostagesLine(trace.start.context)}`, ''];
  let previous = trace.start.state;
  for (const step of trace.steps) {
    lines.push(...stepBlock(step, previous, paint), '');
    if (options.verbose) {
      if (step.source !== undefined) lines.push(paint.dim(`  source: ${sourceList(step)}`));
      if (step.note !== undefined) lines.push(paint.dim(`  note: ${step.note}`));
    }
    previous = step.state;
  }
  lines.push(summaryLine(trace, paint), `Final: ${stateLine(trace.final.state, undefined, paint)}`, `       ${hostagesLine(trace.final.context)}`);
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

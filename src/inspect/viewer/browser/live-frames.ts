/**
 * Turning live snapshots into frames the page can show: each snapshot is
 * paired with the step of the scenario it replays, so the page can show that
 * step's words, sources and note next to the state the running replay reports.
 */
import { emptyRecord, type Party } from '../../../model/index.js';
import type { TraceStep } from '../../../scenario/index.js';
import { describeEvent, words } from '../../../words/index.js';
import type { ViewerLine } from '../viewer-data.js';
import type { Frame } from './frames.js';
import type { LiveSnapshot } from './live.js';

function sameEvent(step: TraceStep | undefined, live: LiveSnapshot): boolean {
  return step !== undefined && (live.index !== null || (step.event.type === live.event?.type && step.date === live.event.date));
}

/** The line the live replay follows: the one it announced, else the preferred one if its steps fit, else the first that fits. */
export function lineFollowed(lines: readonly ViewerLine[], preferred: ViewerLine, live: readonly LiveSnapshot[]): ViewerLine | null {
  const fits = (line: ViewerLine) => live.every((snapshot, position) => sameEvent(line.trace.steps[snapshot.index ?? position], snapshot));
  return fits(preferred) ? preferred : (lines.find(fits) ?? null);
}

/** A step for a snapshot that matches no step of the file. */
function unmatchedStep(live: LiveSnapshot, position: number): TraceStep {
  const type = live.event?.type ?? 'UNKNOWN';
  return {
    id: `live-${position + 1}`,
    date: typeof live.event?.date === 'string' ? live.event.date : '',
    part: 'trunk',
    event: { type } as unknown as TraceStep['event'],
    accepted: true,
    state: live.state,
    context: live.context,
    expectations: [],
    ok: true,
  };
}

/**
 * The frames of a live replay. A snapshot that matches a step of the file shows that
 * step's words and the record up to it; one that matches none shows its event type in words.
 */
export function liveFrames(start: Frame, live: readonly LiveSnapshot[], line: ViewerLine | null, parties: readonly Party[]): Frame[] {
  return [
    start,
    ...live.map((snapshot, position): Frame => {
      const matched = line?.trace.steps[snapshot.index ?? position];
      const step = matched ?? unmatchedStep(snapshot, position);
      return {
        step,
        description: matched ? describeEvent(matched.event, parties) : words(step.event.type.replace(/_/g, ' ').toLowerCase()),
        state: snapshot.state,
        context: snapshot.context,
        record: matched && line ? line.trace.record : emptyRecord(),
      };
    }),
  ];
}

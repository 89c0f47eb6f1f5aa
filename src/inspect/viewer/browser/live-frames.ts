/**
 * Turning live snapshots into frames the page can show: each snapshot is
 * paired with the step of the scenario it replays, so the page can show that
 * step's words, sources and note next to the state the running replay reports.
 */
import type { TraceStep } from '../../../scenario/replay.js';
import type { ViewerLine } from '../viewer-data.js';
import type { Frame } from './frames.js';
import type { LiveSnapshot } from './live.js';
import { words } from './words.js';

function sameEvent(step: TraceStep | undefined, live: LiveSnapshot): boolean {
  return step !== undefined && (live.index !== null || (step.event.type === live.event?.type && step.date === live.event.date));
}

/** The line the live replay follows: the one it announced, else the preferred one if its steps fit, else the first that fits. */
export function lineFollowed(lines: readonly ViewerLine[], preferred: ViewerLine, live: readonly LiveSnapshot[]): ViewerLine | null {
  const fits = (line: ViewerLine) => live.every((snapshot, position) => sameEvent(line.trace.steps[snapshot.index ?? position], snapshot));
  return fits(preferred) ? preferred : (lines.find(fits) ?? null);
}

/** A step for a snapshot that matches no step of the file: its event type in words. */
function unmatchedStep(live: LiveSnapshot, position: number): TraceStep {
  const type = live.event?.type ?? 'UNKNOWN';
  return {
    id: `live-${position + 1}`,
    date: typeof live.event?.date === 'string' ? live.event.date : '',
    part: 'trunk',
    event: { type } as unknown as TraceStep['event'],
    description: words(type.replace(/_/g, ' ').toLowerCase()),
    accepted: true,
    state: live.state,
    context: live.context,
    expectations: [],
    ok: true,
  };
}

export function liveFrames(start: Frame, live: readonly LiveSnapshot[], line: ViewerLine | null): Frame[] {
  return [
    start,
    ...live.map((snapshot, position): Frame => ({
      step: line?.trace.steps[snapshot.index ?? position] ?? unmatchedStep(snapshot, position),
      state: snapshot.state,
      context: snapshot.context,
    })),
  ];
}

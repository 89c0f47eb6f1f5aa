/**
 * Sending a recorded replay to the viewers at the pace of a class: after a
 * pause before each step (`delayMs`), or when the teacher presses Enter.
 */
import type { LineSource } from '../../files/index.js';
import { describeEvent } from '../../words/index.js';
import type { InspectorServer } from './inspector-server.js';
import type { RecordedReplay } from './record-replay.js';

export interface Pacing {
  /** The pause before each step, in ms (0: none). */
  delayMs: number;
  /** When given, each step waits for a line (Enter); when the input ends, the rest go at `delayMs`. */
  lines: LineSource | null;
}

function pause(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** Broadcasts `recorded` step by step, saying each step (one line) as it goes. */
export async function playLive(recorded: RecordedReplay, server: Pick<InspectorServer, 'broadcast'>, pacing: Pacing, say: (line: string) => void): Promise<void> {
  const { parties } = recorded;
  const { steps } = recorded.trace;
  let lines = pacing.lines;
  for (const message of recorded.opening) server.broadcast(message);
  for (const [index, group] of recorded.steps.entries()) {
    const step = steps[index]!;
    const label = `[${index + 1}/${steps.length}] ${step.date} ${step.id}: ${describeEvent(step.event, parties)}${step.accepted ? '' : ' (refused)'}`;
    if (lines) {
      say(`${label} — press Enter to send it`);
      if ((await lines.nextLine()) === null) {
        say('(the input has ended: the remaining steps go without waiting for Enter)');
        lines = null;
      }
    } else {
      await pause(pacing.delayMs);
      say(label);
    }
    for (const message of group) server.broadcast(message);
  }
  for (const message of recorded.closing) server.broadcast(message);
}

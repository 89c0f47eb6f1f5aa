/** Paths as text a student can read: numbered steps, each event in words and the state after it. */
import type { Party } from '../model/index.js';
import type { FoundPath } from '../search/index.js';
import { describeEvent, longDate, plural, stateLine } from '../words/index.js';

/** The step's event in words; days that pass say to which day (the first on which the agreement has lapsed). */
function stepInWords(event: FoundPath['steps'][number]['event'], parties: readonly Party[]): string {
  const words = describeEvent(event, parties);
  return event.type === 'TIME_PASSED' && event.date !== undefined ? `${words} to ${longDate(event.date)}` : words;
}

/** One path: a heading, then each step and the state after it. */
export function describePath(path: FoundPath, heading: string, parties: readonly Party[]): string[] {
  const lines = [`${heading}, ${plural(path.steps.length, 'step')}:`];
  path.steps.forEach((step, index) => {
    lines.push(`  ${index + 1}. ${stepInWords(step.event, parties)}`, `     → ${stateLine(step.state)}`);
  });
  return lines;
}

/** Every path found, the shortest first, as text. */
export function describePaths(paths: readonly FoundPath[], parties: readonly Party[]): string {
  return paths
    .map((path, index) => describePath(path, index === 0 ? 'Shortest path' : `Other path ${index}`, parties).join('\n'))
    .join('\n\n');
}

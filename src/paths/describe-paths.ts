/** Paths as text a student can read: numbered steps, each event in words and the state after it. */
import type { Party } from '../model/index.js';
import type { FoundPath } from '../search/index.js';
import { describeEvent, plural, stateLine } from '../words/index.js';

/** One path: a heading, then each step and the state after it. */
export function describePath(path: FoundPath, heading: string, parties: readonly Party[]): string[] {
  const lines = [`${heading}, ${plural(path.steps.length, 'step')}:`];
  path.steps.forEach((step, index) => {
    lines.push(`  ${index + 1}. ${describeEvent(step.event, parties)}`, `     → ${stateLine(step.state)}`);
  });
  return lines;
}

/** Every path found, the shortest first, as text. */
export function describePaths(paths: readonly FoundPath[], parties: readonly Party[]): string {
  return paths
    .map((path, index) => describePath(path, index === 0 ? 'Shortest path' : `Other path ${index}`, parties).join('\n'))
    .join('\n\n');
}

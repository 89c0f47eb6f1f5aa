/** Paths as text a student can read: numbered steps, each event in words and the state after it. */
import { describeEvent } from '../model/describe.js';
import type { Party } from '../model/parties.js';
import { REGIONS, type TruceStateValue } from '../model/snapshot.js';
import type { FoundPath } from './search.js';

/** `talks accepted · operations active · access open` */
export function stateLine(state: TruceStateValue): string {
  return REGIONS.map((region) => `${region} ${state[region]}`).join(' · ');
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** One path: a heading, then each step and the state after it. */
export function describePath(path: FoundPath, heading: string, parties: readonly Party[]): string[] {
  const lines = [`${heading}, ${plural(path.steps.length, 'step', 'steps')}:`];
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

/** Paths as text a student can read: numbered steps, each event in words and the state after it. */
import type { Party, Terms } from '../model/index.js';
import type { FoundPath } from '../search/index.js';
import { describeEvent, longDate, plural, stateLine } from '../words/index.js';

/** The step's event in words; days that pass say to which day (the first on which the agreement has lapsed). */
function stepInWords(event: FoundPath['steps'][number]['event'], parties: readonly Party[]): string {
  const words = describeEvent(event, parties);
  return event.type === 'TIME_PASSED' && event.date !== undefined ? `${words} to ${longDate(event.date)}` : words;
}

/** Where a proposal's terms come from, in words, when that is worth saying (they are not the record's); see termsOriginInWords. */
export type TermsNote = (terms: Terms) => string | undefined;

/** One path: a heading, then each step (with where its terms come from, when `termsNote` says) and the state after it. */
export function describePath(path: FoundPath, heading: string, parties: readonly Party[], termsNote: TermsNote = () => undefined): string[] {
  const lines = [`${heading}, ${plural(path.steps.length, 'step')}:`];
  path.steps.forEach((step, index) => {
    const note = 'terms' in step.event && step.event.terms !== undefined ? termsNote(step.event.terms) : undefined;
    lines.push(`  ${index + 1}. ${stepInWords(step.event, parties)}`, ...(note === undefined ? [] : [`     (${note})`]), `     → ${stateLine(step.state)}`);
  });
  return lines;
}

/** Every path found, the shortest first, as text. */
export function describePaths(paths: readonly FoundPath[], parties: readonly Party[], termsNote?: TermsNote): string {
  return paths
    .map((path, index) => describePath(path, index === 0 ? 'Shortest path' : `Other path ${index}`, parties, termsNote).join('\n'))
    .join('\n\n');
}

/** "Did you mean ...?": the nearest known name to a misspelt one. */

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known name closest to `word` (case and `-`/`_` ignored), if it is close enough to be a slip.
 * @example nearestName('PROPOSAL_ACCEPT', EVENT_TYPES) // 'PROPOSAL_ACCEPTED'
 */
export function nearestName(word: string, known: readonly string[]): string | undefined {
  const fold = (text: string) => text.toLowerCase().replace(/[-_\s]/g, '');
  const target = fold(word);
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(target, fold(name));
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(target.length / 3)) ? best.name : undefined;
}

/** ` (did you mean "X"?)` or nothing. */
export function didYouMean(word: string, known: readonly string[]): string {
  const nearest = nearestName(word, known);
  return nearest ? ` (did you mean "${nearest}"?)` : '';
}

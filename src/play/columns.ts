/**
 * How much room text takes on a terminal. A character is what a reader sees
 * as one (a letter with its accents, a flag, a family emoji made of several),
 * and a wide one (Chinese, Japanese, most emoji) takes two columns, an accent
 * none: counting UTF-16 units, or code points, gets both wrong. The text is
 * plain (no colour codes or tabs, which would be counted as no columns).
 */
import stringWidth from 'string-width';

const characters = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The columns `text` takes on a terminal. */
export function columnsOf(text: string): number {
  return stringWidth(text);
}

/** The last character of `text` as a reader sees it; '' for no text. */
export function lastCharacter(text: string): string {
  let last = '';
  for (const { segment } of characters.segment(text)) last = segment;
  return last;
}

/** `text` cut to fit in `columns`, ending in … when it was cut; whole characters only. */
export function fitColumns(text: string, columns: number): string {
  if (columnsOf(text) <= columns) return text;
  let kept = '';
  let width = 0;
  for (const { segment } of characters.segment(text)) {
    width += columnsOf(segment);
    if (width > columns - 1) break;
    kept += segment;
  }
  return `${kept}…`;
}

/**
 * How wide a line of text will be, without a browser: the chart is laid out
 * before anything draws it. The widths are Arial's (Liberation Sans and
 * Helvetica share them), the first font the chart asks for; other sans-serif
 * fonts come out close, and the chart leaves some slack for them.
 */

// Advance widths of ASCII 32..126 in thousandths of the font size, measured in Chromium.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584,
  584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
  278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,
  500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584,
  584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333,
  278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556,
  500, 389, 280, 389, 584,
];
/** For characters outside ASCII: a wide letter, so text never overflows its box. */
const FALLBACK = 722;
/** Other fonts (DejaVu Sans is about 10% wider than Arial) must still fit. */
const SLACK = 1.1;

/** The width in pixels of `text` set in `fontSize`-pixel Arial. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let thousandths = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    thousandths += code >= 32 && code < 127 ? table[code - 32]! : FALLBACK;
  }
  return (thousandths / 1000) * fontSize * SLACK;
}

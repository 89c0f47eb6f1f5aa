/**
 * Text a scenario file may carry in its titles, names, notes and quotes. All
 * of it is valid (a non-empty string with no control character, and on one
 * line where the field is shown on one line), and much of it is what breaks
 * careless code: markup, right-to-left scripts, emoji joined into one glyph,
 * combining accents, template syntax, very long lines. Output must show it
 * as text, never run or render it.
 */
import fc from 'fast-check';

/** Long enough to cross any buffer or line-width assumption, short enough to keep runs fast. */
export const LONG_TEXT = `${'A very long statement. '.repeat(500)}end`;

/** Texts chosen by hand for the trouble they cause. */
export const TROUBLESOME_TEXTS = [
  '<script>alert("truce")</script>',
  '<img src=x onerror=alert(1)>',
  'هدنة إنسانية في رفح', // Arabic: a humanitarian truce in Rafah
  'הפסקת אש הומניטרית', // Hebrew: a humanitarian ceasefire
  '🕊️ ceasefire 🤝',
  '👨‍👩‍👧‍👦 families reunited',
  'Gaza\u0301 (a combining accent)',
  '{{constructor.constructor("return 1")()}}',
  '${process.exit(1)}',
  "'; DROP TABLE steps; --",
  '  spaces around  ',
  '# not a comment',
  'key: value',
  '- not a list item',
  '&amp; &lt;b&gt;',
  'null',
  'true',
  '42',
  '2024-05-06',
] as const;

/** Texts of several lines: valid where a field may run over lines (notes, summaries). */
export const MULTI_LINE_TEXTS = ['line one\nline two', 'tab\tseparated', 'a note\n\n  indented\n'] as const;

/**
 * The characters no text in a file may hold (src/model/schema-kit.ts): control characters
 * but a tab and a line break, and those that change the direction of text.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/** Any valid text of a usual length, on one line: sometimes plain, often troublesome. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Cairo', 'Doha', 'terms unacceptable', 'talks continue', 'Rafah operation') },
  { weight: 4, arbitrary: fc.constantFrom(...TROUBLESOME_TEXTS) },
  // Whole graphemes only (a lone surrogate is not text a file can hold), and no control characters.
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((text) => !CONTROL_CHARACTERS.test(text) && !/[\n\t]/.test(text)) },
);

/** Any valid text of a field that may run over several lines, now and then very long. */
export const anyTextOrLong: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: anyText },
  { weight: 1, arbitrary: fc.constantFrom(...MULTI_LINE_TEXTS) },
  { weight: 1, arbitrary: fc.constant(LONG_TEXT) },
);

/** Valid text that also has something besides spaces: what the model counts as text. */
export const someText: fc.Arbitrary<string> = anyText.filter((text) => text.trim() !== '');

/**
 * Text a scenario file may carry in its titles, names, notes and quotes. All
 * of it is valid (a non-empty string), and much of it is what breaks careless
 * code: markup, right-to-left scripts and direction overrides, emoji joined
 * into one glyph, combining accents, template syntax, very long lines.
 * Output must show it as text, never run or render it.
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
  'Hamas \u202Eyas\u202C accepts', // a right-to-left override inside Latin text
  '🕊️ ceasefire 🤝',
  '👨‍👩‍👧‍👦 families reunited',
  'Gaza\u0301 (a combining accent)',
  '{{constructor.constructor("return 1")()}}',
  '${process.exit(1)}',
  "'; DROP TABLE steps; --",
  'line one\nline two',
  'tab\tseparated',
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

/** Any valid text of a usual length: sometimes plain, often troublesome. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Cairo', 'Doha', 'terms unacceptable', 'talks continue', 'Rafah operation') },
  { weight: 4, arbitrary: fc.constantFrom(...TROUBLESOME_TEXTS) },
  // Whole graphemes only: a lone surrogate is not text a file can hold.
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
);

/** Any valid text, now and then very long: for the one field of a scenario that carries it. */
export const anyTextOrLong: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: anyText }, { weight: 1, arbitrary: fc.constant(LONG_TEXT) });

/** Valid text that also has something besides spaces: what the model counts as text. */
export const someText: fc.Arbitrary<string> = anyText.filter((text) => text.trim() !== '');

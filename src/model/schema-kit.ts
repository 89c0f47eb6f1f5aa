/**
 * The few schema building blocks shared by events, terms and scenario files.
 * Zod is the single source of truth: TypeScript types, the loader's checks and
 * `truce schema` are all derived from these definitions.
 */
import * as z from 'zod';
import { remembered } from './remember.js';

// Zod compiles a fast parser for each object schema with `new Function` the first time it is used.
// A scenario is parsed once per run, so compiling costs more than it saves, at every start.
// (The bundler keeps this line wherever anything of this module is used: every schema is built from it.)
z.config({ jitless: true });

/**
 * What an unknown key with a space in it almost always is: no key of the format has one, but
 * `{ text: accusing Israel of delays, and of bad faith }` ends the text at the comma, and YAML
 * reads what follows as a key of its own.
 */
const TEXT_CUT_AT_A_COMMA = 'a comma inside { } ends the text before it: put text with commas in quotes, text: "a, b"';

/** A strict object: unknown keys are an error that lists the known ones. */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      const cut = issue.keys.some((key) => /\s/.test(key)) ? ` (${TEXT_CUT_AT_A_COMMA})` : '';
      return `unknown key ${issue.keys.map((key) => `"${key}"`).join(', ')}; known keys: ${known.join(', ')}${cut}`;
    },
  });
}

/** A party, named by the id it has in the scenario's `parties`. */
export const partyIdSchema = z.string().min(1).describe('a party id from the scenario’s parties');

/**
 * Characters no text in a file may hold: control characters (a tab and a line
 * break aside) and those that change the direction of text. Printed, they can
 * clear a terminal, move its cursor, set its title or reorder a line, so that
 * what a teacher reads is not what the file says.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Refuses text that holds a control character; every schema of text from a file applies it. */
function withoutControlCharacters(value: string, context: z.core.$RefinementCtx<string>): void {
  const found = CONTROL_CHARACTER.exec(value);
  if (found) context.addIssue({ code: 'custom', message: `contains a control character (${codePoint(found[0])}), which could change what a terminal shows; remove it` });
}

/** Free text that may run over several lines: a note, a summary, a prompt. */
export const textSchema = z.string().min(1).superRefine(withoutControlCharacters);

/** Text that may be empty, as a value to compare with (a goal's `equals`). */
export const anyTextSchema = z.string().superRefine(withoutControlCharacters);

/**
 * A web address, as zod checks it (a scheme and a host). Zod lets a control
 * character through in the path, and `truce exercise show` prints a source's
 * address as it is written, so it is refused here like in any other text.
 */
export const urlSchema = z.url().superRefine(withoutControlCharacters);

/** Text shown on one line: a name, a title, a quote, a place. */
export const lineSchema = textSchema.superRefine((value, context) => {
  const found = /[\n\t]/.exec(value);
  if (found) context.addIssue({ code: 'custom', message: `is shown on one line, but holds a ${found[0] === '\t' ? 'tab' : 'line break'} (${codePoint(found[0])}); write it on one line` });
});

/** Counts and days above this are refused: far above any real figure, and totals stay exact. */
export const MAX_COUNT = 1_000_000_000;

/** A whole number ≥ 0 (days, trucks, a death toll). */
export const wholeNumberSchema = z.int().min(0).max(MAX_COUNT);

/** A whole number ≥ 1 (a release of people, an extension by days). */
export const positiveCountSchema = z.int().min(1).max(MAX_COUNT);

/** True for a `YYYY-MM-DD` string that names a real day (so not 2024-02-30). */
export const isRealDate: (text: string) => boolean = remembered(checkRealDate);

/** A calendar date, `YYYY-MM-DD`; that the day exists is checked by `isRealDate`. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD', abort: true })
  .refine(isRealDate, 'no such day in the calendar');

function checkRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, not Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}


/**
 * Whose file is it? The `author:` of a solution that does not load, so that a
 * teacher's class table still names the student whose file has a typo in it.
 *
 * A file that parses (its mistake is in the steps, a misspelt key, a wrong
 * value) gives its `author:` as any file does. One that does not parse at all
 * (a YAML or JSON syntax error, anywhere in it) is read as lines: a top-level
 * `author: ...` line in YAML, an `"author": "..."` member in JSON. Either way
 * the name is kept only when it is what a loading file's `author:` must be
 * (one line of text, no control characters), so a broken file can name no
 * more than a good one could.
 */
import { parseText } from '../files/index.js';
import { solutionSchema } from './schema.js';

/** A top-level `author:` line in YAML (the key at the start of the line, maybe quoted), and what follows it. */
const YAML_AUTHOR_LINE = /^(?:author|"author"|'author')[ \t]*:[ \t]*(.*)$/m;

/** An `"author": "..."` member in JSON: the string as JSON writes it, escapes included. */
const JSON_AUTHOR_MEMBER = /"author"\s*:\s*("(?:[^"\\\n]|\\.)*")/;

function asName(value: unknown): string | undefined {
  return typeof value === 'string' && solutionSchema.shape.author.safeParse(value).success ? value : undefined;
}

function jsonString(quoted: string): unknown {
  try {
    return JSON.parse(quoted);
  } catch {
    return undefined;
  }
}

/** The value of a YAML line as a scalar: "double-quoted" (JSON's escapes), 'single-quoted' ('' for '), or plain (up to a # comment). */
function yamlScalar(raw: string): unknown {
  const text = raw.trim();
  const double = /^("(?:[^"\\]|\\.)*")/.exec(text);
  if (double) return jsonString(double[1]!);
  const single = /^'((?:[^']|'')*)'/.exec(text);
  if (single) return single[1]!.replace(/''/g, "'");
  // A block scalar (| or >), a flow collection, an alias or an empty value: not a name on this line.
  if (/^[|>[{*&!]/.test(text) || text === '') return undefined;
  return text.replace(/\s+#.*$/, '').trim();
}

/** What the lines of a file that does not parse say the author is. */
function authorInLines(text: string, file: string): unknown {
  if (file.toLowerCase().endsWith('.json')) {
    const member = JSON_AUTHOR_MEMBER.exec(text);
    return member ? jsonString(member[1]!) : undefined;
  }
  const line = YAML_AUTHOR_LINE.exec(text);
  return line ? yamlScalar(line[1]!) : undefined;
}

/**
 * The author a solution file names, even when the file is broken; undefined when it names none that could be shown.
 * @example salvageAuthor('author: Ana\nsteps: [oops', 'ana.yaml') // 'Ana'
 */
export function salvageAuthor(text: string, file: string): string | undefined {
  const parsed = parseText(text, file, { expected: 'a solution' });
  if (parsed.ok) {
    const { data } = parsed.value;
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? asName((data as { author?: unknown }).author) : undefined;
  }
  return asName(authorInLines(text, file));
}

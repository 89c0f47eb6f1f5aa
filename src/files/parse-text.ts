/**
 * From the text of a YAML or JSON file to plain data, keeping the way back from
 * any path in the data to a line and column in the file.
 *
 * YAML is parsed safely: no custom tags run code, duplicate keys are errors,
 * and aliases are bounded (see yaml-data.ts) so that a "billion laughs" file fails fast.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { printable } from '../words/index.js';
import { parseJson } from './parse-json.js';
import { yamlData } from './yaml-data.js';
import type { IssuePath, LocatedProblem, ProblemCode, Result } from './problem.js';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedText {
  data: unknown;
  /** Where `path` is in the file: the value, or with `at: 'key'` the key that names it. */
  locate(path: IssuePath, at?: 'key' | 'value'): Position;
}

/** What a file of this kind should hold, for the message about an empty file: `a scenario: a mapping with id, title, ...`. */
export interface ParseOptions {
  expected: string;
}

/**
 * The data in `text` (YAML, or JSON when `file` ends in `.json`), with the way back to positions.
 * @example parseText(text, 'rafah.yaml', { expected: 'a scenario: a mapping with id, title, ...' })
 */
export function parseText(text: string, file: string, options: ParseOptions): Result<ParsedText, LocatedProblem> {
  // A lone CR ends a line (old Mac files); `yaml` reads it as text, so it becomes LF here.
  // One character for one keeps every offset, so positions still match the file.
  const body = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r(?!\n)/g, '\n');
  if (file.toLowerCase().endsWith('.json')) return parseJson(body, file, options);

  const lineCounter = new LineCounter();
  const fail = (offset: number, code: ProblemCode, message: string): Result<ParsedText, LocatedProblem> => ({ ok: false, problems: [problemAt(offset, code, message)] });
  const problemAt = (offset: number, code: ProblemCode, message: string): LocatedProblem => {
    const { line, col } = lineCounter.linePos(offset);
    return { code, file, line, column: col, path: [], message: printable(message) };
  };

  let document: Document.Parsed;
  try {
    // logLevel 'error': `yaml` would otherwise print warnings of its own on stderr.
    document = parseDocument(body, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' });
  } catch (error) {
    return fail(0, 'too-deep', `cannot read this file: ${describeCrash(error)}`);
  }

  // `yaml` reports its own stack overflow on a deeply nested file as an error, once per level it
  // unwinds: one line says it.
  const tooDeep = document.errors.find((error) => /call stack/i.test(error.message));
  if (tooDeep) return fail(tooDeep.pos[0], 'too-deep', `cannot read this file: ${describeCrash(new RangeError())}`);
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) =>
        error.code === 'DUPLICATE_KEY'
          ? problemAt(error.pos[0], 'duplicate-key', `duplicate key ${duplicateKeyAt(body, error.pos[0])}: a key may appear only once in a mapping (the second would silently replace the first)`)
          : problemAt(error.pos[0], 'syntax', `YAML syntax error: ${syntaxInWords(error.message)}`),
      ),
    };
  }
  if (document.contents === null) return fail(0, 'empty', `the file is empty; expected ${options.expected}`);
  if (!isMap(document.contents)) {
    return fail(document.contents.range?.[0] ?? 0, 'not-a-mapping', `expected a mapping (key: value lines) at the top of the file, found ${isSeq(document.contents) ? 'a list' : 'a single value'}`);
  }

  const read = yamlData(document);
  if (!read.ok) return fail(read.offset, read.code, read.message);

  const locate = (path: IssuePath, at: 'key' | 'value' = 'value'): Position => {
    const offset = offsetOf(document, path, at);
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return { ok: true, value: { data: read.data, locate } };
}

/**
 * The duplicated key as written, read from where the parser's error starts (its span is
 * only the key's first character): a quoted key to its closing quote, a plain one to its colon.
 */
function duplicateKeyAt(text: string, start: number): string {
  const rest = text.slice(start, start + 200);
  const quoted = /^(["'])((?:\\.|(?!\1)[^\n])*)\1/.exec(rest);
  if (quoted) return `"${quoted[2]}"`;
  return `"${/^[^\n]*?(?=\s*:(?:\s|$))/.exec(rest)?.[0] ?? rest.split('\n')[0]!}"`;
}

/** The parser's message, with the advice it gives to programmers put in words for everyone. */
function syntaxInWords(message: string): string {
  if (/multiple documents/i.test(message)) return 'the file holds more than one YAML document (a line "---" starts another one); write one document per file';
  return firstLine(message);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function describeCrash(error: unknown): string {
  if (error instanceof RangeError) return 'it is nested too deeply';
  return error instanceof Error ? firstLine(error.message) : String(error);
}

/**
 * The offset in the text of the node at `path`, or of the deepest node that
 * exists on the way (a missing key is reported on the mapping that lacks it).
 */
function offsetOf(document: Document.Parsed, path: IssuePath, at: 'key' | 'value'): number {
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [index, part] of path.entries()) {
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(part));
      if (!pair) return offset;
      if (isLast && at === 'key') return rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
    } else {
      return offset;
    }
    offset = rangeStart(node) ?? offset;
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}


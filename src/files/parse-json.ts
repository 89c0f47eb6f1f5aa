/**
 * A JSON file to plain data, fast: one pass of jsonc-parser's scanner checks
 * JSON's own syntax (no comments, no trailing commas) and finds a key written
 * twice in a mapping (JSON.parse would silently keep the last), then the
 * engine's own JSON.parse reads the data. Positions are worked out only when
 * a problem needs one: the tree that knows them is built then, once. A file
 * of a hundred thousand steps, as an analyst generates, reads in a fraction
 * of the time and memory of a YAML parse of the same text.
 */
import { parseTree, printParseErrorCode, visit, type Node } from 'jsonc-parser';
import type { ParsedText, ParseOptions, Position } from './parse-text.js';
import { printable } from '../words/index.js';
import type { IssuePath, LocatedProblem, ProblemCode, Result } from './problem.js';

const JSON_ERRORS: Partial<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'a number written wrongly',
  PropertyNameExpected: 'expected a key in double quotes (no comma after the last item)',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the key',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}" to close the mapping',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed with "',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'a \\u escape is written wrongly',
  InvalidEscapeCharacter: 'an escape (backslash) is written wrongly',
  InvalidCharacter: 'a character that must be escaped inside a string',
};

interface Found {
  offset: number;
  code: ProblemCode;
  message: string;
}

/** The first syntax error, or else the first key written twice in one mapping. */
function firstProblem(body: string): Found | undefined {
  let syntax: Found | undefined;
  let duplicate: Found | undefined;
  const keys: Array<Set<string>> = [];
  visit(
    body,
    {
      onObjectBegin: () => void keys.push(new Set()),
      onObjectEnd: () => void keys.pop(),
      onObjectProperty: (property, offset) => {
        const seen = keys.at(-1);
        if (seen?.has(property)) {
          duplicate ??= { offset, code: 'duplicate-key', message: `duplicate key "${property}": a key may appear only once in a mapping (the second would silently replace the first)` };
        } else seen?.add(property);
      },
      onError: (error, offset) => {
        const code = printParseErrorCode(error);
        syntax ??= { offset, code: 'syntax', message: `JSON syntax error: ${JSON_ERRORS[code] ?? code}` };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return syntax ?? duplicate;
}

/** Offsets to lines and columns (1-based), from where each line starts. */
function lineIndex(body: string): (offset: number) => Position {
  const starts = [0];
  for (let index = body.indexOf('\n'); index !== -1; index = body.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** The offset of the node at `path` in the tree, or of the deepest node that exists on the way. */
function offsetOf(tree: Node, path: IssuePath, at: 'key' | 'value'): number {
  let node = tree;
  for (const [index, part] of path.entries()) {
    const isLast = index === path.length - 1;
    if (node.type === 'object') {
      const property = node.children?.find((child) => child.children?.[0]?.value === String(part));
      const [key, value] = property?.children ?? [];
      if (!key || !value) return node.offset;
      if (isLast && at === 'key') return key.offset;
      node = value;
    } else if (node.type === 'array' && typeof part === 'number' && node.children?.[part]) {
      node = node.children[part];
    } else {
      return node.offset;
    }
  }
  return node.offset;
}

/**
 * The data in the JSON text `body`, with the way back to positions.
 * @example parseJson('{ "id": "x" }', 'x.json', { expected: 'a scenario' })
 */
export function parseJson(body: string, file: string, options: ParseOptions): Result<ParsedText, LocatedProblem> {
  const position = lineIndex(body);
  const fail = (offset: number, code: ProblemCode, message: string): Result<ParsedText, LocatedProblem> => {
    const { line, column } = position(offset);
    return { ok: false, problems: [{ code, file, line, column, path: [], message: printable(message) }] };
  };
  if (body.trim() === '') return fail(0, 'empty', `the file is empty; expected ${options.expected}`);
  let found: Found | undefined;
  try {
    found = firstProblem(body);
  } catch {
    // The scanner recurses once per level of nesting, so a deep enough file overflows the stack.
    return fail(0, 'too-deep', 'cannot read this file: it is nested too deeply');
  }
  if (found) return fail(found.offset, found.code, found.message);

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    // A safety net: the scanner has refused everything JSON.parse refuses in our trials. The
    // engine's message names the place, as "at position N", when it knows it.
    const at = /position (\d+)/.exec(String(error))?.[1];
    return fail(at === undefined ? 0 : Number(at), 'syntax', 'JSON syntax error: this is not valid JSON');
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(body.length - body.trimStart().length, 'not-a-mapping', `expected a mapping (key: value lines) at the top of the file, found ${Array.isArray(data) ? 'a list' : 'a single value'}`);
  }
  let tree: Node | undefined;
  const locate = (path: IssuePath, at: 'key' | 'value' = 'value'): Position => {
    tree ??= parseTree(body)!;
    return position(offsetOf(tree, path, at));
  };
  return { ok: true, value: { data, locate } };
}

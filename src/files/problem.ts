/**
 * Problems are data: what kind (a code a program can test), where (the file,
 * the line and column, the path in the document), and what is wrong, in
 * words. Every file the tool reads reports its problems this way, and one
 * function renders them.
 */
import { printable } from '../words/index.js';

/** A place in a document: `['steps', 3, 'event', 'by']`. */
export type IssuePath = ReadonlyArray<string | number>;

/** What kind of problem: a file cannot be read, its text cannot be parsed, its content is wrong, or what was asked for does not exist. */
export type ProblemCode =
  | 'no-such-file'
  | 'not-a-file'
  | 'unreadable'
  | 'too-large'
  | 'not-utf8'
  | 'empty'
  | 'syntax'
  | 'duplicate-key'
  | 'too-deep'
  | 'too-many-aliases'
  | 'not-a-mapping'
  | 'unknown-key'
  | 'invalid'
  | 'inconsistent'
  | 'not-found'
  | 'port-in-use'
  | 'port-forbidden'
  | 'cannot-listen'
  | 'cannot-write';

/**
 * Something that went wrong, as data. A problem in a file says where: the
 * file, and for its content the line, column and path in the document.
 */
export interface Problem {
  code: ProblemCode;
  message: string;
  file?: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
  /** Where in the document; empty for the whole file. */
  path?: IssuePath;
}

/** A problem placed in a file: what every file loader reports. */
export type LocatedProblem = Required<Problem>;

/** Either what was asked for, or every problem found on the way. */
export type Result<T, P extends Problem = Problem> = { ok: true; value: T } | { ok: false; problems: P[] };

/** `steps[3].event.by` from `['steps', 3, 'event', 'by']`. */
export function formatPath(path: IssuePath): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text === '' ? part : `${text}.${part}`), '');
}

/**
 * One line: `file:line:col: path: message` for a place in a file, `file: message`
 * for a file as a whole, or the message alone. Text quoted from a file (a key,
 * a value, the file's own name) is made printable, so it cannot break the
 * line or write to the terminal.
 */
export function renderProblem(problem: Problem): string {
  const path = formatPath(problem.path ?? []);
  const where = problem.file === undefined ? '' : problem.line === undefined ? `${problem.file}: ` : `${problem.file}:${problem.line}:${problem.column ?? 1}: `;
  return printable(`${where}${path === '' ? '' : `${path}: `}${problem.message}`);
}

/** A problem with a file as a whole (it cannot be read, or it is empty), placed at its start unless told. */
export function fileProblem(file: string, code: ProblemCode, message: string, at: { line: number; column: number } = { line: 1, column: 1 }): LocatedProblem {
  return { code, file, line: at.line, column: at.column, path: [], message };
}

/** A problem in JSON output: its path written as text, as the one-line form shows it. */
export function problemToJson(problem: Problem) {
  return { code: problem.code, file: problem.file ?? null, line: problem.line ?? null, column: problem.column ?? null, path: formatPath(problem.path ?? []), message: problem.message };
}

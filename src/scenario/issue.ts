/** Problems in a scenario file are data: where, and what is wrong. One function renders them. */

export type IssuePath = ReadonlyArray<string | number>;

export interface ScenarioIssue {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Where in the document, as `steps[3].event.by` ('' for the whole file). */
  path: string;
  message: string;
}

/** `steps[3].event.by` from `['steps', 3, 'event', 'by']`. */
export function formatPath(path: IssuePath): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text === '' ? part : `${text}.${part}`),
    '',
  );
}

/** One line: `file:line:col: path: message`. */
export function renderIssue(issue: ScenarioIssue): string {
  const where = issue.path === '' ? '' : `${issue.path}: `;
  return `${issue.file}:${issue.line}:${issue.column}: ${where}${issue.message}`;
}

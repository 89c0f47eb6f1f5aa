/**
 * A folder of solutions, graded, for a teacher: one row per file, as a table,
 * as CSV (for a spreadsheet) or as JSON. A broken file is a row too.
 */
import type { Criterion, Exercise } from '../../exercise/index.js';
import { problemToJson, renderProblem, type LocatedProblem } from '../../files/index.js';
import { printable } from '../../words/index.js';
import type { Palette } from '../color.js';

export type ClassRow =
  | { file: string; broken: false; author: string | null; steps: number; met: number; total: number; percent: number; solved: boolean; criteria: Criterion[] }
  /** A file that does not load: its problems, and its author when the file still names one. */
  | { file: string; broken: true; author: string | null; problems: LocatedProblem[] };

export interface ClassResults {
  exercise: Exercise;
  folder: string;
  rows: ClassRow[];
}

function counts({ rows }: ClassResults) {
  return {
    files: rows.length,
    solved: rows.filter((row) => !row.broken && row.solved).length,
    broken: rows.filter((row) => row.broken).length,
  };
}

function problemCount(problems: readonly LocatedProblem[]): string {
  return `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`;
}

function unmetLabels(row: Extract<ClassRow, { broken: false }>): string {
  return row.criteria
    .filter((criterion) => !criterion.met)
    .map((criterion) => criterion.label)
    .join('; ');
}

export function formatClassTable(results: ClassResults, paint: Palette): string {
  const cells = [
    ['file', 'author', 'score', 'solved'],
    ...results.rows.map((row) =>
      row.broken
        ? [printable(row.file), printable(row.author ?? ''), '-', `broken: ${problemCount(row.problems)} (listed on stderr)`]
        : [printable(row.file), printable(row.author ?? ''), `${row.met}/${row.total} (${row.percent}%)`, row.solved ? 'yes' : 'no'],
    ),
  ];
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  const lines = cells.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '));
  const { files, solved, broken } = counts(results);
  const summary = `${solved} of ${files} solved${broken ? `; ${broken} broken ${broken === 1 ? 'file' : 'files'}` : ''}`;
  return `${[paint.bold(`${results.exercise.id}: ${results.exercise.title} (${printable(results.folder)})`), '', paint.bold(lines[0]!), ...lines.slice(1), '', summary].join('\n')}\n`;
}

/**
 * One CSV field, quoted when it must be (RFC 4180). Text that a spreadsheet would
 * take for a formula (it starts with =, +, -, @, a tab or a carriage return: a
 * student's author or file name could be `=HYPERLINK(...)`) gets a leading `'`,
 * as OWASP recommends, so the cell shows the text and runs nothing.
 */
export function csvField(value: string | number): string {
  const raw = String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatClassCsv(results: ClassResults): string {
  const header = ['file', 'author', 'steps', 'met', 'total', 'percent', 'solved', 'unmet', 'problem'];
  const rows = results.rows.map((row) =>
    row.broken
      ? [printable(row.file), printable(row.author ?? ''), '', '', '', '', 'broken', '', `${renderProblem(row.problems[0]!)}${row.problems.length > 1 ? ` (and ${row.problems.length - 1} more)` : ''}`]
      : [printable(row.file), printable(row.author ?? ''), row.steps, row.met, row.total, row.percent, row.solved ? 'yes' : 'no', unmetLabels(row), ''],
  );
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function classToJson(results: ClassResults) {
  return {
    exercise: { id: results.exercise.id, title: results.exercise.title },
    folder: results.folder,
    results: results.rows.map((row) => (row.broken ? { file: row.file, broken: true, author: row.author, issues: row.problems.map(problemToJson) } : { ...row })),
    summary: counts(results),
  };
}

/**
 * The rows as CSV, one run a line, and back. Every cell is a number, an
 * empty cell (a day that never came), a state name or a parameter name: no
 * cell holds text from a file, so none needs quoting and none can start a
 * spreadsheet formula. Reading back checks every cell, so `merge` refuses a
 * file that is not what `truce simulate` wrote, with the line and column.
 */
import type { LocatedProblem, Result } from '../files/index.js';
import { REGION_STATES } from '../model/index.js';
import { FINAL_REGIONS, OUTCOME_COLUMNS, type RunOutcome, type RunRow } from './outcome.js';

const cell = (value: string | number | null) => (value === null ? '' : String(value));

/** The header: run, seed, the parameters' columns, then the outcomes'. */
export function csvHeader(parameterKeys: readonly string[]): string[] {
  return ['run', 'seed', ...parameterKeys, ...OUTCOME_COLUMNS.map(([column]) => column)];
}

export function rowsToCsv(rows: readonly RunRow[], parameterKeys: readonly string[]): string {
  const lines = [csvHeader(parameterKeys).join(',')];
  for (const row of rows) {
    const values = new Map(row.parameters);
    lines.push([row.run, row.seed, ...parameterKeys.map((key) => values.get(key) ?? null), ...OUTCOME_COLUMNS.map(([, field]) => row.outcome[field])].map(cell).join(','));
  }
  return `${lines.join('\n')}\n`;
}

const STATE_COLUMNS = new Set<string>(FINAL_REGIONS);
const DAY_COLUMNS = new Set(['took_force_day', 'lapsed_day', 'broke_day']);

/**
 * The rows of a CSV file written by `rowsToCsv`, or the first problem in it, located.
 * @example csvToRows(text, 'out/runs.csv').ok
 */
export function csvToRows(text: string, file: string): Result<{ parameterKeys: string[]; rows: RunRow[] }, LocatedProblem> {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const fail = (line: number, column: number, message: string): Result<never, LocatedProblem> => ({ ok: false, problems: [{ code: 'invalid', file, line, column, path: [], message }] });
  const header = (lines[0] ?? '').split(',');
  const outcomeColumns = OUTCOME_COLUMNS.map(([column]) => column);
  const parameterKeys = header.slice(2, header.length - outcomeColumns.length);
  if (header[0] !== 'run' || header[1] !== 'seed' || header.slice(header.length - outcomeColumns.length).join(',') !== outcomeColumns.join(',')) {
    return fail(1, 1, `this is not a runs.csv written by truce simulate: expected the columns run, seed, the parameters, then ${outcomeColumns.join(', ')}`);
  }
  const rows: RunRow[] = [];
  for (let index = 1; index < lines.length; index++) {
    const cells = lines[index]!.split(',');
    if (cells.length !== header.length) return fail(index + 1, 1, `expected ${header.length} cells, found ${cells.length}`);
    let column = 1;
    const numberAt = (at: number, whole: boolean): number | string => {
      const text = cells[at]!;
      const value = Number(text);
      return text !== '' && Number.isFinite(value) && (!whole || Number.isSafeInteger(value)) ? value : `expected ${whole ? 'a whole number' : 'a number'} in ${header[at]}, found "${text.slice(0, 40)}"`;
    };
    const columnOf = (at: number) => cells.slice(0, at).reduce((sum, text) => sum + text.length + 1, 1);
    const run = numberAt(0, true);
    const seed = numberAt(1, true);
    if (typeof run === 'string') return fail(index + 1, 1, run);
    if (typeof seed === 'string') return fail(index + 1, columnOf(1), seed);
    const parameters: Array<[string, number]> = [];
    for (let p = 0; p < parameterKeys.length; p++) {
      const value = numberAt(2 + p, false);
      if (typeof value === 'string') return fail(index + 1, columnOf(2 + p), value);
      parameters.push([parameterKeys[p]!, value]);
    }
    const outcome: Record<string, unknown> = {};
    for (const [o, [name, field]] of OUTCOME_COLUMNS.entries()) {
      const at = 2 + parameterKeys.length + o;
      column = columnOf(at);
      const text = cells[at]!;
      if (STATE_COLUMNS.has(name)) {
        if (!REGION_STATES[name as keyof typeof REGION_STATES].includes(text)) return fail(index + 1, column, `expected a state of ${name} (${REGION_STATES[name as keyof typeof REGION_STATES].join(', ')}), found "${text.slice(0, 40)}"`);
        outcome[field] = text;
      } else if (DAY_COLUMNS.has(name) && text === '') {
        outcome[field] = null;
      } else {
        const value = numberAt(at, true);
        if (typeof value === 'string') return fail(index + 1, column, value);
        outcome[field] = value;
      }
    }
    rows.push({ run, seed, parameters, outcome: outcome as unknown as RunOutcome });
  }
  return { ok: true, value: { parameterKeys, rows } };
}

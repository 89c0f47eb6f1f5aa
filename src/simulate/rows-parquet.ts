/**
 * The rows as a Parquet file (hyparquet-writer), for pandas, R, DuckDB and
 * Arrow: the same columns as runs.csv, typed (whole numbers as INT32, chances
 * as DOUBLE, states as strings, days that never came as nulls).
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import { FINAL_REGIONS, OUTCOME_COLUMNS, type RunRow } from './outcome.js';

const STATE_FIELDS = new Set<string>(FINAL_REGIONS);

export function rowsToParquet(rows: readonly RunRow[], parameterKeys: readonly string[], metadata: Record<string, string>): Uint8Array {
  const parameterIndex = parameterKeys.map((key) => rows.map((row) => row.parameters.find(([name]) => name === key)?.[1] ?? null));
  const columnData = [
    { name: 'run', data: rows.map((row) => row.run), type: 'INT32' as const },
    { name: 'seed', data: rows.map((row) => row.seed), type: 'INT64' as const },
    ...parameterKeys.map((key, index) => ({ name: key, data: parameterIndex[index]!, type: 'DOUBLE' as const })),
    ...OUTCOME_COLUMNS.map(([column, field]) =>
      STATE_FIELDS.has(field)
        ? { name: column, data: rows.map((row) => row.outcome[field] as string), type: 'STRING' as const }
        : { name: column, data: rows.map((row) => row.outcome[field] as number | null), type: 'INT32' as const },
    ),
  ];
  const buffer = parquetWriteBuffer({
    columnData: columnData.map((column) => (column.type === 'INT64' ? { ...column, data: column.data.map((value) => BigInt(value as number)) } : column)),
    kvMetadata: Object.entries(metadata).map(([key, value]) => ({ key, value })),
    createdBy: 'truce-sim',
  });
  return new Uint8Array(buffer);
}

/**
 * `truce simulate merge <dir...>`: the --out folders of the shards of one
 * simulation, combined into what one machine making every run would have
 * written. The folders must belong together (the same assumptions, digest,
 * seed, days and parameter values) and hold every run once; otherwise nothing
 * is written and the problem is named.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readTextFile } from '../../files/index.js';
import { csvToRows, type Plan, type RunRow } from '../../simulate/index.js';
import { printable } from '../../words/index.js';
import { EXIT, UsageError } from '../command.js';
import type { Io } from '../io.js';
import { reportProblems } from '../load-for-cli.js';
import { writeResults, type SimulationRecord } from './simulate-results.js';

/** What two shards of one simulation share, each part in words: the first that differs is named. */
const PARTS: Array<[string, (record: SimulationRecord) => unknown]> = [
  ['the assumptions file (its SHA-256)', (record) => record.provenance.assumptions.sha256],
  ['the seed', (record) => record.provenance.seed],
  ['the days of a run', (record) => record.provenance.days],
  ['the number of runs', (record) => [record.total, record.provenance.runsPerPoint]],
  ['the sets of values (--sweep or --sample)', (record) => [record.points, record.provenance.design, record.provenance.varied]],
  ['the version of truce-sim', (record) => record.provenance.model],
  ['the simulation', (record) => ({ ...record.provenance, points: record.points, total: record.total })],
];

/** The first part in which `record` is not of the same simulation as `first`, or null. */
function differingPart(first: SimulationRecord, record: SimulationRecord): string | null {
  return PARTS.find(([, of]) => JSON.stringify(of(first)) !== JSON.stringify(of(record)))?.[0] ?? null;
}

function readRecord(text: string, file: string): SimulationRecord | string {
  try {
    const record = JSON.parse(text) as SimulationRecord;
    if (record?.tool !== 'truce-sim simulate' || typeof record.from !== 'number' || typeof record.to !== 'number' || !Array.isArray(record.points)) {
      return `${file}: not a simulation.json written by truce simulate --out`;
    }
    return record;
  } catch {
    return `${file}: not JSON; expected the simulation.json that truce simulate --out writes`;
  }
}

export async function mergeOutputs(folders: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  if (folders.length === 0) throw new UsageError('merge needs the --out folders of the shards, e.g. truce simulate merge part-1 part-2');
  const given = (value: unknown) => value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0);
  // --max-size has a default, so it is always there; it only bounds the files read.
  const misplaced = Object.keys(options).filter((name) => given(options[name]) && !['out', 'json', 'html', 'max-size'].includes(name));
  if (misplaced.length > 0) throw new UsageError(`merge takes only --out, --json and --html; --${misplaced[0]} belongs to the runs themselves`);
  const parts: Array<{ record: SimulationRecord; rows: RunRow[]; folder: string }> = [];
  for (const folder of folders) {
    const recordFile = join(folder, 'simulation.json');
    const recordText = await readTextFile(recordFile);
    if (!recordText.ok) return fail(io, recordText.problems);
    const record = readRecord(recordText.value, recordFile);
    if (typeof record === 'string') return say(io, record);
    const csvFile = join(folder, 'runs.csv');
    const csv = await readTextFile(csvFile, { maxBytes: 1024 * 1024 * 1024 });
    if (!csv.ok) return fail(io, csv.problems);
    if (createHash('sha256').update(csv.value, 'utf8').digest('hex') !== record.runsSha256) {
      return say(io, `${csvFile}: changed since truce simulate wrote it (it is not the file simulation.json describes); make this shard again`);
    }
    const parsed = csvToRows(csv.value, csvFile);
    if (!parsed.ok) return fail(io, parsed.problems);
    if (parsed.value.rows.length !== record.to - record.from || parsed.value.rows.some((row, index) => row.run !== record.from + index)) {
      return say(io, `${csvFile}: expected runs ${record.from} to ${record.to - 1}, one a line, as simulation.json says`);
    }
    parts.push({ record, rows: parsed.value.rows, folder });
  }
  const first = parts[0]!;
  for (const part of parts) {
    const differs = differingPart(first.record, part.record);
    if (differs) return say(io, `${part.folder}: not a shard of the same simulation as ${first.folder}: ${differs} differs`);
  }
  parts.sort((a, b) => a.record.from - b.record.from);
  let next = 0;
  for (const part of parts) {
    if (part.record.from < next) return say(io, `${part.folder}: its runs (${part.record.from} to ${part.record.to - 1}) overlap another folder's; give each shard once`);
    if (part.record.from > next) return say(io, `runs ${next} to ${part.record.from - 1} are missing: no folder given holds them (add the missing shard)`);
    next = part.record.to;
  }
  if (next < first.record.total) return say(io, `runs ${next} to ${first.record.total - 1} are missing: no folder given holds them (add the missing shard)`);
  const { runsPerPoint, design, varied } = first.record.provenance;
  const plan: Plan = { points: first.record.points.map(toParameters), runsPerPoint, design, varied };
  const rows = parts.flatMap((part) => part.rows);
  return writeResults(
    {
      rows,
      plan,
      provenance: first.record.provenance,
      shard: null,
      from: 0,
      to: first.record.total,
      total: first.record.total,
      out: options.out as string | undefined,
      json: options.json as boolean | undefined,
      html: options.html as string | undefined,
      // The first shard made the first runs, the ones the report shows day by day.
      report: parts[0]!.record.report,
      inputs: folders.flatMap((folder) => [join(folder, 'runs.csv'), join(folder, 'simulation.json')]),
    },
    io,
  );
}

/** A point back from its columns: `accept` shared, `accept.israel` a party's own. */
function toParameters(columns: Array<[string, number]>): Plan['points'][number] {
  const shared: Record<string, number> = {};
  const byParty: Record<string, Record<string, number>> = {};
  for (const [key, value] of columns) {
    const [name, party] = key.split('.') as [string, string | undefined];
    if (party === undefined) shared[name] = value;
    else (byParty[party] ??= {})[name] = value;
  }
  return { shared, byParty } as Plan['points'][number];
}

function fail(io: Io, problems: Parameters<typeof reportProblems>[1]): number {
  reportProblems(io, problems);
  return EXIT.badInput;
}

function say(io: Io, message: string): number {
  io.stderr(`${printable(message)}\n`);
  return EXIT.badInput;
}

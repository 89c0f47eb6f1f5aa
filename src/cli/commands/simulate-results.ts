/**
 * Where a simulation's results go: the summary to the terminal (in words, or
 * JSON with --json), and with --out the files analysts read: runs.csv and
 * runs.parquet (one row a run), summary.json, and simulation.json (what
 * `merge` needs to check that shards belong together). Written whole or not
 * at all.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { simulationReportHtml, type SimulationReportInput } from '../../export/index.js';
import { parameterColumns, rowsToCsv, rowsToParquet, screen, summarise, summaryDocument, summaryText, type Plan, type Provenance, type RunRow, type Shard } from '../../simulate/index.js';
import { printable, plural } from '../../words/index.js';
import { EXIT } from '../command.js';
import type { Io } from '../io.js';
import { reportProblems } from '../load-for-cli.js';
import { makeFolder, writeOutputs } from '../write-output.js';

export interface Results {
  rows: RunRow[];
  plan: Plan;
  provenance: Provenance;
  shard: Shard | null;
  /** The runs these rows are: numbers from `from` up to `to`, of `total`. */
  from: number;
  to: number;
  total: number;
  out: string | undefined;
  json: boolean | undefined;
  /** Where to write the HTML report, if anywhere. */
  html: string | undefined;
  /** What the report shows besides the rows: the assumptions and a few runs day by day. */
  report: ReportParts;
  /** Files the results are made from, never written over. */
  inputs: string[];
}

/** What `merge` reads back from simulation.json to check that folders belong to one simulation. */
export type ReportParts = Pick<SimulationReportInput, 'assumptions' | 'samples'>;

export interface SimulationRecord {
  tool: 'truce-sim simulate';
  provenance: Provenance;
  points: Array<Array<[string, number]>>;
  total: number;
  shard: Shard | null;
  from: number;
  to: number;
  /** For a report of merged shards: the assumptions, and a few runs of the simulation day by day. */
  report: ReportParts;
  /** The SHA-256 of runs.csv as written: `merge` refuses a file changed since. */
  runsSha256: string;
}

export const parameterKeysOf = (plan: Plan) => parameterColumns(plan.points[0]!).map(([key]) => key);

export async function writeResults(results: Results, io: Io): Promise<number> {
  const { rows, plan, provenance, shard, from, to, total, out, html } = results;
  const summary = summarise(rows);
  const sensitivity = screen(rows, plan.varied, plan.runsPerPoint, plan.design === 'grid');
  const document = summaryDocument(summary, provenance, sensitivity);
  const slice = shard ? `Shard ${shard.k} of ${shard.n}: runs ${from} to ${to - 1} of ${total}; merge the shards' --out folders for the whole.\n` : '';
  if (out !== undefined) {
    const keys = parameterKeysOf(plan);
    const csv = rowsToCsv(rows, keys);
    const runsSha256 = createHash('sha256').update(csv, 'utf8').digest('hex');
    const record: SimulationRecord = { tool: 'truce-sim simulate', provenance, points: plan.points.map(parameterColumns), total, shard, from, to, report: results.report, runsSha256 };
    const made = await makeFolder(out);
    if (!made.ok) {
      reportProblems(io, made.problems);
      return EXIT.badInput;
    }
    const written = await writeOutputs(
      [
        [join(out, 'runs.csv'), csv],
        [join(out, 'runs.parquet'), rowsToParquet(rows, keys, { 'truce-sim.assumptions': provenance.assumptions.id, 'truce-sim.sha256': provenance.assumptions.sha256, 'truce-sim.seed': String(provenance.seed) })],
        [join(out, 'summary.json'), `${JSON.stringify(document, null, 2)}\n`],
        [join(out, 'simulation.json'), `${JSON.stringify(record, null, 2)}\n`],
      ],
      results.inputs,
    );
    if (!written.ok) {
      reportProblems(io, written.problems);
      return EXIT.badInput;
    }
  }
  if (html !== undefined) {
    const page = await simulationReportHtml({ summary, provenance, sensitivity, rows, ...results.report });
    const written = await writeOutputs([[html, page]], results.inputs);
    if (!written.ok) {
      reportProblems(io, written.problems);
      return EXIT.badInput;
    }
  }
  if (results.json) {
    io.stdout(`${JSON.stringify(document, null, 2)}\n`);
    if (slice) io.stderr(slice);
  } else {
    io.stdout(`${slice}${summaryText(summary, provenance, sensitivity)}`);
    if (out !== undefined) io.stdout(`Wrote ${plural(rows.length, 'run')} to ${printable(out)}: runs.csv, runs.parquet, summary.json, simulation.json\n`);
    if (html !== undefined) io.stdout(`Wrote the report to ${printable(html)}\n`);
  }
  return EXIT.ok;
}

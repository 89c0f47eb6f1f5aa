/**
 * The summary: a recount of the rows, with the Monte Carlo error of every
 * share and median; and the rows as CSV and Parquet, read back as written.
 */
import fc from 'fast-check';
import { parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { REGION_STATES } from '../../src/model/index.js';
import { csvToRows, plainParameters, rowsToCsv, rowsToParquet, runBatch, summarise, type Assumptions, type RunRow } from '../../src/simulate/index.js';
import { spreadOf } from '../../src/simulate/summary.js';
import { setupOf, shipped, SYMMETRIC } from './support.js';

let rows: RunRow[];
let keys: string[];

beforeAll(async () => {
  const symmetric: Assumptions = await shipped(SYMMETRIC);
  rows = runBatch(setupOf(symmetric, 45, 4), { points: [plainParameters(symmetric)], runsPerPoint: 120 }, 0, 120);
  keys = rows[0]!.parameters.map(([key]) => key);
});

describe('the summary of runs', () => {
  it('counts each final state of each region as a recount of the rows does, every state listed', () => {
    const summary = summarise(rows);

    for (const region of ['talks', 'operations', 'access', 'agreement'] as const) {
      expect(Object.keys(summary.final[region])).toEqual(REGION_STATES[region]);
      for (const state of REGION_STATES[region]) expect(summary.final[region][state]).toBe(rows.filter((row) => row.outcome[region] === state).length);
    }
    const tookForce = rows.filter((row) => row.outcome.tookForceDay !== null).length;
    expect(summary.agreement.tookForce.runs).toBe(tookForce);
    expect(summary.agreement.tookForce.share).toBeCloseTo(tookForce / rows.length, 4);
  });

  it('gives each share its 95% interval from the number of runs, never certainty at 0% or 100%', () => {
    const { lapsed } = summarise(rows).agreement;
    const p = lapsed.runs / rows.length;

    expect(lapsed.low).toBeLessThan(p);
    expect(lapsed.high).toBeGreaterThan(p);
    // Near the middle, Wilson's interval is close to the textbook one.
    expect(lapsed.margin).toBeCloseTo(1.96 * Math.sqrt((p * (1 - p)) / rows.length), 1);
    expect(summarise(rows.slice(0, 30)).agreement.lapsed.margin).toBeGreaterThan(lapsed.margin);
    // 20 runs of 20: the share is 100%, but the interval says it might be as low as 84%.
    const all = summarise(rows.slice(0, 20).map((row) => ({ ...row, outcome: { ...row.outcome, tookForceDay: 3 } }))).agreement.tookForce;
    expect(all).toMatchObject({ share: 1, high: 1 });
    expect(all.low).toBeCloseTo(0.8389, 3);
  });

  it('takes quantiles by rank, so they are values some run had', () => {
    const spread = spreadOf([5, 1, 4, 2, 3, 9, 7, 8, 6, 10]);

    expect(spread).toMatchObject({ median: 5, p5: 1, p95: 10, mean: 5.5 });
    expect(spread.medianRange[0]).toBeLessThanOrEqual(5);
    expect(spread.medianRange[1]).toBeGreaterThanOrEqual(5);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 200 }), (values) => {
        const { median, p5, p95, medianRange } = spreadOf(values);
        for (const value of [median, p5, p95, ...medianRange]) expect(values).toContain(value);
        expect(p5 <= median && median <= p95).toBe(true);
        expect(medianRange[0] <= median && median <= medianRange[1]).toBe(true);
      }),
    );
  });

  it('is the same whatever order the rows come in', () => {
    expect(summarise([...rows].reverse())).toEqual(summarise(rows));
  });
});

describe('the rows as files', () => {
  it('read back from CSV as they were', () => {
    const read = csvToRows(rowsToCsv(rows, keys), 'runs.csv');

    expect(read.ok && read.value.rows).toEqual(rows);
    expect(read.ok && read.value.parameterKeys).toEqual(keys);
  });

  it('refuse a CSV file that truce simulate did not write, at the cell', () => {
    const csv = rowsToCsv(rows.slice(0, 3), keys);
    const badSeed = csv.replace(/^1,4,/m, '1,x,');
    const badState = csv.replace(/^(2,4,[^a-z]*)[a-z]+,/m, '$1talking,');

    expect(csvToRows(badSeed, 'runs.csv')).toMatchObject({ ok: false, problems: [{ line: 3, column: 3, message: 'expected a whole number in seed, found "x"' }] });
    expect(csvToRows(badState, 'runs.csv')).toMatchObject({ ok: false, problems: [{ line: 4, message: 'expected a state of talks (idle, proposal, accepted, rejected, stalled), found "talking"' }] });
    expect(csvToRows('a,b\n1,2\n', 'other.csv')).toMatchObject({ ok: false, problems: [{ line: 1, column: 1 }] });
  });

  it('read back from Parquet with the same values, a day that never came as null', async () => {
    const bytes = rowsToParquet(rows, keys, { 'truce-sim.seed': '4' });
    const read = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });

    expect(read).toHaveLength(rows.length);
    expect(read[7]).toMatchObject({ run: 7, seed: 4n, talks: rows[7]!.outcome.talks, took_force_day: rows[7]!.outcome.tookForceDay, hostages_freed: rows[7]!.outcome.hostagesFreed, accept: 0.1 });
    expect(read.some((row) => row.broke_day === null)).toBe(true);
  });
});

/**
 * The summary of many runs: how many ended in each state of each region, how
 * often an agreement took force, lapsed or broke and on which day, and the
 * medians and 5–95% ranges of the counts. Every share comes with its Monte
 * Carlo error (its 95% interval, from the number of runs) and every median with
 * the range the true median lies in at 95%: a figure from 200 runs is not a
 * figure from 200,000.
 *
 * Computed from the rows alone, so a summary of merged shards is the summary
 * of one run of them all. Quantiles are ranks, not interpolations: the same
 * rows give the same bytes on every machine.
 */
import { REGION_STATES } from '../model/index.js';
import { COUNTED, DAYS, FINAL_REGIONS, type RunOutcome, type RunRow } from './outcome.js';

/**
 * A share of the runs, with its 95% interval (Wilson's: it stays honest near 0% and 100%, where
 * the textbook ± would say a share of 20 runs out of 20 is certain) and the half-width of that interval.
 */
export interface Share {
  runs: number;
  share: number;
  low: number;
  high: number;
  margin: number;
}

/** Where a count falls across runs. */
export interface Spread {
  mean: number;
  /** The 95% margin of the mean. */
  meanMargin: number;
  median: number;
  /** Where the median of all possible runs lies, at 95% (from the order statistics). */
  medianRange: [number, number];
  p5: number;
  p95: number;
}

export interface Summary {
  runs: number;
  final: Record<(typeof FINAL_REGIONS)[number], Record<string, number>>;
  /** Runs where an agreement took force, lapsed, or was broken, and (among them) on which day it first did. */
  agreement: Record<'tookForce' | 'lapsed' | 'broke', Share & { day: Spread | null }>;
  counts: Record<(typeof COUNTED)[number], Spread>;
}

/** Rounded so the JSON reads the same on every machine and is not longer than the figure is good for. */
const round = (value: number) => Math.round(value * 10_000) / 10_000;

function shareOf(hits: number, runs: number): Share {
  if (runs === 0) return { runs: 0, share: 0, low: 0, high: 1, margin: 0.5 };
  const share = hits / runs;
  const z = 1.96;
  const spread = 1 + (z * z) / runs;
  const centre = (share + (z * z) / (2 * runs)) / spread;
  const half = (z / spread) * Math.sqrt((share * (1 - share)) / runs + (z * z) / (4 * runs * runs));
  const low = Math.max(0, centre - half);
  const high = Math.min(1, centre + half);
  return { runs: hits, share: round(share), low: round(low), high: round(high), margin: round((high - low) / 2) };
}

/** The value at rank `rank` (1-based, clamped) of sorted `values`. */
const atRank = (sorted: readonly number[], rank: number) => sorted[Math.min(Math.max(rank, 1), sorted.length) - 1]!;

/** The p-quantile by the nearest-rank method. */
const quantile = (sorted: readonly number[], p: number) => atRank(sorted, Math.ceil(p * sorted.length));

export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) return { mean: 0, meanMargin: 0, median: 0, medianRange: [0, 0], p5: 0, p95: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / n;
  const variance = n > 1 ? sorted.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1) : 0;
  // The ranks between which the median lies with 95% confidence (binomial, normal approximation).
  const half = 0.98 * Math.sqrt(n);
  return {
    mean: round(mean),
    meanMargin: round(1.96 * Math.sqrt(variance / n)),
    median: quantile(sorted, 0.5),
    medianRange: [atRank(sorted, Math.floor(n / 2 - half)), atRank(sorted, Math.ceil(n / 2 + 1 + half))],
    p5: quantile(sorted, 0.05),
    p95: quantile(sorted, 0.95),
  };
}

/**
 * The summary of `rows`.
 * @example summarise(rows).final.agreement.lapsed // 412
 */
export function summarise(rows: readonly RunRow[]): Summary {
  const outcomes = rows.map((row) => row.outcome);
  const runs = outcomes.length;
  const final = Object.fromEntries(
    FINAL_REGIONS.map((region) => {
      const counts = Object.fromEntries(REGION_STATES[region].map((state) => [state, 0]));
      for (const outcome of outcomes) counts[outcome[region]] = (counts[outcome[region]] ?? 0) + 1;
      return [region, counts];
    }),
  ) as Summary['final'];
  const dayShare = (field: (typeof DAYS)[number]) => {
    const days = outcomes.flatMap((outcome) => (outcome[field] === null ? [] : [outcome[field]]));
    return { ...shareOf(days.length, runs), day: days.length === 0 ? null : spreadOf(days) };
  };
  const counts = Object.fromEntries(COUNTED.map((field) => [field, spreadOf(outcomes.map((outcome: RunOutcome) => outcome[field]))])) as Summary['counts'];
  return { runs, final, agreement: { tookForce: dayShare('tookForceDay'), lapsed: dayShare('lapsedDay'), broke: dayShare('brokeDay') }, counts };
}

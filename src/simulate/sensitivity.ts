/**
 * Which assumptions move which outcome: for each parameter a simulation
 * varied, the runs are grouped by its value (the grid's values, or five
 * slices of a sample's range, each with a fifth of the runs) and each
 * outcome's average is taken per group. The spread between the lowest and the
 * highest group is the parameter's main effect on that outcome, averaged over
 * whatever else varied; a sweep of one parameter is the one-at-a-time screen.
 * Spearman's rank correlation says in which direction, over every run.
 *
 * The useful answer is rarely "a deal in 37% of runs"; it is "the outcome
 * turns on this assumption, and hardly at all on those".
 */
import type { RunOutcome, RunRow } from './outcome.js';

/** The outcomes screened: shares of runs (0 to 1) and averages of counts. */
export const SCREENED = {
  tookForce: { words: 'an agreement took force', of: (outcome: RunOutcome) => (outcome.tookForceDay === null ? 0 : 1), share: true },
  lapsed: { words: 'an agreement lapsed', of: (outcome: RunOutcome) => (outcome.lapsedDay === null ? 0 : 1), share: true },
  broke: { words: 'an agreement was broken', of: (outcome: RunOutcome) => (outcome.brokeDay === null ? 0 : 1), share: true },
  hostagesFreed: { words: 'hostages freed alive', of: (outcome: RunOutcome) => outcome.hostagesFreed, share: false },
  prisonersFreed: { words: 'prisoners freed', of: (outcome: RunOutcome) => outcome.prisonersFreed, share: false },
  pauseDays: { words: 'days of pause', of: (outcome: RunOutcome) => outcome.pauseDays, share: false },
  ceasefireDays: { words: 'days of ceasefire', of: (outcome: RunOutcome) => outcome.ceasefireDays, share: false },
} as const;

export type ScreenedOutcome = keyof typeof SCREENED;
const SCREENED_NAMES = Object.keys(SCREENED) as ScreenedOutcome[];

/** A parameter a simulation varied, and into how many groups its runs fall: a grid's values, or slices of a sample. */
export interface Varied {
  key: string;
  slices: number;
  /** The lowest and highest value it takes. */
  from: number;
  to: number;
  /** The range the assumptions file gives it, when it gives one: a sweep may go beyond it. */
  assumed: readonly [number, number] | null;
}

export interface Group {
  /** The values of the parameter in the group: one for a grid, a slice for a sample. */
  from: number;
  to: number;
  runs: number;
  means: Record<ScreenedOutcome, number>;
}

export interface ParameterEffect {
  parameter: string;
  groups: Group[];
  /** Highest group mean minus lowest. */
  effect: Record<ScreenedOutcome, number>;
  /**
   * How far apart the highest and lowest group may be by the luck of the draws alone (95%): an effect
   * no larger could be noise. Null when a sample has too few sets of values to tell.
   */
  margin: Record<ScreenedOutcome, number | null>;
  /** Spearman's rank correlation of the parameter's value with the outcome, over every run (0 when either never varies). */
  spearman: Record<ScreenedOutcome, number>;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** Ranks, ties given their average rank. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value || a.index - b.index);
  const result = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    for (let i = start; i <= end; i++) result[order[i]!.index] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return result;
}

export function spearman(x: readonly number[], y: readonly number[]): number {
  const rx = ranks(x);
  const ry = ranks(y);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const mx = mean(rx);
  const my = mean(ry);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i++) {
    sxy += (rx[i]! - mx) * (ry[i]! - my);
    sxx += (rx[i]! - mx) ** 2;
    syy += (ry[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** The runs of one set of values (a point): they share every parameter's value. */
interface PointRuns {
  value: number;
  runs: number[];
}

/** The points grouped by the parameter's value: each distinct value (when there are no more than `slices`), else `slices` slices of equal size. */
function groupsOf(points: readonly PointRuns[], slices: number): PointRuns[][] {
  const byValue = [...new Set(points.map((point) => point.value))].sort((a, b) => a - b);
  if (byValue.length <= slices) return byValue.map((value) => points.filter((point) => point.value === value));
  const sorted = [...points].sort((a, b) => a.value - b.value);
  return Array.from({ length: slices }, (_, slice) => sorted.slice(Math.floor((slice * sorted.length) / slices), Math.floor(((slice + 1) * sorted.length) / slices)));
}

const meanOf = (indices: readonly number[], of: readonly number[]) => indices.reduce((sum, index) => sum + of[index]!, 0) / indices.length;

/** The standard normal quantile (Acklam's rational approximation; relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) => (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/**
 * How many standard errors apart the highest and lowest of `groups` group means may be by luck alone,
 * 5% of the time: the highest and lowest are picked after the fact, so the 95% is shared among every
 * pair (Bonferroni), and with few degrees of freedom the normal quantile becomes Student's t
 * (Cornish–Fisher).
 */
export function criticalValue(groups: number, degreesOfFreedom: number): number {
  const pairs = (groups * (groups - 1)) / 2;
  const z = normalQuantile(1 - 0.025 / Math.max(pairs, 1));
  if (!Number.isFinite(degreesOfFreedom)) return z;
  const n = degreesOfFreedom;
  return z + (z ** 3 + z) / (4 * n) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * n * n);
}

/**
 * The margin of the difference between the highest and the lowest group mean: as far apart as they
 * may be by luck alone, 95% of the time. In a grid every group holds the same combinations of the
 * other parameters, so they cancel out of the difference and only the luck of the runs is left: the
 * spread of runs within their point. In a sample the groups hold different values of the others, and
 * the runs of one point share them, so the runs are not independent draws of their group: the spread
 * of the points' means within groups says how far a group's mean could move, with as many degrees
 * of freedom as points beyond groups. Null when a sample has too few points to tell (fewer than two
 * a group, or fewer than ten in all).
 */
function marginOf(groups: readonly PointRuns[][], of: readonly number[], high: number, low: number, balanced: boolean): number | null {
  const pooled = (sets: number[][]) => {
    const total = sets.reduce((sum, set) => sum + set.length, 0);
    const squares = sets.reduce((sum, set) => {
      const mean = set.reduce((a, b) => a + b, 0) / set.length;
      return sum + set.reduce((a, value) => a + (value - mean) ** 2, 0);
    }, 0);
    return { variance: total > sets.length ? squares / (total - sets.length) : 0, degrees: total - sets.length };
  };
  if (!balanced) {
    const points = groups.reduce((sum, group) => sum + group.length, 0);
    if (points < 10 || groups.some((group) => group.length < 2)) return null;
    const { variance, degrees } = pooled(groups.map((group) => group.map((point) => meanOf(point.runs, of))));
    return criticalValue(groups.length, degrees) * Math.sqrt(variance / groups[high]!.length + variance / groups[low]!.length);
  }
  const { variance } = pooled(groups.flatMap((group) => group.map((point) => point.runs.map((index) => of[index]!))));
  const runsIn = (group: readonly PointRuns[]) => group.reduce((sum, point) => sum + point.runs.length, 0);
  return criticalValue(groups.length, Number.POSITIVE_INFINITY) * Math.sqrt(variance / runsIn(groups[high]!) + variance / runsIn(groups[low]!));
}

/**
 * The main effect of each of `parameters` (their column keys) on each screened outcome, over `rows`.
 * `balanced`: the points are a full grid (each value of one parameter with every combination of the others).
 * @example screen(rows, [{ key: 'accept', slices: 6 }], 100, true)[0].effect.tookForce // 0.41
 */
export function screen(rows: readonly RunRow[], parameters: ReadonlyArray<Pick<Varied, 'key' | 'slices'>>, runsPerPoint: number, balanced: boolean): ParameterEffect[] {
  const outcomes = SCREENED_NAMES.map((name) => ({ name, values: rows.map((row) => SCREENED[name].of(row.outcome)) }));
  return parameters.map(({ key: parameter, slices }) => {
    const values = rows.map((row) => row.parameters.find(([key]) => key === parameter)?.[1] ?? Number.NaN);
    const byPoint = new Map<number, PointRuns>();
    rows.forEach((row, index) => {
      const point = Math.floor(row.run / runsPerPoint);
      const found = byPoint.get(point) ?? { value: values[index]!, runs: [] };
      found.runs.push(index);
      byPoint.set(point, found);
    });
    const groupPoints = groupsOf([...byPoint.values()], slices);
    const groups = groupPoints.map((points): Group => {
      const members = points.flatMap((point) => point.runs);
      const means = Object.fromEntries(outcomes.map(({ name, values: of }) => [name, round(meanOf(members, of))])) as Group['means'];
      const mine = points.map((point) => point.value);
      return { from: Math.min(...mine), to: Math.max(...mine), runs: members.length, means };
    });
    const effect = {} as ParameterEffect['effect'];
    const margin = {} as ParameterEffect['margin'];
    const correlation = {} as ParameterEffect['spearman'];
    for (const { name, values: of } of outcomes) {
      const means = groups.map((group) => group.means[name]);
      const high = means.indexOf(Math.max(...means));
      const low = means.indexOf(Math.min(...means));
      effect[name] = round(means[high]! - means[low]!);
      const bound = marginOf(groupPoints, of, high, low, balanced);
      margin[name] = bound === null ? null : round(bound);
      correlation[name] = round(spearman(values, of));
    }
    return { parameter, groups, effect, margin, spearman: correlation };
  });
}

/** Whether `outcome`'s effect could be the luck of the draws: no larger than its margin, or too few sets of values to tell. */
export function withinNoise(effect: ParameterEffect, outcome: ScreenedOutcome): boolean {
  const margin = effect.margin[outcome];
  return margin === null || effect.effect[outcome] <= margin;
}

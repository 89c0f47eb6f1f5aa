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
   * The 95% margin of that difference from the runs alone (the pooled spread within groups): an
   * effect no larger than its margin could be the luck of the draws.
   */
  margin: Record<ScreenedOutcome, number>;
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

/**
 * The 95% margin of the difference between the highest and the lowest group mean. In a grid every
 * group holds the same combinations of the other parameters, so they cancel out of the difference
 * and only the luck of the runs is left: the spread of runs within their point. In a sample the
 * groups hold different values of the others, and the runs of one point share them, so the runs are
 * not independent draws of their group: the spread of the points' means within groups says how far
 * a group's mean could move.
 */
function marginOf(groups: readonly PointRuns[][], of: readonly number[], high: number, low: number, balanced: boolean): number {
  const pooled = (sets: number[][]) => {
    const total = sets.reduce((sum, set) => sum + set.length, 0);
    if (total <= sets.length) return 0;
    const squares = sets.reduce((sum, set) => {
      const mean = set.reduce((a, b) => a + b, 0) / set.length;
      return sum + set.reduce((a, value) => a + (value - mean) ** 2, 0);
    }, 0);
    return squares / (total - sets.length);
  };
  if (!balanced && groups.every((group) => group.length >= 2)) {
    const variance = pooled(groups.map((group) => group.map((point) => meanOf(point.runs, of))));
    return 1.96 * Math.sqrt(variance / groups[high]!.length + variance / groups[low]!.length);
  }
  const variance = pooled(groups.flatMap((group) => group.map((point) => point.runs.map((index) => of[index]!))));
  const runsIn = (group: readonly PointRuns[]) => group.reduce((sum, point) => sum + point.runs.length, 0);
  return 1.96 * Math.sqrt(variance / runsIn(groups[high]!) + variance / runsIn(groups[low]!));
}

/**
 * The main effect of each of `parameters` (their column keys) on each screened outcome, over `rows`.
 * `balanced`: the points are a full grid (each value of one parameter with every combination of the others).
 * @example screen(rows, [{ key: 'accept', slices: 6 }], 100, true)[0].effect.tookForce // 0.41
 */
export function screen(rows: readonly RunRow[], parameters: readonly Varied[], runsPerPoint: number, balanced: boolean): ParameterEffect[] {
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
      margin[name] = round(marginOf(groupPoints, of, high, low, balanced));
      correlation[name] = round(spearman(values, of));
    }
    return { parameter, groups, effect, margin, spearman: correlation };
  });
}

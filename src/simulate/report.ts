/**
 * What a simulation says about itself: the JSON document (`--json`,
 * summary.json) and the same in words for a terminal. Both open with the
 * disclaimer and name the assumptions (id, digest), the seed and the days, so
 * a figure can always be traced back to what produced it.
 */
import { REGION_LABELS, count, plural, words } from '../words/index.js';
import { FINAL_REGIONS } from './outcome.js';
import type { Plan } from './plan.js';
import { SCREENED, withinNoise, type ParameterEffect, type ScreenedOutcome } from './sensitivity.js';
import type { Share, Spread, Summary } from './summary.js';

export const DISCLAIMER = 'Exploratory, not a forecast: these figures follow from the stated assumptions.';

/** Where the figures come from: enough to make them again. */
export interface Provenance {
  seed: number;
  days: number;
  assumptions: { id: string; title: string; file: string; sha256: string; version: number | null };
  start: string;
  /** The model's version (the package's). */
  model: string;
  /** How many points of parameter values the runs were spread over (1 for a plain run). */
  points: number;
  runsPerPoint: number;
  /** How the sets of values were made, and the parameters they vary. */
  design: Plan['design'];
  varied: Plan['varied'];
  /** Where the assumptions give a party a value of its own: each difference between parties is an assumption. */
  differences: Array<{ party: string; parameter: string; value: number }>;
}

/** The JSON of a simulation: `{ runs, seed, days, final, ... }`. */
export function summaryDocument(summary: Summary, provenance: Provenance, sensitivity: ParameterEffect[]) {
  const { runs, final, agreement, counts } = summary;
  return {
    runs,
    seed: provenance.seed,
    days: provenance.days,
    final,
    agreement,
    counts,
    points: provenance.points,
    runsPerPoint: provenance.runsPerPoint,
    design: provenance.design,
    ...(sensitivity.length > 0 ? { sensitivity } : {}),
    assumptions: provenance.assumptions,
    start: provenance.start,
    model: provenance.model,
    disclaimer: DISCLAIMER,
  };
}

/** A share as a percentage; one decimal near the ends, where rounding would say never or always. */
const percent = (share: number) => `${(share * 100).toFixed((share > 0 && share < 0.1) || (share > 0.9 && share < 1) ? 1 : 0)}%`;
const twoPlaces = (value: number) => (Math.round(value * 100) / 100).toString();
const withInterval = (share: Share) => `${percent(share.share)} (95%: ${percent(share.low).replace('%', '')}–${percent(share.high)})`;
const range = (spread: Spread, unit = '') => `${count(spread.p5)}–${count(spread.p95)}${unit}`;

const COUNT_LABELS: Record<keyof Summary['counts'], string> = {
  hostagesFreed: 'hostages freed alive',
  remainsReturned: 'bodies of hostages returned',
  prisonersFreed: 'prisoners freed',
  pauseDays: 'days of pause',
  ceasefireDays: 'days of ceasefire',
  proposals: 'proposals tabled',
  claims: 'claims of violations (claims, not findings)',
};

function finalLines(summary: Summary): string[] {
  const { runs } = summary;
  return FINAL_REGIONS.map((region) => {
    const states = Object.entries(summary.final[region])
      .filter(([, n]) => n > 0)
      .map(([state, n]) => `${words(state)} ${percent(runs === 0 ? 0 : n / runs)}`);
    return `  ${REGION_LABELS[region].padEnd(11)} ${states.join(' · ')}`;
  });
}

function agreementLines(summary: Summary): string[] {
  const line = (what: string, share: Summary['agreement']['tookForce']) =>
    `  ${what.padEnd(32)} in ${withInterval(share)} of runs${share.day ? `; the first time on day ${count(share.day.median)} of the run at the median (5–95%: days ${range(share.day)})` : ''}`;
  return [
    line('took force', summary.agreement.tookForce),
    line('lapsed (its days ran out)', summary.agreement.lapsed),
    line('broken (operations resumed)', summary.agreement.broke),
  ];
}

function countLines(summary: Summary): string[] {
  return (Object.keys(COUNT_LABELS) as Array<keyof Summary['counts']>).map((field) => {
    const spread = summary.counts[field];
    return `  ${COUNT_LABELS[field].padEnd(44)} median ${count(spread.median)} (5–95%: ${range(spread)}), mean ${twoPlaces(spread.mean)} ± ${twoPlaces(spread.meanMargin)}`;
  });
}

const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(2)}`;

/** For each outcome, the parameters that move it most: the main effect, and its direction. */
function sensitivityLines(effects: readonly ParameterEffect[], provenance: Provenance): string[] {
  if (effects.length === 0) return [];
  const among = provenance.design === 'grid' ? 'among the values swept' : 'among five slices of its range (a fifth of the sets of values each)';
  const lines = (Object.keys(SCREENED) as ScreenedOutcome[]).map((outcome) => {
    const ranked = [...effects].sort((a, b) => b.effect[outcome] - a.effect[outcome] || (a.parameter < b.parameter ? -1 : 1)).slice(0, 3);
    const unit = SCREENED[outcome].share ? (value: number) => `${(value * 100).toFixed(0)} pt${(value * 100).toFixed(0) === '1' ? '' : 's'}` : (value: number) => value.toFixed(1);
    const parts = ranked.map((effect) => {
      const noise = withinNoise(effect, outcome) ? ', within noise' : '';
      return `${effect.parameter} ${unit(effect.effect[outcome])} (ρ ${signed(effect.spearman[outcome])}${noise})`;
    });
    return `  ${SCREENED[outcome].words.padEnd(24)} ${parts.join(' · ')}`;
  });
  const tooFew = effects.some((effect) => Object.values(effect.margin).includes(null));
  return [
    `Which assumptions move which outcome (main effect: the highest average of the outcome ${among}, minus the lowest,`,
    'averaged over the other parameters varied; ρ: Spearman rank correlation over every run, its direction; "within noise":',
    'no larger than luck alone could make it, 95% of the time; pts: percentage points):',
    ...lines,
    ...(tooFew ? ['  Too few sets of values to tell any effect from noise: use --sample 50 or more (or --sweep).'] : []),
    '',
  ];
}

/** What the command line varied, and where the parties differ: the figures follow from these too. */
function variedLines(provenance: Provenance): string[] {
  const lines: string[] = [];
  if (provenance.varied.length > 0) {
    const what = provenance.varied.map((varied) => `${varied.key} ${varied.from}–${varied.to}${provenance.design === 'grid' ? ` (${varied.slices} values)` : ''}`);
    lines.push(`Varied:      ${what.join(', ')}${provenance.design === 'sample' ? ' (over the ranges the file gives)' : ''}`);
    for (const varied of provenance.varied) {
      if (varied.assumed && (varied.from < varied.assumed[0] || varied.to > varied.assumed[1])) {
        lines.push(`             ${varied.key} goes beyond the range the file gives it (${varied.assumed[0]}–${varied.assumed[1]}): those values are the command line's, not the file's assumptions`);
      }
    }
  }
  if (provenance.differences.length > 0) {
    const each = provenance.differences.map(({ party, parameter, value }) => `${parameter} ${value} for ${party}`);
    lines.push(`Differences: ${each.join(', ')} (a party's own value: an assumption the file states)`);
  }
  return lines;
}

/** The summary in words, for a terminal or a projector. */
export function summaryText(summary: Summary, provenance: Provenance, sensitivity: ParameterEffect[]): string {
  const { assumptions } = provenance;
  const spread = provenance.points > 1 ? ` (${plural(provenance.points, 'set')} of parameter values, ${plural(provenance.runsPerPoint, 'run')} each)` : '';
  return [
    DISCLAIMER,
    '',
    `Assumptions: ${assumptions.title} (${assumptions.id}, ${assumptions.file}, sha256 ${assumptions.sha256.slice(0, 12)})`,
    `From:        ${provenance.start}`,
    `Runs:        ${plural(summary.runs, 'run')} of ${plural(provenance.days, 'day')}${spread}, seed ${provenance.seed}`,
    `Model:       truce-sim ${provenance.model}`,
    ...variedLines(provenance),
    '',
    'How the runs ended (share of runs):',
    ...finalLines(summary),
    '',
    'Agreements (each share with the range it lies in at 95%, from the number of runs):',
    ...agreementLines(summary),
    '',
    'Over the days of a run (median, 5–95% range, mean ± its 95% margin):',
    ...countLines(summary),
    '',
    ...sensitivityLines(sensitivity, provenance),
  ].join('\n');
}

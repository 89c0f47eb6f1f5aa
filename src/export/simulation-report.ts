/**
 * The report of a simulation as one HTML file (`truce simulate --html`):
 * readable offline and on a projector, and printable. The charts are drawn
 * here, with Observable Plot on a server-side document (linkedom), and saved
 * as SVG inside the page: the page runs no script and loads nothing, so it
 * opens the same anywhere, years from now, and the policy in its head makes
 * the browser hold it to that.
 *
 * On top, before any figure: "Exploratory, not a forecast". Then what the
 * figures come from (assumptions, digest, seed, start), the outcomes, which
 * assumptions move them, a few runs day by day, and every assumption with its
 * rationale. No scores for "winning" and no blame totals.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { REGION_STATES } from '../model/index.js';
import { DISCLAIMER, SCREENED, withinNoise, type Assumptions, type DayState, type ParameterEffect, type Provenance, type RunRow, type ScreenedOutcome, type Summary } from '../simulate/index.js';
import { REGION_LABELS, count, words } from '../words/index.js';
import { escapeXml as h } from './escape.js';
import { REPORT_CSS } from './simulation-report-css.js';

export interface SimulationReportInput {
  summary: Summary;
  provenance: Provenance;
  sensitivity: ParameterEffect[];
  assumptions: Pick<Assumptions, 'parameters' | 'parties' | 'sources' | 'summary'>;
  rows: readonly RunRow[];
  /** A few runs, day by day. */
  samples: Array<{ run: number; days: DayState[] }>;
}

/** Wide enough to fill a 1280-pixel projector, with type readable at the back of the room. */
const WIDTH = 1000;
const FONT = { fontSize: '16px', fontFamily: 'Liberation Sans, Arial, sans-serif' };
const REGIONS = ['talks', 'operations', 'access', 'agreement'] as const;

function drawing() {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // Plot's own tooltips and titles are plain text nodes: escaped when the SVG is written out.
  return (options: Plot.PlotOptions) => (Plot.plot({ document, width: WIDTH, style: FONT, marginLeft: 170, marginTop: 36, marginBottom: 60, ...options }) as unknown as { outerHTML: string }).outerHTML;
}

type Draw = ReturnType<typeof drawing>;

/** Took force, lapsed, broken: colours told apart by people with the common colour blindnesses, and shapes besides. */
const SHARE_COLOURS = ['#0072b2', '#e69f00', '#d55e00'];
const SHARE_SYMBOLS = ['circle', 'square', 'triangle'] as const;

const percent = (share: number) => `${(share * 100).toFixed(share > 0 && share < 0.1 ? 1 : 0)}%`;

/** One bar chart a region: the share of runs that ended in each of its states. */
function finalCharts(draw: Draw, summary: Summary): string {
  return REGIONS.map((region) => {
    const data = REGION_STATES[region].map((state) => ({ state: words(state), share: summary.runs === 0 ? 0 : summary.final[region][state]! / summary.runs }));
    const chart = draw({
      height: 110 + data.length * 40,
      x: { label: 'share of runs →', percent: true, domain: [0, 100] },
      y: { label: null, domain: data.map((d) => d.state) },
      marks: [
        Plot.barX(data, { y: 'state', x: 'share', fill: '#4a6fa5' }),
        Plot.text(data, { y: 'state', x: 'share', text: (d: { share: number }) => percent(d.share), dx: 8, textAnchor: 'start' }),
        Plot.ruleX([0]),
      ],
    });
    return `<figure><figcaption><strong>${h(REGION_LABELS[region])}</strong></figcaption>${chart}</figure>`;
  }).join('');
}

function agreementChart(draw: Draw, summary: Summary): string {
  const data = [
    { what: 'took force', ...summary.agreement.tookForce },
    { what: 'lapsed (days ran out)', ...summary.agreement.lapsed },
    { what: 'broken (operations resumed)', ...summary.agreement.broke },
  ].map((d) => ({ what: d.what, share: d.share, low: d.low, high: d.high }));
  return draw({
    height: 230,
    marginLeft: 270,
    x: { label: 'share of runs (with its 95% interval) →', percent: true, domain: [0, 100] },
    y: { label: null, domain: data.map((d) => d.what) },
    marks: [
      Plot.barX(data, { y: 'what', x: 'share', fill: '#4a6fa5' }),
      Plot.ruleY(data, { y: 'what', x1: 'low', x2: 'high', stroke: 'black', strokeWidth: 3 }),
      Plot.text(data, { y: 'what', x: 'high', text: (d: { share: number }) => percent(d.share), dx: 8, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  });
}

function histogram(draw: Draw, values: number[], label: string): string {
  if (values.length === 0) return '<p>No run had one.</p>';
  return draw({
    height: 260,
    marginLeft: 70,
    x: { label: `${label} →`, round: true },
    y: { label: '↑ runs', grid: true },
    marks: [Plot.rectY(values, { ...Plot.binX({ y: 'count' }, { x: (d: number) => d, thresholds: 20 }), fill: '#4a6fa5' }), Plot.ruleY([0])],
  });
}

/** For each parameter varied, how the agreement outcomes move across its values. */
function sensitivityCharts(draw: Draw, effects: readonly ParameterEffect[]): string {
  const shares: ScreenedOutcome[] = ['tookForce', 'lapsed', 'broke'];
  // The parameters that move the agreement most first; at most twelve charts.
  const ranked = [...effects].sort((a, b) => Math.max(...shares.map((s) => b.effect[s])) - Math.max(...shares.map((s) => a.effect[s])) || (a.parameter < b.parameter ? -1 : 1)).slice(0, 12);
  return ranked
    .map((effect) => {
      const data = effect.groups.flatMap((group) => shares.map((outcome) => ({ value: (group.from + group.to) / 2, outcome: SCREENED[outcome].words, share: group.means[outcome] })));
      const noise = shares.filter((outcome) => withinNoise(effect, outcome)).map((outcome) => SCREENED[outcome].words);
      const chart = draw({
        height: 260,
        marginLeft: 70,
        x: { label: `${effect.parameter} (chance a day) →` },
        y: { label: '↑ share of runs', percent: true, domain: [0, 100], grid: true },
        color: { domain: shares.map((outcome) => SCREENED[outcome].words), range: SHARE_COLOURS },
        symbol: { domain: shares.map((outcome) => SCREENED[outcome].words), range: SHARE_SYMBOLS },
        marks: [Plot.line(data, { x: 'value', y: 'share', stroke: 'outcome', strokeWidth: 3 }), Plot.dot(data, { x: 'value', y: 'share', fill: 'outcome', symbol: 'outcome', r: 7 })],
      });
      const caption = noise.length > 0 ? `: within noise (no larger than luck alone could make it) for ${h(noise.join('; '))}.` : '';
      return `<figure><figcaption><strong>${h(effect.parameter)}</strong>${caption}</figcaption>${chart}</figure>`;
    })
    .join('');
}

/** The legend of the sensitivity charts, once, in the page's own type: a colour and a shape for each outcome, so it reads without colour too. */
function shareLegend(): string {
  const shapes = { circle: '●', square: '■', triangle: '▲' } as const;
  const items = (['tookForce', 'lapsed', 'broke'] as const).map(
    (outcome, i) => `<li><span style="color:${SHARE_COLOURS[i]}">${shapes[SHARE_SYMBOLS[i]!]}</span> ${h(SCREENED[outcome].words)}</li>`,
  );
  return `<ul class="legend">${items.join('')}</ul>`;
}

/** The states a timeline shows, each with its colour (in the legend below it, in the page's type). */
const TIMELINE_STATES: Array<[string, string]> = [
  ['active', '#d55e00'],
  ['paused for release', '#56b4e9'],
  ['ceasefire', '#0072b2'],
  ['resumed', '#8b2a00'],
  ['agreement none', '#dddddd'],
  ['agreement in force', '#009e73'],
  ['agreement lapsed', '#f0e442'],
  ['agreement broken', '#cc79a7'],
];

function timelineLegend(): string {
  return `<ul class="legend">${TIMELINE_STATES.map(([state, colour]) => `<li><span style="color:${colour}">■</span> ${h(state)}</li>`).join('')}</ul>`;
}

function sampleTimelines(draw: Draw, samples: SimulationReportInput['samples']): string {
  const data = samples.flatMap(({ run, days }) =>
    days.flatMap((day) => [
      { run: `run ${run}: operations`, day: day.day, state: words(day.operations) },
      { run: `run ${run}: agreement`, day: day.day, state: `agreement ${words(day.agreement)}` },
    ]),
  );
  return draw({
    height: 60 + samples.length * 80,
    marginLeft: 230,
    // A label every fifth day (and the first): every day's would run into the next.
    x: { label: 'day of the run →', tickFormat: (day: number) => (day === 1 || day % 5 === 0 ? String(day) : '') },
    y: { label: null },
    color: { domain: TIMELINE_STATES.map(([state]) => state), range: TIMELINE_STATES.map(([, colour]) => colour) },
    marks: [Plot.cell(data, { x: 'day', y: 'run', fill: 'state', inset: 0.5 })],
  });
}

function assumptionsTable(input: SimulationReportInput): string {
  const { parameters, parties, sources } = input.assumptions;
  const sourceTitle = new Map(sources.map((source) => [source.id, source.title]));
  const row = (name: string, assumed: { value: number; range: readonly [number, number] | null; rationale: string; sources: string[] }) =>
    `<tr><th scope="row">${h(name)}</th><td>${assumed.value}</td><td class="range">${assumed.range ? `${assumed.range[0]}–${assumed.range[1]}` : '—'}</td><td>${h(assumed.rationale)}</td>` +
    `<td>${assumed.sources.map((id) => h(sourceTitle.get(id) ?? id)).join('<br>')}</td></tr>`;
  const shared = Object.entries(parameters).map(([name, assumed]) => row(name, assumed));
  const own = Object.entries(parties).flatMap(([party, values]) => Object.entries(values).map(([name, assumed]) => row(`${name} (${party} only)`, assumed!)));
  return (
    '<table class="assumptions"><thead><tr><th>parameter</th><th>value</th><th>range</th><th>rationale</th><th>sources</th></tr></thead>' +
    `<tbody>${[...shared, ...own].join('')}</tbody></table>`
  );
}

function provenanceList(input: SimulationReportInput): string {
  const { provenance, summary } = input;
  const { assumptions } = provenance;
  const design = provenance.design === 'plain' ? 'one set of values' : `${count(provenance.points)} sets of values (${provenance.design === 'grid' ? 'a grid' : 'a Latin hypercube sample'}), ${count(provenance.runsPerPoint)} runs each`;
  return (
    '<dl class="provenance">' +
    `<dt>assumptions</dt><dd>${h(assumptions.title)} (${h(assumptions.id)}${assumptions.version === null ? '' : `, version ${assumptions.version}`}, ${h(assumptions.file)}, sha256 <code>${h(assumptions.sha256)}</code>)</dd>` +
    `<dt>start</dt><dd>${h(provenance.start)}</dd>` +
    `<dt>runs</dt><dd>${count(summary.runs)} runs of ${count(provenance.days)} days: ${h(design)}</dd>` +
    `<dt>seed</dt><dd>${provenance.seed} (the same seed and file give the same figures)</dd>` +
    `<dt>model</dt><dd>truce-sim ${h(provenance.model)}</dd>` +
    '</dl>'
  );
}

/**
 * The report as one HTML document.
 * @example simulationReportHtml({ summary, provenance, sensitivity, assumptions, rows, samples })
 */
export function simulationReportHtml(input: SimulationReportInput): string {
  const draw = drawing();
  const { summary, rows } = input;
  const days = (field: 'tookForceDay') => rows.flatMap((row) => (row.outcome[field] === null ? [] : [row.outcome[field]!]));
  const sensitivity =
    input.sensitivity.length === 0
      ? '<p>Only one set of values was run. Run with <code>--sweep</code> or <code>--sample</code> to see which assumptions the outcomes turn on.</p>'
      : `<p>For each parameter varied: the share of runs with each agreement outcome at each of its values (averaged over the other parameters varied).</p>${shareLegend()}${sensitivityCharts(draw, input.sensitivity)}`;
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    // Nothing on this page may run or load anything: the policy makes that a rule the browser enforces.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<title>Simulation: ${h(input.provenance.assumptions.title)}</title><style>${REPORT_CSS}</style></head><body>` +
    `<p class="disclaimer" role="note">${h(DISCLAIMER)}</p>` +
    `<h1>${h(input.provenance.assumptions.title)}</h1>` +
    (input.assumptions.summary ? `<p class="summary">${h(input.assumptions.summary)}</p>` : '') +
    provenanceList(input) +
    `<section><h2>How the runs ended</h2>${finalCharts(draw, summary)}</section>` +
    `<section><h2>Agreements</h2>${agreementChart(draw, summary)}` +
    `<h3>The day an agreement first took force</h3>${histogram(draw, days('tookForceDay'), 'day of the run')}</section>` +
    `<section><h2>Over the days of a run</h2><h3>Hostages freed alive</h3>${histogram(draw, rows.map((row) => row.outcome.hostagesFreed), 'hostages freed alive in a run')}` +
    `<h3>Days of ceasefire</h3>${histogram(draw, rows.map((row) => row.outcome.ceasefireDays), 'days of ceasefire in a run')}</section>` +
    `<section><h2>Which assumptions move the outcomes</h2>${sensitivity}</section>` +
    `<section><h2>A few runs, day by day</h2>${input.samples.length === 0 ? '<p>No runs to show.</p>' : `${sampleTimelines(draw, input.samples)}${timelineLegend()}`}</section>` +
    `<section><h2>The assumptions</h2><p>Every figure above follows from these values; change them and the figures change.</p>${assumptionsTable(input)}</section>` +
    `<p class="disclaimer">${h(DISCLAIMER)}</p>` +
    '</body></html>\n'
  );
}

/**
 * The handout: one self-contained HTML page with a scenario, its chart and
 * the whole trace as a dated timeline. Nothing is loaded from anywhere (the
 * style sheet and the SVG are inline, there is no script), so it works from a
 * USB stick, and every piece of scenario text is escaped: shown, never run.
 */
import type { TruceStateValue } from '../model/index.js';
import type { Scenario, Trace, TraceStep } from '../scenario/index.js';
import { describeEvent, listInWords, REGION_LABELS } from '../words/index.js';
import { escapeXml } from './escape.js';
import { HANDOUT_CSS } from './handout-css.js';
import { checkText, factsHtml, factsText, lapseText, stateHtml } from './handout-words.js';

export interface HandoutInput {
  scenario: Scenario;
  trace: Trace;
  /** The chart as SVG, with the states after `chartStep` highlighted. */
  chartSvg: string;
  /** The step whose states the chart shows; null for the start. */
  chartStep: string | null;
}

const h = escapeXml;

function sourceIds(step: TraceStep): string[] {
  return step.source === undefined ? [] : [step.source].flat();
}

function header({ scenario, trace }: HandoutInput): string {
  const branch = trace.branch ? scenario.branches?.find((candidate) => candidate.id === trace.branch!.id) : undefined;
  const branchLines = trace.branch
    ? `<p class="branch-title">What-if branch: ${h(trace.branch.title)} <span class="small">(branch ${h(trace.branch.id)}: the main line up to step ${h(trace.branch.from)}, then the branch)</span></p>` +
      (branch?.summary ? `<p>${h(branch.summary)}</p>` : '')
    : '';
  return (
    `<header><h1>${h(scenario.title)}</h1>${branchLines}<p class="summary">${h(scenario.summary)}</p>` +
    `<p class="meta">Scenario <code>${h(scenario.id)}</code>, replayed with truce-sim: ${trace.steps.length} steps.</p></header>`
  );
}

function sourcesSection({ scenario }: HandoutInput): string {
  const items = scenario.sources.map((source) => {
    const link = source.url && /^https?:\/\//.test(source.url) ? ` <a href="${h(source.url)}" rel="noreferrer">${h(source.url)}</a>` : '';
    return `<li id="source-${h(source.id)}"><code>${h(source.id)}</code>: ${h(source.title)}${source.date ? ` (${h(source.date)})` : ''}${link}</li>`;
  });
  const parties = scenario.parties.map((party) => `<tr><td>${h(party.name)}</td><td><code>${h(party.id)}</code></td><td>${h(party.role)}</td></tr>`);
  return (
    `<section class="sources"><h2>Sources and parties</h2><ul>${items.join('')}</ul>` +
    `<table><thead><tr><th>party</th><th>id</th><th>role</th></tr></thead><tbody>${parties.join('')}</tbody></table>` +
    `<p class="small">Steps marked <em>inferred</em> are not stated by the sources; their note says why they are there.</p></section>`
  );
}

function startFacts({ scenario, trace }: HandoutInput): string {
  const date = scenario.initial.date ? `<dt>date</dt><dd>${h(scenario.initial.date)}</dd>` : '';
  const note = scenario.initial.note ? `<dt>note</dt><dd class="note">${h(scenario.initial.note)}</dd>` : '';
  return `<dl class="facts">${date}<dt>states</dt><dd>${stateHtml(trace.start.state)}</dd><dt>facts</dt><dd>${factsHtml(trace.start.context)}</dd>${note}</dl>`;
}

function chartSection(input: HandoutInput): string {
  const { trace, chartStep } = input;
  const step = trace.steps.find((candidate) => candidate.id === chartStep);
  const when = step ? `after step <code>${h(step.id)}</code> (${h(step.date)})` : 'at the start';
  const state = step ? step.state : trace.start.state;
  return (
    `<section class="chart-section"><h2>The statechart</h2>` +
    `<figure class="chart">${input.chartSvg}<figcaption>The states ${when} are outlined in bold with a dot in the corner: ${stateHtml(state)}. ` +
    `The regions (${h(listInWords(Object.values(REGION_LABELS)))}) run side by side: each is always in exactly one of its states. ` +
    'Dashed arrows are taken by themselves as soon as their condition holds (“after the agreed days”: once the end day of the agreement in force has passed); ' +
    'arrows from an “any … state” box apply in every state of that region; events written inside a box are recorded without a change of state. ' +
    'The names in brackets are the rules an event must pass.</figcaption></figure></section>'
  );
}

function stepItem(step: TraceStep, facts: string, previous: TruceStateValue, previousFacts: string, sourceTitles: ReadonlyMap<string, string>, parties: Scenario['parties']): string {
  const tags = [step.part === 'branch' ? 'what-if' : '', step.inferred ? 'inferred' : '', step.accepted ? '' : 'refused', step.ok ? '' : 'check not met'].filter(Boolean);
  const refusalExpected = step.expectations.some((result) => result.check === 'refused' && result.expected && result.met);
  const refusal = step.accepted
    ? ''
    : `<p class="refusal">Refused${refusalExpected ? ', as the scenario expects' : ''} (${h(step.refusalCode ?? '')}): ${h(step.reason ?? '')}</p>`;
  const checks = step.expectations.filter((result) => !(result.check === 'refused' && !result.expected && result.met));
  const sources = sourceIds(step).map((id) => `<a href="#source-${h(id)}" title="${h(sourceTitles.get(id) ?? id)}">${h(id)}</a>`);
  const lapse = lapseText(step);
  return (
    `<li class="step${step.accepted ? '' : ' refused'}" id="step-${h(step.id)}">` +
    `<div class="step-head"><span class="step-date">${h(step.date)}</span><span class="step-id">${h(step.id)}</span>${tags.map((tag) => `<span class="tag">${h(tag)}</span>`).join('')}</div>` +
    `<p class="event">${h(describeEvent(step.event, parties))}</p>` +
    (lapse !== undefined ? `<p class="lapse">${h(lapse)}</p>` : '') +
    refusal +
    `<p class="state-after">After it: ${stateHtml(step.state, previous)}</p>` +
    (facts !== previousFacts ? `<p class="small facts">${factsHtml(step.context)}</p>` : '') +
    (checks.length > 0 ? `<ul class="checks">${checks.map((result) => `<li class="check${result.met ? '' : ' failed'}">${h(checkText(result))}</li>`).join('')}</ul>` : '') +
    (sources.length > 0 ? `<p class="small">Source: ${sources.join(', ')}</p>` : '') +
    (step.note !== undefined ? `<p class="note">${h(step.note)}</p>` : '') +
    '</li>'
  );
}

function timelineSection(input: HandoutInput): string {
  const { scenario, trace } = input;
  const sourceTitles = new Map(scenario.sources.map((source) => [source.id, source.title]));
  let previous = trace.start.state;
  let previousFacts = factsText(trace.start.context);
  const items: string[] = [];
  trace.steps.forEach((step, index) => {
    if (step.part === 'branch' && trace.steps[index - 1]?.part !== 'branch' && trace.branch) {
      items.push(`<li class="branch-start">What-if from here: ${h(trace.branch.title)}</li>`);
    }
    const facts = factsText(step.context);
    items.push(stepItem(step, facts, previous, previousFacts, sourceTitles, scenario.parties));
    previous = step.state;
    previousFacts = facts;
  });
  // The start opens the steps, not the chart's page: printed, the chart's heading, drawing and caption then share one page.
  return `<section class="timeline-section"><h2>Step by step</h2><p>Where the scenario starts:</p>${startFacts(input)}<ol class="timeline">${items.join('')}</ol></section>`;
}

function endSection({ trace }: HandoutInput): string {
  const refused = trace.steps.filter((step) => !step.accepted).length;
  const checks = trace.steps.flatMap((step) => step.expectations);
  const failed = checks.filter((result) => !result.met).length;
  const verdict = trace.ok ? 'Every check the scenario makes was met.' : `${failed} of the scenario's checks were NOT met (marked ✗ above).`;
  return (
    `<section class="end-section"><h2>Where it ends</h2><dl class="facts"><dt>states</dt><dd>${stateHtml(trace.final.state)}</dd>` +
    `<dt>facts</dt><dd>${factsHtml(trace.final.context)}</dd></dl>` +
    `<p>${trace.steps.length} steps: ${trace.steps.length - refused} accepted, ${refused} refused. ${h(verdict)}</p></section>`
  );
}

/**
 * The handout as one HTML document.
 * @example handoutHtml({ scenario, trace, chartSvg, chartStep: trace.steps.at(-1)!.id })
 */
export function handoutHtml(input: HandoutInput): string {
  const title = input.trace.branch ? `${input.scenario.title}: ${input.trace.branch.title}` : input.scenario.title;
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    // Nothing on this page may load anything: the policy makes that a rule the browser enforces.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<title>${h(title)}</title><style>${HANDOUT_CSS}</style></head><body class="handout">` +
    header(input) +
    sourcesSection(input) +
    chartSection(input) +
    timelineSection(input) +
    endSection(input) +
    '</body></html>\n'
  );
}

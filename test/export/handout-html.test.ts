import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { activeStateIds } from '../../src/model/index.js';
import { escapeXml } from '../../src/export/escape.js';
import { handoutHtml } from '../../src/export/handout-html.js';
import { layoutChart, type ChartLayout } from '../../src/export/chart-layout.js';
import { drawChartSvg } from '../../src/export/chart-draw.js';
import { machineGraph } from '../../src/model/index.js';
import { loadScenarioText, replayScenario, type Scenario } from '../../src/scenario/index.js';
import { agreementInWords } from '../../src/words/index.js';

const TEXT = `
id: words
title: Words
summary: Every piece of text in a scenario.
sources:
  - { id: notes, title: Notes }
parties:
  - { id: israel, name: Israel, role: belligerent }
  - { id: hamas, name: Hamas, role: armed-group }
  - { id: qatar, name: Qatar, role: mediator }
initial:
  state: { talks: idle, operations: active, access: open }
  hostages: { held: 4, deceased: 1 }
  note: Start.
steps:
  - id: tabled
    date: 2023-11-20
    event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4, note: Terms. } }
    source: notes
    note: A note.
  - id: said
    date: 2023-11-21
    event: { type: STATEMENT, by: hamas, text: A statement. }
branches:
  - id: what-if
    title: A what-if
    summary: Its summary.
    from: tabled
    steps:
      - { id: no, date: 2023-11-21, event: { type: PROPOSAL_REJECTED, by: hamas } }
      - { id: israel-yes, date: 2023-11-21, event: { type: PROPOSAL_ACCEPTED, by: israel } }
      - { id: hamas-yes, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: hamas } }
      - { id: pause, date: 2023-11-22, event: { type: OPERATION_PAUSED, by: israel } }
      - { id: claim, date: 2023-11-23, event: { type: VIOLATION_REPORTED, by: israel, claimant: hamas, text: A claim. } }
      - { id: after-the-end, date: 2023-11-30, event: { type: STATEMENT, by: israel, text: Later. } }
`;

function scenario(): Scenario {
  const loaded = loadScenarioText(TEXT, 'words.yaml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.value;
}

/** Puts `text` in every place a scenario holds text that the handout shows. */
function withText(base: Scenario, text: string): Scenario {
  return {
    ...base,
    title: text,
    summary: text,
    sources: base.sources.map((source) => ({ ...source, title: text })),
    parties: base.parties.map((party) => ({ ...party, name: `${party.name} ${text}` })),
    initial: { ...base.initial, note: text },
    steps: base.steps.map((step) => ({ ...step, note: text })),
    branches: base.branches?.map((branch) => ({ ...branch, title: text, summary: text, steps: branch.steps.map((step) => ({ ...step, note: text })) })),
  } as Scenario;
}

let layout: ChartLayout;
beforeAll(async () => {
  layout = await layoutChart(machineGraph());
});

function handout(source: Scenario, branch?: string): string {
  const trace = replayScenario(source, branch ? { branch } : {});
  const last = trace.steps.at(-1)!;
  return handoutHtml({ scenario: source, trace, chartSvg: drawChartSvg(layout, { active: activeStateIds('truce', last.state) }), chartStep: last.id });
}

describe('the handout', () => {
  it('is the same, byte for byte, for the same scenario', () => {
    expect(handout(scenario())).toBe(handout(scenario()));
  });

  it('shows any text the scenario holds as text: it adds no tag of its own', () => {
    const tags = (html: string) => html.match(/<[a-zA-Z!/]/g)!.length;
    const plain = handout(withText(scenario(), 'plain'), 'what-if');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', minLength: 1 }), fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '&lt;', '</style>')), (text) => {
        const html = handout(withText(scenario(), text), 'what-if');
        expect(tags(html)).toBe(tags(plain));
        expect(html).toContain(escapeXml(text));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 30) },
    );
  });

  it('shows the agreement and a lapse before a step in the shared words, party names escaped', () => {
    const source = withText(scenario(), '<b>x</b>');
    const html = handout(source, 'what-if');
    const pause = replayScenario(source, { branch: 'what-if' }).steps.find((step) => step.id === 'pause')!;
    expect(agreementInWords(pause.context)).toContain('Qatar <b>x</b>');
    expect(html).toContain(escapeXml(agreementInWords(pause.context)!));
    expect(html).toContain('<p class="lapse">The agreement&#39;s days ran out after 26 November 2023: it lapsed before this step.</p>');
    expect(html).toContain('Hamas &lt;b&gt;x&lt;/b&gt; accuses Israel &lt;b&gt;x&lt;/b&gt; of a violation: A claim.');
  });

  it('has no script and loads nothing: styles inline, and a policy that forbids loading', () => {
    const html = handout(scenario());
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|src=/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });
});

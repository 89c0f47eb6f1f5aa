import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { machineGraph } from '../../src/model/index.js';
import { loadScenarioText, replayScenario } from '../../src/scenario/index.js';
import { agreementInWords } from '../../src/words/index.js';
import { scratchFolder } from '../cli/helpers.js';
import { truceInProcess } from '../cli/in-process.js';
import { AGREEMENT } from './agreement-scenario.js';
import { openBrowser, type Browser } from './browser.js';

const NOTE = 'Said on the radio: <script>document.title="pwned"</script> & <b>not bold</b>';

const SCENARIO = `
id: handout-test
title: A pause <agreed> & carried out
summary: A mediator tables a deal; both sides accept; the pause runs.
sources:
  - { id: notes, title: Teaching notes, url: "https://example.org/notes" }
parties:
  - { id: israel, name: Israel, role: belligerent }
  - { id: hamas, name: Hamas, role: armed-group }
  - { id: qatar, name: Qatar, role: mediator }
initial:
  state: { talks: idle, operations: active, access: open }
  hostages: { held: 10, deceased: 2 }
steps:
  - id: tabled
    date: 2023-11-20
    event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4, hostages: 5 } }
    source: notes
    note: ${JSON.stringify(NOTE)}
  - id: too-early
    date: 2023-11-21
    event: { type: OPERATION_PAUSED, by: israel }
    inferred: true
    note: Refused, Israel has not accepted yet.
    expect: { refused: true, refusal: NO_AGREED_DEAL }
  - id: hamas-yes
    date: 2023-11-21
    event: { type: PROPOSAL_ACCEPTED, by: hamas }
    source: notes
  - id: israel-yes
    date: 2023-11-22
    event: { type: PROPOSAL_ACCEPTED, by: israel }
    source: notes
    expect: { state: { talks: accepted } }
  - id: pause
    date: 2023-11-24
    event: { type: OPERATION_PAUSED, by: israel }
    source: notes
    expect: { state: { operations: pausedForRelease } }
branches:
  - id: no-deal
    title: What if Hamas rejects?
    from: tabled
    steps:
      - id: hamas-no
        date: 2023-11-21
        event: { type: PROPOSAL_REJECTED, by: hamas }
        inferred: true
        note: Hypothetical.
`;

function activeStates(svg: string): string[] {
  return [...svg.matchAll(/<g class="node state active" data-state-id="([^"]+)"/g)].map((match) => match[1]!).sort();
}

function expectedActive(stepId: string, branch?: string): string[] {
  const loaded = loadScenarioText(SCENARIO, 'handout.yaml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const trace = replayScenario(loaded.value, branch ? { branch } : {});
  const step = trace.steps.find((candidate) => candidate.id === stepId)!;
  return Object.entries(step.state).map(([region, state]) => `truce.${region}.${state}`).sort();
}

describe('truce export', () => {
  const scratch = scratchFolder();
  let scenarioFile: string;
  let browser: Browser;

  beforeAll(async () => {
    scenarioFile = scratch.write('handout.yaml', SCENARIO);
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    scratch.remove();
  });

  it('writes a handout that opens offline, asks for nothing, and shows the whole trace as text', async () => {
    const out = scratch.write('handout.html', '');
    const run = await truceInProcess(['export', scenarioFile, '--html', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`wrote ${out}\n`);

    const url = pathToFileURL(out).href;
    const { page, refused } = await browser.page([url]);
    await page.goto(url);
    const text = await page.locator('body').innerText();
    expect(await page.title()).toBe('A pause <agreed> & carried out');
    for (const id of ['tabled', 'too-early', 'hamas-yes', 'israel-yes', 'pause']) expect(await page.locator(`#step-${id}`).count()).toBe(1);
    expect(text).toContain(NOTE);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.locator('b').count()).toBe(0);
    expect(text).toContain('Refused, as the scenario expects (NO_AGREED_DEAL)');
    expect(await page.locator('#step-too-early .tag').allInnerTexts()).toEqual(['inferred', 'refused']);
    expect(await page.locator('#step-pause .state-after').innerText()).toBe('After it: talks accepted · operations pausedForRelease (changed) · access open · agreement inForce');
    expect(await page.locator('#step-israel-yes .state-after').innerText()).toBe('After it: talks accepted (changed) · operations active · access open · agreement inForce (changed)');
    expect(await page.locator('svg.truce-chart [data-state-id].active').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-state-id')).sort())).toEqual(
      expectedActive('pause'),
    );
    expect(refused).toEqual([]);
    await page.screenshot({ path: scratch.write('handout.png', ''), fullPage: true });
    expect(statSync(`${out.replace(/\.html$/, '.png')}`).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('prints each section on its own page, the chart on a landscape one', async () => {
    const out = scratch.write('print.html', '');
    await truceInProcess(['export', scenarioFile, '--html', out]);
    const url = pathToFileURL(out).href;
    const { page } = await browser.page([url]);
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.locator('section').evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore));
    expect(breaks).toEqual(['auto', 'page', 'page', 'page']);
    expect(await page.locator('section.chart-section').evaluate((section) => getComputedStyle(section).page)).toBe('chart');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('exports a what-if branch, marking where it starts', async () => {
    const out = scratch.write('branch.html', '');
    expect((await truceInProcess(['export', scenarioFile, '--branch', 'no-deal', '--html', out])).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('What-if branch: What if Hamas rejects?');
    expect(html).toContain('<li class="branch-start">What-if from here: What if Hamas rejects?</li>');
    expect(html).toContain('id="step-hamas-no"');
    expect(html).not.toContain('id="step-pause"');
  });

  it('writes the chart alone with the states after a chosen step, or after the last by default', async () => {
    const atStep = scratch.write('tabled.svg', '');
    const last = scratch.write('last.svg', '');
    expect((await truceInProcess(['export', scenarioFile, '--svg', atStep, '--at', 'tabled'])).code).toBe(0);
    expect((await truceInProcess(['export', scenarioFile, '--svg', last])).code).toBe(0);
    expect(activeStates(readFileSync(atStep, 'utf8'))).toEqual(expectedActive('tabled'));
    expect(activeStates(readFileSync(last, 'utf8'))).toEqual(expectedActive('pause'));
    expect(expectedActive('tabled')).not.toEqual(expectedActive('pause'));
  });

  it('writes a chart SVG that a browser reads as well-formed XML and draws', async () => {
    const out = scratch.write('chart.svg', '');
    await truceInProcess(['export', scenarioFile, '--svg', out, '--at', 'hamas-yes']);
    const svg = readFileSync(out, 'utf8');
    const { page, refused } = await browser.page();
    const parsed = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: document.getElementsByTagName('parsererror').length, states: document.querySelectorAll('[data-state-id]').length };
    }, svg);
    expect(parsed).toEqual({ error: 0, states: machineGraph().regions.flatMap((region) => region.states).length });
    expect(svg).toContain('data-region-id="truce.agreement"');
    expect(svg).toContain('>after the agreed days</text>');
    await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    await page.screenshot({ path: scratch.write('chart.png', ''), fullPage: true });
    expect(refused).toEqual([]);
    await page.close();
  });

  it('shows the agreement in the steps: its phase, days, guarantors, what is done against what is due, claims, and a lapse before a step', async () => {
    const file = scratch.write('agreement.yaml', AGREEMENT);
    const out = scratch.write('agreement.html', '');
    expect((await truceInProcess(['export', file, '--html', out])).code).toBe(0);
    const loaded = loadScenarioText(AGREEMENT, 'agreement.yaml');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const trace = replayScenario(loaded.value);
    const url = pathToFileURL(out).href;
    const { page, refused } = await browser.page([url]);
    await page.goto(url);
    const step = (id: string) => page.locator(`#step-${id}`).innerText();

    const release = await step('release');
    expect(release).toContain(agreementInWords(trace.steps.find((candidate) => candidate.id === 'release')!.context)!);
    expect(release).toContain('phase 1 of 2 (phase 2 still to be negotiated)');
    expect(release).toContain('end day 15 January 2025 (3 days left)');
    expect(release).toContain('3 of 2 hostages freed or returned, 1 beyond the deal');
    expect(release).toContain('guaranteed by Egypt');
    expect(await step('alleged')).toContain('A violation by Hamas is alleged: Shots are reported near a crossing.');
    expect(await step('claimed')).toContain('Hamas accuses Israel of a violation: Hamas says a strike hit a camp.');
    expect(await page.locator('#step-after-the-end .lapse').innerText()).toBe("The agreement's days ran out after 15 January 2025: it lapsed before this step.");
    expect(await page.locator('.lapse').count()).toBe(1);
    expect(await page.locator('#step-after-the-end .state-after').innerText()).toContain('agreement lapsed (changed)');
    expect(await page.locator('svg.truce-chart [data-state-id].active').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-state-id')).sort())).toEqual(
      ['truce.access.open', 'truce.agreement.lapsed', 'truce.operations.ceasefire', 'truce.talks.accepted'],
    );
    expect(await page.locator('figcaption').innerText()).toContain('The regions (Talks, Operations, Aid access and Agreement) run side by side');
    expect(refused).toEqual([]);
    await page.close();
  });

  it('refuses an unknown step for --at, suggesting the nearest (exit 2)', async () => {
    const { code, stderr } = await truceInProcess(['export', scenarioFile, '--svg', scratch.write('x.svg', ''), '--at', 'tabeld']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^truce export: no step "tabeld" in .*handout\.yaml; did you mean "tabled"\?; steps: tabled, too-early, hamas-yes, israel-yes, pause/);
  });

  it('needs --html or --svg (exit 2)', async () => {
    const { code, stderr } = await truceInProcess(['export', scenarioFile]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/say what to write: --html <out\.html>, --svg <out\.svg>, or both/);
  });

  it('reports a broken scenario file as everywhere: one located line each, exit 2, nothing written', async () => {
    const broken = scratch.write('broken.yaml', SCENARIO.replace('type: PROPOSAL_TABLED', 'type: PROPOSAL_TABLE'));
    const out = `${broken}.html`;
    const { code, stderr } = await truceInProcess(['export', broken, '--html', out]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/broken\.yaml:\d+:\d+: .*PROPOSAL_TABLE/);
    expect(() => statSync(out)).toThrow();
  });

  it('reports an unknown branch (exit 2)', async () => {
    const { code, stderr } = await truceInProcess(['export', scenarioFile, '--branch', 'nope', '--html', scratch.write('b.html', '')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no branch "nope"/);
  });
});

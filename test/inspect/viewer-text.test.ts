/**
 * Scenario text is shown as text, never read as HTML: a `<script>` in a note
 * appears as those characters and runs nothing, whatever field it is in.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchFolder } from '../cli/helpers.js';
import { launchBrowser, startViewer, type Browser, type ViewerProcess } from './viewer-helpers.js';

const SCRIPT_NOTE = `<script>window.__pwned = 'note'</script><img src=x onerror="window.__pwned = 'img'">`;

const hostileScenario = `id: hostile
title: "A <i>title</i> with <b>markup</b>"
summary: Text that looks like HTML must show as text.
sources:
  - { id: wire, title: "Wire <img src=x onerror=\\"window.__pwned = 'source'\\">", url: "javascript:window.__pwned = 'url'" }
parties:
  - { id: israel, name: "Israel <script>window.__pwned = 'party'</script>", role: belligerent }
  - { id: hamas, name: Hamas, role: armed-group }
  - { id: qatar, name: Qatar, role: mediator }
initial:
  state: { talks: idle, operations: active, access: open }
  hostages: { held: 10, deceased: 2 }
steps:
  - id: tabled
    date: 2023-11-20
    event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4, note: "<b>bold?</b>" } }
    source: wire
    note: ${JSON.stringify(SCRIPT_NOTE)}
  - id: too-early
    date: 2023-11-21
    event: { type: OPERATION_PAUSED, by: israel }
    note: Refused, as not every principal has accepted.
    inferred: true
    expect: { refused: true, refusal: NO_AGREED_DEAL }
  - id: claim
    date: 2023-11-22
    event: { type: VIOLATION_REPORTED, by: israel, claimant: hamas, text: "<b>claim</b>" }
`;

const scratch = scratchFolder();
let viewer: ViewerProcess;
let browser: Browser;

beforeAll(async () => {
  const file = scratch.write('hostile.yaml', hostileScenario);
  [viewer, browser] = await Promise.all([startViewer([file, '--port', '0']), launchBrowser()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (viewer) expect(await viewer.stop()).toBe(0);
  scratch.remove();
}, 60_000);

const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

describe('scenario text in the viewer', () => {
  it('shows a <script> in a note as the literal characters, and runs nothing', async () => {
    const { page } = await browser.open(viewer.url);

    await page.click('#timeline li[data-step-id="tabled"] button');

    expect(await page.locator('#step .note').textContent()).toBe(SCRIPT_NOTE);
    expect(await page.locator('#step .note').evaluate((note) => note.children.length)).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    await page.close();
  });

  it('shows markup in the title, party names, sources and terms as text', async () => {
    const { page } = await browser.open(`${viewer.url}?step=2`);

    expect(await page.locator('#scenario-title').textContent()).toBe('A <i>title</i> with <b>markup</b>');
    expect(await page.locator('#step .step-description').textContent()).toContain(`Israel <script>window.__pwned = 'party'</script> pauses operations`);
    expect(await page.locator('#context').textContent()).toContain('<b>bold?</b>');
    expect(await page.locator('#scenario-title, #step, #context, #timeline').evaluateAll((nodes) => nodes.flatMap((node) => [...node.querySelectorAll('script, img, i, b')]).length)).toBe(0);
    await page.click('#first');
    await page.click('#forward');
    expect(await page.locator('#step .sources').textContent()).toContain(`Wire <img src=x onerror="window.__pwned = 'source'">`);
    expect(await page.locator('#step .sources a').count()).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    await page.close();
  });

  it('shows a claim of violation, names and text, as text', async () => {
    const { page } = await browser.open(`${viewer.url}?step=3`);

    expect(await page.locator('#context').textContent()).toContain(`Hamas accuses Israel <script>window.__pwned = 'party'</script> of a violation: <b>claim</b>`);
    expect(await page.locator('#context').evaluate((node) => node.querySelectorAll('script, img, b').length)).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    await page.close();
  });

  it('shows a refused step with its code and reason, marked in the timeline', async () => {
    const { page } = await browser.open(viewer.url);

    await page.click('#timeline li[data-step-id="too-early"] button');

    expect(await page.locator('#step .refusal-title').textContent()).toBe('⊘ Refused [NO_AGREED_DEAL]');
    expect(await page.locator('#step .refusal-reason').textContent()).toContain('there is no agreed deal yet');
    expect(await page.locator('#timeline li[data-step-id="too-early"] .marks').textContent()).toBe('⊘ refused · inferred');
    expect(await page.locator('#step .checks').textContent()).toContain('✓ refused, as the file expects');
    await page.close();
  });
});

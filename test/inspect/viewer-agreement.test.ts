/**
 * The agreement in the viewer, in Chromium: its status, phase, end day and days left, what
 * the phase provides against what has been done, guarantors, a lapse before a step, and
 * violations shown as claims. On the January 2025 ceasefire as shipped, and on a small
 * scenario with a guarantor, a release beyond the deal and a violation alleged by no one named.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchFolder } from '../cli/helpers.js';
import { AGREEMENT } from '../export/agreement-scenario.js';
import { launchBrowser, startViewer, type Browser, type ViewerProcess } from './viewer-helpers.js';

const CEASEFIRE = 'scenarios/ceasefire-2025-01.yaml';

const scratch = scratchFolder();
let ceasefire: ViewerProcess;
let small: ViewerProcess;
let browser: Browser;

beforeAll(async () => {
  const file = scratch.write('agreement.yaml', AGREEMENT);
  [ceasefire, small, browser] = await Promise.all([startViewer([CEASEFIRE, '--port', '0']), startViewer([file, '--port', '0']), launchBrowser()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const viewer of [ceasefire, small]) if (viewer) expect(await viewer.stop()).toBe(0);
  scratch.remove();
}, 60_000);

const activeStates = (page: Page) => page.$$eval('[data-state-id].active', (nodes) => nodes.map((node) => node.getAttribute('data-state-id') ?? '').sort());
const agreement = (page: Page) => page.locator('#context dt:text-is("Agreement") + dd').innerText();

async function goToStep(page: Page, stepId: string): Promise<void> {
  await page.click(`#timeline li[data-step-id="${stepId}"] button`);
  await expect.poll(() => page.locator('#timeline [aria-current="step"]').locator('xpath=..').getAttribute('data-step-id')).toBe(stepId);
}

describe('the agreement in the viewer', () => {
  it('says there is none yet before the principals agree a deal', async () => {
    const { page } = await browser.open(ceasefire.url);

    await goToStep(page, 'hamas-agrees');

    expect(await agreement(page)).toBe('none yet');
    expect(await page.locator('#state-line').innerText()).toBe('Talks: proposal · Operations: active · Aid access: open · Agreement: none');
    expect(await activeStates(page)).toContain('truce.agreement.none');
    await page.close();
  });

  it('in phase one: in force, the phase and the next one still to be negotiated, the end day and days left, what is freed against what is due', async () => {
    const { page } = await browser.open(ceasefire.url);

    await goToStep(page, 'release-19-jan');

    const text = await agreement(page);
    expect(await page.locator('#context .agreement-status').innerText()).toMatch(/^in force \(/);
    expect(text).toContain('days running since 19 January 2025; end day 2 March 2025 (42 days left)');
    expect(text).toContain('phase 1 of 3 (phase 2 still to be negotiated)');
    expect(text).toContain('phase 1: 3 of 33 hostages freed or returned');
    expect(await page.locator('#state-line').innerText()).toBe('Talks: accepted · Operations: ceasefire · Aid access: open · Agreement: in force');
    expect(await activeStates(page)).toEqual(['truce.access.open', 'truce.agreement.inForce', 'truce.operations.ceasefire', 'truce.talks.accepted']);

    await goToStep(page, 'exchange-27-feb-remains');
    expect(await agreement(page)).toContain('phase 1: 33 of 33 hostages freed or returned');
    expect(await agreement(page)).toContain('end day 2 March 2025 (3 days left)');
    await page.close();
  });

  it('says at the step dated after the end day that the agreement lapsed before it, and at no other step', async () => {
    const { page } = await browser.open(ceasefire.url);

    await goToStep(page, 'strikes-resume');

    expect(await page.locator('#step .lapse').innerText()).toBe("The agreement's days ran out after 2 March 2025: it lapsed before this step.");
    expect(await agreement(page)).toBe('lapsed after 2 March 2025 (its agreed days ran out)');
    expect(await activeStates(page)).toContain('truce.agreement.lapsed');
    await goToStep(page, 'aid-halted');
    expect(await page.locator('#step .lapse').count()).toBe(0);
    await goToStep(page, 'israel-says-hamas-refused');
    expect(await page.locator('#step .lapse').count()).toBe(0);
    await page.close();
  });

  it('shows violations as claims: who accuses whom', async () => {
    const { page } = await browser.open(ceasefire.url);

    await page.click('#last');

    const claims = await page.locator('#context h3:text-is("Violations claimed") + ul li').allInnerTexts();
    expect(claims).toEqual([
      'Hamas accuses Israel of a violation: Hamas says Israel is violating the agreement, and that it will postpone the release due on 15 February. (10 February 2025)',
      "Israel accuses Hamas of a violation: Israel's defence minister says Hamas's postponement violates the agreement. (10 February 2025)",
      'Israel accuses Hamas of a violation: Israel says Hamas refused to release hostages. (18 March 2025)',
      'Hamas accuses Israel of a violation: Hamas says Israel overturned the agreement. (18 March 2025)',
    ]);
    await page.close();
  });

  it('names the guarantors, shows a release beyond the deal as beyond it, and a violation no one is named as claiming as alleged', async () => {
    const { page } = await browser.open(small.url);

    await goToStep(page, 'alleged');

    const text = await agreement(page);
    expect(text).toContain('guaranteed by Egypt');
    expect(text).toContain('phase 1 of 2 (phase 2 still to be negotiated)');
    expect(text).toContain('3 of 2 hostages freed or returned, 1 beyond the deal');
    expect(text).toContain('end day 15 January 2025 (2 days left)');
    expect(await page.locator('#context h3:text-is("Violations claimed") + ul').innerText()).toBe('A violation by Hamas is alleged: Shots are reported near a crossing. (13 January 2025)');

    await goToStep(page, 'after-the-end');
    expect(await page.locator('#step .lapse').innerText()).toBe("The agreement's days ran out after 15 January 2025: it lapsed before this step.");
    expect(await activeStates(page)).toEqual(['truce.access.open', 'truce.agreement.lapsed', 'truce.operations.ceasefire', 'truce.talks.accepted']);
    await page.close();
  });

  it('draws the agreement region on the chart, its timer reading "after the agreed days"', async () => {
    const { page } = await browser.open(ceasefire.url);

    expect(await page.locator('#chart [data-region-id="truce.agreement"].region').count()).toBe(1);
    expect(await page.locator('#chart [data-state-id^="truce.agreement."]').count()).toBe(4);
    expect(await page.locator('#chart .edge-label text').allTextContents()).toContain('after the agreed days');
    await page.close();
  });
});

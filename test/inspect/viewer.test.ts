/**
 * The viewer in a real browser: `truce view` as a child process, its page in
 * Debian's Chromium. Steps through the May 2024 scenario and its branch, and
 * checks the highlighted states, the panels, the keys, and that the page asks
 * nothing of any address but its own.
 *
 * `UPDATE_SCREENSHOT=1 npx vitest run test/inspect/viewer.test.ts` also writes
 * docs/images/viewer.png, the README's picture.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers.js';
import { launchBrowser, startViewer, type Browser, type ViewerProcess } from './viewer-helpers.js';

const RAFAH = 'scenarios/rafah-2024-05.yaml';

let viewer: ViewerProcess;
let browser: Browser;

beforeAll(async () => {
  [viewer, browser] = await Promise.all([startViewer([RAFAH, '--port', '0']), launchBrowser()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (viewer) expect(await viewer.stop()).toBe(0);
}, 60_000);

/** The full ids of the states drawn as current. */
function activeStates(page: Page): Promise<string[]> {
  return page.$$eval('[data-state-id].active', (nodes) => nodes.map((node) => node.getAttribute('data-state-id') ?? '').sort());
}

/** The value next to `label` in the situation panel. */
function situation(page: Page, label: string): Promise<string> {
  return page.locator(`#context dt:text-is("${label}") + dd`).innerText();
}

async function goToStep(page: Page, stepId: string): Promise<void> {
  await page.click(`#timeline li[data-step-id="${stepId}"] button`);
  await expect.poll(() => page.locator('#timeline [aria-current="step"]').locator('xpath=..').getAttribute('data-step-id')).toBe(stepId);
}

describe('truce view, in Chromium', () => {
  it('opens at the start, with the starting state of each region highlighted', async () => {
    const { page } = await browser.open(viewer.url);

    expect(await page.locator('#scenario-title').innerText()).toBe('Rafah and the Cairo talks, May 2024');
    expect(await activeStates(page)).toEqual(['truce.access.open', 'truce.agreement.none', 'truce.operations.active', 'truce.talks.idle']);
    expect(await page.locator('#position').innerText()).toBe('Start · 18 steps');
    expect(await page.locator('#state-line').innerText()).toBe('Talks: idle · Operations: active · Aid access: open · Agreement: none');
    expect(await situation(page, 'Crossings')).toBe('Rafah: open, Kerem Shalom: open');
    expect(await situation(page, 'Agreement')).toBe('none yet');
    await page.close();
  });

  it('after the Rafah crossing is seized, shows aid access closed and the crossing closed, with sources and note', async () => {
    const { page } = await browser.open(viewer.url);

    await goToStep(page, 'rafah-crossing-seized');

    expect(await activeStates(page)).toEqual(['truce.access.closed', 'truce.agreement.none', 'truce.operations.active', 'truce.talks.proposal']);
    expect(await situation(page, 'Crossings')).toBe('Rafah: closed, Kerem Shalom: closed');
    expect(await page.locator('#state-line').innerText()).toBe('Talks: proposal · Operations: active · Aid access: closed · Agreement: none');
    const step = await page.locator('#step').innerText();
    expect(step).toContain('7 May 2024 · step 8 of 18');
    expect(step).toContain('The Rafah crossing closes (Israel)');
    expect(step).toContain('News article of 8 May 2024, quoting AFP');
    expect(step).toContain('which the article calls the main conduit for aid into Gaza');
    await page.close();
  });

  it('marks a step the sources do not state as inferred', async () => {
    const { page } = await browser.open(viewer.url);

    await goToStep(page, 'mediators-proposal');

    expect(await page.locator('#step .tag.inferred').innerText()).toBe('inferred: not stated by the sources');
    expect(await situation(page, 'Proposal')).toContain('Proposal 1, by Egypt');
    await page.close();
  });

  it('at the end, shows talks stalled, 128 held of whom 36 dead, and the death toll with its source', async () => {
    const { page } = await browser.open(viewer.url);

    await page.click('#last');

    expect(await page.locator('#position').innerText()).toBe('Step 18 of 18 · 10 May 2024');
    expect(await activeStates(page)).toEqual(['truce.access.closed', 'truce.agreement.none', 'truce.operations.active', 'truce.talks.stalled']);
    expect(await situation(page, 'Crossings')).toBe('Rafah: closed, Kerem Shalom: open');
    expect(await situation(page, 'Hostages held')).toBe('128 held (36 of them reported dead)');
    expect(await situation(page, 'Hostages freed alive')).toBe('0');
    expect(await situation(page, 'Death toll')).toBe('34,844 (according to Gaza health ministry, 8 May 2024)');
    expect(await page.locator('#context').innerText()).toContain('Hamas: Hamas says the talks are Israel\'s "last chance"');
    await page.close();
  });

  it('switches to the pause-for-release branch, which ends with operations resumed, the agreement lapsed and 118 held', async () => {
    const { page } = await browser.open(viewer.url);

    await page.selectOption('#line-select', 'pause-for-release');
    await page.click('#last');

    expect(await page.locator('#line-summary').innerText()).toContain('What-if branch');
    expect(await activeStates(page)).toEqual(['truce.access.closed', 'truce.agreement.lapsed', 'truce.operations.resumed', 'truce.talks.accepted']);
    expect(await page.locator('#state-line').innerText()).toBe('Talks: accepted · Operations: resumed · Aid access: closed · Agreement: lapsed');
    expect(await situation(page, 'Agreement')).toBe('lapsed after 18 May 2024 (its agreed days ran out)');
    expect(await situation(page, 'Hostages held')).toBe('118 held (36 of them reported dead)');
    expect(await situation(page, 'Hostages freed alive')).toBe('10');
    expect(await situation(page, 'Prisoners freed')).toBe('30');
    expect(await page.locator('#step .tag.what-if').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('branch')).toBe('pause-for-release');
    await page.close();
  });

  it('opens on the branch given by the address, at the step given', async () => {
    const { page } = await browser.open(`${viewer.url}?branch=pause-for-release&step=15`);

    expect(await page.locator('#line-select').inputValue()).toBe('pause-for-release');
    expect(await page.locator('#timeline [aria-current="step"]').locator('xpath=..').getAttribute('data-step-id')).toBe('rafah-paused');
    expect(await activeStates(page)).toContain('truce.operations.pausedForRelease');
    expect(await activeStates(page)).toContain('truce.agreement.inForce');
    const agreement = await situation(page, 'Agreement');
    expect(agreement).toContain('in force');
    expect(agreement).toContain('end day 16 May 2024 (6 days left)');
    expect(agreement).toContain('0 of 10 hostages freed or returned, 0 of 30 prisoners freed');
    await page.close();
  });

  it('steps with the arrow keys and jumps with Home and End', async () => {
    const { page } = await browser.open(viewer.url);
    const position = () => page.locator('#position').innerText();

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await position()).toBe('Step 2 of 18 · 5 May 2024');
    await page.keyboard.press('ArrowRight');
    expect(await position()).toBe('Step 3 of 18 · 6 May 2024');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await position()).toBe('Step 1 of 18 · 5 May 2024');
    await page.keyboard.press('End');
    expect(await position()).toBe('Step 18 of 18 · 10 May 2024');
    await page.keyboard.press('Home');
    expect(await position()).toBe('Start · 18 steps');
    await page.close();
  });

  it('plays with space to the last step and stops there', async () => {
    const { page } = await browser.open(`${viewer.url}?step=15`);
    await page.selectOption('#speed', '500');
    await page.locator('body').focus();

    await page.keyboard.press(' ');
    expect(await page.locator('#play').getAttribute('aria-pressed')).toBe('true');

    await page.waitForSelector('#play[aria-pressed="false"]');
    expect(await page.locator('#position').innerText()).toBe('Step 18 of 18 · 10 May 2024');
    await page.close();
  });

  it('makes no request to any address but its own', async () => {
    const { page, requests } = await browser.open(viewer.url);

    for (const line of ['', 'pause-for-release', 'lasting-ceasefire']) {
      await page.selectOption('#line-select', line);
      await page.click('#timeline li[data-step-id="start"] button');
      for (let step = 0; step < 25 && !(await page.locator('#forward').isDisabled()); step += 1) await page.click('#forward');
    }
    await page.click('#text-size');

    expect(requests.length).toBeGreaterThanOrEqual(4);
    expect(requests.filter((url) => !url.startsWith(`${viewer.origin}/`))).toEqual([]);
    await page.close();
  });

  it('looks right on a projector (screenshot)', async () => {
    const { page } = await browser.open(`${viewer.url}?step=8`);

    const folder = process.env.UPDATE_SCREENSHOT ? join(ROOT, 'docs/images') : tmpdir();
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'viewer.png');
    await page.screenshot({ path: file });

    expect(await activeStates(page)).toContain('truce.access.closed');
    await page.close();
  });
});

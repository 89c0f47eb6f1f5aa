/**
 * The HTML report of `truce simulate --html`, opened in Chromium as a
 * lecturer would open it on a 1280×720 projector: the disclaimer on top and
 * in view, every chart drawn, nothing requested from anywhere, no script, the
 * text of the charts large enough to read, and text from the assumptions
 * shown as text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchFolder, truce } from '../cli/helpers.js';
import { openBrowser, type Browser } from '../export/browser.js';
import { SYMMETRIC } from './support.js';

const scratch = scratchFolder();
let browser: Browser;
let html: string;
let file: string;

beforeAll(async () => {
  // A rationale with markup in it: the report must show it as text.
  const assumptions = scratch.write('markup.yaml', readFileSync(SYMMETRIC, 'utf8').replace('rationale: Stalled talks reopen', 'rationale: <img src=x onerror=alert(1)> Stalled talks reopen'));
  file = join(scratch.write('.keep', ''), '..', 'report.html');
  const made = await truce(['simulate', assumptions, '--runs', '12', '--days', '30', '--sweep', 'accept=0.05:0.4:3', '--workers', '1', '--html', file]);
  expect(made.code, made.stderr).toBe(0);
  expect(made.stdout).toContain(`Wrote the report to ${file}`);
  html = readFileSync(file, 'utf8');
  browser = await openBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  scratch.remove();
});

describe('the simulation report', () => {
  it('opens offline with no request and no script, the disclaimer first and in view at 1280×720', async () => {
    const { page, refused } = await browser.page([pathToFileURL(file).href]);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(pathToFileURL(file).href);
    const disclaimer = page.locator('.disclaimer').first();

    expect(refused).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    expect(await disclaimer.textContent()).toBe('Exploratory, not a forecast: these figures follow from the stated assumptions.');
    const box = (await disclaimer.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(720);
    expect(html.indexOf('Exploratory, not a forecast')).toBeLessThan(html.indexOf('<svg'));
  });

  it('draws every chart: the four regions, agreements, two counts and a day, the parameter swept and the runs day by day', async () => {
    const { page } = await browser.page([pathToFileURL(file).href]);
    await page.goto(pathToFileURL(file).href);

    // 4 regions + agreements + 3 histograms + 1 sensitivity chart + the timelines.
    expect(await page.locator('svg').count()).toBe(10);
    expect(await page.locator('figcaption strong').allTextContents()).toEqual(['Talks', 'Operations', 'Aid access', 'Agreement', 'accept']);
    // The first run of the first, the middle and the last value swept, so the runs shown differ.
    expect(await page.getByText('run 0: operations').count()).toBe(1);
    expect(await page.getByText('run 24: operations').count()).toBe(1);
  });

  it('writes the chart text at 14 CSS pixels or more on a 1280-pixel screen', async () => {
    const { page } = await browser.page([pathToFileURL(file).href]);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(pathToFileURL(file).href);
    const smallest = await page.evaluate(() =>
      Math.min(...[...document.querySelectorAll('svg text')].filter((text) => (text.textContent ?? '').trim() !== '').map((text) => text.getBoundingClientRect().height)),
    );

    expect(smallest).toBeGreaterThanOrEqual(14);
  });

  it('shows text from the assumptions as text, never as markup', async () => {
    const { page } = await browser.page([pathToFileURL(file).href]);
    await page.goto(pathToFileURL(file).href);

    expect(await page.locator('img').count()).toBe(0);
    expect(await page.getByText('<img src=x onerror=alert(1)> Stalled talks reopen').count()).toBe(1);
    expect(html).toContain(`default-src 'none'`);
  });
});

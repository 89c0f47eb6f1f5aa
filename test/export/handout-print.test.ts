/**
 * The handout on paper, as Chromium prints it (page.pdf): the chart's heading, drawing and caption
 * on one page whatever the paper (A4 or Letter) and the orientation chosen, that page landscape, and
 * the chart's words and lines black on white, so the rules (guards) read on a black-and-white printer.
 */
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchFolder } from '../cli/helpers.js';
import { truceInProcess } from '../cli/in-process.js';
import { openBrowser, type Browser } from './browser.js';

/** The long caption of a what-if branch: its step id and four changed regions are the most a caption holds here. */
const SCENARIO = ['scenarios/rafah-2024-05.yaml', '--branch', 'pause-for-release'];

/** Paper sizes in PDF points (1/72 inch), portrait. */
const PAPERS = { A4: { width: 595.9, height: 842.9 }, Letter: { width: 612, height: 792 } } as const;

/** The pages of a PDF, by their boxes; Chromium writes each page object with its MediaBox, uncompressed. */
function pagesOf(pdf: Buffer): Array<{ width: number; height: number }> {
  const text = pdf.toString('latin1');
  const count = text.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => ({ width: Number(match[1]), height: Number(match[2]) }));
  expect(boxes).toHaveLength(count);
  return boxes;
}

describe('the handout, printed', () => {
  const scratch = scratchFolder();
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const out = scratch.write('what-if.html', '');
    expect((await truceInProcess(['export', ...SCENARIO, '--html', out])).code).toBe(0);
    url = pathToFileURL(out).href;
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    scratch.remove();
  });

  /** The handout with the chart's section alone: the section starts a page of its own in the whole handout, so its pages here are its pages there. */
  async function chartSectionAlone(): Promise<Page> {
    const { page } = await browser.page([url]);
    await page.goto(url);
    await page.evaluate(() => {
      for (const other of document.querySelectorAll('body > :not(section.chart-section)')) other.remove();
    });
    expect(await page.locator('section.chart-section h2').innerText()).toBe('The statechart');
    expect(await page.locator('section.chart-section svg.truce-chart').count()).toBe(1);
    expect(await page.locator('section.chart-section figcaption').innerText()).toContain('The names in brackets are the rules an event must pass.');
    return page;
  }

  for (const format of ['A4', 'Letter'] as const) {
    for (const landscape of [true, false]) {
      it(`keeps the chart's heading, drawing and caption on one landscape page of ${format} paper, chosen ${landscape ? 'landscape' : 'portrait'}`, async () => {
        const page = await chartSectionAlone();

        const pages = pagesOf(await page.pdf({ format, landscape }));

        expect(pages).toHaveLength(1);
        expect(pages[0]!.width).toBeCloseTo(PAPERS[format].height, 0);
        expect(pages[0]!.height).toBeCloseTo(PAPERS[format].width, 0);
        await page.close();
      });
    }
  }

  it('starts the chart on a page of its own, and the steps on the next, the start of the scenario with them', async () => {
    const { page } = await browser.page([url]);
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });

    const breaks = await page.locator('section').evaluateAll((sections) => sections.map((section) => [section.className, getComputedStyle(section).breakBefore]));
    expect(breaks).toEqual([
      ['sources', 'auto'],
      ['chart-section', 'page'],
      ['timeline-section', 'page'],
      ['end-section', 'page'],
    ]);
    expect(await page.locator('section.timeline-section > p').first().innerText()).toBe('Where the scenario starts:');
    expect(await page.locator('section.chart-section dl').count()).toBe(0);
    await page.close();
  });

  it('prints the rules on the arrows, like every word and line of the chart, black on white', async () => {
    const { page } = await browser.page([url]);
    await page.goto(url);
    const colours = () =>
      page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(`figure.chart ${selector}`)!);
        return {
          guard: style('text.text-guard').fill,
          event: style('text.text-event').fill,
          region: style('.region-frame').fill,
          labelBack: style('.label-back').fill,
          arrow: style('.edge > path').stroke,
        };
      });
    expect((await colours()).guard).not.toBe('rgb(0, 0, 0)');

    await page.emulateMedia({ media: 'print' });

    expect(await colours()).toEqual({ guard: 'rgb(0, 0, 0)', event: 'rgb(0, 0, 0)', region: 'rgb(255, 255, 255)', labelBack: 'rgb(255, 255, 255)', arrow: 'rgb(0, 0, 0)' });
    expect(await page.locator('figure.chart text.text-guard').count()).toBeGreaterThan(20);
    await page.close();
  });
});

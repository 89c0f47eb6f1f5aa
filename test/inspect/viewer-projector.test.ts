/**
 * Projector mode, measured in Debian's Chromium at a projector's sizes (1280×720 and 1366×768):
 * the chart's words as large as they are on the screen (font size times the drawing's scale), the
 * chart within the width, the rules (guards) only when asked for, and the arrow just taken marked
 * and kept in view. Screenshots go to the system's temporary folder (viewer-projector-*.png);
 * `UPDATE_SCREENSHOT=1 npx vitest run test/inspect/viewer-projector.test.ts` also writes
 * docs/images/viewer-projector.png, the README's picture of projector mode.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { machineGraph } from '../../src/model/index.js';
import { ROOT } from '../cli/helpers.js';
import { launchBrowser, startViewer, type Browser, type ViewerProcess } from './viewer-helpers.js';

const RAFAH = 'scenarios/rafah-2024-05.yaml';
const PROJECTORS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
];

/** An acceptance refused: a mediator cannot accept for a party. Taken, it would be the arrow into "proposal". */
const REFUSED_PAUSE = `
id: mediator-accepts
title: A mediator accepts
summary: Qatar accepts its own proposal; the statechart refuses.
sources: [{ id: notes, title: Teaching notes }]
parties:
  - { id: israel, name: Israel, role: principal }
  - { id: hamas, name: Hamas, role: principal }
  - { id: qatar, name: Qatar, role: mediator }
initial:
  state: { talks: idle, operations: active, access: open }
  hostages: { held: 10, deceased: 2 }
steps:
  - { id: tabled, date: 2023-11-20, source: notes, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4, hostages: 5 } } }
  - { id: mediator-accepts, date: 2023-11-21, source: notes, event: { type: PROPOSAL_ACCEPTED, by: qatar }, expect: { refused: true } }
`;

let viewer: ViewerProcess;
let projectorViewer: ViewerProcess;
let refusedViewer: ViewerProcess;
let browser: Browser;
const scratch = mkdtempSync(join(tmpdir(), 'truce-projector-'));

beforeAll(async () => {
  const refusedFile = join(scratch, 'mediator-accepts.yaml');
  writeFileSync(refusedFile, REFUSED_PAUSE);
  [viewer, projectorViewer, refusedViewer, browser] = await Promise.all([
    startViewer([RAFAH, '--port', '0']),
    startViewer([RAFAH, '--port', '0', '--projector']),
    startViewer([refusedFile, '--port', '0', '--projector']),
    launchBrowser(),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const running of [viewer, projectorViewer, refusedViewer]) if (running) expect(await running.stop()).toBe(0);
  rmSync(scratch, { recursive: true, force: true });
}, 60_000);

interface Label {
  kind: string;
  text: string;
  /** The size of the words on the screen, in CSS pixels: the font's size in the drawing times the drawing's scale. */
  pixels: number;
  left: number;
  right: number;
}

/** Every word on the chart that is drawn, with its size on the screen. */
function chartLabels(page: Page): Promise<Label[]> {
  return page.$$eval('#chart svg text', (texts) =>
    texts
      .filter((text) => text.getClientRects().length > 0)
      .map((text) => {
        const scale = (text as SVGTextElement).getScreenCTM()!;
        const box = text.getBoundingClientRect();
        return {
          kind: text.getAttribute('class') ?? '',
          text: text.textContent ?? '',
          pixels: Number.parseFloat(getComputedStyle(text).fontSize) * Math.hypot(scale.a, scale.b),
          left: box.left,
          right: box.right,
        };
      }),
  );
}

/** Opens `url` at the given size and waits for the chart's drawing `variant`. */
async function openAt(url: string, size: { width: number; height: number }, variant: string): Promise<Page> {
  const { page } = await browser.open(url, size);
  await page.waitForSelector(`body[data-chart="${variant}"]`);
  return page;
}

const smallest = (labels: readonly Label[]) => Math.min(...labels.map((label) => label.pixels));

/** The marked parts (the arrow just taken) and whether each is on the screen below the sticky controls. */
function takenInView(page: Page): Promise<Array<{ what: string; inView: boolean }>> {
  return page.evaluate(() => {
    const top = document.getElementById('controls')!.getBoundingClientRect().bottom;
    return [...document.querySelectorAll('#chart .taken')].map((element) => {
      const box = element.getBoundingClientRect();
      return { what: element.getAttribute('data-key') ?? element.textContent ?? '', inView: box.top >= top && box.bottom <= window.innerHeight };
    });
  });
}

describe('truce view in projector mode', () => {
  for (const size of PROJECTORS) {
    it(`at ${size.width}×${size.height}, draws every state and event label at least 16 pixels high on the screen, the chart within the width`, async () => {
      const page = await openAt(`${viewer.url}?projector=1&step=8`, size, 'large');
      await page.screenshot({ path: join(tmpdir(), `viewer-projector-${size.width}.png`) });

      const labels = await chartLabels(page);
      const states = labels.filter((label) => label.kind.startsWith('text-state'));
      const events = labels.filter((label) => /^text-(event|when)\b/.test(label.kind));

      expect(states.map((label) => label.text).sort()).toContain('pausedForRelease');
      expect(states.length).toBe(machineGraph().regions.flatMap((region) => region.states).length);
      expect(events.length).toBeGreaterThan(40);
      expect(smallest(states)).toBeGreaterThanOrEqual(16);
      expect(smallest(events)).toBeGreaterThanOrEqual(16);
      expect(smallest(labels)).toBeGreaterThanOrEqual(16);
      expect(Math.max(...labels.map((label) => label.right))).toBeLessThanOrEqual(size.width);
      expect(Math.min(...labels.map((label) => label.left))).toBeGreaterThanOrEqual(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      expect(await takenInView(page)).toEqual([{ what: 'CROSSING_CLOSED', inView: true }]);
      await page.close();
    });
  }

  it('at 1280×720 with Larger text, draws the chart in the same large words', async () => {
    const page = await openAt(viewer.url, PROJECTORS[0]!, 'usual');
    expect(smallest(await chartLabels(page))).toBeLessThan(16);

    await page.click('#text-size');
    await page.waitForSelector('body[data-chart="large"]');

    expect(await page.locator('#text-size').getAttribute('aria-pressed')).toBe('true');
    expect(smallest(await chartLabels(page))).toBeGreaterThanOrEqual(16);
    await page.close();
  });

  it('starts in projector mode with truce view --projector, and leaves it with the button', async () => {
    const page = await openAt(projectorViewer.url, PROJECTORS[0]!, 'large');
    expect(await page.evaluate(() => document.documentElement.className)).toBe('large projector');
    expect(await page.locator('#projector').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#line-summary').isVisible()).toBe(false);

    await page.click('#projector');
    await page.waitForSelector('body[data-chart="usual"]');

    expect(await page.evaluate(() => document.documentElement.className)).toBe('');
    expect(new URL(page.url()).searchParams.has('projector')).toBe(false);
    await page.close();
  });

  it('keeps the rules (guards) off the chart, in the tooltips, until asked for', async () => {
    const page = await openAt(`${viewer.url}?projector=1`, PROJECTORS[0]!, 'large');
    const guards = () => page.locator('#chart svg text.text-guard').count();
    expect(await guards()).toBe(0);
    expect(await page.locator('#chart g.edge[data-events="OPERATION_PAUSED"] > title').first().textContent()).toContain('if senderIsKnown');

    await page.click('#rules');
    await page.waitForSelector('body[data-chart="large-rules"]');
    expect(await guards()).toBeGreaterThan(20);
    expect(await page.locator('#chart svg text.text-guard').first().innerHTML()).toMatch(/^\[/);
    expect(new URL(page.url()).searchParams.get('rules')).toBe('1');

    await page.click('#rules');
    await page.waitForSelector('body[data-chart="large"]');
    expect(await guards()).toBe(0);
    await page.close();
  });

  it('marks the arrow just taken and its event, and no other', async () => {
    const page = await openAt(`${viewer.url}?projector=1&step=3`, PROJECTORS[0]!, 'large');
    expect(await page.locator('#chart .taken').evaluateAll((marked) => marked.map((element) => element.closest('.anywhere') !== null && element.textContent))).toEqual(['STATEMENT']);

    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#position:text-is("Step 4 of 18 · 6 May 2024")');

    expect(await page.locator('#chart g.edge.taken').evaluateAll((edges) => edges.map((edge) => [edge.getAttribute('data-source'), edge.getAttribute('data-target')]))).toEqual([
      ['truce.talks#any', 'truce.talks.proposal'],
    ]);
    expect(await page.locator('#chart text.taken').allTextContents()).toEqual(['PROPOSAL_TABLED']);
    expect(await page.locator('#now').innerText()).toBe('Egypt and Qatar put forward a proposal (ceasefire 42 days, 3 phases)');
    const folder = process.env.UPDATE_SCREENSHOT ? join(ROOT, 'docs/images') : tmpdir();
    mkdirSync(folder, { recursive: true });
    await page.screenshot({ path: join(folder, 'viewer-projector.png') });
    await page.close();
  });

  it('marks an arrow taken by itself once its condition holds, and an event that changes no state inside its box', async () => {
    const page = await openAt(`${viewer.url}?projector=1&branch=pause-for-release&step=14`, PROJECTORS[0]!, 'large');

    expect(await page.locator('#chart g.edge.taken').evaluateAll((edges) => edges.map((edge) => edge.getAttribute('data-target')).sort())).toEqual([
      'truce.agreement.inForce',
      'truce.talks.accepted',
    ]);
    expect(await page.locator('#chart text.taken').allTextContents()).toEqual(['when everyPrincipalAccepted', 'when newDealAgreed']);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#position:text-is("Step 16 of 19 · 10 May 2024")');
    expect(await page.locator('#chart g.edge.taken').count()).toBe(0);
    expect(await page.locator('#chart text.taken').allTextContents()).toEqual(['HOSTAGES_RELEASED']);
    await page.close();
  });

  it('marks nothing for a refused step', async () => {
    const page = await openAt(`${refusedViewer.url}?step=1`, PROJECTORS[0]!, 'large');
    expect(await page.locator('#chart text.taken').allTextContents()).toEqual(['PROPOSAL_TABLED']);

    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#position:text-is("Step 2 of 2 · 21 November 2023")');

    expect(await page.locator('#step .refusal-title').count()).toBe(1);
    expect(await page.locator('#chart .taken').count()).toBe(0);
    await page.close();
  });

  for (const size of PROJECTORS) {
    it(`at ${size.width}×${size.height}, scrolls the arrow just taken into view under the step controls`, async () => {
      const page = await openAt(`${viewer.url}?projector=1&branch=pause-for-release&step=15`, size, 'large');
      await page.screenshot({ path: join(tmpdir(), `viewer-projector-scrolled-${size.width}.png`) });

      const taken = await takenInView(page);
      expect(taken.map((part) => part.what)).toContain('OPERATION_PAUSED');
      expect(taken.filter((part) => !part.inView)).toEqual([]);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await page.close();
    });
  }
});

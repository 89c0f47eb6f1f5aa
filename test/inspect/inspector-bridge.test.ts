/**
 * The bridge page in a real Chromium: it reads our socket and hands the
 * Stately messages to the Stately inspector's frame. The Stately page itself
 * lives online, which tests cannot reach: its address is answered here by a
 * stand-in that does what `@statelyai/inspect`'s browser receiver does (say
 * `@statelyai.connected` to the parent, keep every message with `_version`).
 */
import type { BrowserContext, Route } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playLive, recordReplay, STATELY_INSPECTOR_URL } from '../../src/inspect/inspector/index.js';
import { inspectorServer } from './inspector-helpers.js';
import { shippedScenario } from '../scenario/helpers.js';

const STAND_IN = `<!doctype html><script>
window.received = [];
addEventListener('message', (event) => { if (event.data && typeof event.data._version === 'string') window.received.push(event.data); });
parent.postMessage({ type: '@statelyai.connected' }, '*');
</script>`;

let chromium: ChromiumSession;
let context: BrowserContext;
beforeAll(async () => {
  chromium = await launchChromium({ headless: true });
  context = chromium.context;
});
afterAll(async () => {
  await chromium?.close();
});

describe('the Stately inspector page served by truce', () => {
  it('passes every Stately message to the inspector frame, in order, even those sent before the frame was ready', async () => {
    const recorded = await recordReplay(await shippedScenario('rafah-2024-05'));
    const server = await inspectorServer();
    const elsewhere: string[] = [];
    let releaseFrame!: () => void;
    const frameHeld = new Promise<void>((resolve) => (releaseFrame = resolve));
    const page = await context.newPage();
    await page.route('**/*', async (route: Route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      if (url.href.startsWith(STATELY_INSPECTOR_URL)) {
        await frameHeld; // the whole replay reaches the page first: the page must hold it for the frame
        return route.fulfill({ status: 200, contentType: 'text/html', body: STAND_IN });
      }
      elsewhere.push(url.href);
      return route.abort();
    });

    const opened = page.goto(server.url);
    expect(await server.waitForClient(60_000)).toBe(true);
    await playLive(recorded, server, { delayMs: 0, lines: null }, () => {});
    releaseFrame();
    await opened;
    const frame = page.frames().find((candidate) => candidate.url().startsWith(STATELY_INSPECTOR_URL))!;
    const stately = [...recorded.opening, ...recorded.steps.flat(), ...recorded.closing].filter((message) => !message.type.startsWith('truce.'));
    await frame.waitForFunction((count) => (window as unknown as { received: unknown[] }).received.length >= count, stately.length);
    const received = await frame.evaluate(() => (window as unknown as { received: unknown[] }).received);

    expect(received).toEqual(stately);
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30_000 }).toBe('The replay is over: the inspector keeps what it was shown.');
    expect(elsewhere).toEqual([]);
    await server.close();
    await page.close();
  });
});

/**
 * The bridge page's script posts the replay to Stately's origin only. Its
 * frame starts at stately.ai, says it is connected, then goes elsewhere (a
 * redirect, a link): with a target origin of '*' the replay would follow it
 * there. The script is run in a page of the test's own (the real bridge page's
 * content policy already stops the frame from leaving stately.ai, which would
 * hide what the script does), its socket played by the test.
 */
import type { WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_SCRIPT } from '../../src/inspect/inspector/bridge-page.js';
import { STATELY_INSPECTOR_URL } from '../../src/inspect/inspector/index.js';
import { launchChromium, type ChromiumSession } from '../support/chromium.js';

const HARNESS = 'http://harness.test/?token=abc';
const ELSEWHERE = 'https://attacker.example/';

/** Stately's page, as far as the bridge can tell: it says it is connected, then leaves for another site. */
const LEAVING_STATELY = `<!doctype html><script>
parent.postMessage({ type: '@statelyai.connected' }, '*');
location.href = '${ELSEWHERE}';
</script>`;

/** The site the frame went to: it keeps whatever it is sent. */
const KEEPING = `<!doctype html><script>
window.received = [];
addEventListener('message', (event) => window.received.push(event.data));
</script>`;

let chromium: ChromiumSession;
beforeAll(async () => {
  chromium = await launchChromium({ headless: true });
});
afterAll(async () => {
  await chromium?.close();
});

describe('the bridge script', () => {
  it('sends nothing to its frame once the frame has left Stately’s origin', async () => {
    const page = await chromium.context.newPage();
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === HARNESS) return route.fulfill({ contentType: 'text/html', body: `<p id="status"></p><iframe id="inspector" src="${STATELY_INSPECTOR_URL}"></iframe><script>${BRIDGE_SCRIPT}</script>` });
      if (url.startsWith(STATELY_INSPECTOR_URL)) return route.fulfill({ contentType: 'text/html', body: LEAVING_STATELY });
      if (url === ELSEWHERE) return route.fulfill({ contentType: 'text/html', body: KEEPING });
      return route.abort();
    });
    let socket!: WebSocketRoute;
    let socketOpened!: () => void;
    const connected = new Promise<void>((resolve) => (socketOpened = resolve));
    await page.routeWebSocket(/^ws:\/\/harness\.test\//, (route) => {
      socket = route;
      socketOpened();
    });
    const left = page.waitForEvent('framenavigated', (frame) => frame.url() === ELSEWHERE);

    await page.goto(HARNESS);
    const frame = await left;
    await frame.waitForFunction(() => Array.isArray((window as unknown as { received?: unknown[] }).received));
    await connected;
    socket.send(JSON.stringify({ _version: '1.0.0', type: '@xstate.snapshot', snapshot: { secret: 'the replay' } }));
    socket.send(JSON.stringify({ type: 'truce.done', ok: true }));
    // The script has handled both messages (the second after the first): whatever it posted is on its way.
    await page.waitForFunction(() => document.getElementById('status')!.textContent!.startsWith('The replay is over'));
    // Posted after it, from the same window: once the frame has this, it has everything the script posted.
    await page.evaluate(() => (document.getElementById('inspector') as HTMLIFrameElement).contentWindow!.postMessage({ barrier: true }, '*'));
    await frame.waitForFunction(() => (window as unknown as { received: Array<{ barrier?: boolean }> }).received.some((data) => data.barrier));

    expect(await frame.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual([{ barrier: true }]);
    await page.close();
  });
});

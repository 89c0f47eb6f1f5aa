/**
 * Running `truce view` as a user does (a real process on a real port) and
 * opening its page in Debian's Chromium through playwright-core. The address
 * is read from the process's own output: no fixed ports, no sleeps.
 */
import type { ChildProcess } from 'node:child_process';
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { exitOf, startServing } from '../support/server-process.js';

export interface ViewerProcess {
  /** `http://127.0.0.1:<port>/`, as printed. */
  url: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  child: ChildProcess;
  output(): { stdout: string; stderr: string };
  /** Sends Ctrl-C (SIGINT) and resolves with the exit code once the process has exited. */
  stop(): Promise<number | null>;
}

const ADDRESS = /http:\/\/127\.0\.0\.1:\d+\//;

export { exitOf };

/** Starts `node dist/cli/bin.js view ...args` and resolves once it prints its address. */
export async function startViewer(args: string[]): Promise<ViewerProcess> {
  const started = await startServing('view', args, (stdout) => ADDRESS.exec(stdout)?.[0]);
  return { ...started, url: started.ready, origin: started.ready.slice(0, -1) };
}

export { CHROMIUM_ARGS } from '../support/chromium.js';

export interface Browser {
  /** A new tab, of the size given or the browser's, that records the address of every request it makes. */
  open(url: string, viewport?: { width: number; height: number }): Promise<{ page: Page; requests: string[] }>;
  close(): Promise<void>;
}

/** Debian's Chromium (never a downloaded one) with a fresh profile of its own. */
export async function launchBrowser(): Promise<Browser> {
  const { context, close } = await launchChromium({ viewport: { width: 1600, height: 900 } });
  return {
    async open(url, viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('websocket', (socket) => requests.push(socket.url()));
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]');
      return { page, requests };
    },
    close,
  };
}

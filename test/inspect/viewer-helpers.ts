/**
 * Running `truce view` as a user does (a real process on a real port) and
 * opening its page in Debian's Chromium through playwright-core. The address
 * is read from the process's own output: no fixed ports, no sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { ROOT } from '../cli/helpers.js';

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

/** Resolves with the exit code once `child` has exited (at once if it already has). */
export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Starts `node dist/cli/bin.js view ...args` and resolves once it prints its address. */
export function startViewer(args: string[]): Promise<ViewerProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'dist/cli/bin.js'), 'view', ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const url = ADDRESS.exec(stdout)?.[0];
      if (!url) return;
      child.stdout!.removeAllListeners('data');
      child.stdout!.on('data', (more: Buffer) => (stdout += more.toString('utf8')));
      resolve({
        url,
        origin: url.slice(0, -1),
        child,
        output: () => ({ stdout, stderr }),
        stop: () => {
          const exited = exitOf(child);
          child.kill('SIGINT');
          return exited;
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`truce view exited (${code}) before printing its address:\n${stdout}${stderr}`)));
  });
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

/**
 * The live mode: `truce view --live` follows a replay that `truce run --inspect`
 * is running, both real processes. The teacher paces the replay with Enter
 * (`--step`), and the page shows each step as it arrives.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { ROOT } from '../cli/helpers.js';
import { exitOf, launchBrowser, startViewer, type Browser, type ViewerProcess } from './viewer-helpers.js';

const RAFAH = 'scenarios/rafah-2024-05.yaml';

interface InspectedRun {
  child: ChildProcess;
  socketUrl: string;
  output(): string;
}

/** Starts `truce run <file> --inspect --port 0 ...args` and resolves with the WebSocket address it prints. */
function startInspectedRun(args: string[]): Promise<InspectedRun> {
  const child = spawn(process.execPath, [join(ROOT, 'dist/cli/bin.js'), 'run', RAFAH, '--inspect', '--port', '0', ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const socketUrl = /ws:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output)?.[0];
      if (socketUrl) resolve({ child, socketUrl, output: () => output });
    });
    child.once('exit', (code) => reject(new Error(`truce run --inspect exited (${code}) before printing its address:\n${output}`)));
  });
}

/**
 * A socket on this machine that is not the one the command line was given: whoever connects is
 * told at once of a whole replay of the lasting-ceasefire branch, which then ends.
 */
interface FakeReplay {
  url: string;
  connections(): number;
  close(): Promise<void>;
}

async function startFakeReplay(): Promise<FakeReplay> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  let connections = 0;
  server.on('connection', (socket) => {
    connections += 1;
    const messages = [
      { type: 'truce.replay', branch: { id: 'lasting-ceasefire' } },
      { type: '@xstate.actor', name: 'truce', sessionId: 'fake', snapshot: { value: { talks: 'accepted', operations: 'ceasefire', access: 'open', agreement: 'inForce' }, context: {} } },
      { type: 'truce.done', ok: true },
    ];
    for (const message of messages) socket.send(JSON.stringify(message));
    socket.close();
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let browser: Browser;
let fake: FakeReplay;
const started: Array<{ child: ChildProcess }> = [];

beforeAll(async () => {
  [browser, fake] = await Promise.all([launchBrowser(), startFakeReplay()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await fake?.close();
  for (const { child } of started) if (child.exitCode === null) child.kill('SIGINT');
}, 60_000);

const position = (page: Page) => page.locator('#position').innerText();
const activeStates = (page: Page) => page.$$eval('[data-state-id].active', (nodes) => nodes.map((node) => node.getAttribute('data-state-id') ?? '').sort());

async function liveViewer(run: InspectedRun, extra: string[] = []): Promise<ViewerProcess> {
  const viewer = await startViewer([RAFAH, '--port', '0', '--live', run.socketUrl, ...extra]);
  started.push(run, viewer);
  return viewer;
}

describe('truce view --live', () => {
  it('shows each step of a running replay as the teacher sends it, then the whole replay', async () => {
    const run = await startInspectedRun(['--step']);
    const viewer = await liveViewer(run);
    const { page, requests } = await browser.open(viewer.url);
    await page.waitForSelector('#live-status:text-matches("waiting for its first step|it has started")');
    // The socket opens before the replay's first message: until that message, the page still shows the file's own steps.
    await page.waitForSelector('#live-status:text-matches("it has started")');
    expect(await position(page)).toBe('Start · 0 steps');

    run.child.stdin!.write('\n');
    await page.waitForSelector('#position:text-is("Step 1 of 1 · 5 May 2024")');
    expect(await page.locator('#step .step-description').innerText()).toMatch(/^Talks stall: A round of talks in Cairo ends without result/);

    run.child.stdin!.write('\n');
    await page.waitForSelector('#position:text-is("Step 2 of 2 · 5 May 2024")');
    expect(await page.locator('#step .step-description').innerText()).toBe('The Kerem Shalom crossing closes (Israel)');
    expect(await activeStates(page)).toEqual(['truce.access.closed', 'truce.agreement.none', 'truce.operations.active', 'truce.talks.stalled']);

    run.child.stdin!.end();
    await page.waitForSelector('#live-status:text-matches("The replay is over")');
    expect(await page.locator('#live-status').innerText()).toBe('The replay is over: 18 steps, all as the file expects. Step through them here.');
    expect(await position(page)).toBe('Step 18 of 18 · 10 May 2024');
    expect(await activeStates(page)).toEqual(['truce.access.closed', 'truce.agreement.none', 'truce.operations.active', 'truce.talks.stalled']);
    expect(await exitOf(run.child)).toBe(0);

    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await position(page)).toBe('Step 1 of 18 · 5 May 2024');
    expect(requests.filter((url) => !url.startsWith(`${viewer.origin}/`) && url !== run.socketUrl)).toEqual([]);
    expect(await viewer.stop()).toBe(0);
    await page.close();
  });

  it('switches to the branch the running replay announces', async () => {
    const run = await startInspectedRun(['--branch', 'pause-for-release']);
    const viewer = await liveViewer(run);
    const { page } = await browser.open(viewer.url);

    await page.waitForSelector('#live-status:text-matches("The replay is over")');

    expect(await page.locator('#line-select').inputValue()).toBe('pause-for-release');
    expect(await position(page)).toBe('Step 19 of 19 · 18 May 2024');
    expect(await activeStates(page)).toEqual(['truce.access.closed', 'truce.agreement.lapsed', 'truce.operations.resumed', 'truce.talks.accepted']);
    expect(await page.locator('#context dt:text-is("Agreement") + dd').innerText()).toBe('lapsed after 18 May 2024 (its agreed days ran out)');
    expect(await page.locator('#context dt:text-is("Hostages held") + dd').innerText()).toBe('118 held (36 of them reported dead)');
    expect(await exitOf(run.child)).toBe(0);
    expect(await viewer.stop()).toBe(0);
    await page.close();
  });

  it('follows only the address the command line checked, whatever the page’s address says', async () => {
    const run = await startInspectedRun([]);
    const viewer = await liveViewer(run);
    const policy = (await fetch(viewer.url)).headers.get('content-security-policy') ?? '';
    const { page, requests } = await browser.open(`${viewer.url}?live=${encodeURIComponent(fake.url)}`);

    await page.waitForSelector('#live-status:text-matches("The replay is over")');

    expect(await page.locator('#live-status').innerText()).toBe('The replay is over: 18 steps, all as the file expects. Step through them here.');
    expect(await page.locator('#line-select').inputValue()).toBe('');
    expect(await position(page)).toBe('Step 18 of 18 · 10 May 2024');
    expect(fake.connections()).toBe(0);
    expect(requests.filter((url) => url.startsWith('ws:'))).toEqual([run.socketUrl]);
    expect(policy).toContain(`connect-src 'self' ws://${new URL(run.socketUrl).host};`);
    expect(await viewer.stop()).toBe(0);
    await page.close();
  });
});

describe('truce view --live --projector', () => {
  it('says what the replay is doing without its address, which stays off the projector', async () => {
    const run = await startInspectedRun(['--step']);
    const viewer = await liveViewer(run, ['--projector']);
    const { page } = await browser.open(viewer.url);

    await page.waitForSelector('#live-status:text-matches("it has started")');

    expect(await page.locator('#live-status').innerText()).toBe('Following the replay: it has started.');
    expect(await page.locator('#live-status').textContent()).toBe(`Following the replay at ws://${new URL(run.socketUrl).host}: it has started.`);
    await page.click('#projector');
    expect(await page.locator('#live-status').innerText()).toBe(`Following the replay at ws://${new URL(run.socketUrl).host}: it has started.`);
    run.child.stdin!.end();
    expect(await exitOf(run.child)).toBe(0);
    expect(await viewer.stop()).toBe(0);
    await page.close();
  });
});

describe('truce view without --live', () => {
  it('shows no live replay for a link that names one (?live=), and allows no connection but to itself', async () => {
    const viewer = await startViewer([RAFAH, '--port', '0']);
    started.push(viewer);
    const policy = (await fetch(viewer.url)).headers.get('content-security-policy') ?? '';
    const { page, requests } = await browser.open(`${viewer.url}?live=${encodeURIComponent(fake.url)}`);

    expect(await page.locator('#live-status').isHidden()).toBe(true);
    expect(await page.locator('#live-status').innerText()).toBe('');
    expect(await position(page)).toBe('Start · 18 steps');
    expect(await page.locator('#line-select').inputValue()).toBe('');
    expect(requests.filter((url) => url.startsWith('ws:'))).toEqual([]);
    expect(fake.connections()).toBe(0);
    expect(policy).toContain("connect-src 'self';");
    expect(await viewer.stop()).toBe(0);
    await page.close();
  });
});

/**
 * `truce run --inspect` as a user runs it: a real process serving the Stately
 * inspector's WebSocket protocol, read by a real WebSocket client.
 */
import { createServer, type Server } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/model/index.js';
import { readScenarioFile, stepsToReplay, type Scenario } from '../../src/scenario/index.js';
import { truce } from '../cli/helpers.js';
import { accepts, connectViewer, silentClient, snapshotAfter, startTruce, stepEvents } from './inspector-helpers.js';

const RAFAH = 'scenarios/rafah-2024-05.yaml';
const LIVE = ['run', RAFAH, '--inspect', '--port', '0'];

let rafah: Scenario;
beforeAll(async () => {
  const loaded = await readScenarioFile(RAFAH);
  if (!loaded.ok) throw new Error('the shipped scenario does not load');
  rafah = loaded.value;
});

describe.concurrent('truce run --inspect', () => {
  it('sends the actor with its machine, each event in step order and the snapshots, then exits 0 by itself', async () => {
    const truceRun = startTruce(LIVE);
    const viewer = await connectViewer(await truceRun.socketUrl());

    const [exit, closeCode] = await Promise.all([truceRun.exited, viewer.closed]);

    const actor = viewer.messages.find((message) => message.type === '@xstate.actor');
    expect(actor?.type === '@xstate.actor' && JSON.parse(actor.definition!)).toMatchObject({ id: 'truce', type: 'parallel' });
    expect(actor?.type === '@xstate.actor' && Object.keys(JSON.parse(actor.definition!).states as object).sort()).toEqual([...REGIONS].sort());
    expect(stepEvents(viewer.messages)).toEqual(rafah.steps.map((step) => step.event.type));
    expect(snapshotAfter(viewer.messages, 'kerem-shalom-closed')).toMatchObject({ value: { access: 'closed' }, context: { crossings: { 'Kerem Shalom': 'closed' } } });
    expect(snapshotAfter(viewer.messages, 'mediators-proposal')).toMatchObject({ value: { talks: 'proposal', access: 'closed', agreement: 'none' } });
    expect(snapshotAfter(viewer.messages, 'rafah-crossing-seized')).toMatchObject({ value: { access: 'closed' }, context: { crossings: { Rafah: 'closed' } } });
    expect(snapshotAfter(viewer.messages, 'round-over')).toMatchObject({ value: { talks: 'stalled' } });
    expect(viewer.messages.at(-1)).toEqual({ type: 'truce.done', ok: true });
    expect(closeCode).toBe(1000);
    expect(exit.code).toBe(0);
  });

  it('prints the address to open, each step as it is sent, and the timeline as usual', async () => {
    const truceRun = startTruce(LIVE);
    await connectViewer(await truceRun.socketUrl());

    const { stdout, stderr } = await truceRun.exited;

    expect(stderr).toBe('');
    const token = /\?token=([\w-]{22}) /.exec(stdout)?.[1];
    expect(stdout).toMatch(new RegExp(`^Stately inspector: open http://127\\.0\\.0\\.1:\\d+/\\?token=${token} in a browser`, 'm'));
    expect(stdout).toMatch(new RegExp(`^Live viewers can follow this replay at ws://127\\.0\\.0\\.1:\\d+/\\?token=${token}$`, 'm'));
    const total = rafah.steps.length;
    const seized = rafah.steps.findIndex((step) => step.id === 'rafah-crossing-seized') + 1;
    expect(stdout).toMatch(new RegExp(`^\\[${seized}/${total}\\] 2024-05-07 rafah-crossing-seized: `, 'm'));
    expect(stdout).toContain('Start: talks idle · operations active · access open · agreement none');
    expect(stdout).toMatch(new RegExp(`^✓ ${total} steps, ${total} accepted, 0 refused; (\\d+) of \\1 checks met$`, 'm'));
  });

  it('replays a branch: the main line up to the fork, then the what-if steps', async () => {
    const truceRun = startTruce([...LIVE, '--branch', 'pause-for-release']);
    const viewer = await connectViewer(await truceRun.socketUrl());

    const exit = await truceRun.exited;

    expect(stepEvents(viewer.messages)).toEqual(stepsToReplay(rafah, 'pause-for-release').map(({ step }) => step.event.type));
    expect(snapshotAfter(viewer.messages, 'rafah-paused')).toMatchObject({ value: { operations: 'pausedForRelease' } });
    expect(exit.code).toBe(0);
  });

  it('listens on 127.0.0.1 only: not on another loopback address, ::1, or the network', async () => {
    const truceRun = startTruce(LIVE);
    const port = await truceRun.port();
    const socketUrl = await truceRun.socketUrl();
    const elsewhere = ['127.0.0.2', '::1', ...Object.values(networkInterfaces()).flat().flatMap((entry) => (entry && !entry.internal && entry.family === 'IPv4' ? [entry.address] : []))];

    const reached = await Promise.all(elsewhere.map(async (host) => [host, await accepts(host, port)] as const));
    await connectViewer(socketUrl);

    expect(reached.filter(([, accepted]) => accepted)).toEqual([]);
    expect((await truceRun.exited).code).toBe(0);
  });

  it('waits for Enter before each step with --step', async () => {
    const truceRun = startTruce([...LIVE, '--step']);
    const viewer = await connectViewer(await truceRun.socketUrl());
    const sentBeforeEnter: number[] = [];

    for (let step = 1; step <= rafah.steps.length; step++) {
      await truceRun.printed(new RegExp(`^\\[${step}/${rafah.steps.length}\\] .* press Enter to send it$`, 'm'));
      // Everything the server sent before answering the ping has arrived: a step sent without Enter would be here.
      await viewer.roundTrip();
      sentBeforeEnter.push(stepEvents(viewer.messages).length);
      truceRun.child.stdin.write('\n');
    }
    const exit = await truceRun.exited;

    expect(sentBeforeEnter).toEqual(rafah.steps.map((_, index) => index));
    expect(stepEvents(viewer.messages)).toHaveLength(rafah.steps.length);
    expect(exit.code).toBe(0);
  });

  it('sends the remaining steps when the input ends during --step', async () => {
    const truceRun = startTruce([...LIVE, '--step']);
    const viewer = await connectViewer(await truceRun.socketUrl());
    await truceRun.printed(new RegExp(`^\\[1/${rafah.steps.length}\\] .* press Enter`, 'm'));

    truceRun.child.stdin.end('\n');
    const exit = await truceRun.exited;

    expect(exit.stdout).toContain('the input has ended');
    expect(stepEvents(viewer.messages)).toHaveLength(rafah.steps.length);
    expect(exit.code).toBe(0);
  });

  it('accepts --delay and says the pace', async () => {
    const truceRun = startTruce([...LIVE, '--delay', '5']);
    const viewer = await connectViewer(await truceRun.socketUrl());

    const exit = await truceRun.exited;

    expect(exit.stdout).toContain(`Replaying ${rafah.steps.length} steps (one step every 5 ms)`);
    expect(stepEvents(viewer.messages)).toHaveLength(rafah.steps.length);
    expect(exit.code).toBe(0);
  });

  it('exits when the replay is done even if a client never answers the closing handshake', async () => {
    const truceRun = startTruce(LIVE);
    const silent = silentClient(await truceRun.socketUrl());

    const exit = await truceRun.exited;

    silent.destroy();
    expect(exit.code).toBe(0);
  });

  it('with --json, keeps stdout for the trace and says the rest on stderr', async () => {
    const truceRun = startTruce([...LIVE, '--json']);
    const viewer = await connectViewer(await truceRun.socketUrl('stderr'));

    const exit = await truceRun.exited;

    expect(stepEvents(viewer.messages)).toHaveLength(rafah.steps.length);
    expect(exit.stderr).toMatch(/^Stately inspector: open http:\/\/127\.0\.0\.1:\d+\//m);
    expect(JSON.parse(exit.stdout)).toMatchObject({ ok: true, scenario: { id: 'rafah-2024-05' } });
  });
});

describe.concurrent('truce run --inspect, when it cannot go on', () => {
  let taken: Server;
  let takenPort: number;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen({ host: '127.0.0.1', port: 0 }, resolve));
    takenPort = (taken.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  it('says in one line that the port is in use, and exits 2', async () => {
    const { code, stdout, stderr } = await truce(['run', RAFAH, '--inspect', '--port', String(takenPort)]);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`truce run: port ${takenPort} is already in use on 127.0.0.1; choose another with --port, or --port 0 for any free port\n`);
  });

  it('says in one line that no browser connected in time, and exits 2 without replaying', async () => {
    const { code, stdout, stderr } = await truce([...LIVE, '--wait', '1']);

    expect(code).toBe(2);
    expect(stdout).not.toContain('Replaying');
    expect(stderr).toMatch(/^truce run: no browser connected to http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{22} within 1 s, so nothing was replayed; .*--wait\n$/);
  });

  it.each([
    [['--delay', '100'], 'truce run: --delay only works with --inspect (see truce run --help)\n'],
    [['--port', '0', '--step'], 'truce run: --port, --step only work with --inspect (see truce run --help)\n'],
    [['--inspect', '--port', '70000'], 'truce run: --port needs a whole number from 0 to 65535, found "70000" (see truce run --help)\n'],
    [['--inspect', '--delay', '1.5'], 'truce run: --delay needs a whole number from 0 to 3600000, found "1.5" (see truce run --help)\n'],
    [['--inspect', '--wait', 'soon'], 'truce run: --wait needs a whole number from 1 to 86400, found "soon" (see truce run --help)\n'],
  ])('refuses %j in one line, exit 2', async (args, message) => {
    const { code, stderr } = await truce(['run', RAFAH, ...args]);

    expect(stderr).toBe(message);
    expect(code).toBe(2);
  });

  it('refuses an unknown branch before opening any port', async () => {
    const { code, stdout, stderr } = await truce([...LIVE, '--branch', 'pause-for-releese']);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^scenarios\/rafah-2024-05\.yaml: no branch "pause-for-releese" in this scenario.*\n$/);
    expect(stderr.split('\n')).toHaveLength(2);
  });
});

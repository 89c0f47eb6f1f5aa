/**
 * `truce view` as a server: what it serves, to whom, and how it starts and
 * stops. Real processes and real sockets; no browser needed here.
 */
import { request } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewerData } from '../../src/inspect/viewer/viewer-data.js';
import { truce } from '../cli/helpers.js';
import { startViewer, type ViewerProcess } from './viewer-helpers.js';

const RAFAH = 'scenarios/rafah-2024-05.yaml';

let viewer: ViewerProcess;

beforeAll(async () => {
  viewer = await startViewer([RAFAH, '--port', '0', '--branch', 'lasting-ceasefire']);
}, 60_000);

afterAll(async () => {
  if (viewer && viewer.child.exitCode === null) await viewer.stop();
});

/** A raw GET with the Host header we choose (fetch will not let us set it). */
function get(url: string, host?: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: host ? { host } : {} }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A non-loopback IPv4 address of this machine, if it has one. */
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;

describe('truce view, the server', () => {
  it('prints the address of a page on 127.0.0.1', () => {
    expect(viewer.output().stdout).toMatch(/^Viewer for "Rafah and the Cairo talks, May 2024": http:\/\/127\.0\.0\.1:\d+\/\n/);
  });

  it('serves the page with a policy that allows nothing from elsewhere', async () => {
    const response = await fetch(viewer.url);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('data-state-id="truce.talks.proposal"');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('draws the chart with each arrow’s event and no guard lines, for a projector, keeping the rules in the tooltips', async () => {
    const html = await (await fetch(viewer.url)).text();

    expect(html).toContain('data-state-id="truce.agreement.lapsed"');
    expect(html).toContain('>OPERATION_PAUSED<');
    expect(html).not.toContain('[senderIsKnown');
    expect(html).toMatch(/<title>OPERATION_PAUSED: [^<]*, if senderIsKnown and senderIsPrincipal/);
  });

  it('serves the chart’s other drawings when asked: large words, and the rules written on the arrows', async () => {
    const drawing = async (variant: string) => {
      const response = await fetch(new URL(`/chart/${variant}.svg`, viewer.url));
      return { status: response.status, type: response.headers.get('content-type'), svg: await response.text() };
    };
    const large = await drawing('large');
    const rules = await drawing('large-rules');

    expect(large.status).toBe(200);
    expect(large.type).toBe('image/svg+xml; charset=utf-8');
    expect(large.svg).toContain('data-state-id="truce.talks.proposal"');
    expect(large.svg).toMatch(/class="text-state" x="[\d.]+" y="[\d.]+" font-size="19.6"/);
    expect(large.svg).not.toContain('[senderIsKnown');
    expect(rules.svg).toContain('[senderIsKnown');
    expect((await drawing('usual-rules')).svg).toMatch(/class="text-state" x="[\d.]+" y="[\d.]+" font-size="14"/);
    expect((await drawing('huge')).status).toBe(404);
  });

  it('serves the page script bundled in one file, which imports nothing', async () => {
    const response = await fetch(new URL('/viewer.js', viewer.url));
    const script = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script).not.toMatch(/\bimport\s*[{(*"']/);
    // The shared words are in it, and the statechart library and the schema library are not.
    expect(script).toContain('Aid access');
    expect(script).not.toMatch(/createMachine|zod/i);
  });

  it('sends the main line and every branch, replayed, opening on the branch asked for', async () => {
    const data = (await (await fetch(new URL('/api/viewer', viewer.url))).json()) as ViewerData;

    expect(data.machineId).toBe('truce');
    expect(data.initialBranch).toBe('lasting-ceasefire');
    expect(data.lines.map((line) => line.branch)).toEqual([null, 'pause-for-release', 'lasting-ceasefire']);
    expect(data.lines.map((line) => line.trace.ok)).toEqual([true, true, true]);
    expect(data.lines[0]!.trace.final.state).toEqual({ talks: 'stalled', operations: 'active', access: 'closed', agreement: 'none' });
    expect(data.lines[2]!.trace.final.state).toEqual({ talks: 'accepted', operations: 'ceasefire', access: 'closed', agreement: 'inForce' });
  });

  it('turns away a request made under another host name (DNS rebinding)', async () => {
    expect((await get(new URL('/api/viewer', viewer.url).href, 'attacker.example')).status).toBe(421);
    expect((await get(new URL('/api/viewer', viewer.url).href, `localhost:${new URL(viewer.url).port}`)).status).toBe(200);
  });

  it('answers 404 for what it does not have, and 405 for anything but reading', async () => {
    expect((await get(new URL('/etc/passwd', viewer.url).href)).status).toBe(404);
    expect((await get(new URL('/browser/../viewer-data.js', viewer.url).href)).status).toBe(404);
    expect((await get(viewer.url, undefined, 'POST')).status).toBe(405);
  });

  it.skipIf(lanAddress === undefined)('cannot be reached on the network, only on 127.0.0.1', async () => {
    const port = new URL(viewer.url).port;

    await expect(get(`http://${lanAddress}:${port}/`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('stops cleanly on Ctrl-C, exit code 0', async () => {
    const own = await startViewer([RAFAH, '--port', '0']);

    expect(await own.stop()).toBe(0);
    expect(own.output().stdout).toContain('Viewer stopped.');
    await expect(fetch(own.url)).rejects.toThrow();
  });
});

describe('truce view, mistakes', () => {
  let occupied: Server;
  beforeAll(async () => {
    occupied = createServer();
    await new Promise<void>((resolve) => occupied.listen({ host: '127.0.0.1', port: 0 }, resolve));
  });
  afterAll(() => new Promise<void>((resolve) => occupied.close(() => resolve())));

  it('says in one line that a port is taken, exit 2', async () => {
    const port = (occupied.address() as AddressInfo).port;

    const { code, stdout, stderr } = await truce(['view', RAFAH, '--port', String(port)]);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`truce view: port ${port} is already in use on 127.0.0.1; choose another with --port, or --port 0 for any free port\n`);
  });

  it('names the branches when the one asked for does not exist, exit 2', async () => {
    const { code, stderr } = await truce(['view', RAFAH, '--branch', 'pause-for-relase']);

    expect(code).toBe(2);
    expect(stderr).toBe(`${RAFAH}: no branch "pause-for-relase" in this scenario (did you mean "pause-for-release"?); branches: pause-for-release, lasting-ceasefire\n`);
  });

  it('wants a port number from 0 to 65535, exit 2', async () => {
    const { code, stderr } = await truce(['view', RAFAH, '--port', '70000']);

    expect(code).toBe(2);
    expect(stderr).toMatch(/^truce view: --port needs a whole number from 0 to 65535 \(0 = any free port\), found "70000" \(see truce view --help\)\n$/);
  });

  it('follows only a replay on this computer, exit 2', async () => {
    const { code, stderr } = await truce(['view', RAFAH, '--live', 'ws://example.org:8080/']);

    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('--live needs the address truce run --inspect prints, like ws://127.0.0.1:8080/');
  });

  it('reports a missing scenario file in one line, exit 2', async () => {
    const { code, stderr } = await truce(['view', 'no/such/file.yaml']);

    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

/** The inspector server in-process: where it listens, whom it lets in, what late clients get, and closing. */
import { createServer as createTcpServer } from 'node:net';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startInspectorServer, type InspectorServer } from '../../src/inspect/inspector/index.js';
import { accepts, connectViewer, inspectorServer, silentClient } from './inspector-helpers.js';

const servers: InspectorServer[] = [];
async function start(port = 0): Promise<InspectorServer> {
  const server = await inspectorServer(port);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A GET with the headers given; resolves with the status, headers and body. */
function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path, headers, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

/** The HTTP status a WebSocket upgrade to `url` from `origin` gets (101 when let in); no origin, as a program connects. */
function upgradeStatus(url: string, origin?: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, origin === undefined ? {} : { origin });
    socket.once('open', () => {
      socket.terminate();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => {
      socket.terminate();
      resolve(response.statusCode!);
    });
    socket.once('error', () => {});
  });
}

describe('the inspector server', () => {
  it('listens on 127.0.0.1 at the port the system chose, and names it in its addresses, with a token of its own', async () => {
    const server = await start();
    const other = await start();

    const token = new URL(server.url).searchParams.get('token');
    expect(server.port).toBeGreaterThan(0);
    expect(token).toMatch(/^[\w-]{22}$/);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${token}`);
    expect(server.socketUrl).toBe(`ws://127.0.0.1:${server.port}/?token=${token}`);
    expect(new URL(other.url).searchParams.get('token')).not.toBe(token);
    expect(await accepts('127.0.0.1', server.port)).toBe(true);
    expect(await accepts('127.0.0.2', server.port)).toBe(false);
  });

  it('says in one line that the port is taken, and how to choose another', async () => {
    const taken = createTcpServer();
    await new Promise<void>((resolve) => taken.listen({ host: '127.0.0.1', port: 0 }, resolve));
    const port = (taken.address() as { port: number }).port;

    expect(await startInspectorServer({ port })).toEqual({
      ok: false,
      problems: [{ code: 'port-in-use', message: `port ${port} is already in use on 127.0.0.1; choose another with --port, or --port 0 for any free port` }],
    });

    await new Promise((resolve) => taken.close(resolve));
  });

  it('sends a client that connects late every message so far, in order, then the new ones', async () => {
    const server = await start();
    server.broadcast({ type: 'truce.done', ok: true });
    server.broadcast({ type: 'truce.step', index: 0, id: 'first', accepted: true });

    const viewer = await connectViewer(server.socketUrl);
    server.broadcast({ type: 'truce.step', index: 1, id: 'second', accepted: false });
    await viewer.roundTrip();

    expect(viewer.messages).toEqual([
      { type: 'truce.done', ok: true },
      { type: 'truce.step', index: 0, id: 'first', accepted: true },
      { type: 'truce.step', index: 1, id: 'second', accepted: false },
    ]);
  });

  it('tells whether a client connected: at once when one is there, false when none came in time', async () => {
    const server = await start();

    expect(await server.waitForClient(1)).toBe(false);
    const waiting = server.waitForClient(600_000);
    await connectViewer(server.socketUrl);
    expect(await waiting).toBe(true);
    expect(await server.waitForClient(1)).toBe(true);
  });

  it('lets in pages from this computer that have the token, and turns away pages from elsewhere', async () => {
    const server = await start();

    expect(await upgradeStatus(server.socketUrl, `http://127.0.0.1:${server.port}`)).toBe(101);
    expect(await upgradeStatus(server.socketUrl, 'http://localhost:5173')).toBe(101);
    expect(await upgradeStatus(server.socketUrl, 'https://example.org')).toBe(401);
    expect(await upgradeStatus(server.socketUrl, 'null')).toBe(401);
  });

  it('turns away a client without the token, or with another, from a page of this computer or from a program', async () => {
    const server = await start();
    const other = await start();
    const bare = `ws://127.0.0.1:${server.port}/`;
    const wrong = `ws://127.0.0.1:${server.port}/?token=${new URL(other.url).searchParams.get('token')}`;

    expect(await upgradeStatus(bare, 'http://localhost:5173')).toBe(401);
    expect(await upgradeStatus(bare, `http://127.0.0.1:${server.port}`)).toBe(401);
    expect(await upgradeStatus(bare)).toBe(401);
    expect(await upgradeStatus(wrong, 'http://localhost:5173')).toBe(401);
    expect(await upgradeStatus(`${server.socketUrl}x`)).toBe(401);
    expect(await upgradeStatus(server.socketUrl)).toBe(101);
  });

  it('starts the replay only for a client with the token: those turned away do not count as connected', async () => {
    const server = await start();
    const waiting = server.waitForClient(600_000);
    let started = false;
    void waiting.then(() => (started = true));

    expect(await upgradeStatus(`ws://127.0.0.1:${server.port}/`, 'http://localhost:5173')).toBe(401);
    expect(await server.waitForClient(1)).toBe(false);
    expect(started).toBe(false);
    await connectViewer(server.socketUrl);
    expect(await waiting).toBe(true);
  });

  it('closes a client that sends anything: it is there to listen', async () => {
    const server = await start();
    const viewer = await connectViewer(server.socketUrl);

    viewer.socket.send('{"type":"truce.done","ok":false}');

    expect(await viewer.closed).toBe(1008);
  });

  it('cuts a client that sends a frame larger than 1 KiB, before holding it', async () => {
    const server = await start();
    const viewer = await connectViewer(server.socketUrl);

    viewer.socket.send('x'.repeat(1024 + 1));

    expect(await viewer.closed).not.toBe(1000);
    expect(await server.waitForClient(1)).toBe(false);
  });

  it('serves the bridge page only with the token, and its script (which holds no secret) to any page of this computer', async () => {
    const server = await start();
    const withToken = `/${new URL(server.url).search}`;

    const without = await get(server.port, '/');
    const wrong = await get(server.port, '/?token=AAAAAAAAAAAAAAAAAAAAAA');
    const page = await get(server.port, withToken);
    const script = await get(server.port, '/bridge.js');

    expect([without.status, without.body]).toEqual([403, 'Open the whole address truce run --inspect printed: it ends in ?token=...\n']);
    expect(wrong.status).toBe(403);
    expect(page.status).toBe(200);
    expect(script.status).toBe(200);
    expect(script.body).not.toContain(new URL(server.url).searchParams.get('token'));
  });

  it('serves the bridge page and its script under a strict content policy, and nothing else', async () => {
    const server = await start();

    const page = await get(server.port, `/${new URL(server.url).search}`);
    const script = await get(server.port, '/bridge.js');
    const other = await get(server.port, '/etc/passwd');

    expect(page.status).toBe(200);
    expect(page.body).toContain('<iframe id="inspector" title="Stately inspector" src="https://stately.ai/inspect">');
    expect(page.headers['content-security-policy']).toBe("default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; frame-src https://stately.ai");
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(other.status).toBe(404);
  });

  it('answers no request made under another host name (DNS rebinding)', async () => {
    const server = await start();

    const response = await get(server.port, `/${new URL(server.url).search}`, { host: `attacker.example:${server.port}` });

    expect(response.status).toBe(403);
  });

  it('closes even when a client never answers the closing handshake, and frees the port', async () => {
    const server = await inspectorServer();
    const silent = silentClient(server.socketUrl);
    expect(await server.waitForClient(600_000)).toBe(true);

    await server.close();

    expect(await accepts('127.0.0.1', server.port)).toBe(false);
    silent.destroy();
  });

  it('stops a pending wait for a client when it closes', async () => {
    const server = await inspectorServer();
    const waiting = server.waitForClient(600_000);

    await server.close();

    expect(await waiting).toBe(false);
  });
});

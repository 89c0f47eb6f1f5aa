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

/** The HTTP status a WebSocket upgrade from `origin` gets (101 when let in). */
function upgradeStatus(port: number, origin: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/`, { origin });
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
  it('listens on 127.0.0.1 at the port the system chose, and names it in its addresses', async () => {
    const server = await start();

    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.socketUrl).toBe(`ws://127.0.0.1:${server.port}/`);
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

    const viewer = await connectViewer(server.port);
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
    await connectViewer(server.port);
    expect(await waiting).toBe(true);
    expect(await server.waitForClient(1)).toBe(true);
  });

  it('lets in pages from this computer, and turns away pages from elsewhere', async () => {
    const server = await start();

    expect(await upgradeStatus(server.port, `http://127.0.0.1:${server.port}`)).toBe(101);
    expect(await upgradeStatus(server.port, 'http://localhost:5173')).toBe(101);
    expect(await upgradeStatus(server.port, 'https://example.org')).toBe(401);
    expect(await upgradeStatus(server.port, 'null')).toBe(401);
  });

  it('serves the bridge page and its script under a strict content policy, and nothing else', async () => {
    const server = await start();

    const page = await get(server.port, '/');
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

    const response = await get(server.port, '/', { host: `attacker.example:${server.port}` });

    expect(response.status).toBe(403);
  });

  it('closes even when a client never answers the closing handshake, and frees the port', async () => {
    const server = await inspectorServer();
    const silent = silentClient(server.port);
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

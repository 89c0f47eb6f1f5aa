/**
 * The inspector server: one port on 127.0.0.1 that serves the page for the
 * Stately inspector (`/`) and the WebSocket every viewer reads (`ws://…/`).
 * The messages are described in `messages.ts`.
 *
 * `@statelyai/inspect` has a server of its own (`createInspectorServer`), but
 * it listens on every network interface, so anyone on the classroom network
 * could connect; this one listens on 127.0.0.1 only, and takes connections
 * only from pages served by this computer (Host and Origin are checked, so a
 * web site cannot read the socket through DNS tricks). It is also the sending
 * end itself, so there is no client with a reconnect timer in this process.
 *
 * Any page on this computer passes those checks, whatever its port (a
 * development server, a page a student left open): so the addresses printed
 * carry a random token, and the page and the socket answer only with it. The
 * replay starts when a client with the token connects (the bridge page, or a
 * `truce view --live` given the printed address), never for another. Clients
 * only listen: one that sends is closed, and a frame is at most 1 KiB (the ws
 * default, 100 MiB, would be held in memory).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';
import type { Result } from '../../files/index.js';
import { listenOnLoopback, LOOPBACK } from '../listen.js';
import { BRIDGE_PAGE, BRIDGE_PAGE_POLICY, BRIDGE_SCRIPT } from './bridge-page.js';
import type { InspectorMessage } from './messages.js';

/** How long a client gets to answer our closing handshake before its connection is cut, in ms. */
const CLOSE_GRACE_MS = 2_000;

/** The largest frame a client may send, in bytes; clients have nothing to say, and one that says anything is closed. */
const MAX_CLIENT_FRAME_BYTES = 1024;

/** WebSocket close codes (RFC 6455): the client broke the rule that it only listens. */
const POLICY_VIOLATION = 1008;

export interface InspectorServer {
  /** The port listened on (the one chosen by the system when asked for 0). */
  readonly port: number;
  /** The page to open in a browser: the Stately inspector, fed by this server (with the token, `?token=...`). */
  readonly url: string;
  /** The WebSocket address for other viewers, with the token (`truce view --live` follows a replay there). */
  readonly socketUrl: string;
  /** Sends `message` to every connected client, and keeps it for clients that connect later. */
  broadcast(message: InspectorMessage): void;
  /** Resolves true once a client is connected (at once if one is), false after `timeoutMs`. */
  waitForClient(timeoutMs: number): Promise<boolean>;
  /** Closes every connection and stops listening; the process can then exit. */
  close(): Promise<void>;
}

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The Host header names this computer: anything else is a page trying to reach us under another name. */
function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  try {
    return LOOPBACK_NAMES.has(new URL(`http://${host}`).hostname);
  } catch {
    return false;
  }
}

/** Browsers send an Origin; programs (tests, scripts) usually do not. A page from elsewhere is turned away. */
function isLoopbackOrigin(origin: string | undefined): boolean {
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && LOOPBACK_NAMES.has(url.hostname);
  } catch {
    return false;
  }
}

/** A new token: 128 random bits, written so that it needs no escaping in an address. */
function newToken(): string {
  return randomBytes(16).toString('base64url');
}

/** Whether the request's address carries `token` as `?token=...` (compared in constant time). */
function carriesToken(request: IncomingMessage, token: string): boolean {
  const given = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('token') ?? '';
  const [a, b] = [Buffer.from(given), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The bridge page (with the token) and its script (which holds no secret). */
function servePage(request: IncomingMessage, response: ServerResponse, token: string): void {
  const send = (status: number, type: string, body: string) => {
    response.writeHead(status, {
      'content-type': `${type}; charset=utf-8`,
      'content-security-policy': BRIDGE_PAGE_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
  if (!isLoopbackHost(request.headers.host)) return send(403, 'text/plain', 'This server answers only at 127.0.0.1.\n');
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'text/plain', 'Only GET.\n');
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if (path === '/') {
    if (!carriesToken(request, token)) return send(403, 'text/plain', 'Open the whole address truce run --inspect printed: it ends in ?token=...\n');
    return send(200, 'text/html', BRIDGE_PAGE);
  }
  if (path === '/bridge.js') return send(200, 'text/javascript', BRIDGE_SCRIPT);
  send(404, 'text/plain', 'Not found.\n');
}

function closeClient(client: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    if (client.readyState === WebSocket.CLOSED) return resolve();
    // A client that never answers the closing handshake must not keep the process alive.
    const cut = setTimeout(() => client.terminate(), CLOSE_GRACE_MS);
    client.once('close', () => {
      clearTimeout(cut);
      resolve();
    });
    client.close(1000, 'the replay is over');
  });
}

/**
 * Starts the server on 127.0.0.1:`port` (0: any free port), or says why it cannot listen.
 * @example
 * const started = await startInspectorServer({ port: 0 });
 * if (started.ok) console.log(started.value.url); // http://127.0.0.1:43123/
 * if (await server.waitForClient(60_000)) server.broadcast(message);
 * await server.close();
 */
export async function startInspectorServer({ port }: { port: number }): Promise<Result<InspectorServer>> {
  const token = newToken();
  const http = createServer((request, response) => servePage(request, response, token));
  const listening = await listenOnLoopback(http, port);
  if (!listening.ok) return listening;
  const actualPort = listening.value;
  const sockets = new WebSocketServer({
    server: http,
    maxPayload: MAX_CLIENT_FRAME_BYTES,
    verifyClient: ({ origin, req }: { origin: string | undefined; req: IncomingMessage }) => isLoopbackHost(req.headers.host) && isLoopbackOrigin(origin) && carriesToken(req, token),
  });
  const history: string[] = [];
  /** Those waiting for a client: told true when one connects, false when the server closes. */
  const waiters = new Set<(connected: boolean) => void>();
  let closed = false;

  sockets.on('connection', (client) => {
    // A frame past maxPayload is an error (ws then closes with 1009); anything sent at all breaks the rule.
    client.on('error', () => client.terminate());
    client.on('message', () => client.close(POLICY_VIOLATION, 'this socket only sends'));
    for (const text of history) client.send(text);
    for (const finish of [...waiters]) finish(true);
  });

  const server: InspectorServer = {
    port: actualPort,
    url: `http://${LOOPBACK}:${actualPort}/?token=${token}`,
    socketUrl: `ws://${LOOPBACK}:${actualPort}/?token=${token}`,
    broadcast(message) {
      if (closed) return;
      const text = JSON.stringify(message);
      history.push(text);
      for (const client of sockets.clients) if (client.readyState === WebSocket.OPEN) client.send(text);
    },
    waitForClient(timeoutMs) {
      if (sockets.clients.size > 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const finish = (connected: boolean) => {
          clearTimeout(timer);
          waiters.delete(finish);
          resolve(connected);
        };
        const timer = setTimeout(() => finish(false), timeoutMs);
        waiters.add(finish);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const finish of [...waiters]) finish(false);
      await Promise.all([...sockets.clients].map(closeClient));
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
  return { ok: true, value: server };
}

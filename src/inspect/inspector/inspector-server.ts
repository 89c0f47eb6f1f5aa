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
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';
import type { Result } from '../../files/index.js';
import { listenOnLoopback, LOOPBACK } from '../listen.js';
import { BRIDGE_PAGE, BRIDGE_PAGE_POLICY, BRIDGE_SCRIPT } from './bridge-page.js';
import type { InspectorMessage } from './messages.js';

/** How long a client gets to answer our closing handshake before its connection is cut, in ms. */
const CLOSE_GRACE_MS = 2_000;

export interface InspectorServer {
  /** The port listened on (the one chosen by the system when asked for 0). */
  readonly port: number;
  /** The page to open in a browser: the Stately inspector, fed by this server. */
  readonly url: string;
  /** The WebSocket address for other viewers (`truce view` follows a replay there). */
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

function servePage(request: IncomingMessage, response: ServerResponse): void {
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
  if (path === '/') return send(200, 'text/html', BRIDGE_PAGE);
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
  const http = createServer(servePage);
  const listening = await listenOnLoopback(http, port);
  if (!listening.ok) return listening;
  const actualPort = listening.value;
  const sockets = new WebSocketServer({
    server: http,
    verifyClient: ({ origin, req }: { origin: string | undefined; req: IncomingMessage }) => isLoopbackHost(req.headers.host) && isLoopbackOrigin(origin),
  });
  const history: string[] = [];
  /** Those waiting for a client: told true when one connects, false when the server closes. */
  const waiters = new Set<(connected: boolean) => void>();
  let closed = false;

  sockets.on('connection', (client) => {
    client.on('error', () => client.terminate());
    for (const text of history) client.send(text);
    for (const finish of [...waiters]) finish(true);
  });

  const server: InspectorServer = {
    port: actualPort,
    url: `http://${LOOPBACK}:${actualPort}/`,
    socketUrl: `ws://${LOOPBACK}:${actualPort}/`,
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

/**
 * The viewer's local web server: the page, its style and scripts, and the
 * replayed traces, all from this package, on 127.0.0.1 only. Nothing is
 * fetched from the internet, so the page works on a classroom machine offline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { PAGE_CSS } from './assets/page-css.js';
import { pageHtml } from './assets/page-html.js';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.js';
import type { ViewerData } from './viewer-data.js';

/** The only interface the viewer listens on: other machines on the network cannot reach it. */
export const VIEWER_HOST = '127.0.0.1';

export interface ViewerServerOptions {
  data: ViewerData;
  /** The statechart as SVG, state elements marked `data-state-id`. */
  chartSvg: string;
  /** 0 lets the system choose a free port. */
  port: number;
}

export interface RunningViewer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  /** Stops listening and ends open connections (a browser's keep-alive must not hold the process). */
  close(): Promise<void>;
}

/** The port asked for is taken by another program. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`port ${port} on ${VIEWER_HOST} is already in use`);
  }
}

interface Asset {
  type: string;
  body: string;
}

/** The page's scripts: the browser modules tsc compiled next to this file (dist/inspect/viewer/browser/). */
function browserModules(): Map<string, Asset> {
  const folder = fileURLToPath(new URL('./browser/', import.meta.url));
  const names = readdirSync(folder).filter((name) => name.endsWith('.js'));
  if (names.length === 0) throw new Error(`the viewer's page scripts are missing from ${folder}; build the package first (npm run build)`);
  return new Map(names.map((name) => [`/browser/${name}`, { type: 'text/javascript; charset=utf-8', body: readFileSync(new URL(`./browser/${name}`, import.meta.url), 'utf8') }]));
}

function assetsFor(options: ViewerServerOptions): Map<string, Asset> {
  return new Map([
    ['/', { type: 'text/html; charset=utf-8', body: pageHtml(options.chartSvg) }],
    ['/viewer.css', { type: 'text/css; charset=utf-8', body: PAGE_CSS }],
    ['/api/viewer', { type: 'application/json; charset=utf-8', body: JSON.stringify(options.data) }],
    ...browserModules(),
  ]);
}

/** A request whose Host is not this server (DNS rebinding: a web page posing as 127.0.0.1) is turned away. */
function hostIsOurs(request: IncomingMessage, port: number): boolean {
  return request.headers.host === `${VIEWER_HOST}:${port}` || request.headers.host === `localhost:${port}`;
}

function reply(response: ServerResponse, status: number, asset: Asset, head = false): void {
  response.writeHead(status, {
    'Content-Type': asset.type,
    'Content-Length': Buffer.byteLength(asset.body),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  response.end(head ? undefined : asset.body);
}

const text = (body: string): Asset => ({ type: 'text/plain; charset=utf-8', body: `${body}\n` });

/**
 * Starts the viewer on 127.0.0.1. Rejects with `PortInUseError` when the port is taken.
 * @example const viewer = await startViewerServer({ data, chartSvg, port: 0 }); console.log(viewer.url)
 */
export async function startViewerServer(options: ViewerServerOptions): Promise<RunningViewer> {
  const assets = assetsFor(options);
  let port = options.port;
  const server = createServer((request, response) => {
    if (!hostIsOurs(request, port)) return reply(response, 421, text('This viewer answers only at its own address on 127.0.0.1.'));
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(response, 405, text('The viewer only serves pages (GET).'));
    const path = new URL(request.url ?? '/', `http://${VIEWER_HOST}`).pathname;
    const asset = assets.get(path);
    if (!asset) return reply(response, 404, text(`Nothing at ${path}: the viewer is at /.`));
    return reply(response, 200, asset, request.method === 'HEAD');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(options.port) : error));
    server.listen({ host: VIEWER_HOST, port: options.port }, resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${VIEWER_HOST}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

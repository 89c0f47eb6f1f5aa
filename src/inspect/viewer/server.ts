/**
 * The viewer's local web server: the page, its style and scripts, and the
 * replayed traces, all from this package, on 127.0.0.1 only. Nothing is
 * fetched from the internet, so the page works on a classroom machine offline.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Result } from '../../files/index.js';
import { listenOnLoopback, LOOPBACK } from '../listen.js';
import { PAGE_CSS } from './assets/page-css.js';
import { pageHtml } from './assets/page-html.js';
import { contentSecurityPolicy } from './content-security-policy.js';
import { CHART_VARIANTS, type ChartVariant } from './chart-variants.js';
import type { ViewerData } from './viewer-data.js';

const VIEWER_HOST = LOOPBACK;

export interface ViewerServerOptions {
  data: ViewerData;
  /** The statechart as SVG, state elements marked `data-state-id`: the usual drawing, which the page opens with. */
  chartSvg: string;
  /** Each drawing of the chart (`CHART_VARIANTS`), made when the page first asks for it (a layout takes about a second). */
  drawChart(variant: ChartVariant): Promise<string>;
  /** The page's script: the browser code bundled into one file at build time (`pageScript()`). */
  pageScript: string;
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

interface Asset {
  type: string;
  body: string;
}

function assetsFor(options: ViewerServerOptions): Map<string, Asset> {
  return new Map([
    ['/', { type: 'text/html; charset=utf-8', body: pageHtml(options.chartSvg) }],
    ['/viewer.css', { type: 'text/css; charset=utf-8', body: PAGE_CSS }],
    ['/api/viewer', { type: 'application/json; charset=utf-8', body: JSON.stringify(options.data) }],
    ['/viewer.js', { type: 'text/javascript; charset=utf-8', body: options.pageScript }],
  ]);
}

/** A request whose Host is not this server (DNS rebinding: a web page posing as 127.0.0.1) is turned away. */
function hostIsOurs(request: IncomingMessage, port: number): boolean {
  return request.headers.host === `${VIEWER_HOST}:${port}` || request.headers.host === `localhost:${port}`;
}

function reply(response: ServerResponse, status: number, asset: Asset, policy: string, head = false): void {
  response.writeHead(status, {
    'Content-Type': asset.type,
    'Content-Length': Buffer.byteLength(asset.body),
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  response.end(head ? undefined : asset.body);
}

const text = (body: string): Asset => ({ type: 'text/plain; charset=utf-8', body: `${body}\n` });

/**
 * Starts the viewer on 127.0.0.1, or says why it cannot listen.
 * @example const started = await startViewerServer({ data, chartSvg, drawChart, pageScript, port: 0 }); if (started.ok) console.log(started.value.url)
 */
export async function startViewerServer(options: ViewerServerOptions): Promise<Result<RunningViewer>> {
  const assets = assetsFor(options);
  const policy = contentSecurityPolicy(options.data.live);
  let port = options.port;
  const server = createServer((request, response) => {
    if (!hostIsOurs(request, port)) return reply(response, 421, text('This viewer answers only at its own address on 127.0.0.1.'), policy);
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(response, 405, text('The viewer only serves pages (GET).'), policy);
    const path = new URL(request.url ?? '/', `http://${VIEWER_HOST}`).pathname;
    const variant = /^\/chart\/([a-z-]+)\.svg$/.exec(path)?.[1];
    if (variant !== undefined && Object.hasOwn(CHART_VARIANTS, variant)) {
      const head = request.method === 'HEAD';
      options.drawChart(variant as ChartVariant).then(
        (svg) => reply(response, 200, { type: 'image/svg+xml; charset=utf-8', body: svg }, policy, head),
        (error: unknown) => reply(response, 500, text(`The chart ${variant} could not be drawn: ${error instanceof Error ? error.message : String(error)}`), policy, head),
      );
      return;
    }
    const asset = assets.get(path);
    if (!asset) return reply(response, 404, text(`Nothing at ${path}: the viewer is at /.`), policy);
    return reply(response, 200, asset, policy, request.method === 'HEAD');
  });
  const listening = await listenOnLoopback(server, options.port);
  if (!listening.ok) return listening;
  port = listening.value;
  return {
    ok: true,
    value: {
      url: `http://${VIEWER_HOST}:${port}/`,
      port,
      close: () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    },
  };
}

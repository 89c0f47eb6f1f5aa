import { machineGraph } from '../../export/machine-graph.js';
import { PortInUseError, startViewerServer } from '../../inspect/viewer/server.js';
import { buildViewerData } from '../../inspect/viewer/viewer-data.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { loadOrReport, replayOrReport } from '../load-for-cli.js';

function portFrom(value: string | boolean | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || port > 65535) {
    throw new UsageError(`--port needs a whole number from 0 to 65535 (0 = any free port), found "${String(value)}"`);
  }
  return port;
}

/** The live WebSocket must be on this machine: the page promises to reach nothing else. */
function liveFrom(value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL | null = null;
  try {
    url = new URL(String(value));
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'ws:' || !['127.0.0.1', 'localhost'].includes(url.hostname)) {
    throw new UsageError(`--live needs the address truce run --inspect prints, like ws://127.0.0.1:8080/, found "${String(value)}"`);
  }
  return url.href;
}

/** Resolves on Ctrl-C (SIGINT) or SIGTERM; the viewer then closes and the command returns. */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const viewCommand: Command = {
  name: 'view',
  summary: 'Watch a scenario in the browser: the statechart, a timeline to step through, the situation at each step',
  description:
    'Serves a page on this computer only (http://127.0.0.1:<port>/) that needs no internet: open the address it prints.\n' +
    'Step with the buttons or the ← → keys, play with space, and switch between what happened and each what-if branch.\n' +
    'With --live, the page follows a replay that `truce run --inspect` is running. Press Ctrl-C to stop the viewer.',
  positionals: [{ name: 'file', description: 'a scenario file (.yaml or .json)' }],
  options: {
    branch: { type: 'string', short: 'b', value: '<id>', description: 'open on a what-if branch instead of the main line' },
    port: { type: 'string', value: '<n>', description: 'the port to serve on (default 0: any free port; the address is printed)' },
    live: { type: 'string', value: '<ws-url>', description: 'follow a running `truce run --inspect` at this WebSocket address' },
  },
  examples: [
    'truce view scenarios/rafah-2024-05.yaml',
    'truce view scenarios/rafah-2024-05.yaml --branch pause-for-release --port 8000',
    'truce view scenarios/rafah-2024-05.yaml --live ws://127.0.0.1:8080/',
  ],
  async run({ positionals, options }, io) {
    const file = positionals[0]!;
    const port = portFrom(options.port);
    const live = liveFrom(options.live);
    const scenario = await loadOrReport(file, io);
    if (!scenario) return EXIT.badInput;
    const graph = machineGraph();
    const data = await replayOrReport(file, io, () =>
      buildViewerData(scenario, { machineId: graph.id, ...(options.branch !== undefined ? { branch: String(options.branch) } : {}), ...(live ? { live } : {}) }),
    );
    if (!data) return EXIT.badInput;
    let viewer;
    try {
      // Loaded here, not at the top: ELK is large, and other commands should not pay for it.
      const { renderChartSvg } = await import('../../export/chart-svg.js');
      viewer = await startViewerServer({ data, chartSvg: await renderChartSvg(graph), port });
    } catch (error) {
      if (!(error instanceof PortInUseError)) throw error;
      io.stderr(`truce view: ${error.message}; choose another with --port, or --port 0 for any free port\n`);
      return EXIT.badInput;
    }
    const stopped = untilStopped();
    io.stdout(`Viewer for "${scenario.title}": ${viewer.url}\nOpen it in a browser on this computer. Press Ctrl-C to stop.\n`);
    await stopped;
    await viewer.close();
    io.stdout('Viewer stopped.\n');
    return EXIT.ok;
  },
};

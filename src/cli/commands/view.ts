import { readFile } from 'node:fs/promises';
import { renderChartSvg } from '../../export/index.js';
import { buildViewerData, CHART_VARIANTS, startViewerServer, viewerLengthProblem, type ChartVariant } from '../../inspect/index.js';
import { machineGraph } from '../../model/index.js';
import { defineCommand, EXIT, UsageError, wholeNumber } from '../command.js';
import { branchExists, loadOrReport, reportProblems } from '../load-for-cli.js';
import { MAX_SIZE_OPTION, readLimit } from '../max-size.js';
import { packagePath } from '../package-files.js';
import { printable } from '../../words/index.js';

/** The live WebSocket must be on this machine: the page promises to reach nothing else. */
function liveAddress(text: string, flag: string): string {
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'ws:' || !['127.0.0.1', 'localhost'].includes(url.hostname)) {
    throw new UsageError(`${flag} needs the address truce run --inspect prints, like ws://127.0.0.1:8080/?token=..., found "${text}"`);
  }
  return url.href;
}

/** The viewer page's script, bundled at build time (`npm run build`); undefined when it is not there. */
async function pageScript(): Promise<string | undefined> {
  return readFile(packagePath('dist/viewer.js'), 'utf8').catch(() => undefined);
}

export const viewCommand = defineCommand({
  name: 'view',
  summary: 'Watch a scenario in the browser: the statechart, a timeline to step through, the situation at each step',
  description:
    'Serves a page on this computer only (http://127.0.0.1:<port>/) that needs no internet: open the address it prints.\n' +
    'Step with the buttons or the ← → keys, play with space, and switch between what happened and each what-if branch.\n' +
    'With --live, the page follows a replay that `truce run --inspect` is running. Press Ctrl-C to stop the viewer.',
  positionals: [{ name: 'file', description: 'a scenario file (.yaml or .json)' }],
  options: {
    branch: { type: 'string', short: 'b', value: '<id>', description: 'open on a what-if branch instead of the main line' },
    port: { type: 'string', value: '<n>', parse: wholeNumber(0, 65535, ' (0 = any free port)'), default: 0, description: 'the port to serve on (default 0: any free port; the address is printed)' },
    live: { type: 'string', value: '<ws-url>', parse: liveAddress, description: 'follow a running `truce run --inspect` at this WebSocket address' },
    projector: { type: 'boolean', description: 'open in projector mode: large words, the chart first, the arrow just taken marked (also ?projector=1 in the address, or the Projector button)' },
    ...MAX_SIZE_OPTION,
  },
  examples: [
    'truce view scenarios/rafah-2024-05.yaml',
    'truce view scenarios/rafah-2024-05.yaml --branch pause-for-release --port 8000',
    'truce view scenarios/rafah-2024-05.yaml --live ws://127.0.0.1:8080/?token=<the token it printed>',
    'truce view scenarios/pause-2023-11.yaml --projector',
  ],
  exitCodes: [
    { code: EXIT.ok, meaning: 'the viewer ran and was stopped (Ctrl-C)' },
    { code: EXIT.badInput, meaning: 'the scenario is broken or too long for the viewer, the branch unknown, or the port cannot be used' },
  ],
  async run({ positionals, options }, io) {
    const file = positionals[0]!;
    const scenario = await loadOrReport(file, io, readLimit(options['max-size']));
    if (!scenario || !branchExists(scenario, file, options.branch, io)) return EXIT.badInput;
    // Before replaying every line for the page: a file too long for it is said at once.
    const tooLong = viewerLengthProblem(scenario, file);
    if (tooLong) {
      reportProblems(io, [tooLong]);
      return EXIT.badInput;
    }
    const graph = machineGraph();
    const data = buildViewerData(scenario, {
      machineId: graph.id,
      ...(options.branch !== undefined ? { branch: options.branch } : {}),
      ...(options.live !== undefined ? { live: options.live } : {}),
      projector: options.projector === true,
    });
    const script = await pageScript();
    if (script === undefined) {
      io.stderr(`truce view: the viewer's page is not built (${printable(packagePath('dist/viewer.js'))} is missing); in the project's folder, run npm run build\n`);
      return EXIT.badInput;
    }
    // Each drawing is laid out once, when first asked for: the page opens with the usual one; the large one is begun at once for a projector.
    const drawings = new Map<ChartVariant, Promise<string>>();
    const drawChart = (variant: ChartVariant) => drawings.get(variant) ?? drawings.set(variant, renderChartSvg(graph, CHART_VARIANTS[variant])).get(variant)!;
    const chartSvg = await drawChart('usual');
    if (data.projector) void drawChart('large').catch(() => undefined);
    const started = await startViewerServer({ data, chartSvg, drawChart, pageScript: script, port: options.port });
    if (!started.ok) {
      for (const problem of started.problems) io.stderr(`truce view: ${problem.message}\n`);
      return EXIT.badInput;
    }
    const viewer = started.value;
    // Listen for Ctrl-C before saying it stops the viewer: a Ctrl-C right after the address must not kill the process.
    const stopped = io.interrupted?.() ?? Promise.resolve();
    io.stdout(`Viewer for "${printable(scenario.title)}": ${viewer.url}\nOpen it in a browser on this computer. Press Ctrl-C to stop.\n`);
    await stopped;
    await viewer.close();
    io.stdout('Viewer stopped.\n');
    return EXIT.ok;
  },
});

import { handoutHtml, renderChartSvg } from '../../export/index.js';
import { activeStateIds, machineGraph } from '../../model/index.js';
import { replayScenario, type Trace } from '../../scenario/index.js';
import { nearestName, printable } from '../../words/index.js';
import { defineCommand, EXIT, UsageError } from '../command.js';
import { branchExists, loadOrReport } from '../load-for-cli.js';
import { MAX_SIZE_OPTION, readLimit } from '../max-size.js';
import { writeOutputs } from '../write-output.js';

function chartStep(trace: Trace, at: string | undefined, file: string): string | null {
  if (at === undefined) return trace.steps.at(-1)?.id ?? null;
  if (trace.steps.some((step) => step.id === at)) return at;
  const ids = trace.steps.map((step) => step.id);
  const nearest = nearestName(at, ids);
  throw new UsageError(`no step "${at}" in ${file}${trace.branch ? ` (branch ${trace.branch.id})` : ''}${nearest ? `; did you mean "${nearest}"?` : ''}; steps: ${ids.join(', ')}`);
}

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Write a scenario as a printable handout (HTML) or its chart (SVG), for use offline',
  description:
    'The HTML handout is one file with everything inside: the sources, the statechart, and every step with its date,\n' +
    'the event in words, the states after it, refusals with their reasons, sources and notes. It needs no internet,\n' +
    'opens in any browser (from a USB stick too) and prints one section per page. The SVG is the chart alone,\n' +
    'with the states after a step highlighted.',
  positionals: [{ name: 'file', description: 'a scenario file (.yaml or .json)' }],
  options: {
    html: { type: 'string', value: '<out.html>', description: 'write the handout to this file' },
    svg: { type: 'string', value: '<out.svg>', description: 'write the chart to this file' },
    at: { type: 'string', value: '<step-id>', description: 'highlight the states after this step (default: the last step)' },
    branch: { type: 'string', short: 'b', value: '<id>', description: 'export a what-if branch instead of the main line' },
    ...MAX_SIZE_OPTION,
  },
  examples: [
    'truce export scenarios/pause-2023-11.yaml --html pause.html',
    'truce export scenarios/rafah-2024-05.yaml --branch pause-for-release --html what-if.html',
    'truce export scenarios/rafah-2024-05.yaml --svg chart.svg --at mediators-proposal',
  ],
  exitCodes: [
    { code: EXIT.ok, meaning: 'the files were written' },
    { code: EXIT.badInput, meaning: 'the scenario is broken, a branch or step is unknown, or a file cannot be written (nothing half-written is left)' },
  ],
  async run({ positionals, options }, io) {
    const file = positionals[0]!;
    if (options.html === undefined && options.svg === undefined) throw new UsageError('say what to write: --html <out.html>, --svg <out.svg>, or both');
    const scenario = await loadOrReport(file, io, readLimit(options['max-size']));
    if (!scenario || !branchExists(scenario, file, options.branch, io)) return EXIT.badInput;
    const trace = replayScenario(scenario, options.branch === undefined ? {} : { branch: options.branch });
    const step = chartStep(trace, options.at, file);
    const graph = machineGraph();
    const state = trace.steps.find((candidate) => candidate.id === step)?.state ?? trace.start.state;
    const active = activeStateIds(graph.id, state);
    const outputs: Array<[string, string]> = [];
    if (options.svg !== undefined) outputs.push([options.svg, await renderChartSvg(graph, { active, title: `${trace.scenario.title}: after step ${step ?? 'start'}` })]);
    if (options.html !== undefined) outputs.push([options.html, handoutHtml({ scenario, trace, chartSvg: await renderChartSvg(graph, { active }), chartStep: step })]);
    const written = await writeOutputs(outputs, [file]);
    if (!written.ok) {
      io.stderr(`truce export: ${written.problems[0]!.message}\n`);
      return EXIT.badInput;
    }
    for (const [out] of outputs) io.stdout(`wrote ${printable(out)}\n`);
    return EXIT.ok;
  },
});

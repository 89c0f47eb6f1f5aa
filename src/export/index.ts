/** The statechart drawn and written out: diagrams (Mermaid, DOT, SCXML, JSON), the chart as SVG, and the handout. Pure: text in, text out. */
import type { ChartGraph } from '../model/index.js';
import type { DrawOptions } from './chart-draw.js';

export { DIAGRAM_FORMATS, isDiagramFormat, type DiagramFormat } from './diagram-formats.js';
export { handoutHtml, type HandoutInput } from './handout-html.js';
import type { SimulationReportInput } from './simulation-report.js';
export type { SimulationReportInput };
export type { DrawOptions } from './chart-draw.js';

/**
 * The chart as an SVG document; the same graph and options give the same bytes. ELK,
 * which lays the chart out, is a large script: it is loaded on the first call, so
 * commands that draw no chart start without it.
 * @example await renderChartSvg(machineGraph(), { active: activeStateIds('truce', state) })
 */
export async function renderChartSvg(graph: ChartGraph, options: DrawOptions = {}): Promise<string> {
  const { renderChartSvg: render } = await import('./chart-svg.js');
  return render(graph, options);
}

/**
 * A simulation's report as one HTML page, its charts drawn as SVG. Observable Plot and the document
 * it draws on are loaded on the first call: only `truce simulate --html` needs them.
 */
export async function simulationReportHtml(input: SimulationReportInput): Promise<string> {
  const { simulationReportHtml: render } = await import('./simulation-report.js');
  return render(input);
}

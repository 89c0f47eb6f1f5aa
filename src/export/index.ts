/** The statechart drawn and written out: diagrams (Mermaid, DOT, SCXML, JSON), the chart as SVG, and the handout. Pure: text in, text out. */
import type { ChartGraph } from '../model/index.js';
import type { DrawOptions } from './chart-draw.js';

export { DIAGRAM_FORMATS, isDiagramFormat, type DiagramFormat } from './diagram-formats.js';
export { handoutHtml, type HandoutInput } from './handout-html.js';
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

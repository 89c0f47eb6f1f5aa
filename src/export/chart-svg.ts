/**
 * The statechart as a standalone SVG: laid out with ELK, then drawn.
 * Works in Node and in a bundled browser page; a page without a bundler can
 * import `chart-draw.js` alone and draw a layout a server sent it.
 */
import { drawChartSvg, type DrawOptions } from './chart-draw.js';
import { layoutChart } from './chart-layout.js';
import type { ChartGraph } from '../model/index.js';

export { CHART_CSS, drawChartSvg, type DrawOptions } from './chart-draw.js';
export { layoutChart, type ChartLayout, type PositionedEdge, type PositionedNode, type PositionedRegion } from './chart-layout.js';

/**
 * Renders `graph` as an SVG document; the same graph and options give the same bytes.
 * @example await renderChartSvg(machineGraph(), { active: ['truce.talks.proposal', 'truce.operations.active', 'truce.access.open'] })
 */
export async function renderChartSvg(graph: ChartGraph, options: DrawOptions = {}): Promise<string> {
  const { guards = true, textScale, fitWidth } = options;
  return drawChartSvg(await layoutChart(graph, { guards, textScale, fitWidth }), options);
}

/** The formats `truce diagram` writes, each a function of the chart graph. */
import { toDot } from './dot.js';
import type { ChartGraph } from '../model/index.js';
import { toMermaid } from './mermaid.js';
import { toScxml } from './scxml.js';

export const DIAGRAM_FORMATS = {
  mermaid: toMermaid,
  dot: toDot,
  scxml: toScxml,
  json: (graph: ChartGraph) => `${JSON.stringify(graph, null, 2)}\n`,
} as const satisfies Record<string, (graph: ChartGraph) => string>;

export type DiagramFormat = keyof typeof DIAGRAM_FORMATS;

export function isDiagramFormat(name: string): name is DiagramFormat {
  return Object.hasOwn(DIAGRAM_FORMATS, name);
}

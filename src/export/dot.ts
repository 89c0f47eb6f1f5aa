/**
 * The statechart as Graphviz DOT: one cluster per region, drawn as on the SVG
 * chart (an "any <region> state" box for transitions declared on the region,
 * transitions that change no state listed inside their state, eventless
 * transitions dashed and labelled with their guards).
 */
import { chartParts, type PartEdge, type PartNode, type RegionParts } from './chart-parts.js';
import type { TextLine } from './chart-metrics.js';
import type { ChartGraph } from '../model/index.js';

/** A DOT double-quoted string; `\l` ends a left-aligned line. */
function quoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** Lines for a label: each ends in `\l` (left-aligned); the text is escaped first, then the line breaks added. */
function leftAligned(lines: readonly string[]): string {
  return `"${lines.map((line) => `${line.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}\\l`).join('')}"`;
}

function linesOf(lines: readonly TextLine[]): string[] {
  return lines.map((line) => (line.kind === 'guard' ? `    ${line.text}` : line.text));
}

function nodeLine(node: PartNode): string {
  if (node.kind === 'initial') return `${quoted(node.key)} [shape=point, width=0.15, label=""];`;
  const style = node.kind === 'anyState' ? 'rounded,dashed' : 'rounded';
  const nodeLabel = node.internal.length > 0 ? leftAligned([node.title, '', ...linesOf(node.internal)]) : quoted(node.title);
  return `${quoted(node.key)} [label=${nodeLabel}, style=${quoted(style)}];`;
}

function edgeLine(edge: PartEdge): string {
  const from = `${quoted(edge.sourceKey)} -> ${quoted(edge.targetKey)}`;
  if (edge.kind === 'initial') return `${from};`;
  const text = edge.label.map((line) => line.text).join('\n');
  return `${from} [label=${quoted(text)}${edge.kind === 'always' ? ', style=dashed' : ''}, tooltip=${quoted(edge.tooltip)}];`;
}

function cluster(region: RegionParts): string[] {
  return [
    `  subgraph ${quoted(`cluster_${region.region.name}`)} {`,
    `    label=${quoted(region.region.name)};`,
    ...region.nodes.map((node) => `    ${nodeLine(node)}`),
    ...region.edges.map((edge) => `    ${edgeLine(edge)}`),
    '  }',
  ];
}

/**
 * Writes the chart graph as DOT, for `dot -Tsvg` and other Graphviz tools.
 * @example toDot(machineGraph()).includes('subgraph "cluster_talks"') // true
 */
export function toDot(graph: ChartGraph): string {
  const parts = chartParts(graph);
  const anywhere = parts.anywhere.length > 0
    ? [`  ${quoted(`${parts.id}#anywhere`)} [shape=note, label=${leftAligned(['In any state, recorded without a change of state:', '', ...parts.anywhere.flatMap(linesOf)])}];`]
    : [];
  return [
    `digraph ${quoted(parts.id)} {`,
    '  graph [rankdir=LR, fontname="Helvetica", fontsize=14, style=rounded, color="#9aa3b5", labeljust=l];',
    '  node [shape=box, fontname="Helvetica", fontsize=12, color="#4a5570"];',
    '  edge [fontname="Helvetica", fontsize=10, color="#5b6579"];',
    ...parts.regions.flatMap(cluster),
    ...anywhere,
    '}',
    '',
  ].join('\n');
}

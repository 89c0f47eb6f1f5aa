/**
 * The statechart as a Mermaid `stateDiagram-v2` (GitHub draws it in a
 * README): the machine as a composite state whose regions run side by
 * side, separated by `--`. As on the SVG chart, transitions declared on a
 * whole region leave from a dashed "any <region> state" box, and transitions
 * that change no state are written inside their state.
 */
import { chartParts, type PartEdge, type PartNode, type RegionParts } from './chart-parts.js';
import type { TextLine } from './chart-metrics.js';
import { TIMERS, type ChartGraph } from '../model/index.js';

/** Mermaid reads `;`, `#` and `:` in labels as syntax; none occurs in our names, but keep it that way whatever comes. */
function label(text: string): string {
  return text.replace(/[;#:]/g, ' ').replace(/\s+/g, ' ').trim();
}

function mermaidId(node: PartNode, region: RegionParts): string {
  if (node.kind === 'initial') return '[*]';
  if (node.kind === 'anyState') return `any_${region.region.name}`;
  return node.title;
}

/** Internal transitions by event name alone, as on the edges: the guards are in the SVG, DOT and SCXML. */
function internalTexts(lines: readonly TextLine[]): string[] {
  return lines.filter((line) => line.kind !== 'guard').map((line) => label(line.text));
}

function edgeLabel(edge: PartEdge): string {
  const timer = edge.guards.length === 1 ? TIMERS[edge.guards[0] as keyof typeof TIMERS] : undefined;
  if (edge.kind === 'always') return label(timer ?? `when ${edge.guards.join(' and ')}`);
  return label(edge.events.join(' / '));
}

function regionLines(region: RegionParts): string[] {
  const idOf = new Map(region.nodes.map((node) => [node.key, mermaidId(node, region)]));
  const lines: string[] = [];
  for (const node of region.nodes) {
    const id = idOf.get(node.key)!;
    const internal = internalTexts(node.internal);
    // Mermaid shows a state's first description as its title unless the state was given one with `state "..." as id`.
    if (node.kind === 'anyState') lines.push(`state "${label(node.title)}" as ${id}`);
    else if (internal.length > 0) lines.push(`${id} : ${label(node.title)}`);
    lines.push(...internal.map((text) => `${id} : ${text}`));
  }
  for (const edge of region.edges) {
    const arrow = `${idOf.get(edge.sourceKey)!} --> ${idOf.get(edge.targetKey)!}`;
    lines.push(edge.kind === 'initial' ? arrow : `${arrow} : ${edgeLabel(edge)}`);
  }
  return lines;
}

/**
 * Writes the chart graph as Mermaid.
 * @example toMermaid(machineGraph()).startsWith('stateDiagram-v2') // true
 */
export function toMermaid(graph: ChartGraph): string {
  const parts = chartParts(graph);
  const regions = parts.regions.map((region) => [`  state ${region.region.name} {`, ...regionLines(region).map((line) => `    ${line}`), '  }']);
  const body = regions.flatMap((lines, index) => (index === 0 ? lines : ['  --', ...lines]));
  const anyStates = parts.regions.filter((region) => region.nodes.some((node) => node.kind === 'anyState')).map((region) => `any_${region.region.name}`);
  const anywhereTitle = 'In any state, recorded without a change of state';
  const anywhere = parts.anywhere.length > 0 ? [`anywhere : ${anywhereTitle}`, ...parts.anywhere.flatMap(internalTexts).map((text) => `anywhere : ${text}`)] : [];
  return [
    'stateDiagram-v2',
    `state ${parts.id} {`,
    ...body,
    '}',
    ...anywhere,
    'classDef anyState fill:#ffffff,stroke-dasharray:5 5',
    ...(anyStates.length > 0 ? [`class ${anyStates.join(', ')} anyState`] : []),
    '',
  ].join('\n');
}

/**
 * Places the chart: each region is laid out by ELK's layered algorithm (left
 * to right, orthogonal edges, labels between layers so they never sit on a
 * box), then the regions are stacked, as in the statechart notation for
 * parallel regions (regions narrow enough go side by side, so that the chart
 * stays wider than it is tall and fits a screen), and the machine-wide
 * transitions go in a box beneath.
 * The result is plain data with absolute coordinates, for SVG or a browser.
 */
import elkBundle from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { chartParts, type PartEdge, type PartEdgeKind, type PartNode, type PartNodeKind, type PartOptions, type RegionParts } from './chart-parts.js';
import { chartMetrics, linesHeight, linesWidth, type ChartMetrics, type TextLine } from './chart-metrics.js';
import type { ChartGraph } from '../model/index.js';

export interface Point {
  x: number;
  y: number;
}

export interface Box extends Point {
  width: number;
  height: number;
}

export interface PositionedRegion extends Box {
  id: string;
  name: string;
}

export interface PositionedNode extends Box {
  key: string;
  kind: PartNodeKind;
  /** Full statechart id (`truce.talks.proposal`) for states; null for the initial dot and "any state" boxes. */
  stateId: string | null;
  region: string;
  title: string;
  internal: TextLine[];
  initial: boolean;
}

export interface PositionedEdge {
  key: string;
  kind: PartEdgeKind;
  region: string;
  sourceKey: string;
  targetKey: string;
  events: string[];
  guards: string[];
  /** The route, from the source box to the target box (arrowhead at the last point). */
  points: Point[];
  label: (Box & { lines: TextLine[] }) | null;
  tooltip: string;
}

export interface PositionedList extends Box {
  heading: string;
  /** Each item's lines, placed in columns. */
  items: Array<Point & { lines: TextLine[] }>;
}

export interface ChartLayout {
  id: string;
  /** The size of the text against the usual (`chartMetrics`): the drawing uses the same measures. */
  textScale: number;
  width: number;
  height: number;
  regions: PositionedRegion[];
  nodes: PositionedNode[];
  edges: PositionedEdge[];
  /** The transitions that apply in every state, or null when the machine has none. */
  anywhere: PositionedList | null;
}

// The bundle is CommonJS: Node hands it over as the default export, and it names itself `.default` too, which is what its types describe.
const ELK = elkBundle.default;

/** Which way a region's arrows run: left to right (the usual), or top to bottom for a region too wide for the page. */
type Direction = 'RIGHT' | 'DOWN';

const layoutOptions = (metrics: ChartMetrics, direction: Direction) => ({
  'elk.algorithm': 'layered',
  'elk.direction': direction,
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.padding': `[top=${metrics.spacing.regionTitle + 6},left=20,bottom=18,right=20]`,
  'elk.spacing.nodeNode': '28',
  'elk.spacing.edgeEdge': '14',
  'elk.spacing.edgeNode': '16',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.spacing.nodeNodeBetweenLayers': '44',
  'elk.layered.spacing.edgeNodeBetweenLayers': '18',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // Edges that run against the order the states are declared in are the ones turned back: the initial state comes first.
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  'elk.layered.layering.strategy': 'LONGEST_PATH_SOURCE',
  'elk.randomSeed': '1',
});

/** Rounded to a tenth of a pixel, so the SVG is short and the same on every machine. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function nodeSize(node: PartNode, { styles, spacing }: ChartMetrics): { width: number; height: number } {
  if (node.kind === 'initial') return { width: spacing.initialDot, height: spacing.initialDot };
  const titleLine: TextLine = { text: node.title, kind: node.kind === 'anyState' ? 'anyState' : 'state' };
  const internalHeight = node.internal.length > 0 ? linesHeight(node.internal, styles) + 10 : 0;
  return {
    width: Math.max(spacing.minStateWidth, linesWidth([titleLine, ...node.internal], styles) + 2 * spacing.boxPadding),
    height: linesHeight([titleLine], styles) + internalHeight + 16,
  };
}

function elkEdge(edge: PartEdge, { styles }: ChartMetrics): ElkExtendedEdge {
  const labelWidth = linesWidth(edge.label, styles);
  return {
    id: edge.key,
    sources: [edge.sourceKey],
    targets: [edge.targetKey],
    labels:
      edge.label.length > 0
        ? // ELK leaves a label without text unplaced at (0, 0), so it gets its text even though only the size matters here.
          [{ id: `${edge.key}#label`, text: edge.label.map((line) => line.text).join('\n'), width: labelWidth + 8, height: linesHeight(edge.label, styles) + 4, layoutOptions: { 'elk.edgeLabels.placement': 'CENTER' } }]
        : [],
  };
}

async function layoutRegion(elk: InstanceType<typeof ELK>, parts: RegionParts, metrics: ChartMetrics, direction: Direction): Promise<ElkNode> {
  return elk.layout({
    id: parts.region.id,
    layoutOptions: layoutOptions(metrics, direction),
    children: parts.nodes.map((node) => ({ id: node.key, ...nodeSize(node, metrics) })),
    edges: parts.edges.map((edge) => elkEdge(edge, metrics)),
  });
}

/**
 * A region laid out left to right, or, when that is wider than `fitWidth` and top to bottom is
 * narrower, top to bottom: on a projector a region must fit the screen's width with its words large.
 */
async function layoutRegionToFit(elk: InstanceType<typeof ELK>, parts: RegionParts, metrics: ChartMetrics, fitWidth: number | undefined): Promise<ElkNode> {
  const across = await layoutRegion(elk, parts, metrics, 'RIGHT');
  if (fitWidth === undefined || across.width! <= fitWidth) return across;
  const down = await layoutRegion(elk, parts, metrics, 'DOWN');
  return down.width! < across.width! ? down : across;
}

function place(parts: RegionParts, laid: ElkNode, offset: Point): { nodes: PositionedNode[]; edges: PositionedEdge[] } {
  const at = (x = 0, y = 0): Point => ({ x: round(x + offset.x), y: round(y + offset.y) });
  const nodes = parts.nodes.map((node): PositionedNode => {
    const placed = laid.children!.find((child) => child.id === node.key)!;
    return { ...node, region: parts.region.id, ...at(placed.x, placed.y), width: round(placed.width!), height: round(placed.height!) };
  });
  const edges = parts.edges.map((edge): PositionedEdge => {
    const placed = laid.edges!.find((candidate) => candidate.id === edge.key)!;
    const section = placed.sections![0]!;
    const label = placed.labels?.[0];
    return {
      key: edge.key,
      kind: edge.kind,
      region: parts.region.id,
      sourceKey: edge.sourceKey,
      targetKey: edge.targetKey,
      events: edge.events,
      guards: edge.guards,
      points: [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((point) => at(point.x, point.y)),
      label: label ? { ...at(label.x, label.y), width: round(label.width!), height: round(label.height!), lines: edge.label } : null,
      tooltip: edge.tooltip,
    };
  });
  return { nodes, edges };
}

/** The machine-wide transitions in as many columns as fit the chart's width, each column about as tall as the others. */
function placeList(items: TextLine[][], origin: Point, width: number, { styles, spacing }: ChartMetrics): PositionedList | null {
  if (items.length === 0) return null;
  const heading = 'In any state: the event is recorded, no state changes';
  const headingHeight = styles.heading.lineHeight + 6;
  const itemGap = 6;
  const columnWidth = Math.max(...items.map((lines) => linesWidth(lines, styles))) + 24;
  const columns = Math.max(1, Math.min(items.length, Math.floor((width - 2 * spacing.boxPadding) / columnWidth)));
  const heights = items.map((lines) => linesHeight(lines, styles) + itemGap);
  const target = heights.reduce((sum, height) => sum + height, 0) / columns;
  const top = origin.y + spacing.boxPadding + headingHeight;
  let column = 0;
  let y = top;
  let tallest = 0;
  const placed = items.map((lines, index) => {
    // Start a new column once this one has its share, keeping the items in order down each column.
    if (y > top && y - top + heights[index]! / 2 > target && column < columns - 1) {
      column += 1;
      y = top;
    }
    const item = { x: round(origin.x + spacing.boxPadding + column * columnWidth), y: round(y), lines };
    y += heights[index]!;
    tallest = Math.max(tallest, y - top);
    return item;
  });
  return { heading, ...origin, width: round(width), height: round(2 * spacing.boxPadding + headingHeight + tallest - itemGap), items: placed };
}

/** How much wider than the widest region a row of regions side by side may be. */
const ROW_SLACK = 1.05;

/**
 * The regions in rows, in the machine's order: a region joins the row before it when the row
 * stays within about the widest region's width, so narrow regions sit side by side instead of
 * each taking a band of the chart's height.
 */
function rowsOf(widths: readonly number[], gap: number): number[][] {
  const widest = Math.max(...widths);
  const rows: number[][] = [];
  let rowWidth = 0;
  widths.forEach((width, index) => {
    const row = rows.at(-1);
    if (row && rowWidth + gap + width <= widest * ROW_SLACK) {
      row.push(index);
      rowWidth += gap + width;
    } else {
      rows.push([index]);
      rowWidth = width;
    }
  });
  return rows;
}

/** How the chart is laid out: which words it carries (`guards`), how large they are, how wide it may grow. */
export interface LayoutOptions extends PartOptions {
  /** The text's size against the usual (`chartMetrics`); 1 unless given. */
  textScale?: number;
  /** The widest a region may be (in the chart's own pixels) before it is laid out top to bottom instead. */
  fitWidth?: number;
}

/**
 * Lays the chart out. Pure data in, pure data out: the same graph always gives the same layout.
 * @example const layout = await layoutChart(machineGraph()); layout.nodes.find((node) => node.stateId === 'truce.talks.idle')
 */
export async function layoutChart(graph: ChartGraph, options: LayoutOptions = {}): Promise<ChartLayout> {
  const parts = chartParts(graph, options);
  const metrics = chartMetrics(options.textScale);
  const { padding, gap } = metrics.spacing;
  const elk = new ELK();
  const laidOut: ElkNode[] = [];
  // One at a time: ELK's layout of one region does not depend on another, and the order stays fixed.
  for (const region of parts.regions) laidOut.push(await layoutRegionToFit(elk, region, metrics, options.fitWidth));
  const rows = rowsOf(laidOut.map((laid) => laid.width!), gap);
  const rowWidth = (row: readonly number[]) => row.reduce((sum, index) => sum + laidOut[index]!.width!, 0) + gap * (row.length - 1);
  const width = Math.max(...rows.map(rowWidth));
  const regions: PositionedRegion[] = [];
  const nodes: PositionedNode[] = [];
  const edges: PositionedEdge[] = [];
  let y: number = padding;
  for (const row of rows) {
    // The frames of a row are as tall as its tallest region, and the last one reaches the chart's right edge.
    const height = Math.max(...row.map((index) => laidOut[index]!.height!));
    let x: number = padding;
    row.forEach((index, position) => {
      const region = parts.regions[index]!;
      const laid = laidOut[index]!;
      const frameWidth = position === row.length - 1 ? padding + width - x : laid.width!;
      regions.push({ id: region.region.id, name: region.region.name, x: round(x), y, width: round(frameWidth), height: round(height) });
      const placed = place(region, laid, { x, y });
      nodes.push(...placed.nodes);
      edges.push(...placed.edges);
      x += laid.width! + gap;
    });
    y = round(y + height + gap);
  }
  const anywhere = placeList(parts.anywhere, { x: padding, y }, width, metrics);
  const height = (anywhere ? anywhere.y + anywhere.height : y - gap) + padding;
  return { id: parts.id, textScale: metrics.scale, width: round(width + 2 * padding), height: round(height), regions, nodes, edges, anywhere };
}

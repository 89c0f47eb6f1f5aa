/**
 * Draws a laid-out chart as a standalone SVG string. Synchronous and free of
 * Node and of ELK, so a browser can import it too and draw a layout it was
 * sent. Sizes are attributes and colours are CSS: the geometry holds in any
 * SVG reader, and a page can restyle the colours.
 */
import { chartMetrics, type ChartMetrics, type LineStyles, type TextLine } from './chart-metrics.js';
import type { ChartLayout, Point, PositionedEdge, PositionedList, PositionedNode, PositionedRegion } from './chart-layout.js';
import { escapeXml } from './escape.js';

export interface DrawOptions {
  /** Full ids of the states to highlight, e.g. `truce.talks.proposal`. */
  active?: readonly string[];
  /** A heading drawn above the chart. */
  title?: string;
  /** Prefix for the ids inside the SVG, so several charts can share one page. */
  idPrefix?: string;
  /**
   * Write each transition's guards on the chart (the default). Without them the chart is a quarter
   * smaller, for a projector; the rules stay in each arrow's tooltip.
   */
  guards?: boolean;
  /** The text's size against the usual; 1.4 for a projector, whose words must read from the back of the room. */
  textScale?: number;
  /** The widest a region may be before it is laid out top to bottom (in the chart's own pixels). */
  fitWidth?: number;
}

const FONT_FAMILY = 'Arial, "Liberation Sans", Helvetica, sans-serif';

/** Colours only: every size and position is an attribute. Scoped to the chart, so it is safe inline in a page. */
export const CHART_CSS = `
.truce-chart { font-family: ${FONT_FAMILY}; }
.truce-chart text { fill: #1d2433; }
.truce-chart .region-frame { fill: #f5f6f9; stroke: #9aa3b5; stroke-width: 1; }
.truce-chart .text-region { fill: #4a5570; }
.truce-chart .node > .box { fill: #ffffff; stroke: #4a5570; stroke-width: 1.5; }
.truce-chart .any-state > .box { fill: none; stroke: #8a93a8; stroke-width: 1.2; stroke-dasharray: 5 4; }
.truce-chart .node > .divider { stroke: #c5cad6; stroke-width: 1; }
.truce-chart .initial-dot { fill: #4a5570; }
.truce-chart .state.active > .box { fill: #ffe39a; stroke: #a35f00; stroke-width: 3.5; }
.truce-chart .now-mark { fill: #a35f00; }
.truce-chart .state:not(.active) > .now-mark { display: none; }
.truce-chart .edge > path { fill: none; stroke: #5b6579; stroke-width: 1.4; }
.truce-chart .edge-always > path { stroke-dasharray: 6 4; }
.truce-chart .arrowhead { fill: #5b6579; }
.truce-chart .label-back { fill: #f5f6f9; opacity: 0.9; }
.truce-chart .text-guard { fill: #5b6579; }
.truce-chart .anywhere > .box { fill: #ffffff; stroke: #9aa3b5; stroke-width: 1; }
.truce-chart .edge:hover > path { stroke: #1d4ed8; stroke-width: 2.2; }
`;

/** Numbers as short, stable text. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** One `<text>` per line, from `top`; `anchor` middle centres the lines on `x`. A line that names an event says which (`data-event`). */
function drawLines(styles: LineStyles, lines: readonly TextLine[], x: number, top: number, anchor: 'start' | 'middle' = 'start'): string {
  let y = top;
  return lines
    .map((line) => {
      const style = styles[line.kind];
      const baseline = y + style.lineHeight / 2 + style.fontSize * 0.35;
      y += style.lineHeight;
      const weight = style.bold ? ' font-weight="bold"' : '';
      const slant = style.italic ? ' font-style="italic"' : '';
      const middle = anchor === 'middle' ? ' text-anchor="middle"' : '';
      const event = line.event === undefined ? '' : ` data-event="${escapeXml(line.event)}"`;
      return `<text class="text-${line.kind}"${event} x="${n(x)}" y="${n(baseline)}" font-size="${style.fontSize}"${weight}${slant}${middle}>${escapeXml(line.text)}</text>`;
    })
    .join('');
}

/** An orthogonal route with its corners rounded, for a softer read. */
function roundedPath(points: readonly Point[], radius = 6): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M${n(first.x)},${n(first.y)}`;
  rest.forEach((point, index) => {
    const next = rest[index + 1];
    const previous = index === 0 ? first : rest[index - 1]!;
    if (!next) {
      d += ` L${n(point.x)},${n(point.y)}`;
      return;
    }
    const inLength = Math.hypot(point.x - previous.x, point.y - previous.y);
    const outLength = Math.hypot(next.x - point.x, next.y - point.y);
    const r = Math.min(radius, inLength / 2, outLength / 2);
    const before = { x: point.x - ((point.x - previous.x) / (inLength || 1)) * r, y: point.y - ((point.y - previous.y) / (inLength || 1)) * r };
    const after = { x: point.x + ((next.x - point.x) / (outLength || 1)) * r, y: point.y + ((next.y - point.y) / (outLength || 1)) * r };
    d += ` L${n(before.x)},${n(before.y)} Q${n(point.x)},${n(point.y)} ${n(after.x)},${n(after.y)}`;
  });
  return d;
}

function drawRegion(region: PositionedRegion, styles: LineStyles): string {
  const title: TextLine = { text: region.name, kind: 'region' };
  return (
    `<g class="region" data-region-id="${escapeXml(region.id)}">` +
    `<rect class="region-frame" x="${n(region.x)}" y="${n(region.y)}" width="${n(region.width)}" height="${n(region.height)}" rx="8"/>` +
    drawLines(styles, [title], region.x + 14, region.y + 8) +
    `</g>`
  );
}

function drawEdge(edge: PositionedEdge, arrowId: string): string {
  const data = `data-key="${escapeXml(edge.key)}" data-source="${escapeXml(edge.sourceKey)}" data-target="${escapeXml(edge.targetKey)}" data-events="${escapeXml(edge.events.join(' '))}"`;
  return (
    `<g class="edge edge-${edge.kind}" ${data}><title>${escapeXml(edge.tooltip)}</title>` +
    `<path d="${roundedPath(edge.points)}" marker-end="url(#${arrowId})"/></g>`
  );
}

function drawLabel(edge: PositionedEdge, styles: LineStyles): string {
  if (!edge.label) return '';
  const { x, y, width, height, lines } = edge.label;
  return (
    `<g class="edge-label" data-edge="${escapeXml(edge.key)}"><title>${escapeXml(edge.tooltip)}</title>` +
    `<rect class="label-back" x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="3"/>` +
    drawLines(styles, lines, x + width / 2, y + 2, 'middle') +
    `</g>`
  );
}

function drawNode(node: PositionedNode, active: ReadonlySet<string>, { styles, spacing }: ChartMetrics): string {
  const { x, y, width, height } = node;
  if (node.kind === 'initial') {
    return `<g class="node initial" data-region-id="${escapeXml(node.region)}"><circle class="initial-dot" cx="${n(x + width / 2)}" cy="${n(y + height / 2)}" r="${n(width / 2)}"/></g>`;
  }
  const titleLine: TextLine = { text: node.title, kind: node.kind === 'anyState' ? 'anyState' : 'state' };
  const titleHeight = styles[titleLine.kind].lineHeight;
  const classes = node.kind === 'anyState' ? 'node any-state' : `node state${node.stateId !== null && active.has(node.stateId) ? ' active' : ''}`;
  // A state is known by its id, an "any … state" box by its key: the arrows' data-source names either.
  const id = node.stateId === null ? ` data-key="${escapeXml(node.key)}"` : ` data-state-id="${escapeXml(node.stateId)}"`;
  const tooltip = node.kind === 'anyState' ? `Transitions drawn from here apply in ${node.title.replace(/^any /, 'every ')}` : `${node.title} (${node.stateId})`;
  const divider =
    node.internal.length > 0
      ? `<line class="divider" x1="${n(x)}" y1="${n(y + 8 + titleHeight + 4)}" x2="${n(x + width)}" y2="${n(y + 8 + titleHeight + 4)}"/>` +
        `<g class="internal">${drawLines(styles, node.internal, x + spacing.boxPadding, y + 8 + titleHeight + 9)}</g>`
      : '';
  const nowMark = node.kind === 'state' ? `<circle class="now-mark" cx="${n(x + width - 9)}" cy="${n(y + 9)}" r="4"/>` : '';
  return (
    `<g class="${classes}"${id}><title>${escapeXml(tooltip)}</title>` +
    `<rect class="box" x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="10"/>` +
    drawLines(styles, [titleLine], x + width / 2, y + 8, 'middle') +
    divider +
    nowMark +
    `</g>`
  );
}

function drawList(list: PositionedList, { styles, spacing }: ChartMetrics): string {
  return (
    `<g class="anywhere"><rect class="box" x="${n(list.x)}" y="${n(list.y)}" width="${n(list.width)}" height="${n(list.height)}" rx="8"/>` +
    drawLines(styles, [{ text: list.heading, kind: 'heading' }], list.x + spacing.boxPadding, list.y + spacing.boxPadding - 2) +
    list.items.map((item) => `<g class="internal">${drawLines(styles, item.lines, item.x, item.y)}</g>`).join('') +
    `</g>`
  );
}

/**
 * The SVG of a laid-out chart, `active` states highlighted (class `active`).
 * Each state is a `<g class="node state" data-state-id="truce.talks.idle">`, so a page can move the highlight by toggling that class.
 */
export function drawChartSvg(layout: ChartLayout, options: DrawOptions = {}): string {
  const active = new Set(options.active ?? []);
  const metrics = chartMetrics(layout.textScale);
  const { styles, spacing } = metrics;
  const prefix = options.idPrefix ?? 'truce-chart';
  const arrowId = `${prefix}-arrow`;
  const titleHeight = options.title === undefined ? 0 : styles.title.lineHeight + 10;
  const width = layout.width;
  const height = layout.height + titleHeight;
  const heading = options.title === undefined ? '' : drawLines(styles, [{ text: options.title, kind: 'title' }], spacing.padding, spacing.padding - 4);
  const description = options.title ?? `The ${layout.id} statechart`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="truce-chart" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}">` +
    `<title>${escapeXml(description)}</title>` +
    `<style>${CHART_CSS}</style>` +
    `<defs><marker id="${escapeXml(arrowId)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto">` +
    `<path class="arrowhead" d="M0,0 L10,5 L0,10 z"/></marker></defs>` +
    `<rect width="${n(width)}" height="${n(height)}" fill="#ffffff"/>` +
    heading +
    `<g transform="translate(0,${n(titleHeight)})">` +
    layout.regions.map((region) => drawRegion(region, styles)).join('') +
    layout.edges.map((edge) => drawEdge(edge, arrowId)).join('') +
    layout.nodes.map((node) => drawNode(node, active, metrics)).join('') +
    layout.edges.map((edge) => drawLabel(edge, styles)).join('') +
    (layout.anywhere ? drawList(layout.anywhere, metrics) : '') +
    `</g></svg>\n`
  );
}

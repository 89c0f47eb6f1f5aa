/**
 * Changing the chart's drawing (`CHART_VARIANTS`): the usual one is in the page; the others come
 * from the viewer's own server (`/chart/<id>.svg`) the first time they are asked for. They are
 * the machine's drawing, made by the viewer, never scenario text.
 */
import type { ChartVariant } from '../chart-variants.js';

const fetched = new Map<ChartVariant, Promise<SVGSVGElement>>();
let latest: ChartVariant | null = null;

async function load(variant: ChartVariant): Promise<SVGSVGElement> {
  const response = await fetch(`/chart/${variant}.svg`);
  if (!response.ok) throw new Error(`the chart ${variant} could not be loaded (${response.status})`);
  const drawing = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
  if (drawing.querySelector('parsererror') || !(drawing.documentElement instanceof SVGSVGElement)) throw new Error(`the chart ${variant} is not an SVG drawing`);
  return drawing.documentElement;
}

/**
 * Puts the drawing `variant` in `container` (marked `data-variant`); resolves true once it is there,
 * false when another was asked for meanwhile (the last one asked for wins).
 */
export async function showDrawing(container: HTMLElement, variant: ChartVariant): Promise<boolean> {
  latest = variant;
  if (container.dataset.variant === variant) return true;
  if (!fetched.has(variant)) fetched.set(variant, load(variant));
  const svg = await fetched.get(variant)!;
  if (latest !== variant) return false;
  container.replaceChildren(document.importNode(svg, true));
  container.dataset.variant = variant;
  return true;
}

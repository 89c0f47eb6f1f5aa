/**
 * The arrow just taken, marked on the chart (as Stately's inspector does). The step says which event
 * came and the states before and after it; the chart's arrows say where they run and for which
 * events (`data-source`, `data-target`, `data-events`), and the lines inside a box name their event
 * (`data-event`). So the arrow is found on the drawing itself, the picture of the machine, without
 * asking the statechart library, which the page does not carry.
 */
import type { TruceStateValue } from '../../../model/index.js';

function edgesOf(chart: ParentNode): SVGGElement[] {
  return [...chart.querySelectorAll<SVGGElement>('g.edge[data-source][data-target]')];
}

const carries = (edge: SVGGElement, event: string | null) => event !== null && (edge.dataset.events ?? '').split(' ').includes(event);
const eventless = (edge: SVGGElement) => edge.classList.contains('edge-always');

/** The arrows by which one region went from `from` to `to` on `event`: directly, by an arrow taken by itself once its condition held, or by one then the other. */
function arrowsTaken(edges: readonly SVGGElement[], sources: readonly string[], from: string, to: string, event: string | null): SVGGElement[] {
  const fromHere = (edge: SVGGElement) => sources.includes(edge.dataset.source ?? '');
  const direct = edges.filter((edge) => fromHere(edge) && edge.dataset.target === to && carries(edge, event));
  if (direct.length > 0 || from === to) return direct;
  const byItself = edges.filter((edge) => edge.dataset.source === from && edge.dataset.target === to && eventless(edge));
  if (byItself.length > 0) return byItself;
  for (const first of edges.filter((edge) => fromHere(edge) && carries(edge, event))) {
    const then = edges.find((edge) => edge.dataset.source === first.dataset.target && edge.dataset.target === to && eventless(edge));
    if (then) return [first, then];
  }
  return [];
}

/**
 * Marks (class `taken`) the arrows, their labels and the lines in boxes that `event` took between
 * `before` and `after`, and unmarks the rest; returns what it marked. A refused step takes nothing: pass `event` null.
 * @example markTaken(chart, 'truce', { talks: 'idle', ... }, { talks: 'proposal', ... }, 'PROPOSAL_TABLED')
 */
export function markTaken(chart: ParentNode, machineId: string, before: TruceStateValue | null, after: TruceStateValue, event: string | null): Element[] {
  for (const marked of chart.querySelectorAll('.taken')) marked.classList.remove('taken');
  if (before === null || event === null) return [];
  const edges = edgesOf(chart);
  const taken: Element[] = [];
  for (const [region, state] of Object.entries(after) as Array<[string, string]>) {
    const from = `${machineId}.${region}.${before[region as keyof TruceStateValue]}`;
    const to = `${machineId}.${region}.${state}`;
    const anyState = `${machineId}.${region}#any`;
    for (const arrow of arrowsTaken(edges, [from, anyState], from, to, event)) {
      taken.push(arrow);
      const label = chart.querySelector(`g.edge-label[data-edge="${CSS.escape(arrow.dataset.key ?? '')}"]`);
      if (!label) continue;
      // Of an arrow's events, the one that came; of an arrow taken by itself, its whole condition.
      const named = label.querySelectorAll(`text[data-event="${CSS.escape(event)}"]`);
      taken.push(label, ...(named.length > 0 ? named : label.querySelectorAll('text')));
    }
    // An event that changes nothing in this region is written inside the box it stays in.
    const line = `text[data-event="${CSS.escape(event)}"]`;
    if (from === to) taken.push(...chart.querySelectorAll(`[data-state-id="${CSS.escape(from)}"] ${line}, [data-key="${CSS.escape(anyState)}"] ${line}`));
  }
  taken.push(...chart.querySelectorAll(`.anywhere text[data-event="${CSS.escape(event)}"]`));
  for (const element of taken) element.classList.add('taken');
  return taken;
}

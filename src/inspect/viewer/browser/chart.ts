/**
 * Highlighting the current states on the chart drawn by `renderChartSvg`:
 * each state element carries `data-state-id="truce.talks.proposal"`; the page
 * adds the class `active` (outlined and bold in the style sheet, so it does
 * not rest on colour alone) to the states the statechart is in.
 */
import type { Region, TruceStateValue } from '../../../model/snapshot.js';

export function activeStateIds(machineId: string, state: TruceStateValue): Set<string> {
  return new Set((Object.entries(state) as Array<[Region, string]>).map(([region, name]) => `${machineId}.${region}.${name}`));
}

export function highlightStates(chart: ParentNode, machineId: string, state: TruceStateValue): void {
  const active = activeStateIds(machineId, state);
  for (const node of chart.querySelectorAll<SVGElement | HTMLElement>('[data-state-id]')) {
    const isActive = active.has(node.dataset.stateId ?? '');
    node.classList.toggle('active', isActive);
    if (isActive) node.setAttribute('aria-current', 'true');
    else node.removeAttribute('aria-current');
  }
}

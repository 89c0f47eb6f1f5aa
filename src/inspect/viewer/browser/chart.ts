/**
 * Highlighting the current states on the chart drawn by `renderChartSvg`:
 * each state element carries `data-state-id="truce.talks.proposal"`; the page
 * adds the class `active` (outlined and bold in the style sheet, so it does
 * not rest on colour alone) to the states the statechart is in.
 */
import { activeStateIds, type TruceStateValue } from '../../../model/index.js';

export function highlightStates(chart: ParentNode, machineId: string, state: TruceStateValue): void {
  const active = new Set(activeStateIds(machineId, state));
  for (const node of chart.querySelectorAll<SVGElement | HTMLElement>('[data-state-id]')) {
    const isActive = active.has(node.dataset.stateId ?? '');
    node.classList.toggle('active', isActive);
    if (isActive) node.setAttribute('aria-current', 'true');
    else node.removeAttribute('aria-current');
  }
}

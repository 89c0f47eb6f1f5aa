/**
 * Highlighting the current states on the chart drawn by `renderChartSvg`:
 * each state element carries `data-state-id="truce.talks.proposal"`; the page
 * adds the class `active` (outlined and bold in the style sheet, so it does
 * not rest on colour alone) to the states the statechart is in.
 */
import { activeStateIds, type TruceStateValue } from '../../../model/index.js';
import { stateSentence } from '../../../words/index.js';
import { element, fill } from './dom.js';

export function highlightStates(chart: ParentNode, machineId: string, state: TruceStateValue): void {
  const active = new Set(activeStateIds(machineId, state));
  for (const node of chart.querySelectorAll<SVGElement | HTMLElement>('[data-state-id]')) {
    const isActive = active.has(node.dataset.stateId ?? '');
    node.classList.toggle('active', isActive);
    if (isActive) node.setAttribute('aria-current', 'true');
    else node.removeAttribute('aria-current');
  }
}

/**
 * The states in words above the chart (`Talks: proposal · Operations: active · ...`), each
 * region's part kept on one line, so a narrow screen breaks the line between regions.
 */
export function showStateLine(line: HTMLElement, state: TruceStateValue): void {
  const parts = stateSentence(state).split(' · ');
  fill(line, ...parts.flatMap((part, index) => [index === 0 ? null : document.createTextNode(' · '), element('span', { className: 'region-state', text: part })]));
}

/** The list of steps, dated: one button per step, the one shown marked `aria-current`. */
import { element } from './dom.js';
import type { Frame } from './frames.js';
import { longDate } from '../../../words/index.js';

function label(frame: Frame, startDate: string | null): HTMLElement[] {
  const { step } = frame;
  if (!step) return [element('span', { className: 'when', text: startDate ? longDate(startDate) : '' }), element('span', { className: 'what', text: 'Start' })];
  const marks = [step.accepted ? '' : '⊘ refused', step.part === 'branch' ? 'what-if' : '', step.inferred ? 'inferred' : ''].filter(Boolean);
  return [
    element('span', { className: 'when', text: longDate(step.date) }),
    element('span', { className: 'what', text: frame.description ?? '' }),
    ...(marks.length ? [element('span', { className: 'marks', text: marks.join(' · ') })] : []),
  ];
}

/** Fills `list` with one entry per frame; `onSelect(position)` is called when one is clicked. */
export function renderTimeline(list: HTMLOListElement, frames: readonly Frame[], onSelect: (position: number) => void): void {
  const startDate = frames[0]?.context.date ?? null;
  list.replaceChildren(
    ...frames.map((frame, position) => {
      const button = element('button', { className: 'timeline-step', attributes: { type: 'button', 'data-position': String(position) } }, ...label(frame, startDate));
      if (frame.step && !frame.step.accepted) button.classList.add('refused');
      if (frame.step?.part === 'branch') button.classList.add('branch');
      button.addEventListener('click', () => onSelect(position));
      return element('li', { attributes: { 'data-step-id': frame.step?.id ?? 'start' } }, button);
    }),
  );
}

/**
 * Scrolls the list (only the list: `scrollIntoView` would also scroll the whole
 * page) so that `item` sits in its middle, with the steps before and after in view.
 * The list is `position: relative` (style sheet), so `offsetTop` counts from its top.
 */
function centreWithin(list: HTMLElement, item: HTMLElement): void {
  list.scrollTop = Math.max(0, item.offsetTop - (list.clientHeight - item.offsetHeight) / 2);
}

export function markCurrent(list: HTMLOListElement, position: number): void {
  for (const button of list.querySelectorAll<HTMLButtonElement>('button[data-position]')) {
    const current = button.dataset.position === String(position);
    if (current) {
      button.setAttribute('aria-current', 'step');
      centreWithin(list, button);
    } else {
      button.removeAttribute('aria-current');
    }
  }
}

/**
 * Projector mode keeps what just happened on the screen: after each step, when the arrows taken
 * (or the states they reached) are not all in view under the sticky step controls, the page
 * scrolls to them. A chart in large words is taller than a projector's screen; the class should
 * not have to ask the lecturer to scroll.
 */

/** The smallest box around all of `elements` on the screen, or null when there is none. */
function boundsOf(elements: readonly Element[]): { top: number; bottom: number } | null {
  const boxes = elements.map((element) => element.getBoundingClientRect()).filter((box) => box.width > 0 || box.height > 0);
  if (boxes.length === 0) return null;
  return { top: Math.min(...boxes.map((box) => box.top)), bottom: Math.max(...boxes.map((box) => box.bottom)) };
}

/**
 * Scrolls the page so that `elements` are in view below `cover` (the sticky controls): centred when
 * they fit, their top just under `cover` when they do not. Does nothing when they are in view already.
 */
export function bringIntoView(elements: readonly Element[], cover: Element): void {
  const bounds = boundsOf(elements);
  if (!bounds) return;
  const top = cover.getBoundingClientRect().bottom;
  const room = window.innerHeight - top;
  if (bounds.top >= top && bounds.bottom <= window.innerHeight) return;
  const height = bounds.bottom - bounds.top;
  const target = height <= room ? top + (room - height) / 2 : top + 8;
  // Instantly: a smooth scroll on every step of a played replay would keep the chart moving.
  window.scrollBy({ top: bounds.top - target, behavior: 'instant' });
}

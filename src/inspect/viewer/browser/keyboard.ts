/** Keyboard shortcuts: ← and → step, space plays or pauses, Home and End jump to the ends. */
import type { Player } from './player.js';

/** Keys inside form fields keep their own meaning (the scrubber moves with arrows by itself). */
function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

export function attachKeyboard(player: Player): void {
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => player.step(-1),
      ArrowRight: () => player.step(1),
      ' ': () => player.toggle(),
      Home: () => player.goTo(0),
      End: () => player.goTo(Number.MAX_SAFE_INTEGER),
    };
    const action = actions[event.key];
    if (!action) return;
    // Also keeps space from clicking the focused button, which would act twice.
    event.preventDefault();
    if (event.key !== ' ') player.pause();
    action();
  });
  // Chrome clicks a focused button when space is released: the keydown above already acted.
  document.addEventListener('keyup', (event) => {
    if (event.key === ' ' && !typingIn(event.target)) event.preventDefault();
  });
}

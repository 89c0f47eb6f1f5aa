/** The handout's states, facts and checks: the shared words (src/words), marked up for a printed page. */
import type { Region, TruceContext, TruceStateValue } from '../model/index.js';
import type { ExpectationResult, TraceStep } from '../scenario/index.js';
import { expectationInWords, factsInWords, lapseInWords, stateLine } from '../words/index.js';
import { escapeXml } from './escape.js';

/** The state line (as the command line shows it) as HTML; with `previous`, the regions that changed are marked, in words too, for print. */
export function stateHtml(state: TruceStateValue, previous?: TruceStateValue): string {
  return stateLine(state, (text, region: Region) =>
    previous && previous[region] !== state[region] ? `<span class="changed">${escapeXml(text)} (changed)</span>` : escapeXml(text),
  );
}

/** The facts of a moment in one line: hostages, the agreement, crossings, the death toll. */
export function factsText(context: TruceContext): string {
  return factsInWords(context).join(' · ');
}

/** The same facts as HTML, one fact a line, so the agreement's own parts are not run together with the others. */
export function factsHtml(context: TruceContext): string {
  return factsInWords(context).map(escapeXml).join('<br>');
}

/** When the agreement's days ran out before this step (the step is dated after its end day), in the shared words. */
export function lapseText(step: TraceStep): string | undefined {
  return step.lapsedBefore === undefined ? undefined : lapseInWords(step.lapsedBefore);
}

/** One check of a step, ✓ or ✗, and "NOT MET" too, so it reads without colour or symbols. */
export function checkText(result: ExpectationResult): string {
  return `${result.met ? '✓' : '✗ NOT MET:'} ${expectationInWords(result)}`;
}

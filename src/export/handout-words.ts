/** The handout's states, facts and checks: the shared words (src/words), marked up for a printed page. */
import type { Region, TruceContext, TruceStateValue } from '../model/index.js';
import type { ExpectationResult } from '../scenario/index.js';
import { expectationInWords, factsInWords, stateLine } from '../words/index.js';
import { escapeXml } from './escape.js';

/** The state line (as the command line shows it) as HTML; with `previous`, the regions that changed are marked, in words too, for print. */
export function stateHtml(state: TruceStateValue, previous?: TruceStateValue): string {
  return stateLine(state, (text, region: Region) =>
    previous && previous[region] !== state[region] ? `<span class="changed">${escapeXml(text)} (changed)</span>` : escapeXml(text),
  );
}

/** The facts of a moment in one line: hostages, crossings, the death toll. */
export function factsText(context: TruceContext): string {
  return factsInWords(context).join(' · ');
}

/** One check of a step, ✓ or ✗, and "NOT MET" too, so it reads without colour or symbols. */
export function checkText(result: ExpectationResult): string {
  return `${result.met ? '✓' : '✗ NOT MET:'} ${expectationInWords(result)}`;
}

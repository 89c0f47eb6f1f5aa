/** The handout's states, facts and checks: the shared words (src/words), marked up for a printed page. */
import type { Region, TruceContext, TruceStateValue } from '../model/index.js';
import type { ExpectationResult } from '../scenario/index.js';
import { crossingsInWords, deathTollInWords, expectationInWords, hostagesInWords, REGION_LABELS } from '../words/index.js';
import { escapeXml } from './escape.js';

/** The regions' states as HTML; with `previous`, the regions that changed are marked (in words too, for print). */
export function stateHtml(state: TruceStateValue, previous?: TruceStateValue): string {
  return (Object.keys(REGION_LABELS) as Region[])
    .map((region) => {
      const text = `${region}: ${escapeXml(state[region])}`;
      return previous && previous[region] !== state[region] ? `<span class="changed">${text} (changed)</span>` : text;
    })
    .join(' · ');
}

/** The facts of a moment in one line: hostages, crossings, the death toll. */
export function factsText(context: TruceContext): string {
  return [`Hostages: ${hostagesInWords(context)}`, crossingsInWords(context), deathTollInWords(context)].filter(Boolean).join(' · ');
}

/** One check of a step, ✓ or ✗, and "NOT MET" too, so it reads without colour or symbols. */
export function checkText(result: ExpectationResult): string {
  return `${result.met ? '✓' : '✗ NOT MET:'} ${expectationInWords(result)}`;
}

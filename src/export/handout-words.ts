/** The handout's wording for states, facts and checks: plain sentences for people, from the trace's data. */
import type { TruceContext } from '../model/context.js';
import { REGIONS, type TruceStateValue } from '../model/snapshot.js';
import type { ExpectationResult } from '../scenario/expectations.js';
import { escapeXml } from './escape.js';

/** The three regions' states as HTML; with `previous`, the regions that changed are marked (in words too, for print). */
export function stateHtml(state: TruceStateValue, previous?: TruceStateValue): string {
  return REGIONS.map((region) => {
    const text = `${region}: ${escapeXml(state[region])}`;
    return previous && previous[region] !== state[region] ? `<span class="changed">${text} (changed)</span>` : text;
  }).join(' · ');
}

/** The counts that replay tracks, in one line. */
export function factsText(context: TruceContext): string {
  const { held, deceased, released, remainsReturned } = context.hostages;
  const closed = Object.entries(context.crossings).filter(([, state]) => state === 'closed').map(([name]) => name);
  const parts = [
    `hostages held: ${held} (${deceased} of them reported dead)`,
    `freed: ${released}`,
    `bodies returned: ${remainsReturned}`,
    `prisoners freed: ${context.prisonersReleased}`,
  ];
  if (Object.keys(context.crossings).length > 0) parts.push(closed.length > 0 ? `closed crossings: ${closed.join(', ')}` : 'all crossings open');
  if (context.deathToll) parts.push(`death toll: ${context.deathToll.count}${context.deathToll.source ? ` (${context.deathToll.source})` : ''}`);
  return parts.join(' · ');
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** One check of a step in words, ✓ or ✗ and also "met" / "NOT MET" so it reads without colour or symbols. */
export function checkText(result: ExpectationResult): string {
  if (result.what === 'refused' && result.expected === true) {
    return result.met ? '✓ refused, as the scenario expects' : '✗ NOT MET: the scenario expects this event to be refused, but it was accepted';
  }
  if (result.what === 'refused') return result.met ? '✓ accepted' : '✗ NOT MET: refused, but the scenario expects it to be accepted';
  const what = `${result.what.replace(/^state\./, '').replace('.', ' ')} = ${show(result.expected)}`;
  return result.met ? `✓ ${what}` : `✗ NOT MET: expected ${what}, found ${show(result.actual)}`;
}

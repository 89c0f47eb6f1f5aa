/** Counting and naming in words: "1 day", "Israel and Hamas". */
import { idsOf, partyName, type Party, type PartyRef } from '../model/index.js';
import { count as digits } from './dates.js';

/** `1 day`, `3 days`, `0 days`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${digits(count)} ${count === 1 ? one : many}`;
}

/** Names joined with commas, or `none` (e.g. "nobody yet") for an empty list. */
export function partyNames(parties: readonly Party[], ids: readonly string[], none = 'no one'): string {
  return ids.length === 0 ? none : ids.map((id) => partyName(parties, id)).join(', ');
}

/**
 * Who acts, by name: `Qatar`, `Qatar and Egypt`; `someone` when no one is named.
 * @example actorNames(parties, ['qatar', 'egypt']) // 'Qatar and Egypt'
 */
export function actorNames(parties: readonly Party[], by: PartyRef | null | undefined, none = 'someone'): string {
  const ids = idsOf(by);
  return ids.length === 0 ? none : listInWords(ids.map((id) => partyName(parties, id)));
}

/**
 * Whose proposal it is: a possessive for one party, `by` for several (a possessive does not fit a list).
 * @example proposalOf(parties, 'qatar') // "Qatar's proposal"
 * @example proposalOf(parties, ['qatar', 'egypt'], 'counter-proposal') // 'the counter-proposal by Qatar and Egypt'
 */
export function proposalOf(parties: readonly Party[], by: PartyRef, kind = 'proposal'): string {
  return idsOf(by).length > 1 ? `the ${kind} by ${actorNames(parties, by)}` : `${actorNames(parties, by)}'s ${kind}`;
}

/** `a`, `a and b`, `a, b and c`. */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

/** The first letter in capitals. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The text without its final full stop, to go before another: "… leaves for Doha" + ". Why: …", never "Doha.. Why". */
export function withoutFinalStop(text: string): string {
  return text.replace(/\.+$/, '');
}

/**
 * Where the terms a path's proposals offer come from. The path finder tries
 * the scenario's own terms, but also a what-if branch's (whose figures are
 * illustrative) and, for a kind of deal the scenario never tables, truce's
 * defaults: from `@burns-netanyahu`, "pause 6 days, 10 hostages, 30 prisoners"
 * is the what-if's, not anything on the table in May 2024. The paths say so.
 */
import type { Terms } from '../model/index.js';
import { DEFAULT_TERMS } from '../moves/index.js';
import type { Scenario } from '../scenario/index.js';

export type TermsOrigin =
  /** Tabled on the scenario's main line: what happened. */
  | { kind: 'record' }
  /** Tabled only in a what-if branch. */
  | { kind: 'what-if'; branch: string }
  /** Neither: truce's own terms for a kind of deal the scenario does not table (or there is no scenario). */
  | { kind: 'default' };

const termsOf = (steps: Scenario['steps']): Terms[] => steps.flatMap(({ event }) => ('terms' in event && event.terms !== undefined ? [event.terms] : []));

/**
 * Where each of the terms a path may offer comes from, in `scenario` (null: the default start, whose terms are all truce's).
 * @example termsOrigins(rafah)({ pauseDays: 6, hostages: 10, prisoners: 30 }) // { kind: 'what-if', branch: 'pause-for-release' }
 */
export function termsOrigins(scenario: Scenario | null): (terms: Terms) => TermsOrigin {
  const origins = new Map<string, TermsOrigin>();
  const note = (terms: Terms, origin: TermsOrigin) => {
    const key = JSON.stringify(terms);
    if (!origins.has(key)) origins.set(key, origin);
  };
  // The record first: terms both tabled in history and in a what-if are the record's.
  for (const terms of termsOf(scenario?.steps ?? [])) note(terms, { kind: 'record' });
  for (const branch of scenario?.branches ?? []) for (const terms of termsOf(branch.steps)) note(terms, { kind: 'what-if', branch: branch.id });
  for (const terms of DEFAULT_TERMS) note(terms, { kind: 'default' });
  return (terms) => origins.get(JSON.stringify(terms)) ?? { kind: 'default' };
}

/** Where terms come from, in words, when that is not the record: `illustrative figures from the what-if pause-for-release, not from the record`. */
export function termsOriginInWords(origin: TermsOrigin, fromScenario: boolean): string | undefined {
  if (origin.kind === 'record') return undefined;
  if (origin.kind === 'what-if') return `illustrative figures from the what-if ${origin.branch}, not from the record`;
  return fromScenario ? "illustrative figures of truce's own: the scenario tables no such deal" : 'illustrative figures';
}

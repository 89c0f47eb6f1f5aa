/** Dates, numbers and state names in words for the page; the same output in every browser and locale. */
import type { Party } from '../../../model/parties.js';
import type { Region, TruceStateValue } from '../../../model/snapshot.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-05-07` → `7 May 2024`. */
export function longDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

/** `34844` → `34,844`, whatever the browser's language. */
export function count(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `pausedForRelease` → `paused for release`; `aidTrucksPerDay` → `aid trucks per day`. */
export function words(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export const REGION_LABELS: Record<Region, string> = { talks: 'Talks', operations: 'Operations', access: 'Aid access' };

/** `Talks: stalled · Operations: active · Aid access: closed` */
export function stateSentence(state: TruceStateValue): string {
  return (Object.keys(REGION_LABELS) as Region[]).map((region) => `${REGION_LABELS[region]}: ${words(state[region])}`).join(' · ');
}

export function partyName(parties: readonly Party[], id: string): string {
  return parties.find((party) => party.id === id)?.name ?? id;
}

export function partyNames(parties: readonly Party[], ids: readonly string[]): string {
  return ids.length === 0 ? 'nobody yet' : ids.map((id) => partyName(parties, id)).join(', ');
}

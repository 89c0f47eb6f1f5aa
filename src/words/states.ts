/** The regions of the statechart and their states, in words. */
import type { Region, TruceStateValue } from '../model/index.js';

/** How a region is named for people. */
export const REGION_LABELS: Record<Region, string> = { talks: 'Talks', operations: 'Operations', access: 'Aid access', agreement: 'Agreement' };

/** `pausedForRelease` → `paused for release`; `aidTrucksPerDay` → `aid trucks per day`. */
export function words(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function regionsOf<T extends Partial<TruceStateValue>>(state: T): Region[] {
  return (Object.keys(REGION_LABELS) as Region[]).filter((region) => state[region] !== undefined);
}

/**
 * The state names as the command line shows them, each region with its state's own name.
 * @example stateLine(state) // 'talks accepted · operations active · access open'
 */
export function stateLine(state: TruceStateValue, mark: (text: string, region: Region) => string = (text) => text): string {
  return regionsOf(state)
    .map((region) => mark(`${region} ${state[region]}`, region))
    .join(' · ');
}

/**
 * The states as a sentence for the page: `Talks: stalled · Operations: active · Aid access: closed`.
 */
export function stateSentence(state: TruceStateValue): string {
  return regionsOf(state)
    .map((region) => `${REGION_LABELS[region]}: ${words(state[region])}`)
    .join(' · ');
}

/** Some regions' states: `talks accepted, operations pausedForRelease`. */
export function configurationInWords(state: Partial<Record<Region, string>>): string {
  return regionsOf(state as Partial<TruceStateValue>)
    .map((region) => `${region} ${state[region]}`)
    .join(', ');
}

/** "talks are", "access is": talks and operations are plural, access and the agreement are not. */
export const are = (region: Region) => (region === 'access' || region === 'agreement' ? 'is' : 'are');

/** "talks reach", "access reaches". */
export const reach = (region: Region) => (region === 'access' || region === 'agreement' ? 'reaches' : 'reach');

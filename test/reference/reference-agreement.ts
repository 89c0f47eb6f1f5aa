/**
 * The agreement in time, as the README's "Agreements in time" describes it:
 * when its days run, its end day, extensions, phases, amendments and what is
 * done under it. Days are day numbers (reference-dates.ts).
 */
import { dayOf } from './reference-dates.js';

export type Quiet = 'pause' | 'ceasefire';
type Terms = Record<string, unknown>;
type PhaseEntry = Record<string, unknown>;

export interface Tally {
  hostages: number;
  prisoners: number;
  aidTrucks: number;
}

export interface RefAgreement {
  status: 'inForce' | 'lapsed' | 'broken';
  /** The deal's terms, amendments merged in. */
  terms: Terms;
  phase: number;
  /** Its days have begun to run. */
  begun: boolean;
  /** The day they began (null when that day is not known: readings A25, A35). */
  since: number | null;
  /** Once begun: the days they run, extensions included; null: no end (A24). */
  days: number | null;
  /** Days added to the current phase before its days began (A27). */
  pending: number;
  /** Its pause has been taken (reading A26). */
  pauseUsed: boolean;
  done: Tally;
}

const ZERO: Tally = { hostages: 0, prisoners: 0, aidTrucks: 0 };
/** Days given: a whole number ≥ 1 (0 gives none: A9, A22). */
const givenDays = (value: unknown): number | null =>
  Number.isSafeInteger(value) && (value as number) >= 1 ? (value as number) : null;

/** How many phases a deal has: the entries listed, the number given, or one. */
export function phaseCount(terms: Terms): number {
  const { phases } = terms;
  if (Array.isArray(phases)) return phases.length;
  return typeof phases === 'number' ? phases : 1;
}

/** The list of phases; a number of phases is that many entries that give no details (small numbers only). */
function phaseList(terms: Terms): PhaseEntry[] {
  return Array.isArray(terms.phases) ? (terms.phases as PhaseEntry[]) : Array.from({ length: phaseCount(terms) }, () => ({}));
}

/** The entry of phase `n`, if the deal lists one. */
const entryOf = (terms: Terms, n: number): PhaseEntry | undefined =>
  Array.isArray(terms.phases) ? (terms.phases[n - 1] as PhaseEntry | undefined) : undefined;

/** Phase `n` exists, and its terms are still to be negotiated. */
export const phaseToBeNegotiated = (terms: Terms, n: number) => entryOf(terms, n)?.toBeNegotiated === true;

/** The ceasefire days of phase `n`: its entry's `days`, else the deal's `ceasefireDays` (A22). */
function ceasefireDaysOf(terms: Terms, n: number): number | null {
  return givenDays(entryOf(terms, n)?.days) ?? givenDays(terms.ceasefireDays);
}

export const isLasting = (terms: Terms) => terms.lastingCeasefire === true;
export const givesPause = (terms: Terms) => givenDays(terms.pauseDays) !== null;
export const givesCeasefire = (terms: Terms, phase: number) => isLasting(terms) || ceasefireDaysOf(terms, phase) !== null;

/**
 * The days a deal runs in phase `phase` when its days begin with `quiet`: a
 * pause `pauseDays`, a ceasefire the phase's days; when the terms give none for
 * that quiet, the other's (A24); null: no end day.
 */
export function dealDaysFor(terms: Terms, phase: number, quiet: Quiet): number | null {
  if (isLasting(terms)) return null;
  const pause = givenDays(terms.pauseDays);
  const ceasefire = ceasefireDaysOf(terms, phase);
  return quiet === 'pause' ? (pause ?? ceasefire) : (ceasefire ?? pause);
}

/** The current phase's days, extensions included; null when it has no end. */
export function daysOf(agreement: RefAgreement): number | null {
  return isLasting(agreement.terms) || !agreement.begun ? null : agreement.days;
}

/** The end day: the day its days began plus its days. */
export function endDayOf(agreement: RefAgreement): number | null {
  const days = daysOf(agreement);
  return days === null || agreement.since === null ? null : agreement.since + days;
}

/** It has an end day to move (AGREEMENT_HAS_NO_END otherwise): not lasting, and it gives days (A28). */
export function hasEnd(agreement: RefAgreement): boolean {
  const { terms, phase } = agreement;
  if (isLasting(terms)) return false;
  if (agreement.begun) return agreement.days !== null;
  return givesPause(terms) || ceasefireDaysOf(terms, phase) !== null || agreement.pending > 0;
}

/** Days given, plus days added: none only when neither gives any. */
const plus = (days: number | null, added: number) => (days === null && added === 0 ? null : (days ?? 0) + added);

/**
 * Its days begin (again) on `today` with `quiet`, with the days added before
 * they first began (A27); `pause`: they begin with a pause taken under it (A26).
 */
export function beginDays(agreement: RefAgreement, quiet: Quiet, today: number | null, pause = false): RefAgreement {
  return {
    ...agreement,
    begun: true,
    since: today,
    days: plus(dealDaysFor(agreement.terms, agreement.phase, quiet), agreement.pending),
    pending: 0,
    pauseUsed: agreement.pauseUsed || pause,
  };
}

/** A new deal takes force; with operations already paused or in a ceasefire, its days run from today. */
export function newAgreement(terms: Terms, quiet: Quiet | null, today: number | null): RefAgreement {
  const agreement: RefAgreement = {
    status: 'inForce', terms: { ...terms }, phase: 1, begun: false, since: null, days: null, pending: 0,
    pauseUsed: false, done: { ...ZERO },
  };
  return quiet === null ? agreement : beginDays(agreement, quiet, today);
}

/** The README's `initial.agreement` (reading A35). */
export function agreementAtStart(
  start: { terms: Terms; since?: string; phase?: number },
  quiet: Quiet | null,
): RefAgreement {
  const fresh = { ...newAgreement(start.terms, null, null), phase: start.phase ?? 1 };
  const paused = quiet === 'pause';
  if (start.since !== undefined) return beginDays(fresh, quiet ?? 'ceasefire', dayOf(start.since), paused);
  return quiet === null ? fresh : beginDays(fresh, quiet, null, paused);
}

/** Days added to the current phase: to the days running, or to those it will run (A27). */
export const extend = (agreement: RefAgreement, days: number): RefAgreement =>
  agreement.begun
    ? { ...agreement, days: plus(agreement.days, days) }
    : { ...agreement, pending: agreement.pending + days };

/** PHASE_BEGAN: the phase's days run from today, and what is done is counted afresh. */
export function beginPhase(agreement: RefAgreement, phase: number, today: number | null): RefAgreement {
  return {
    ...agreement,
    phase,
    begun: true,
    since: today,
    days: dealDaysFor(agreement.terms, phase, 'ceasefire'),
    pending: 0,
    done: { ...ZERO },
  };
}

/**
 * An amendment merged in (reading A29): `phases` entries one by one (an entry
 * given without `toBeNegotiated` is agreed), `pauseDays` and `ceasefireDays`
 * add days to the current phase, any other term replaces the agreement's.
 */
export function amend(agreement: RefAgreement, amendment: Terms): RefAgreement {
  const terms: Terms = { ...agreement.terms };
  let added = 0;
  for (const [key, value] of Object.entries(amendment)) {
    if (key === 'amends') continue;
    if (key === 'pauseDays' || key === 'ceasefireDays') added += value as number;
    else if (key === 'phases' && Array.isArray(value)) terms.phases = mergePhases(phaseList(agreement.terms), value as PhaseEntry[]);
    else terms[key] = value;
  }
  const merged = { ...agreement, terms };
  return added > 0 ? extend(merged, added) : merged;
}

function mergePhases(current: readonly PhaseEntry[], changes: readonly PhaseEntry[]): PhaseEntry[] {
  const length = Math.max(current.length, changes.length);
  return Array.from({ length }, (_, index) => {
    const change = changes[index];
    if (change === undefined) return current[index]!;
    const { toBeNegotiated, ...rest } = { ...current[index], ...change };
    return change.toBeNegotiated === true ? { ...rest, toBeNegotiated } : rest;
  });
}

export function tally(agreement: RefAgreement, done: Partial<Tally>): RefAgreement {
  return {
    ...agreement,
    done: {
      hostages: agreement.done.hostages + (done.hostages ?? 0),
      prisoners: agreement.done.prisoners + (done.prisoners ?? 0),
      aidTrucks: agreement.done.aidTrucks + (done.aidTrucks ?? 0),
    },
  };
}

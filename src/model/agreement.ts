/**
 * What a deal is once every principal has accepted it: an agreement in force,
 * with its terms, its phases and its days.
 *
 * - **Its days run from the day the pause or ceasefire it provides begins**
 *   (or, when operations are already quiet as it takes force, from that day).
 *   The *end day* is that day plus its days: a 4-day pause begun on 24 Nov
 *   ends on 28 Nov. On its end day it can still be extended; once the clock
 *   passes it, the agreement has lapsed.
 * - **Phases follow one another.** The current phase's days are the
 *   agreement's days; the next phase begins by an event, and only once its
 *   terms are agreed.
 * - **An amendment merges into it** (new days lengthen the current phase, a
 *   phase's terms become agreed, other terms are replaced); a new deal that is
 *   not an amendment replaces it.
 * - **What the current phase provides** (hostages, prisoners, aid trucks a
 *   day) is kept against what has been done under it.
 *
 * Pure functions of plain data; the machine's actions call them.
 */
import { addDays, compareDays } from './calendar.js';
import type { PartyRef } from './parties.js';
import { frozenTerms, type Phase, type Terms } from './terms.js';

export type AgreementStatus = 'inForce' | 'lapsed' | 'broken';

/** What has been done under the current phase. */
export interface PhaseTally {
  /** Hostages freed or handed back (living and dead). */
  hostages: number;
  prisoners: number;
  aidTrucks: number;
}

export interface Agreement {
  status: AgreementStatus;
  /** The proposals it was agreed as, by number: the deal, then each amendment. Empty when the run started with it in force. */
  proposals: number[];
  /** Who tabled the deal; null when the run started with it in force. */
  by: PartyRef | null;
  /** Its terms, with every amendment merged in. */
  terms: Terms;
  /** The day every principal had accepted it. */
  agreedOn: string | null;
  /** Guarantors that accepted it as its guarantors. */
  guarantors: string[];
  /** The phase being carried out: 1 for the first. */
  phase: number;
  /** Whether the current phase's days have begun to run: its pause or ceasefire began (or operations were already quiet). */
  begun: boolean;
  /** The day they began; null until then, or when the day is not known. */
  since: string | null;
  /** The current phase's days, extensions included; null when it has no end (a lasting ceasefire, or no days agreed). */
  days: number | null;
  /** The last day it is in force (since + days); null until its days begin to run, or when it has no end. */
  endDay: string | null;
  /** Days added (extensions, amendments) before its days began: they are added when they begin. */
  daysAddedBeforeStart: number;
  /** Whether operations have paused under it: a deal pauses once. */
  pauseUsed: boolean;
  /** Whether operations resumed while its days were running, and on which day (null when not known). */
  operationsResumed: boolean;
  operationsResumedOn: string | null;
  done: PhaseTally;
  /** The day it lapsed or was broken. */
  endedOn: string | null;
}

/** What a phase provides, as far as its terms say. */
export interface PhaseDue {
  hostages: number | null;
  prisoners: number | null;
  aidTrucksPerDay: number | null;
}

/** How an agreement's days begin to run: with a pause, a ceasefire, or operations already quiet when it took force. */
export type Quiet = 'pause' | 'ceasefire';

/** The phases a deal lists, or null when it gives only their number (or none). */
export function listedPhases(terms: Terms): Phase[] | null {
  return Array.isArray(terms.phases) ? terms.phases : null;
}

/** How many phases a deal has: the length of its list, its number, or 1. */
export function phaseCount(terms: Terms): number {
  const phases = terms.phases;
  if (Array.isArray(phases)) return phases.length;
  return typeof phases === 'number' && phases > 0 ? phases : 1;
}

/** The terms of phase `phase` (1-based): its own entry, and the deal's terms for whatever the entry leaves out. */
export function phaseTerms(terms: Terms, phase: number): Phase {
  const entry = listedPhases(terms)?.[phase - 1] ?? {};
  return {
    hostages: entry.hostages ?? terms.hostages,
    prisoners: entry.prisoners ?? terms.prisoners,
    aidTrucksPerDay: entry.aidTrucksPerDay ?? terms.aidTrucksPerDay,
    withdrawal: entry.withdrawal ?? terms.withdrawal,
    days: entry.days,
    toBeNegotiated: entry.toBeNegotiated,
    note: entry.note,
  };
}

function positive(days: number | undefined): days is number {
  return typeof days === 'number' && Number.isSafeInteger(days) && days >= 1;
}

/** Whether a deal gives a pause for release: `pauseDays`. */
export function givesPause(terms: Terms | undefined): boolean {
  return positive(terms?.pauseDays);
}

/** Whether phase `phase` of a deal gives a ceasefire: `ceasefireDays`, a lasting ceasefire, or days of its own. */
export function givesCeasefire(terms: Terms | undefined, phase = 1): boolean {
  if (!terms) return false;
  return positive(terms.ceasefireDays) || terms.lastingCeasefire === true || positive(listedPhases(terms)?.[phase - 1]?.days);
}

/**
 * How many days phase `phase` runs once its `quiet` begins; null when it has no end.
 * A pause runs `pauseDays`. A ceasefire runs the phase's own days, else `ceasefireDays`,
 * and has no end when the deal is a lasting ceasefire.
 */
export function agreedDays(terms: Terms, phase: number, quiet: Quiet): number | null {
  // A lasting ceasefire has no end day, whatever pause it gives on the way.
  if (terms.lastingCeasefire === true) return null;
  if (quiet === 'pause' && positive(terms.pauseDays)) return terms.pauseDays;
  const own = listedPhases(terms)?.[phase - 1]?.days;
  if (positive(own)) return own;
  if (positive(terms.ceasefireDays)) return terms.ceasefireDays;
  return positive(terms.pauseDays) ? terms.pauseDays : null;
}

function withDays(agreement: Agreement, since: string | null, days: number | null): Agreement {
  return { ...agreement, since, days, endDay: since !== null && days !== null ? addDays(since, days) : null };
}

/** Its days begin on `date` (or on a day not known), `days` of them plus any added before they began. */
function startDays(agreement: Agreement, date: string | null, days: number | null): Agreement {
  const added = agreement.daysAddedBeforeStart;
  return withDays({ ...agreement, begun: true, daysAddedBeforeStart: 0 }, date, days === null ? null : days + added);
}

const NOTHING_DONE: PhaseTally = { hostages: 0, prisoners: 0, aidTrucks: 0 };

/**
 * The agreement a deal makes on `date` when every principal has accepted it. When operations
 * are already `quiet` (a pause or ceasefire from an earlier deal runs on), its days begin that day.
 */
export function agreementFrom(deal: { number: number; by: PartyRef; terms: Terms; guaranteedBy: string[] }, date: string | null, quiet: Quiet | null): Agreement {
  const agreement: Agreement = {
    status: 'inForce',
    proposals: [deal.number],
    by: deal.by,
    terms: frozenTerms(deal.terms),
    agreedOn: date,
    guarantors: [...deal.guaranteedBy],
    phase: 1,
    begun: false,
    since: null,
    days: null,
    endDay: null,
    daysAddedBeforeStart: 0,
    pauseUsed: false,
    operationsResumed: false,
    operationsResumedOn: null,
    done: { ...NOTHING_DONE },
    endedOn: null,
  };
  return quiet === null ? agreement : beginDays(agreement, date, quiet);
}

/** The agreement a run starts with: in force since `since`, in phase `phase`, its pause or ceasefire (if any) running. */
export function agreementAtStart(terms: Terms, since: string | null, phase: number, quiet: Quiet | null): Agreement {
  const agreement: Agreement = { ...agreementFrom({ number: 0, by: [], terms, guaranteedBy: [] }, since, null), proposals: [], by: null, agreedOn: null, phase };
  return quiet === null ? agreement : { ...beginDays(agreement, since, quiet), pauseUsed: quiet === 'pause' };
}

/** Its current phase's days begin to run on `date`, with a pause or a ceasefire. */
export function beginDays(agreement: Agreement, date: string | null, quiet: Quiet): Agreement {
  return startDays(agreement, date, agreedDays(agreement.terms, agreement.phase, quiet));
}

/** `days` more days for the current phase; before its days begin, they are kept until they do. */
export function extend(agreement: Agreement, days: number): Agreement {
  if (!agreement.begun) return { ...agreement, daysAddedBeforeStart: agreement.daysAddedBeforeStart + days };
  // Days running with no end (the deal gave none) get the days added, counted from the day they began.
  return withDays(agreement, agreement.since, (agreement.days ?? 0) + days);
}

/** Phase `phase` begins on `date`: its days run from then, and nothing is yet done under it. */
export function beginPhase(agreement: Agreement, phase: number, date: string | null): Agreement {
  const next = { ...agreement, phase, done: { ...NOTHING_DONE }, daysAddedBeforeStart: 0 };
  return startDays(next, date, agreedDays(next.terms, phase, 'ceasefire'));
}

/**
 * Merges an amendment every principal accepted into the agreement: its phases into the
 * agreement's, entry by entry (an entry given without `toBeNegotiated` is agreed); its
 * `pauseDays` or `ceasefireDays` lengthen the current phase; any other term it gives replaces
 * the agreement's.
 */
export function amend(agreement: Agreement, amendment: { number: number; terms: Terms; guaranteedBy: string[] }): Agreement {
  const { pauseDays, ceasefireDays, phases, amends: _amends, ...replaced } = amendment.terms;
  const terms: Terms = { ...agreement.terms, ...replaced };
  if (Array.isArray(phases)) {
    // `phases: 3` is three phases with no details: the amendment's entries merge into those.
    const count = agreement.terms.phases;
    const current: Phase[] = listedPhases(agreement.terms) ?? Array.from({ length: typeof count === 'number' ? count : 0 }, (): Phase => ({}));
    const length = Math.max(current.length, phases.length);
    terms.phases = Array.from({ length }, (_, index) => {
      const change = phases[index];
      if (!change) return current[index]!;
      const { toBeNegotiated: _open, ...before } = current[index] ?? {};
      return { ...before, ...change };
    });
  } else if (phases !== undefined) {
    terms.phases = phases;
  }
  const added = (pauseDays ?? 0) + (ceasefireDays ?? 0);
  let next: Agreement = {
    ...agreement,
    terms,
    proposals: [...agreement.proposals, amendment.number],
    guarantors: [...new Set([...agreement.guarantors, ...amendment.guaranteedBy])],
  };
  if (terms.lastingCeasefire === true) next = withDays(next, next.since, null);
  else if (added > 0) next = extend(next, added);
  return next;
}

/** Whether the agreement's days have run out by `date`: it has an end day, and `date` is after it. */
export function isPastEnd(agreement: Agreement | null, date: string | null | undefined): boolean {
  return agreement !== null && agreement.status === 'inForce' && agreement.endDay !== null && typeof date === 'string' && compareDays(date, agreement.endDay) > 0;
}

/** Whether the current phase gives days that can run out: not a lasting ceasefire, and days agreed (or added). */
export function hasEnd(agreement: Agreement): boolean {
  if (agreement.terms.lastingCeasefire === true) return false;
  if (agreement.begun) return agreement.days !== null;
  return agreement.daysAddedBeforeStart > 0 || agreedDays(agreement.terms, agreement.phase, 'pause') !== null;
}

/** What the current phase provides. */
export function dueInPhase(agreement: Agreement): PhaseDue {
  const terms = phaseTerms(agreement.terms, agreement.phase);
  return { hostages: terms.hostages ?? null, prisoners: terms.prisoners ?? null, aidTrucksPerDay: terms.aidTrucksPerDay ?? null };
}

/** Whether phase `phase` may begin next, and if not, why, as a code and the facts for the words. */
export type NextPhase = { ok: true } | { ok: false; why: 'already-begun' | 'not-next' | 'no-such-phase' | 'not-agreed' };

export function nextPhase(agreement: Agreement, phase: number): NextPhase {
  if (phase <= agreement.phase) return { ok: false, why: 'already-begun' };
  if (phase > phaseCount(agreement.terms)) return { ok: false, why: 'no-such-phase' };
  if (phase !== agreement.phase + 1) return { ok: false, why: 'not-next' };
  if (phaseTerms(agreement.terms, phase).toBeNegotiated === true) return { ok: false, why: 'not-agreed' };
  return { ok: true };
}

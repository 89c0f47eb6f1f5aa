/**
 * An independent reference model of the truce rules, written from the README
 * ("Scenario files", "The model", "Agreements in time", "Events and rules",
 * "What changed with the agreement region") without reading the machine's
 * guards, actions, agreement or explain code. `step` predicts only what the
 * model-based test compares: accepted or refused, the refusal code, the state
 * of the four regions, the hostage counts, the prisoners released, and the
 * agreement's status, phase, end day and what is done under it.
 *
 * Where the README is ambiguous, this is the reading taken. Readings marked
 * (changed) were first written otherwise and changed after the model-based
 * test showed the machine taking another reading that is also sensible; they
 * are README ambiguities, not machine bugs.
 *
 *  A1. (changed) Order of checks. `codes` lists every rule the event breaks,
 *      and the test accepts any of them (one code when one rule is broken).
 *      `code` is the first in the order the README now states ("first whether
 *      the current state takes the event at all, then who sends it, then what
 *      is on the table, then the numbers"): a region's state (OPERATIONS_PAUSED,
 *      ALREADY_PAUSED, ALREADY_IN_CEASEFIRE, NOT_PAUSED, NOTHING_TO_RESUME;
 *      NO_AGREED_DEAL for AGREEMENT_EXTENDED and PHASE_BEGAN; CROSSING_NOT_CLOSED
 *      while access is open); the sender (UNKNOWN_PARTY,
 *      NOT_A_PRINCIPAL); the table and the agreement (NO_PROPOSAL,
 *      ALREADY_*, NO_AGREED_DEAL, DEAL_HAS_*, PAUSE_ALREADY_USED, PHASE_*,
 *      NEXT_PHASE_NOT_AGREED, AGREEMENT_HAS_NO_END, CROSSING_ALREADY_CLOSED);
 *      then the payload (terms, texts, dates and numbers); CROSSING_NOT_CLOSED
 *      while access is closed last (A18). STRICT_ORDER=1 holds the machine to
 *      it. (First written: the party, the payload, then the rules in the
 *      README table's order, before the README stated one.)
 *  A2. (changed) "Whole numbers" are integers from 0 to 1,000,000,000: larger
 *      ones (2**31, 2**53, 1e21) are refused [INVALID_COUNT], as are NaN,
 *      ±Infinity, fractions, strings and null — in event counts, days, the
 *      death toll and the terms [INVALID_TERMS] alike.
 *  A3. Counts of things that happen are ≥ 1: HOSTAGES_RELEASED and
 *      PRISONERS_RELEASED `count` (README), PAUSE_EXTENDED and
 *      AGREEMENT_EXTENDED `days`, HOSTAGE_DEATHS_REPORTED `count`,
 *      AID_DELIVERED `trucks` and PHASE_BEGAN `phase`. HOSTAGES_RELEASED
 *      `deceased`, HOSTAGE_COUNT_REVISED `held` and `deceased`, and
 *      CASUALTIES_REPORTED `toll` may be 0.
 *  A4. HOSTAGES_RELEASED `deceased` > `count` ("how many of `count` are
 *      bodies") is a malformed count [INVALID_COUNT]; an absent `deceased` is
 *      0, but `deceased: null` is malformed.
 *  A5. HOSTAGE_DEATHS_REPORTED with more deaths than living hostages held is
 *      refused [NOT_ENOUGH_LIVING_HOSTAGES] (the README names no code).
 *  A6. MISSING_TEXT covers the required `text` and `crossing` (missing,
 *      non-string or blank), and the optional `where`, `reason`, `area`,
 *      `source`, `note` and AID_DELIVERED's `crossing` when given.
 *  A7. PROPOSAL_REJECTED without a proposal → NO_PROPOSAL; by a mediator or a
 *      guarantor → NOT_A_PRINCIPAL (a guarantor signs, it does not reject).
 *  A8. OPERATION_LAUNCHED during a pause or a ceasefire → OPERATIONS_PAUSED.
 *      CEASEFIRE_BEGAN's and AGREEMENT_EXTENDED's optional `by` may be any
 *      party, a mediator or guarantor included (neither is among the acts the
 *      README reserves to principals).
 *  A9. Terms "give pauseDays / ceasefireDays / days" when the value is ≥ 1:
 *      `pauseDays: 0` gives no pause; `lastingCeasefire: false` no ceasefire.
 *  A10. (replaced by A21.) A deal is the agreement in force, not the proposal
 *      on the table.
 *  A11. A principal that tables a proposal has accepted it, so when it is the
 *      only principal (or the principals table it together) talks go straight
 *      to `accepted` and the deal takes force.
 *  A12. PROPOSAL_ACCEPTED / PROPOSAL_REJECTED are allowed in `stalled` too and
 *      set talks by the table's rule (accepted / rejected / proposal).
 *  A13. TALKS_OPENED from `stalled` goes to `accepted` when every principal
 *      accepted the proposal on the table, to `rejected` while a principal
 *      rejects it, to `proposal` otherwise, to `idle` without one. Reopening
 *      onto an accepted proposal agrees nothing anew.
 *  A14. Terms must be a plain object; missing terms are INVALID_TERMS, and so
 *      are known terms of the wrong type.
 *  A15. Releases (hostages, prisoners) and aid are allowed in any operations
 *      and agreement state.
 *  A16. Crossing names are compared exactly ("rafah" is not "Rafah").
 *  A17. A missing `by` where the payload requires one is refused: on acts only
 *      principals do, UNKNOWN_PARTY or NOT_A_PRINCIPAL; elsewhere
 *      UNKNOWN_PARTY (a machine bug once, kept in regressions.test.ts).
 *  A18. CROSSING_OPENED with a blank name breaks two rules: the name is
 *      missing [MISSING_TEXT] and names no closed crossing [CROSSING_NOT_CLOSED],
 *      the first before the second.
 *
 * Readings added with the agreement region:
 *
 *  A19. Roles: `belligerent` and `armed-group` are principals. A guarantor is
 *      no principal: it may table, and accept "as its guarantor" (recorded,
 *      never counted towards a deal); everything else reserved to principals
 *      it is refused [NOT_A_PRINCIPAL].
 *  A20. Joint acts: `by` (and `claimant`) may be one id or a list. A list must
 *      be non-empty and name parties of the run only [UNKNOWN_PARTY]; an act
 *      reserved to principals needs every id to be a principal
 *      [NOT_A_PRINCIPAL]; a joint acceptance may mix principals and
 *      guarantors. A joint acceptance or rejection is refused as a whole when
 *      any of them already accepted [ALREADY_ACCEPTED] or rejected
 *      [ALREADY_REJECTED]. Principals who table together have all accepted.
 *  A21. A deal takes force on the acceptance (or tabling) that completes the
 *      principals' acceptance of the proposal on the table, and only then: a
 *      guarantor's later signature, reopened talks or time passing never make
 *      it take force again. A new deal replaces the agreement in force (and a
 *      lapsed or broken one) with a fresh one: phase 1, nothing done, its pause
 *      not used, its days not begun — unless operations are paused or in a
 *      ceasefire at that moment: then its days run from that day.
 *  A22. (changed) A phase's days are its entry's `days`; an entry without
 *      `days` (or with `days: 0`, which gives none: A9), and every phase of
 *      `phases: n`, runs the deal's `ceasefireDays`. Without `phases` a deal
 *      has one phase; `phases: 0` is a whole number, allowed, and gives no
 *      phase to begin. (First read: `days: 0` gave no days and `ceasefireDays`
 *      did not stand in; `phases: 0` was refused.)
 *  A23. The days of a deal begin (again) with each OPERATION_PAUSED (a pause:
 *      `pauseDays`) and CEASEFIRE_BEGAN (a ceasefire: the current phase's
 *      days), also when they had already begun — a ceasefire that follows a
 *      pause runs its own days from its own first day —, and with PHASE_BEGAN
 *      (the new phase's days, whatever operations do). A deal that takes force
 *      while operations are paused runs its pause's days, in a ceasefire its
 *      ceasefire's days, from the day it takes force.
 *  A24. (changed) When the terms give no days for the quiet the days begin
 *      with, they run the other's: a deal taking force during a pause with
 *      only `ceasefireDays` (or phase days) runs those, during a ceasefire
 *      with only `pauseDays` runs `pauseDays`, and a phase with neither its
 *      own days nor `ceasefireDays` runs `pauseDays`. Only a deal that gives no
 *      days at all has no end day (it never lapses), and `lastingCeasefire:
 *      true` (also when an amendment gives it) means no end day at all, its
 *      pause included. (First read: no days for that quiet, no end day.)
 *  A25. Undated events. An undated event happens on the clock's day (the date
 *      of the last dated event taken, or the run's starting date); with no
 *      date known at all, days that begin have begun but have no known first
 *      day, so no end day. "Once its days have begun" is about `begun`, not
 *      about dates: OPERATION_RESUMED under a deal whose days have begun breaks
 *      it unless a day is known for both the resumption and the end day and
 *      the resumption is on or after the end day (then `lapsed`).
 *  A26. (changed) "Once per deal": the pause of the agreement (the last deal
 *      agreed, amendments included) is used by OPERATION_PAUSED under it (or
 *      when the run starts paused under it); a deal that takes force during a
 *      pause has not used its own. A used pause is refused [PAUSE_ALREADY_USED]
 *      even after the agreement lapsed or was broken (NO_AGREED_DEAL is then
 *      broken too); a new deal has its pause unused. (First read: taking force
 *      during a pause used it. Seen only in the codes listed.)
 *  A27. (changed) Extensions (AGREEMENT_EXTENDED, PAUSE_EXTENDED, an
 *      amendment's `pauseDays` or `ceasefireDays`) add to the current phase:
 *      to the days running, or, before the deal's days first begin, to the
 *      days they will run (the machine loses those: see the report). Days that
 *      begin again (a ceasefire after a pause) run their own days without the
 *      extensions of the days before; a new phase starts without them. An
 *      extension of days that run with no end (A24) gives them the days added,
 *      counted from the day they began. (First read: a pause's extensions
 *      carried into the ceasefire that followed it, and a deal with no end
 *      kept none.)
 *  A28. AGREEMENT_HAS_NO_END: a lasting ceasefire; a deal whose days have
 *      begun with no end (A24); or a deal not yet begun that gives no days
 *      (no `pauseDays`, no days for its current phase, none added).
 *  A29. Amendments. `amends: true` terms, once every principal accepts them,
 *      merge into the agreement in force: `phases` entries one by one (entry i
 *      into phase i; a `phases: n` of the agreement counts as n entries with no
 *      details; entries past the agreement's are added; the merged entry is
 *      agreed unless the amendment's entry says `toBeNegotiated: true`);
 *      `pauseDays` and `ceasefireDays` add days (A27) and do not give the
 *      agreement a pause or a ceasefire it did not have; a number of `phases`
 *      and every other term replace the agreement's. The phase, its tallies
 *      and days already running stay (days already running change only by the
 *      added days). The agreement must be in force when the amendment is
 *      tabled and at each acceptance [NO_AGREED_DEAL].
 *  A30. (changed) Terms: `phases` is a whole number or a non-empty list of
 *      entries with only `days`, `hostages`, `prisoners`, `aidTrucksPerDay`
 *      (whole numbers), `withdrawal` (true/false or text), `toBeNegotiated`
 *      (true/false) and `note`; `amends` is true/false. A `note` or
 *      `withdrawal` text that is empty ('') breaks two rules [INVALID_TERMS,
 *      MISSING_TEXT]; one of spaces only is text. (First read: spaces only
 *      was empty too, as it is for the events' own texts, A6.)
 *  A31. TIME_PASSED needs a date on or after the clock [INVALID_DATE], also
 *      undated (it has no date to move the clock to). A refused event does not
 *      move the clock, except for the time that passed before it.
 *  A32. (changed) Time passes before an event whose date is after the end day
 *      of the agreement in force, whatever the event (refused ones included),
 *      but not before an event the model does not know [UNKNOWN_EVENT], and
 *      not before TIME_PASSED, which is that time passing. (First read: before
 *      TIME_PASSED too.)
 *  A33. What is done under the agreement (hostages released, living or dead;
 *      prisoners released; aid trucks) counts while it is in force, from the
 *      day it takes force (before its days begin too) and afresh from each
 *      PHASE_BEGAN; nothing counts while it is lapsed or broken. An amendment
 *      keeps the tallies; a new deal starts from nothing.
 *  A34. PHASE_BEGAN: "the next phase" is the current phase + 1, and it must
 *      be one the deal has (≤ the number of phases) [PHASE_OUT_OF_ORDER];
 *      NEXT_PHASE_NOT_AGREED when that next phase is to be negotiated. A phase
 *      that is not a whole number ≥ 1 is INVALID_COUNT only.
 *  A35. (changed) `initial.agreement`: a deal in force from the start, in its
 *      `phase` (1 when not given), nothing done, not from any proposal. With
 *      `since`, its days began that day (a pause's days when operations start
 *      `pausedForRelease`, else the phase's); without, when operations start
 *      paused or in a ceasefire, they have begun on a day not known (no end
 *      day), and otherwise they have not begun. (First read: without `since`
 *      they began on the run's `date`.)
 *  A36. AID_DELIVERED may name any party (or none) and any crossing, open or
 *      closed; HOSTAGE_COUNT_REVISED keeps `released` and `remainsReturned`.
 *  A37. An end day may lie past the year 9999 (days up to 1,000,000,000): it
 *      is written `+YYYYYY-MM-DD`, as ISO 8601 extends years.
 *  A38. (changed) An event taken that leaves the agreement in force with an
 *      end day before the clock's day (an extension, an amendment or a new
 *      deal counted from a first day long past, and an undated event) lapses
 *      it at once; a deal that starts the run already past its end day has
 *      lapsed at the start. (Added after the machine showed it; the README
 *      only speaks of time passing before a later-dated step.)
 *  A39. Dates are `YYYY-MM-DD` days that exist. The README leaves malformed
 *      dates to the scenario loader, and the runs never send one: the
 *      reference refuses them [INVALID_DATE] (the machine takes the event and
 *      ignores the date), untested. An event dated before the clock other than
 *      TIME_PASSED is not sent either (scenario steps are in date order).
 *
 * Readings added with the rules that keep play's menus to sensible moves:
 *
 *  A40. COUNTER_PROPOSAL needs a proposal on the table to answer
 *      [NO_PROPOSAL], asked after the sender and before the terms; otherwise
 *      it is PROPOSAL_TABLED.
 *  A41. CROSSING_CLOSED and CROSSING_OPENED with a `by` need it to name
 *      principals only [NOT_A_PRINCIPAL]; without one, anyone.
 */
import { endDayOf } from './reference-agreement.js';
import { dateOf, dayOf } from './reference-dates.js';
import { rules, type Payload } from './reference-rules.js';
import { EVENT_TYPES, isText, namesKnownParties, type RefState } from './reference-state.js';

export { initialRefState, type RefParty, type RefStart, type RefState } from './reference-state.js';

export type RefOutcome =
  | { accepted: true; state: RefState; timePassed: boolean }
  | { accepted: false; code: string; codes: readonly string[]; state: RefState; timePassed: boolean };

/** Which payload fields each event takes: a party (required or optional) and texts. */
const SENDER: Record<string, 'required' | 'optional'> = {
  PROPOSAL_TABLED: 'required', COUNTER_PROPOSAL: 'required', PROPOSAL_ACCEPTED: 'required',
  PROPOSAL_REJECTED: 'required', OPERATION_LAUNCHED: 'required', OPERATION_PAUSED: 'required',
  OPERATION_RESUMED: 'required', CEASEFIRE_BEGAN: 'optional', AGREEMENT_EXTENDED: 'optional',
  VIOLATION_REPORTED: 'required', HOSTAGES_RELEASED: 'required', PRISONERS_RELEASED: 'required',
  CROSSING_CLOSED: 'optional', CROSSING_OPENED: 'optional', AID_DELIVERED: 'optional',
  POSITION_STATED: 'required', STATEMENT: 'required',
};
const REQUIRED_TEXTS: Record<string, string[]> = {
  VIOLATION_REPORTED: ['text'], CROSSING_CLOSED: ['crossing'], CROSSING_OPENED: ['crossing'],
  POSITION_STATED: ['text'], STATEMENT: ['text'],
};
/** Optional words on events that, when present, must be text (README "Everywhere"). */
const OPTIONAL_TEXTS: Record<string, string[]> = {
  TALKS_OPENED: ['where'], PROPOSAL_REJECTED: ['reason'], TALKS_STALLED: ['reason'], OPERATION_LAUNCHED: ['area'],
  HOSTAGE_COUNT_REVISED: ['source', 'note'], AID_DELIVERED: ['crossing'], CASUALTIES_REPORTED: ['source'],
};
const STATE_CODES = ['OPERATIONS_PAUSED', 'ALREADY_PAUSED', 'ALREADY_IN_CEASEFIRE', 'NOT_PAUSED', 'NOTHING_TO_RESUME'];
const SENDER_CODES = ['UNKNOWN_PARTY', 'NOT_A_PRINCIPAL'];
const PAYLOAD_CODES = [
  'INVALID_TERMS', 'MISSING_TEXT', 'INVALID_DATE', 'INVALID_COUNT', 'NOT_ENOUGH_HOSTAGES', 'NOT_ENOUGH_DECEASED',
  'NOT_ENOUGH_LIVING_HOSTAGES',
];
/** Reading A1: state codes first, then the sender, then the table and agreement, then the payload. */
function rank(code: string, type: string, state: RefState): number {
  // The agreement region takes AGREEMENT_EXTENDED and PHASE_BEGAN only in force; access takes CROSSING_OPENED only closed.
  const regionRefuses =
    (code === 'NO_AGREED_DEAL' && (type === 'AGREEMENT_EXTENDED' || type === 'PHASE_BEGAN')) ||
    (code === 'CROSSING_NOT_CLOSED' && state.value.access === 'open');
  if (STATE_CODES.includes(code) || regionRefuses) return 0;
  // Reading A18: a crossing name that is no closed crossing comes after a name that is missing.
  if (code === 'CROSSING_NOT_CLOSED') return 4;
  if (SENDER_CODES.includes(code)) return 1;
  return PAYLOAD_CODES.includes(code) ? 3 : 2;
}

function refuse(state: RefState, codes: string[], timePassed: boolean): RefOutcome {
  return { accepted: false, code: codes[0]!, codes, state, timePassed };
}

/** The state after time passed to `day`: an agreement in force whose end day is past has lapsed (A32). */
function passTime(state: RefState, day: number): { state: RefState; lapsed: boolean } {
  const { agreement } = state;
  const end = agreement?.status === 'inForce' ? endDayOf(agreement) : null;
  if (end === null || day <= end) return { state, lapsed: false };
  return {
    state: { ...state, agreement: { ...agreement!, status: 'lapsed' }, value: { ...state.value, agreement: 'lapsed' }, today: day },
    lapsed: true,
  };
}

/**
 * One event through the reference rules: accepted with the next state, or
 * refused with the README's codes (the state is then the one before, after
 * any time that passed).
 */
export function step(before: RefState, event: unknown): RefOutcome {
  if (typeof event !== 'object' || event === null) return refuse(before, ['UNKNOWN_EVENT'], false);
  const payload = event as Payload;
  const type = payload.type;
  if (typeof type !== 'string' || !EVENT_TYPES.has(type)) return refuse(before, ['UNKNOWN_EVENT'], false);

  const dated = payload.date !== undefined;
  const eventDay = typeof payload.date === 'string' ? dayOf(payload.date) : Number.NaN;
  if (dated && Number.isNaN(eventDay)) return refuse(before, ['INVALID_DATE'], false);
  const passed = dated ? passTime(before, eventDay) : { state: before, lapsed: false };
  const { state } = passed;
  // Reading A32: TIME_PASSED is itself the time passing; nothing goes before it.
  const lapsed = passed.lapsed && type !== 'TIME_PASSED';
  const day = dated ? eventDay : state.today;

  const sender = SENDER[type];
  const unknownParty =
    ((sender === 'required' || (sender === 'optional' && payload.by !== undefined)) && !namesKnownParties(state, payload.by)) ||
    (type === 'VIOLATION_REPORTED' && payload.claimant !== undefined && !namesKnownParties(state, payload.claimant));
  const textProblems = [
    ...(REQUIRED_TEXTS[type] ?? []).filter((key) => !isText(payload[key])),
    ...(OPTIONAL_TEXTS[type] ?? []).filter((key) => payload[key] !== undefined && !isText(payload[key])),
  ];
  const broken = [
    ...(unknownParty ? ['UNKNOWN_PARTY'] : []),
    ...rules[type]!.refusals(state, payload),
    ...(textProblems.length > 0 ? ['MISSING_TEXT'] : []),
  ];
  // Reading A1: the state, the sender, the table, then the payload; within each, as the rules list them.
  const codes = [...new Set(broken)].sort((a, b) => rank(a, type, state) - rank(b, type, state));
  if (codes.length > 0) return refuse(state, codes, lapsed);
  const applied = rules[type]!.apply(state, payload, day);
  const after = dated ? { ...applied, today: Math.max(eventDay, applied.today ?? eventDay) } : applied;
  // Reading A38: an event that leaves the agreement in force with an end day already past lapses it at once.
  return { accepted: true, state: after.today === null ? after : passTime(after, after.today).state, timePassed: lapsed };
}

/** What the test compares of the agreement: status, phase, end day (`YYYY-MM-DD`) and what is done. */
export function agreementView(state: RefState) {
  const { agreement } = state;
  if (agreement === null) return null;
  const end = endDayOf(agreement);
  return { status: agreement.status, phase: agreement.phase, endDay: end === null ? null : dateOf(end), done: agreement.done };
}

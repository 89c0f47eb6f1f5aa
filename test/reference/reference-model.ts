/**
 * An independent reference model of the truce rules, written from the README
 * ("The model", "Events and rules", "Scenario files") before reading the
 * machine's guards, actions or explain code. `step` predicts only what the
 * model-based test compares: accepted or refused, the refusal code, the state
 * value, the hostage counts and the prisoners released.
 *
 * Where the README is ambiguous, this is the reading taken. Readings marked
 * (changed) were first written otherwise and changed after the model-based
 * test showed the machine taking another reading that is also sensible; they
 * are README ambiguities, not machine bugs.
 *
 *  A1. Order of checks. The README gives no priority between rules. `codes`
 *      lists every rule the event breaks; `code` is the first in this order:
 *      unknown party; malformed payload (INVALID_COUNT, MISSING_TEXT,
 *      INVALID_TERMS); the event's own rules in the order the README's table
 *      lists them. The test accepts any code in `codes` (one code when one
 *      rule is broken). The machine's order differs: the state a region is in
 *      comes first (NOTHING_TO_RESUME, NOT_PAUSED, ALREADY_PAUSED,
 *      ALREADY_IN_CEASEFIRE, OPERATIONS_PAUSED, CROSSING_NOT_CLOSED while
 *      access is open), then the party, then counts; and NOT_A_PRINCIPAL comes
 *      before NO_PROPOSAL although the README lists NO_PROPOSAL first.
 *  A2. (changed) "Whole numbers" are integers from 0 to 1,000,000,000: larger
 *      ones (2**31, 2**53, 1e21) are refused [INVALID_COUNT], as are NaN,
 *      ±Infinity, fractions, strings and null — in event counts, days, the
 *      death toll and the terms [INVALID_TERMS] alike. The README sets no upper
 *      bound; the machine does (first Number.isSafeInteger, then 1e9).
 *  A3. Counts of things that happen are ≥ 1: HOSTAGES_RELEASED and
 *      PRISONERS_RELEASED `count` (README), PAUSE_EXTENDED `days` and
 *      HOSTAGE_DEATHS_REPORTED `count` (declared positive in events.ts).
 *      HOSTAGES_RELEASED `deceased` and CASUALTIES_REPORTED `toll` may be 0.
 *  A4. HOSTAGES_RELEASED `deceased` > `count` ("how many of `count` are
 *      bodies") is a malformed count [INVALID_COUNT]; an absent `deceased` is
 *      0, but `deceased: null` is malformed.
 *  A5. HOSTAGE_DEATHS_REPORTED with more deaths than living hostages held is
 *      refused [NOT_ENOUGH_LIVING_HOSTAGES] (the README names no code).
 *  A6. (changed) MISSING_TEXT covers the required `text` and `crossing`: a
 *      missing, non-string or blank (whitespace only) value. The optional
 *      texts `where`, `reason`, `area` and `source` are not checked at all.
 *  A7. PROPOSAL_REJECTED without a proposal → NO_PROPOSAL; by a mediator →
 *      NOT_A_PRINCIPAL (the codes the README names for PROPOSAL_ACCEPTED).
 *  A8. OPERATION_LAUNCHED during a pause or a ceasefire → OPERATIONS_PAUSED;
 *      CEASEFIRE_BEGAN without an agreed deal → NO_AGREED_DEAL, during a
 *      ceasefire → ALREADY_IN_CEASEFIRE. CEASEFIRE_BEGAN's optional `by` may
 *      be a mediator (beginning a ceasefire is not among the acts the README
 *      reserves to principals), and a deal may begin a ceasefire more than once.
 *  A9. Terms "give pauseDays / ceasefireDays" when the value is ≥ 1:
 *      `pauseDays: 0` gives no pause; `lastingCeasefire: false` no ceasefire.
 *  A10. An agreed deal is the proposal on the table with every principal in
 *      `acceptedBy`; each proposal tabled is a new deal, paused once.
 *  A11. A principal that tables a proposal has accepted it, so when it is the
 *      only principal the talks go straight to `accepted`.
 *  A12. PROPOSAL_ACCEPTED / PROPOSAL_REJECTED are allowed in `stalled` too and
 *      set talks by the table's rule (accepted / rejected / proposal).
 *  A13. (changed) TALKS_OPENED from `stalled` with a proposal on the table goes
 *      to `rejected` while a principal still rejects it, else to `proposal`.
 *      The README says "back to `proposal` if a proposal is on the table".
 *  A14. Terms must be a plain object; missing terms are INVALID_TERMS, and so
 *      are known terms of the wrong type.
 *  A15. Releases (hostages, prisoners) are allowed in any operations state.
 *  A16. Crossing names are compared exactly ("rafah" is not "Rafah").
 *  A17. A missing `by` where the payload requires one is refused: on acts only
 *      principals do, UNKNOWN_PARTY or NOT_A_PRINCIPAL; elsewhere
 *      UNKNOWN_PARTY. (The machine once accepted the latter: a machine bug, now
 *      fixed and kept in test/model-based/regressions.test.ts.)
 *  A18. CROSSING_OPENED with a blank name breaks two rules: the name is
 *      missing [MISSING_TEXT] and names no closed crossing [CROSSING_NOT_CLOSED].
 */
import { rules, type Payload } from './reference-rules.js';
import { EVENT_TYPES, isText, type RefState } from './reference-state.js';

export { initialRefState, type RefParty, type RefStart, type RefState } from './reference-state.js';

export type RefOutcome =
  | { accepted: true; state: RefState }
  | { accepted: false; code: string; codes: readonly string[]; state: RefState };

/** Which payload fields each event takes: a party (required or optional) and texts. */
const SENDER: Record<string, 'required' | 'optional'> = {
  PROPOSAL_TABLED: 'required', COUNTER_PROPOSAL: 'required', PROPOSAL_ACCEPTED: 'required',
  PROPOSAL_REJECTED: 'required', OPERATION_LAUNCHED: 'required', OPERATION_PAUSED: 'required',
  OPERATION_RESUMED: 'required', CEASEFIRE_BEGAN: 'optional', VIOLATION_REPORTED: 'required',
  HOSTAGES_RELEASED: 'required', PRISONERS_RELEASED: 'required', CROSSING_CLOSED: 'optional',
  CROSSING_OPENED: 'optional', POSITION_STATED: 'required', STATEMENT: 'required',
};
const REQUIRED_TEXTS: Record<string, string[]> = {
  VIOLATION_REPORTED: ['text'], CROSSING_CLOSED: ['crossing'], CROSSING_OPENED: ['crossing'],
  POSITION_STATED: ['text'], STATEMENT: ['text'],
};

function refuse(state: RefState, codes: string[]): RefOutcome {
  return { accepted: false, code: codes[0]!, codes, state };
}

/**
 * One event through the reference rules: accepted with the next state, or
 * refused with the README's code (the state is then the one before).
 */
/** Optional words on events that, when present, must be text (README "Everywhere"). */
const OPTIONAL_TEXTS = ['where', 'reason', 'area', 'source'];

export function step(state: RefState, event: unknown): RefOutcome {
  if (typeof event !== 'object' || event === null) return refuse(state, ['UNKNOWN_EVENT']);
  const payload = event as Payload;
  const type = payload.type;
  if (typeof type !== 'string' || !EVENT_TYPES.has(type)) return refuse(state, ['UNKNOWN_EVENT']);

  const sender = SENDER[type];
  const party = state.parties.find((candidate) => candidate.id === payload.by);
  const hasSender = payload.by !== undefined;
  const unknownParty = (sender === 'required' || (sender === 'optional' && hasSender)) && party === undefined;

  const textProblems = [
    ...(REQUIRED_TEXTS[type] ?? []).filter((key) => !isText(payload[key])),
    // The README: `where`, `reason`, `area` or `source`, when given, cannot be empty.
    ...OPTIONAL_TEXTS.filter((key) => payload[key] !== undefined && !isText(payload[key])),
  ];
  // An unknown or missing party is no principal either, so NOT_A_PRINCIPAL stays in `codes`.
  const ruleCodes = rules[type]!.refusals(state, payload, party);
  // Reading A1: the party first, then the payload's shape, then the rules.
  const payloadCodes = ['INVALID_COUNT', 'MISSING_TEXT', 'INVALID_TERMS'];
  const codes = [
    ...(unknownParty ? ['UNKNOWN_PARTY'] : []),
    ...ruleCodes.filter((code) => payloadCodes.includes(code)),
    ...(textProblems.length > 0 ? ['MISSING_TEXT'] : []),
    ...ruleCodes.filter((code) => !payloadCodes.includes(code)),
  ];
  if (codes.length > 0) return refuse(state, codes);
  return { accepted: true, state: rules[type]!.apply(state, payload) };
}

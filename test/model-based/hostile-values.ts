/**
 * Hostile payload values for the model-based test: what a careless or malicious
 * caller of the model API might send. The model must refuse each one, with a
 * reason, and keep running.
 */
import fc from 'fast-check';

export type Event = Record<string, unknown>;

/** Party ids that name no party of any run. */
const unknownPartyId = fc.constantFrom<unknown>(
  'west', '', 'Israel', ' israel', '__proto__', 'constructor', 'toString', 5, null,
);

/** An unknown party id, or none at all. */
export const unknownOrMissingParty = fc.oneof(
  { weight: 9, arbitrary: unknownPartyId },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** Not a whole number of at least 1: zero, negatives, fractions, non-finite, unsafe, not numbers. */
export const badCount = fc.constantFrom<unknown>(
  0, -1, -0, 1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY,
  2 ** 53, 1e21, '3', null, undefined, true,
);

/** Whole numbers at and past the largest count the model takes (1,000,000,000). */
export const hugeCount = fc.constantFrom(999_999_999, 1_000_000_000, 1_000_000_001, 2 ** 31, Number.MAX_SAFE_INTEGER, 1e15);

export const badText = fc.constantFrom<unknown>('', '   ', 5, null, ['a'], {});

export const badTerms = fc.constantFrom<unknown>(
  { pauseDays: -1 }, { pauseDays: 1.5 }, { pauseDays: '4' }, { pauseDays: Number.NaN },
  { ceasefireDays: Number.POSITIVE_INFINITY }, { bogus: 1 }, { pauseDays: 3, sweetener: true },
  { lastingCeasefire: 'yes' }, { withdrawal: 3 }, { note: 5 }, { hostages: null }, { prisoners: 1_000_000_001 },
  { aidTrucksPerDay: 2 ** 53 }, null, [], 'pause', undefined,
  { phases: 1.5 }, { phases: [] }, { phases: [{ days: -1 }] }, { phases: [{ bogus: 1 }] },
  { phases: [{ toBeNegotiated: 'yes' }] }, { phases: [5] }, { phases: 'two' }, { amends: 'yes' }, { amends: 1, pauseDays: 2 },
  { pauseDays: 3, note: '' }, { withdrawal: '' }, { phases: [{ note: '' }] },
  JSON.parse('{"__proto__": {"pauseDays": 3}}'),
);

/** Event types the model does not know. */
const unknownEvents: Event[] = [
  { type: 'PROPOSAL_ACCEPT', by: 'israel' }, { type: 'proposal_tabled', by: 'qatar', terms: {} }, { type: '' },
  { type: 'xstate.init' }, { type: 'xstate.done.actor.x' }, { type: 'toString' }, { type: '__proto__' },
  { type: 'CEASEFIRE_ENDED', by: 'israel' }, { type: 'TALKS_OPENED ' }, { type: 'AGREEMENT_EXTEND', days: 3 },
  { type: 'TIME_PASS' }, { type: 'AGREEMENT_LAPSED' }, { type: 'PHASE_BEGIN', phase: 2 },
  // XState's own delayed events, which could otherwise make an agreement lapse without time passing.
  { type: 'xstate.after.agreedDaysRanOut' }, { type: 'xstate.after.0.truce.agreement.inForce' },
];

/** Unknown events that XState itself rejects or obeys, which once stopped the machine's actor. */
export const actorStoppingEvents: Event[] = [
  {}, { type: 42 }, { type: '*' }, { type: 'xstate.stop' }, { type: 'xstate.error.actor.x' },
];

export const unknownEvent = fc.constantFrom<Event>(...unknownEvents, ...actorStoppingEvents);

/** Events without a required field. */
const missingFieldEvents: Event[] = [
  { type: 'PROPOSAL_TABLED', by: 'qatar' }, { type: 'PROPOSAL_ACCEPTED' }, { type: 'PROPOSAL_REJECTED' },
  { type: 'HOSTAGES_RELEASED', by: 'hamas' }, { type: 'HOSTAGE_DEATHS_REPORTED' },
  { type: 'PRISONERS_RELEASED', by: 'israel' }, { type: 'PAUSE_EXTENDED' }, { type: 'CROSSING_CLOSED' },
  { type: 'CROSSING_OPENED', by: 'egypt' }, { type: 'STATEMENT', by: 'qatar' }, { type: 'VIOLATION_REPORTED', by: 'hamas' },
  { type: 'CASUALTIES_REPORTED' }, { type: 'OPERATION_PAUSED' }, { type: 'OPERATION_RESUMED' }, { type: 'OPERATION_LAUNCHED' },
  { type: 'AGREEMENT_EXTENDED' }, { type: 'PHASE_BEGAN' }, { type: 'HOSTAGE_COUNT_REVISED', held: 3 },
  { type: 'HOSTAGE_COUNT_REVISED', deceased: 0 }, { type: 'AID_DELIVERED', crossing: 'Rafah' },
];

/** Events without their required `by`, which the machine once accepted. */
export const senderlessEvents: Event[] = [
  { type: 'PROPOSAL_TABLED', terms: { pauseDays: 3 } }, { type: 'COUNTER_PROPOSAL', terms: {} },
  { type: 'VIOLATION_REPORTED', text: 'shelling' }, { type: 'POSITION_STATED', text: 'no deal' },
  { type: 'STATEMENT', text: 'talks continue' },
];

export const missingFieldEvent = fc.constantFrom<Event>(...missingFieldEvents, ...senderlessEvents);

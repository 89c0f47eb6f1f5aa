/**
 * fast-check arbitraries for runs of the truce statechart: every event type,
 * with well-formed payloads most of the time and hostile ones (unknown
 * parties, bad counts, markup, missing fields) the rest, plus scripted chunks
 * that make valid runs reach the deep states (agreed deals, pauses, ceasefires).
 */
import fc from 'fast-check';
import type { EventType, OperationsState, StartingPoint, TruceEvent } from '../../src/model/index.js';
import { parties } from './helpers.js';

type Payload = Record<string, unknown>;

const PRINCIPALS = ['israel', 'hamas'] as const;
const MEDIATORS = ['egypt', 'qatar', 'usa'] as const;
const CROSSINGS = ['rafah', 'kerem-shalom', 'erez'] as const;
const LONG_TEXT = 'x'.repeat(10_000);

const principal = fc.constantFrom(...PRINCIPALS);

const sender: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: principal },
  { weight: 3, arbitrary: fc.constantFrom(...MEDIATORS) },
  // Parties acting together, and a list with a stranger in it.
  { weight: 1, arbitrary: fc.constantFrom<unknown>(['israel', 'hamas'], ['egypt', 'qatar'], ['hamas'], ['qatar', 'hezbollah'], []) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('hezbollah', 'ISRAEL', '', '<script>alert(1)</script>', LONG_TEXT, 'constructor', 42, null) },
);

/** Numbers a careless or hostile sender might give for a count. */
const hostileNumber = fc.oneof(
  fc.constantFrom<unknown>(0, -1, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31, Number.MAX_SAFE_INTEGER + 1, 1e300, '3', null, undefined),
  fc.double(),
);

const count = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 6 }) }, { weight: 2, arbitrary: hostileNumber });

const text: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('ceasefire now', 'talks continue', '<script>alert(1)</script>', LONG_TEXT) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('', '   ', undefined, 7) },
);

const crossing: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CROSSINGS) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('', ' ', undefined, 7, '__proto__', 'toString', '<script>') },
);

const phase = fc.record(
  { days: fc.integer({ min: 0, max: 45 }), hostages: fc.nat(40), prisoners: fc.nat(300), aidTrucksPerDay: fc.nat(600), toBeNegotiated: fc.boolean() },
  { requiredKeys: [] },
);

const goodTerms = fc.record(
  {
    pauseDays: fc.integer({ min: 0, max: 10 }),
    ceasefireDays: fc.integer({ min: 0, max: 60 }),
    phases: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.array(phase, { minLength: 1, maxLength: 3 })),
    lastingCeasefire: fc.boolean(),
    amends: fc.boolean(),
    hostages: fc.nat(100),
    prisoners: fc.nat(300),
    aidTrucksPerDay: fc.nat(600),
    note: fc.string({ minLength: 1, maxLength: 20 }),
  },
  { requiredKeys: [] },
);

const terms: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: goodTerms },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, 'a pause', { pauseDays: 1.5 }, { pauseDays: -1 }, { truce: true }, { hostages: Number.NaN }) },
);

/** Dates over the first months of the war, written YYYY-MM-DD; not always in order, sometimes absent or not a day at all. */
const date: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 180 }).map((day) => new Date(Date.UTC(2023, 9, 7 + day)).toISOString().slice(0, 10)) },
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('2024-02-30', 'soon', '', '2023-11-24T00:00:00Z', 20231124, null) },
);

function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined });
}

/** One payload arbitrary per event type; the `Record<EventType, ...>` makes the compiler check none is missing. */
const payloads: Record<EventType, fc.Arbitrary<Payload>> = {
  TALKS_OPENED: fc.record({ where: optional(text) }),
  PROPOSAL_TABLED: fc.record({ by: sender, terms }),
  COUNTER_PROPOSAL: fc.record({ by: sender, terms }),
  PROPOSAL_ACCEPTED: fc.record({ by: sender }),
  PROPOSAL_REJECTED: fc.record({ by: sender, reason: optional(text) }),
  TALKS_STALLED: fc.record({ reason: optional(text) }),
  OPERATION_LAUNCHED: fc.record({ by: sender, area: optional(text) }),
  OPERATION_PAUSED: fc.record({ by: sender }),
  PAUSE_EXTENDED: fc.record({ days: count }),
  AGREEMENT_EXTENDED: fc.record({ days: count, by: optional(sender) }),
  OPERATION_RESUMED: fc.record({ by: sender }),
  CEASEFIRE_BEGAN: fc.record({ by: optional(sender) }),
  PHASE_BEGAN: fc.record({ phase: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: hostileNumber }) }),
  TIME_PASSED: fc.record({}),
  VIOLATION_REPORTED: fc.record({ by: sender, claimant: optional(sender), text }),
  HOSTAGES_RELEASED: fc.record({
    by: sender,
    count,
    deceased: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: fc.nat(3) }, { weight: 1, arbitrary: hostileNumber }),
  }),
  // A stray `deceased` once let deaths outnumber the hostages held: keep sending one.
  HOSTAGE_DEATHS_REPORTED: fc.record({ count, deceased: fc.option(fc.nat(3), { nil: undefined }) }),
  HOSTAGE_COUNT_REVISED: fc.record({
    held: fc.oneof({ weight: 6, arbitrary: fc.nat(30) }, { weight: 1, arbitrary: hostileNumber }),
    deceased: fc.oneof({ weight: 6, arbitrary: fc.nat(10) }, { weight: 1, arbitrary: hostileNumber }),
    source: optional(text),
    note: optional(text),
  }),
  PRISONERS_RELEASED: fc.record({ by: sender, count }),
  CROSSING_CLOSED: fc.record({ by: optional(sender), crossing }),
  CROSSING_OPENED: fc.record({ by: optional(sender), crossing }),
  AID_DELIVERED: fc.record({ trucks: count, crossing: optional(crossing), by: optional(sender) }),
  POSITION_STATED: fc.record({ by: sender, text }),
  STATEMENT: fc.record({ by: sender, text }),
  CASUALTIES_REPORTED: fc.record({ toll: fc.oneof(fc.nat(50_000), hostileNumber), source: optional(text) }),
};

/** Drops the keys whose value is undefined, so "absent" really is absent. */
function compact(payload: Payload): Payload {
  return Object.fromEntries(Object.entries(payload).filter(([, value]) => value !== undefined));
}

/** Sometimes leaves out fields the event needs. */
function withFieldsMissing(arbitrary: fc.Arbitrary<Payload>): fc.Arbitrary<Payload> {
  const missing = arbitrary.chain((payload) =>
    // An event with no fields (TIME_PASSED) has nothing to leave out.
    Object.keys(payload).length === 0
      ? fc.constant(payload)
      : fc.subarray(Object.keys(payload), { minLength: 1 }).map((dropped) => compact({ ...payload, ...Object.fromEntries(dropped.map((key) => [key, undefined])) })),
  );
  return fc.oneof({ weight: 9, arbitrary: arbitrary.map(compact) }, { weight: 1, arbitrary: missing });
}

function event(type: string, payload: Payload, on: unknown): TruceEvent {
  return { type, ...payload, ...(on === undefined ? {} : { date: on }) } as unknown as TruceEvent;
}

/** Any event of a known type, well formed or not, possibly dated. */
export const anyKnownEvent: fc.Arbitrary<TruceEvent> = fc.oneof(
  ...(Object.entries(payloads) as Array<[EventType, fc.Arbitrary<Payload>]>).map(([type, payload]) =>
    fc.tuple(withFieldsMissing(payload), date).map(([fields, on]) => event(type, fields, on)),
  ),
);

/**
 * Events of types the statechart does not know. XState's own `xstate.*`
 * events and events without a type are left out: they stop or crash the
 * actor (see the report).
 */
const unknownEvent: fc.Arbitrary<TruceEvent> = fc
  .tuple(fc.constantFrom('TRUCE_SIGNED', 'proposal_tabled', '', 'toString', '__proto__', 'HOSTAGES_RELEASED '), sender)
  .map(([type, by]) => event(type, { by }, undefined));

function dated(events: Array<[string, Payload]>): fc.Arbitrary<TruceEvent[]> {
  return fc.tuple(...events.map(() => date)).map((dates) => events.map(([type, payload], index) => event(type, compact(payload), dates[index])));
}

const other = (party: (typeof PRINCIPALS)[number]) => (party === 'israel' ? 'hamas' : 'israel');

/** A deal tabled and agreed, often after a rejection, sometimes put forward by a mediator. */
const agreedDeal = fc
  .record({
    author: principal,
    mediator: fc.option(fc.constantFrom(...MEDIATORS), { nil: undefined }),
    rejectFirst: fc.boolean(),
    counter: fc.boolean(),
    terms: fc.record(
      { pauseDays: fc.integer({ min: 1, max: 7 }), ceasefireDays: fc.integer({ min: 1, max: 60 }), lastingCeasefire: fc.boolean() },
      { requiredKeys: ['pauseDays'] },
    ),
  })
  .chain(({ author, mediator, rejectFirst, counter, terms: dealTerms }) => {
    const answerer = other(author);
    const steps: Array<[string, Payload]> = [[counter ? 'COUNTER_PROPOSAL' : 'PROPOSAL_TABLED', { by: mediator ?? author, terms: dealTerms }]];
    if (mediator) steps.push(['PROPOSAL_ACCEPTED', { by: author }]);
    if (rejectFirst) steps.push(['PROPOSAL_REJECTED', { by: answerer, reason: 'not enough' }]);
    steps.push(['PROPOSAL_ACCEPTED', { by: answerer }]);
    return dated(steps);
  });

/** A pause for release with its exchanges, ended by a resumption or a ceasefire, or still running. */
const pauseAndRelease = fc
  .record({
    by: principal,
    extension: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    released: fc.integer({ min: 1, max: 4 }),
    bodies: fc.integer({ min: 0, max: 1 }),
    prisoners: fc.integer({ min: 1, max: 150 }),
    ending: fc.constantFrom('OPERATION_RESUMED', 'CEASEFIRE_BEGAN', 'none'),
  })
  .chain(({ by, extension, released, bodies, prisoners, ending }) => {
    const steps: Array<[string, Payload]> = [['OPERATION_PAUSED', { by }]];
    if (extension !== undefined) steps.push(['PAUSE_EXTENDED', { days: extension }]);
    steps.push(['HOSTAGES_RELEASED', { by: 'hamas', count: released, deceased: bodies }], ['PRISONERS_RELEASED', { by: 'israel', count: prisoners }]);
    if (ending !== 'none') steps.push([ending, { by }]);
    return dated(steps);
  });

const ceasefireAndBreak = fc
  .record({ by: principal, resume: fc.boolean() })
  .chain(({ by, resume }) => dated([['CEASEFIRE_BEGAN', { by }], ...(resume ? [['OPERATION_RESUMED', { by: other(by) }] as [string, Payload]] : [])]));

const rejectedDeal = principal.chain((author) =>
  dated([
    ['PROPOSAL_TABLED', { by: author, terms: { pauseDays: 5 } }],
    ['PROPOSAL_REJECTED', { by: other(author) }],
  ]),
);

const stallAndReopen = fc
  .boolean()
  .chain((reopen) => dated([['TALKS_STALLED', { reason: 'delegations recalled' }], ...(reopen ? [['TALKS_OPENED', { where: 'Cairo' }] as [string, Payload]] : [])]));

const crossingClosure = fc
  .record({ name: fc.constantFrom(...CROSSINGS), reopen: fc.boolean() })
  .chain(({ name, reopen }) =>
    dated([['CROSSING_CLOSED', { by: 'israel', crossing: name }], ...(reopen ? [['CROSSING_OPENED', { crossing: name }] as [string, Payload]] : [])]),
  );

/** Up to 60 events: scripted chunks that reach deep states, mixed with any event at all. */
export const eventSequence: fc.Arbitrary<TruceEvent[]> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: anyKnownEvent.map((one) => [one]) },
      { weight: 1, arbitrary: unknownEvent.map((one) => [one]) },
      { weight: 3, arbitrary: agreedDeal },
      { weight: 3, arbitrary: pauseAndRelease },
      { weight: 1, arbitrary: ceasefireAndBreak },
      { weight: 1, arbitrary: rejectedDeal },
      { weight: 1, arbitrary: stallAndReopen },
      { weight: 1, arbitrary: crossingClosure },
    ),
    { maxLength: 25 },
  )
  .map((chunks) => chunks.flat().slice(0, 60));

/**
 * Where a run starts: the five parties, some hostages held (some dead), and
 * operations sometimes already paused or in a ceasefire. Talks and access
 * start in their initial states, which agree with an empty record.
 */
export const startingPoint: fc.Arbitrary<StartingPoint> = fc
  .record({
    // Few hostages as often as many, so releases and death reports run up against the limits.
    held: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 30 })),
    deadShare: fc.double({ min: 0, max: 1, noNaN: true }),
    operations: fc.oneof(
      { weight: 3, arbitrary: fc.constant<OperationsState>('active') },
      { weight: 1, arbitrary: fc.constantFrom<OperationsState>('pausedForRelease', 'ceasefire', 'resumed') },
    ),
    // Sometimes the run starts inside a deal: its terms, the day its days began, its phase.
    agreement: fc.option(
      fc.record({
        terms: fc.oneof(goodTerms, fc.record({ pauseDays: fc.integer({ min: 1, max: 7 }), ceasefireDays: fc.integer({ min: 1, max: 60 }) })),
        since: fc.option(fc.integer({ min: 0, max: 120 }).map((day) => new Date(Date.UTC(2023, 9, 7 + day)).toISOString().slice(0, 10)), { nil: undefined }),
        phase: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      }),
      { nil: undefined, freq: 3 },
    ),
  })
  .map(({ held, deadShare, operations, agreement }) => ({
    input: { parties, hostages: { held, deceased: Math.floor(held * deadShare) }, ...(agreement ? { agreement } : {}) },
    state: { operations },
  }));

export const truceRun = fc.record({ start: startingPoint, events: eventSequence });

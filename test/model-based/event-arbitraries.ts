/**
 * Random starting points and event sequences for the model-based test: mostly
 * meaningful play (deals tabled and accepted, pauses, releases, crossings),
 * mixed with hostile events (hostile-values.ts) that the model must refuse.
 */
import fc from 'fast-check';
import type { RefParty, RefStart } from '../reference/reference-model.js';
import {
  badCount, badTerms, badText, hugeCount, missingFieldEvent, unknownEvent, unknownOrMissingParty,
  type Event,
} from './hostile-values.js';

const ISRAEL: RefParty = { id: 'israel', role: 'belligerent' };
const HAMAS: RefParty = { id: 'hamas', role: 'armed-group' };
const QATAR: RefParty = { id: 'qatar', role: 'mediator' };
const EGYPT: RefParty = { id: 'egypt', role: 'mediator' };

const partySets: fc.Arbitrary<readonly RefParty[]> = fc.oneof(
  { weight: 12, arbitrary: fc.constant([ISRAEL, HAMAS, QATAR, EGYPT]) },
  { weight: 2, arbitrary: fc.constant([ISRAEL, HAMAS, QATAR, EGYPT, { id: 'usa', role: 'mediator' } as const]) },
  { weight: 2, arbitrary: fc.constant([ISRAEL, HAMAS, { id: 'pij', role: 'armed-group' } as const, QATAR]) },
  { weight: 1, arbitrary: fc.constant([ISRAEL, QATAR]) },
);

const CROSSINGS = ['Rafah', 'Kerem Shalom', 'Erez'];

/** A scenario's `initial`: parties, hostages, crossings, and the states to start in. */
export const startArbitrary: fc.Arbitrary<RefStart> = fc
  .record({
    parties: partySets,
    held: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 250 })),
    deadShare: fc.double({ min: 0, max: 1, noNaN: true }),
    talks: fc.constantFrom('idle' as const, 'stalled' as const),
    operations: fc.constantFrom('active' as const, 'resumed' as const),
    crossings: fc.dictionary(fc.constantFrom(...CROSSINGS), fc.constantFrom('open' as const, 'closed' as const), {
      maxKeys: 2,
    }),
  })
  .map(({ parties, held, deadShare, talks, operations, crossings }) => ({
    parties,
    hostages: { held, deceased: Math.floor(held * deadShare) },
    crossings,
    // "access is closed exactly when one [crossing] is"
    state: { talks, operations, access: Object.values(crossings).includes('closed') ? 'closed' : 'open' },
  }));

const goodText = fc.constantFrom('ceasefire now', 'no deal', 'Rafah', 'Cairo', 'terms unacceptable');
const days = (max: number) => fc.integer({ min: 1, max });

const goodTerms = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      { pauseDays: days(7), hostages: fc.nat(50), prisoners: fc.nat(150) },
      { requiredKeys: ['pauseDays'] },
    ),
  },
  { weight: 3, arbitrary: fc.record({ ceasefireDays: days(42), phases: days(3) }, { requiredKeys: ['ceasefireDays'] }) },
  { weight: 2, arbitrary: fc.constant({ lastingCeasefire: true, withdrawal: 'full' }) },
  { weight: 2, arbitrary: fc.record({ pauseDays: days(7), ceasefireDays: days(42) }) },
  { weight: 1, arbitrary: fc.constant({}) },
  {
    // Terms that look like a pause or a ceasefire and give none.
    weight: 2,
    arbitrary: fc.record(
      {
        pauseDays: fc.constant(0), ceasefireDays: fc.constant(0), lastingCeasefire: fc.boolean(),
        withdrawal: fc.oneof(fc.boolean(), fc.constant('partial')), note: fc.constant('draft'), aidTrucksPerDay: fc.nat(600),
      },
      { requiredKeys: [] },
    ),
  },
);

function dropUndefined(event: Event): Event {
  return Object.fromEntries(Object.entries(event).filter(([, value]) => value !== undefined));
}

/** Dates one run's events carry in half the runs, as a replay would copy them from its steps. */
function withDates(events: Event[], gaps: number[]): Event[] {
  let day = Date.UTC(2023, 10, 20);
  return events.map((event, index) => {
    day += (gaps[index] ?? 0) * 86_400_000;
    return { ...event, date: new Date(day).toISOString().slice(0, 10) };
  });
}

/** Meaningful and hostile events for the parties of one run, with chunks that carry a deal through. */
export function eventsFor(parties: readonly RefParty[]): fc.Arbitrary<Event[]> {
  const principals = parties.filter((party) => party.role !== 'mediator').map((party) => party.id);
  const mediators = parties.filter((party) => party.role === 'mediator').map((party) => party.id);
  const principal = fc.constantFrom(...principals);
  const mediator = fc.constantFrom(...mediators);
  const anyParty = fc.constantFrom(...parties.map((party) => party.id));
  const sender = fc.oneof({ weight: 8, arbitrary: anyParty }, { weight: 1, arbitrary: unknownOrMissingParty });
  const optionalSender = fc.oneof({ weight: 8, arbitrary: anyParty }, { weight: 1, arbitrary: unknownOrMissingParty });
  const actor = fc.oneof(
    { weight: 8, arbitrary: principal },
    { weight: 1, arbitrary: mediator },
    { weight: 1, arbitrary: unknownOrMissingParty },
  );
  const smallCount = fc.integer({ min: 1, max: 6 });
  const count = fc.oneof({ weight: 10, arbitrary: smallCount }, { weight: 2, arbitrary: badCount }, { weight: 1, arbitrary: hugeCount });
  const bodies = fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 3 }) },
    { weight: 1, arbitrary: badCount },
    { weight: 1, arbitrary: fc.integer({ min: 7, max: 9 }) },
  );
  const text = fc.oneof({ weight: 8, arbitrary: goodText }, { weight: 1, arbitrary: badText });
  const optionalText = fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: goodText },
    { weight: 1, arbitrary: badText },
  );
  const terms = fc.oneof({ weight: 8, arbitrary: goodTerms }, { weight: 1, arbitrary: badTerms });
  const crossing = fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(...CROSSINGS) },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'rafah') },
    { weight: 1, arbitrary: badText },
  );
  const toll = fc.oneof(fc.nat(40_000), badCount);

  const one = (type: string, payload: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Event[]> =>
    fc.record(payload).map((fields) => [dropUndefined({ type, ...fields })]);

  const single = fc.oneof(
    { weight: 2, arbitrary: one('TALKS_OPENED', { where: optionalText }) },
    { weight: 4, arbitrary: one('PROPOSAL_TABLED', { by: sender, terms }) },
    { weight: 2, arbitrary: one('COUNTER_PROPOSAL', { by: sender, terms }) },
    { weight: 8, arbitrary: one('PROPOSAL_ACCEPTED', { by: actor }) },
    { weight: 5, arbitrary: one('PROPOSAL_REJECTED', { by: actor, reason: optionalText }) },
    { weight: 2, arbitrary: one('TALKS_STALLED', { reason: optionalText }) },
    { weight: 2, arbitrary: one('OPERATION_LAUNCHED', { by: actor, area: optionalText }) },
    { weight: 6, arbitrary: one('OPERATION_PAUSED', { by: actor }) },
    { weight: 3, arbitrary: one('PAUSE_EXTENDED', { days: count }) },
    { weight: 4, arbitrary: one('OPERATION_RESUMED', { by: actor }) },
    { weight: 4, arbitrary: one('CEASEFIRE_BEGAN', { by: optionalSender }) },
    { weight: 1, arbitrary: one('VIOLATION_REPORTED', { by: sender, text }) },
    { weight: 7, arbitrary: one('HOSTAGES_RELEASED', { by: actor, count, deceased: bodies }) },
    { weight: 3, arbitrary: one('HOSTAGE_DEATHS_REPORTED', { count }) },
    { weight: 3, arbitrary: one('PRISONERS_RELEASED', { by: actor, count }) },
    { weight: 4, arbitrary: one('CROSSING_CLOSED', { by: optionalSender, crossing }) },
    { weight: 4, arbitrary: one('CROSSING_OPENED', { by: optionalSender, crossing }) },
    { weight: 1, arbitrary: one('POSITION_STATED', { by: sender, text }) },
    { weight: 1, arbitrary: one('STATEMENT', { by: sender, text }) },
    { weight: 1, arbitrary: one('CASUALTIES_REPORTED', { toll, source: optionalText }) },
    { weight: 2, arbitrary: unknownEvent.map((event) => [event]) },
    { weight: 1, arbitrary: missingFieldEvent.map((event) => [event]) },
  );

  // A deal tabled and accepted by every principal, then (often) the pause it provides.
  const deal = fc
    .record({ by: fc.oneof(principal, mediator), terms: goodTerms, pause: fc.boolean(), pauser: principal })
    .map(({ by, terms, pause, pauser }) => [
      { type: 'PROPOSAL_TABLED', by, terms },
      ...principals.filter((id) => id !== by).map((id) => ({ type: 'PROPOSAL_ACCEPTED', by: id })),
      ...(pause ? [{ type: 'OPERATION_PAUSED', by: pauser }] : []),
    ]);

  // The pause an agreed deal gives, carried out: a release, an extension, operations resumed.
  const pauseRun = fc
    .record({ by: principal, releaser: principal, count: smallCount, days: smallCount, again: fc.boolean() })
    .map(({ by, releaser, count, days, again }) => [
      { type: 'OPERATION_PAUSED', by },
      { type: 'HOSTAGES_RELEASED', by: releaser, count },
      { type: 'PAUSE_EXTENDED', days },
      { type: 'OPERATION_RESUMED', by },
      ...(again ? [{ type: 'OPERATION_PAUSED', by }] : []),
    ]);

  // A proposal rejected, rejected again, talks stalled and reopened, then a change of heart.
  const dispute = fc
    .record({ by: fc.oneof(mediator, principal), terms: goodTerms, rejecter: principal, stall: fc.boolean() })
    .map(({ by, terms, rejecter, stall }) => [
      { type: 'PROPOSAL_TABLED', by, terms },
      { type: 'PROPOSAL_REJECTED', by: rejecter, reason: 'terms' },
      { type: 'PROPOSAL_REJECTED', by: rejecter },
      ...(stall ? [{ type: 'TALKS_STALLED' }, { type: 'TALKS_OPENED', where: 'Cairo' }] : []),
      { type: 'PROPOSAL_ACCEPTED', by: rejecter },
    ]);

  const chunk = fc.oneof(
    { weight: 14, arbitrary: single },
    { weight: 2, arbitrary: deal },
    { weight: 1, arbitrary: pauseRun },
    { weight: 1, arbitrary: dispute },
  );
  return fc
    .record({
      chunks: fc.array(chunk, { maxLength: 30, size: 'max' }),
      dated: fc.boolean(),
      gaps: fc.array(fc.nat(2), { minLength: 40, maxLength: 40 }),
    })
    .map(({ chunks, dated, gaps }) => {
      const events = chunks.flat().slice(0, 40);
      return dated ? withDates(events, gaps) : events;
    });
}

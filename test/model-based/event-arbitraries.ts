/**
 * Random starting points and event sequences for the model-based test: mostly
 * meaningful play (deals tabled and accepted, pauses and ceasefires that run
 * for days and lapse, phases, amendments, extensions, releases, aid,
 * crossings), mixed with hostile events (hostile-values.ts) that the model
 * must refuse. Runs are dated (the dates never go back, often stay on a day,
 * sometimes jump past an agreement's end day), with undated events among them,
 * or wholly undated.
 */
import fc from 'fast-check';
import type { RefParty, RefStart } from '../reference/reference-model.js';
import {
  badCount, badTerms, badText, hugeCount, missingFieldEvent, unknownEvent, unknownOrMissingParty,
  type Event,
} from './hostile-values.js';

const party = (id: string, role: RefParty['role']): RefParty => ({ id, role });

const partySets: fc.Arbitrary<readonly RefParty[]> = fc.oneof(
  // The roles of files written before the agreement region.
  { weight: 6, arbitrary: fc.constant([party('israel', 'belligerent'), party('hamas', 'armed-group'), party('qatar', 'mediator'), party('egypt', 'mediator')]) },
  {
    weight: 6,
    arbitrary: fc.constant([
      party('israel', 'principal'), party('hamas', 'principal'), party('qatar', 'mediator'), party('egypt', 'mediator'),
      party('usa', 'guarantor'),
    ]),
  },
  { weight: 2, arbitrary: fc.constant([party('israel', 'principal'), party('hamas', 'principal'), party('usa', 'guarantor'), party('turkey', 'guarantor')]) },
  { weight: 2, arbitrary: fc.constant([party('israel', 'belligerent'), party('hamas', 'principal'), party('pij', 'armed-group'), party('qatar', 'mediator')]) },
  { weight: 1, arbitrary: fc.constant([party('israel', 'principal'), party('qatar', 'mediator')]) },
);

const CROSSINGS = ['Rafah', 'Kerem Shalom', 'Erez'];
const START_DAY = Date.UTC(2023, 10, 20);
const dateAt = (day: number) => new Date(START_DAY + day * 86_400_000).toISOString().slice(0, 10);

const days = (max: number) => fc.integer({ min: 1, max });

/** One entry of a `phases` list. */
const phaseEntry = (toBeNegotiated: fc.Arbitrary<boolean | undefined>) =>
  fc
    .record(
      {
        days: fc.oneof({ weight: 8, arbitrary: days(20) }, { weight: 1, arbitrary: fc.constant(0) }),
        hostages: fc.nat(30),
        prisoners: fc.nat(90),
        aidTrucksPerDay: fc.nat(600),
        withdrawal: fc.oneof(fc.boolean(), fc.constant('partial')),
        note: fc.constant('as agreed in Doha'),
        toBeNegotiated,
      },
      { requiredKeys: [] },
    )
    .map((entry) => Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)));

/** A list of phases: the first agreed, later ones often still to be negotiated. */
const phaseList = fc
  .tuple(
    phaseEntry(fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(true) })),
    fc.array(phaseEntry(fc.constantFrom(undefined, true, true, false)), { maxLength: 2 }),
  )
  .map(([first, rest]) => [first, ...rest]);

/** Terms of a deal (never an amendment). */
export const dealTerms: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      { pauseDays: days(7), hostages: fc.nat(50), prisoners: fc.nat(150), aidTrucksPerDay: fc.nat(300) },
      { requiredKeys: ['pauseDays'] },
    ),
  },
  { weight: 3, arbitrary: fc.record({ ceasefireDays: days(42), phases: days(3) }, { requiredKeys: ['ceasefireDays'] }) },
  {
    weight: 4,
    arbitrary: fc.record(
      { ceasefireDays: days(42), pauseDays: days(5), phases: phaseList, hostages: fc.nat(40) },
      { requiredKeys: ['phases'] },
    ),
  },
  { weight: 2, arbitrary: fc.record({ lastingCeasefire: fc.constant(true), withdrawal: fc.constant('full'), pauseDays: days(4) }, { requiredKeys: ['lastingCeasefire'] }) },
  { weight: 2, arbitrary: fc.record({ pauseDays: days(7), ceasefireDays: days(42) }) },
  { weight: 1, arbitrary: fc.constant({}) },
  // Edges the model takes (readings A22, A30): no phases, a withdrawal of spaces, a note of spaces.
  { weight: 1, arbitrary: fc.constantFrom({ phases: 0, ceasefireDays: 3 }, { pauseDays: 2, withdrawal: '  ' }, { ceasefireDays: 5, note: ' ' }) },
  {
    // Terms that look like a pause or a ceasefire and give none.
    weight: 2,
    arbitrary: fc.record(
      {
        pauseDays: fc.constant(0), ceasefireDays: fc.constant(0), lastingCeasefire: fc.boolean(), amends: fc.constant(false),
        withdrawal: fc.oneof(fc.boolean(), fc.constant('partial')), note: fc.constant('draft'), aidTrucksPerDay: fc.nat(600),
      },
      { requiredKeys: [] },
    ),
  },
);

/** Terms of an amendment to the agreement in force. */
export const amendmentTerms: fc.Arbitrary<Record<string, unknown>> = fc
  .oneof(
    { weight: 3, arbitrary: fc.record({ pauseDays: days(5) }) },
    { weight: 3, arbitrary: fc.record({ ceasefireDays: days(14) }) },
    { weight: 1, arbitrary: fc.record({ pauseDays: days(3), ceasefireDays: days(3) }) },
    // Agreeing the phases still to be negotiated, or adding one.
    { weight: 4, arbitrary: fc.record({ phases: fc.array(phaseEntry(fc.constantFrom(undefined, undefined, false, true)), { minLength: 1, maxLength: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ phases: days(4) }) },
    { weight: 2, arbitrary: fc.constant({ lastingCeasefire: true }) },
    { weight: 1, arbitrary: fc.record({ hostages: fc.nat(40), aidTrucksPerDay: fc.nat(600), note: fc.constant('sweetened') }, { requiredKeys: [] }) },
  )
  .map((terms) => ({ ...terms, amends: true }));

const anyTerms = fc.oneof({ weight: 3, arbitrary: dealTerms }, { weight: 1, arbitrary: amendmentTerms });

/** A deal in force when the run starts, and the operations it starts in. */
const startingDeal = fc
  .record({
    terms: dealTerms,
    quiet: fc.constantFrom('pausedForRelease', 'ceasefire', 'active', 'resumed') as fc.Arbitrary<
      'pausedForRelease' | 'ceasefire' | 'active' | 'resumed'
    >,
    sinceBack: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    laterPhase: fc.boolean(),
    sayState: fc.boolean(),
  })
  .map(({ terms, quiet, sinceBack, laterPhase, sayState }) => {
    const givesPause = typeof terms.pauseDays === 'number' && terms.pauseDays >= 1;
    const givesCeasefire = terms.lastingCeasefire === true || (typeof terms.ceasefireDays === 'number' && terms.ceasefireDays >= 1);
    const operations =
      (quiet === 'pausedForRelease' && !givesPause) || (quiet === 'ceasefire' && !givesCeasefire) ? 'active' : quiet;
    const count = Array.isArray(terms.phases) ? terms.phases.length : typeof terms.phases === 'number' ? terms.phases : 1;
    const phase = laterPhase && count > 1 ? 2 : undefined;
    const inQuiet = operations === 'pausedForRelease' || operations === 'ceasefire';
    return {
      agreement: {
        terms,
        ...(inQuiet && sinceBack !== undefined ? { since: dateAt(-sinceBack) } : {}),
        ...(phase === undefined ? {} : { phase }),
      },
      operations,
      // Say `agreement: inForce` only where it surely is: a deal whose days began in the past may
      // already have lapsed when the run starts (the start must then say so, or not at all).
      sayState: sayState && !(inQuiet && sinceBack !== undefined),
    };
  });

/** A scenario's `initial`: parties, hostages, crossings, the date, the states to start in, maybe a deal. */
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
    dated: fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    deal: fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: startingDeal }),
  })
  .map(({ parties, held, deadShare, talks, operations, crossings, dated, deal }) => ({
    parties,
    hostages: { held, deceased: Math.floor(held * deadShare) },
    crossings,
    ...(dated ? { date: dateAt(0) } : {}),
    ...(deal === undefined ? {} : { agreement: deal.agreement }),
    state: {
      talks,
      operations: deal?.operations ?? operations,
      // "access is closed exactly when one [crossing] is"
      access: Object.values(crossings).includes('closed') ? 'closed' : 'open',
      ...(deal?.sayState ? { agreement: 'inForce' as const } : {}),
    },
  }));

const goodText = fc.constantFrom('ceasefire now', 'no deal', 'Rafah', 'Cairo', 'terms unacceptable');

function dropUndefined(event: Event): Event {
  return Object.fromEntries(Object.entries(event).filter(([, value]) => value !== undefined));
}

/** How the date moves before an event: mostly the same day or the next, sometimes days at once. */
const dateMove = fc.oneof(
  { weight: 5, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.constant(1) },
  { weight: 2, arbitrary: fc.constant(2) },
  { weight: 2, arbitrary: fc.integer({ min: 3, max: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 7, max: 45 }) },
  // Undated, among dated events.
  { weight: 1, arbitrary: fc.constant('undated' as const) },
);

/**
 * Dates for one run's events: never going back, except a TIME_PASSED that
 * sometimes names a day before the last (which the model refuses).
 */
function withDates(events: Event[], moves: (number | 'undated')[], backdate: number[]): Event[] {
  let day = 0;
  return events.map((event, index) => {
    const move = moves[index] ?? 0;
    const back = backdate[index] ?? 0;
    if (event.type === 'TIME_PASSED' && back > 0) return { ...event, date: dateAt(day - back) };
    if (move === 'undated') return event;
    day += move;
    return { ...event, date: dateAt(day) };
  });
}

/** Meaningful and hostile events for the parties of one run, with chunks that carry a deal through. */
export function eventsFor(parties: readonly RefParty[], dated: boolean): fc.Arbitrary<Event[]> {
  const isPrincipal = (p: RefParty) => ['principal', 'belligerent', 'armed-group'].includes(p.role);
  const principals = parties.filter(isPrincipal).map((p) => p.id);
  const others = parties.filter((p) => !isPrincipal(p)).map((p) => p.id);
  const guarantors = parties.filter((p) => p.role === 'guarantor').map((p) => p.id);
  const principal = fc.constantFrom(...principals);
  const other = fc.constantFrom(...others);
  const guarantorOrOther = guarantors.length > 0 ? fc.constantFrom(...guarantors) : other;
  const anyParty = fc.constantFrom(...parties.map((p) => p.id));
  /** Several parties acting together. */
  const together = (ids: string[]) =>
    ids.length >= 2 ? fc.subarray(ids, { minLength: 2 }) : fc.constant(ids);
  const sender = fc.oneof(
    { weight: 8, arbitrary: anyParty },
    { weight: 1, arbitrary: together(parties.map((p) => p.id)) },
    { weight: 1, arbitrary: unknownOrMissingParty },
    { weight: 1, arbitrary: fc.constantFrom<unknown>([], ['israel', 'west']) },
  );
  const optionalSender = fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 8, arbitrary: anyParty },
    { weight: 1, arbitrary: unknownOrMissingParty },
  );
  /** Who does what only principals do: mostly principals, sometimes together, sometimes another party. */
  const actor = fc.oneof(
    { weight: 8, arbitrary: principal },
    { weight: 1, arbitrary: together(principals) },
    { weight: 1, arbitrary: other },
    { weight: 1, arbitrary: fc.tuple(principal, other).map((pair) => [...pair]) },
    { weight: 1, arbitrary: unknownOrMissingParty },
  );
  const accepter = fc.oneof(
    { weight: 8, arbitrary: actor },
    { weight: 2, arbitrary: guarantorOrOther },
    { weight: 1, arbitrary: fc.tuple(principal, guarantorOrOther).map((pair) => [...pair]) },
  );
  const tabler = fc.oneof(
    { weight: 4, arbitrary: other },
    { weight: 3, arbitrary: principal },
    { weight: 1, arbitrary: together(others) },
    { weight: 1, arbitrary: together(principals) },
  );
  const claimant = fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: anyParty },
    { weight: 1, arbitrary: together(principals) },
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
  // Most releases count against the deal; some are under a separate arrangement.
  const outsideDeal = fc.constantFrom(undefined, undefined, undefined, true, false);
  const text = fc.oneof({ weight: 8, arbitrary: goodText }, { weight: 1, arbitrary: badText });
  const optionalText = fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: goodText },
    { weight: 1, arbitrary: badText },
  );
  const terms = fc.oneof({ weight: 8, arbitrary: anyTerms }, { weight: 1, arbitrary: badTerms });
  const crossing = fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(...CROSSINGS) },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'rafah') },
    { weight: 1, arbitrary: badText },
  );
  const optionalCrossing = fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: crossing });
  const toll = fc.oneof(fc.nat(40_000), badCount);
  const phase = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: badCount });
  const revision = fc
    .record({ held: fc.nat(30), dead: fc.nat(30), bad: fc.option(badCount, { freq: 8, nil: undefined }) })
    .map(({ held, dead, bad }) => ({ held, deceased: bad === undefined ? Math.min(dead, held + (dead % 7 === 0 ? 1 : 0)) : bad }));

  const one = (type: string, payload: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Event[]> =>
    fc.record(payload).map((fields) => [dropUndefined({ type, ...fields })]);

  const single = fc.oneof(
    { weight: 2, arbitrary: one('TALKS_OPENED', { where: optionalText }) },
    { weight: 4, arbitrary: one('PROPOSAL_TABLED', { by: fc.oneof({ weight: 6, arbitrary: tabler }, { weight: 1, arbitrary: sender }), terms }) },
    { weight: 2, arbitrary: one('COUNTER_PROPOSAL', { by: fc.oneof({ weight: 6, arbitrary: tabler }, { weight: 1, arbitrary: sender }), terms }) },
    { weight: 8, arbitrary: one('PROPOSAL_ACCEPTED', { by: accepter }) },
    { weight: 4, arbitrary: one('PROPOSAL_REJECTED', { by: accepter, reason: optionalText }) },
    { weight: 2, arbitrary: one('TALKS_STALLED', { reason: optionalText }) },
    { weight: 2, arbitrary: one('OPERATION_LAUNCHED', { by: actor, area: optionalText }) },
    { weight: 5, arbitrary: one('OPERATION_PAUSED', { by: actor }) },
    { weight: 3, arbitrary: one('PAUSE_EXTENDED', { days: count }) },
    { weight: 3, arbitrary: one('AGREEMENT_EXTENDED', { days: count, by: optionalSender }) },
    { weight: 4, arbitrary: one('OPERATION_RESUMED', { by: actor }) },
    { weight: 4, arbitrary: one('CEASEFIRE_BEGAN', { by: optionalSender }) },
    { weight: 3, arbitrary: one('PHASE_BEGAN', { phase }) },
    { weight: 3, arbitrary: one('TIME_PASSED', {}) },
    { weight: 1, arbitrary: one('VIOLATION_REPORTED', { by: sender, claimant, text }) },
    { weight: 6, arbitrary: one('HOSTAGES_RELEASED', { by: actor, count, deceased: bodies, outsideDeal }) },
    { weight: 2, arbitrary: one('HOSTAGE_DEATHS_REPORTED', { count }) },
    { weight: 2, arbitrary: revision.chain((r) => one('HOSTAGE_COUNT_REVISED', { held: fc.constant(r.held), deceased: fc.constant(r.deceased), source: optionalText, note: optionalText })) },
    { weight: 3, arbitrary: one('PRISONERS_RELEASED', { by: actor, count, outsideDeal }) },
    { weight: 3, arbitrary: one('AID_DELIVERED', { trucks: count, crossing: optionalCrossing, by: optionalSender }) },
    { weight: 3, arbitrary: one('CROSSING_CLOSED', { by: optionalSender, crossing }) },
    { weight: 3, arbitrary: one('CROSSING_OPENED', { by: optionalSender, crossing }) },
    { weight: 1, arbitrary: one('POSITION_STATED', { by: sender, text }) },
    { weight: 1, arbitrary: one('STATEMENT', { by: sender, text }) },
    { weight: 1, arbitrary: one('CASUALTIES_REPORTED', { toll, source: optionalText }) },
    { weight: 2, arbitrary: unknownEvent.map((event) => [event]) },
    { weight: 1, arbitrary: missingFieldEvent.map((event) => [event]) },
  );

  /** Every principal's acceptance of a proposal tabled by `by`, one by one or together. */
  const acceptances = (by: unknown, jointly: boolean) => {
    const tablers = Array.isArray(by) ? by : [by];
    const rest = principals.filter((id) => !tablers.includes(id));
    if (rest.length === 0) return [];
    return jointly ? [{ type: 'PROPOSAL_ACCEPTED', by: rest }] : rest.map((id) => ({ type: 'PROPOSAL_ACCEPTED', by: id }));
  };

  // A deal tabled and accepted by every principal, maybe signed by a guarantor, then (often) its pause or ceasefire.
  const deal = fc
    .record({
      by: tabler, terms: dealTerms, jointly: fc.boolean(), sign: fc.boolean(), guarantor: guarantorOrOther,
      start: fc.constantFrom('pause', 'ceasefire', 'none'), starter: principal,
    })
    .map(({ by, terms, jointly, sign, guarantor, start, starter }) => [
      { type: 'PROPOSAL_TABLED', by, terms },
      ...acceptances(by, jointly),
      ...(sign ? [{ type: 'PROPOSAL_ACCEPTED', by: guarantor }] : []),
      ...(start === 'pause' ? [{ type: 'OPERATION_PAUSED', by: starter }] : []),
      ...(start === 'ceasefire' ? [{ type: 'CEASEFIRE_BEGAN', by: starter }] : []),
    ]);

  // An amendment to the agreement in force, tabled by a mediator and accepted by every principal.
  const amendment = fc
    .record({ by: fc.oneof(other, principal), terms: amendmentTerms, jointly: fc.boolean() })
    .map(({ by, terms, jointly }) => [{ type: 'PROPOSAL_TABLED', by, terms }, ...acceptances(by, jointly)]);

  // The pause an agreed deal gives, carried out: releases, extensions, operations resumed.
  const pauseRun = fc
    .record({
      by: principal, releaser: principal, count: smallCount, days: smallCount, again: fc.boolean(),
      prisoners: smallCount, extend: fc.constantFrom('PAUSE_EXTENDED', 'AGREEMENT_EXTENDED'),
    })
    .map(({ by, releaser, count, days, again, prisoners, extend }) => [
      { type: 'OPERATION_PAUSED', by },
      { type: 'HOSTAGES_RELEASED', by: releaser, count },
      { type: 'PRISONERS_RELEASED', by, count: prisoners },
      { type: extend, days },
      { type: 'OPERATION_RESUMED', by },
      ...(again ? [{ type: 'OPERATION_PAUSED', by }] : []),
    ]);

  // A ceasefire in phases: aid and releases under each phase, the next phase begun, then operations resumed.
  const phasedRun = fc
    .record({ by: principal, trucks: fc.integer({ min: 1, max: 400 }), count: smallCount, skip: fc.boolean(), resume: fc.boolean() })
    .map(({ by, trucks, count, skip, resume }) => [
      { type: 'CEASEFIRE_BEGAN', by },
      { type: 'AID_DELIVERED', trucks, crossing: 'Kerem Shalom' },
      { type: 'HOSTAGES_RELEASED', by: principals[principals.length - 1], count },
      { type: 'PHASE_BEGAN', phase: skip ? 3 : 2 },
      { type: 'AID_DELIVERED', trucks },
      { type: 'PHASE_BEGAN', phase: 3 },
      ...(resume ? [{ type: 'OPERATION_RESUMED', by }] : []),
    ]);

  // A deal in phases, the next one still to be negotiated: a ceasefire, the phase agreed by amendment, then begun.
  const phasedDeal = fc
    .record({
      by: tabler, first: phaseEntry(fc.constant(undefined)), next: phaseEntry(fc.constant(true)),
      agreed: phaseEntry(fc.constantFrom(undefined, false)), amend: fc.boolean(), ceasefireDays: fc.option(days(30), { nil: undefined }),
      starter: principal, early: fc.boolean(),
    })
    .map(({ by, first, next, agreed, amend, ceasefireDays, starter, early }) => [
      { type: 'PROPOSAL_TABLED', by, terms: { phases: [first, next], ...(ceasefireDays === undefined ? {} : { ceasefireDays }) } },
      ...acceptances(by, false),
      { type: 'CEASEFIRE_BEGAN', by: starter },
      ...(early ? [{ type: 'PHASE_BEGAN', phase: 2 }] : []),
      ...(amend ? [{ type: 'PROPOSAL_TABLED', by: others[0], terms: { amends: true, phases: [{}, agreed] } }, ...acceptances(others[0], true)] : []),
      { type: 'PHASE_BEGAN', phase: 2 },
      { type: 'HOSTAGES_RELEASED', by: principals[principals.length - 1], count: 1 },
    ]);

  // A proposal rejected, rejected again, talks stalled and reopened, then a change of heart.
  const dispute = fc
    .record({ by: tabler, terms: anyTerms, rejecter: principal, stall: fc.boolean() })
    .map(({ by, terms, rejecter, stall }) => [
      { type: 'PROPOSAL_TABLED', by, terms },
      { type: 'PROPOSAL_REJECTED', by: rejecter, reason: 'terms' },
      { type: 'PROPOSAL_REJECTED', by: rejecter },
      ...(stall ? [{ type: 'TALKS_STALLED' }, { type: 'TALKS_OPENED', where: 'Cairo' }] : []),
      { type: 'PROPOSAL_ACCEPTED', by: rejecter },
    ]);

  const chunk = fc.oneof(
    { weight: 14, arbitrary: single },
    { weight: 3, arbitrary: deal },
    { weight: 1, arbitrary: amendment },
    { weight: 1, arbitrary: pauseRun },
    { weight: 1, arbitrary: phasedRun },
    { weight: 1, arbitrary: phasedDeal },
    { weight: 1, arbitrary: dispute },
  );
  return fc
    .record({
      chunks: fc.array(chunk, { maxLength: 30, size: 'max' }),
      moves: fc.array(dateMove, { minLength: 40, maxLength: 40 }),
      // A TIME_PASSED dated 1 to 3 days before the last date, in about one case in seven.
      backdate: fc.array(fc.integer({ min: -17, max: 3 }).map((back) => Math.max(back, 0)), { minLength: 40, maxLength: 40 }),
    })
    .map(({ chunks, moves, backdate }) => {
      const events = chunks.flat().slice(0, 40);
      return dated ? withDates(events, moves, backdate) : events;
    });
}

/** A whole run: where it starts, and its events (dated when the start is). */
export const runArbitrary = startArbitrary.chain((start) =>
  eventsFor(start.parties, start.date !== undefined).map((events) => ({ start, events })),
);

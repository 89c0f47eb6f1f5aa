/**
 * One run: from the start, day after day, each party (in a random order
 * each day) may make one move, and the talks as a whole may make one shared
 * move; then the day ends. Days pass on the calendar of the start, so a deal
 * agreed for four days lapses on the fifth unless it is extended. What the
 * run did is kept as a row of outcomes, and, when asked, as the events made.
 */
import { addDays, engineStep, engineValue, fromSnapshot, REGIONS, REGION_STATES, timeWouldEndAgreement, type EngineState, type TruceEvent } from '../model/index.js';
import type { Start } from '../moves/index.js';
import { chooseMove, type Made, type PolicyContext } from './policy.js';
import { Draws } from './random.js';
import type { RunParameters } from './parameters.js';
import type { RunOutcome } from './outcome.js';

/** What every run of a simulation shares. */
export interface RunSetup {
  start: Start;
  days: number;
  seed: number;
  policy: Omit<PolicyContext, 'parameters'>;
}

/** An event made in a run, dated, for a run exported as a scenario. */
export interface MadeEvent {
  day: number;
  event: TruceEvent;
}

/** Where the four regions stood at the end of a day. */
export interface DayState {
  day: number;
  talks: string;
  operations: string;
  access: string;
  agreement: string;
}

export interface RunResult {
  outcome: RunOutcome;
  /** The events made, in order, and the states at the end of each day; only when asked for (`keepEvents`). */
  events?: MadeEvent[];
  days?: DayState[];
}

/** The engine numbers regions and states in the machine's order. */
const OPERATIONS = REGIONS.indexOf('operations');
const AGREEMENT = REGIONS.indexOf('agreement');
const PAUSED = REGION_STATES.operations.indexOf('pausedForRelease');
const CEASEFIRE = REGION_STATES.operations.indexOf('ceasefire');
const IN_FORCE = REGION_STATES.agreement.indexOf('inForce');
const LAPSED = REGION_STATES.agreement.indexOf('lapsed');
const BROKEN = REGION_STATES.agreement.indexOf('broken');

/** What is tallied as a run goes: firsts are kept, so a deal that took force twice counts from the first. */
class Tally {
  tookForce: number | null = null;
  lapsed: number | null = null;
  broke: number | null = null;
  pauseDays = 0;
  ceasefireDays = 0;
  moves = 0;

  /** Notes where the agreement went between two moments, on `day`. */
  agreementMoved(before: EngineState, after: EngineState, day: number): void {
    const from = before.states[AGREEMENT];
    const to = after.states[AGREEMENT];
    if (from === to) return;
    if (to === IN_FORCE) this.tookForce ??= day;
    if (to === LAPSED) this.lapsed ??= day;
    if (to === BROKEN) this.broke ??= day;
  }
}

/**
 * The run with draws number `index` (its replicate number within its point: see replicateOf).
 * @example runOnce(setup, parameters, 0).outcome.agreement // 'lapsed'
 */
export function runOnce(setup: RunSetup, parameters: RunParameters, index: number, keepEvents = false): RunResult {
  const { start, days, seed } = setup;
  const policy: PolicyContext = { ...setup.policy, parameters };
  const draws = new Draws(seed, index);
  const tally = new Tally();
  const events: MadeEvent[] = [];
  const daily: DayState[] = [];
  const parties = start.snapshot.context.parties;
  let state: EngineState = fromSnapshot(start.snapshot);

  const record = (made: Made, day: number) => {
    if (made.afterTime) tally.agreementMoved(state, made.afterTime, day);
    tally.agreementMoved(made.afterTime ?? state, made.state, day);
    state = made.state;
    tally.moves += 1;
    if (keepEvents) events.push({ day, event: made.event });
  };

  for (let day = 1; day <= days; day++) {
    const date = addDays(start.date, day);
    // The day begins: a deal whose last day was yesterday has lapsed, whoever acts today.
    if (timeWouldEndAgreement(state.context, date)) {
      const passed = engineStep(state, { type: 'TIME_PASSED', date });
      if (passed.accepted) record({ event: { type: 'TIME_PASSED', date }, state: passed.state }, day);
    }
    for (const party of draws.shuffled(parties)) {
      const made = chooseMove(state, party, date, policy, draws);
      if (made) record(made, day);
    }
    const shared = chooseMove(state, null, date, policy, draws);
    if (shared) record(shared, day);
    // The day ends: count it as a day of pause or ceasefire if operations are quiet now.
    if (state.states[OPERATIONS] === PAUSED) tally.pauseDays += 1;
    if (state.states[OPERATIONS] === CEASEFIRE) tally.ceasefireDays += 1;
    if (keepEvents) daily.push({ day, ...engineValue(state) });
  }

  const { context } = state;
  const value = engineValue(state);
  const begin = start.snapshot.context;
  const outcome: RunOutcome = {
    talks: value.talks,
    operations: value.operations,
    access: value.access,
    agreement: value.agreement,
    tookForceDay: tally.tookForce,
    lapsedDay: tally.lapsed,
    brokeDay: tally.broke,
    hostagesFreed: context.hostages.released - begin.hostages.released,
    remainsReturned: context.hostages.remainsReturned - begin.hostages.remainsReturned,
    prisonersFreed: context.prisonersReleased - begin.prisonersReleased,
    pauseDays: tally.pauseDays,
    ceasefireDays: tally.ceasefireDays,
    proposals: context.proposalsTabled - begin.proposalsTabled,
    claims: context.violationsReported - begin.violationsReported,
    moves: tally.moves,
  };
  return keepEvents ? { outcome, events, days: daily } : { outcome };
}

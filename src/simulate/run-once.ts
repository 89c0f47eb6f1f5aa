/**
 * One run: from the start, day after day, each party (in a random order
 * each day) may make one move, and the talks as a whole may make one shared
 * move; then the day ends. Days pass on the calendar of the start, so a deal
 * agreed for four days lapses on the fifth unless it is extended. What the
 * run did is kept as a row of outcomes, and, when asked, as the events made.
 */
import { addDays, step, timeWouldEndAgreement, type AgreementState, type TruceEvent, type TruceSnapshot } from '../model/index.js';
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

/** What is tallied as a run goes: firsts are kept, so a deal that took force twice counts from the first. */
class Tally {
  tookForce: number | null = null;
  lapsed: number | null = null;
  broke: number | null = null;
  pauseDays = 0;
  ceasefireDays = 0;
  moves = 0;

  /** Notes where the agreement went between two snapshots, on `day`. */
  agreementMoved(before: AgreementState, after: AgreementState, day: number): void {
    if (before === after) return;
    if (after === 'inForce') this.tookForce ??= day;
    if (after === 'lapsed') this.lapsed ??= day;
    if (after === 'broken') this.broke ??= day;
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
  let snapshot: TruceSnapshot = start.snapshot;

  const record = (made: Made, day: number) => {
    if (made.afterTime) tally.agreementMoved(snapshot.value.agreement, made.afterTime.value.agreement, day);
    tally.agreementMoved((made.afterTime ?? snapshot).value.agreement, made.snapshot.value.agreement, day);
    snapshot = made.snapshot;
    tally.moves += 1;
    if (keepEvents) events.push({ day, event: made.event });
  };

  for (let day = 1; day <= days; day++) {
    const date = addDays(start.date, day);
    // The day begins: a deal whose last day was yesterday has lapsed, whoever acts today.
    if (timeWouldEndAgreement(snapshot.context, date)) {
      const passed = step(snapshot, { type: 'TIME_PASSED', date });
      if (passed.accepted) record({ event: { type: 'TIME_PASSED', date }, snapshot: passed.snapshot }, day);
    }
    for (const party of draws.shuffled(parties)) {
      const made = chooseMove(snapshot, party, date, policy, draws);
      if (made) record(made, day);
    }
    const shared = chooseMove(snapshot, null, date, policy, draws);
    if (shared) record(shared, day);
    // The day ends: count it as a day of pause or ceasefire if operations are quiet now.
    if (snapshot.value.operations === 'pausedForRelease') tally.pauseDays += 1;
    if (snapshot.value.operations === 'ceasefire') tally.ceasefireDays += 1;
    if (keepEvents) daily.push({ day, ...snapshot.value });
  }

  const { context, value } = snapshot;
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

/** Comparing the path a student took with the historical one, turn by turn. Pure. */
import { compareDays, snapshotAt, step, type Party } from '../model/index.js';
import type { Moment, TraceStep } from '../scenario/index.js';
import { isSameKindOfMove } from './record.js';
import { turnThatLeftTheRecord, type PlayedMove, type Session } from './session.js';

export interface TurnComparison {
  turn: number;
  date: string;
  historical: TraceStep;
  /** The move that ended the turn (history's own when the rules refused it); undefined when the turn was let pass. */
  yours: PlayedMove | undefined;
  /** Whether history's step applied to this turn: the session followed the record as it began. Turns after are not compared. */
  onRecord: boolean;
  /** Whether the turn ended as history's did, exactly; the first that did not left the record. */
  asRecorded: boolean;
  /** On the record, the same kind of event from the same party as in history; never for a turn off the record. */
  matched: boolean;
}

/** A move the rules refused, said once however often it was tried. */
export interface RefusedInDebrief {
  move: PlayedMove;
  /** How many times this move was tried and refused. */
  times: number;
}

export interface Debrief {
  parties: Party[];
  /** The turns played, in order. */
  turns: TurnComparison[];
  totalTurns: number;
  matched: number;
  /** The turn with which the path left the record (null: it never did). */
  firstDivergence: TurnComparison | null;
  /** The refused moves, each once (the same move in the same words and for the same reason), in the order first tried. */
  refused: RefusedInDebrief[];
  yours: Moment;
  /**
   * History at the same point: after as many steps as were played, and on the same day: when the
   * next turn opened after the agreement's end day, time passes in history too.
   */
  history: Moment & { afterTurns: number };
  /** The date both are compared on: the last turn played (the start's date when none was). */
  date: string | null;
}

/** Whether a move is the one history made: same event type, same party (or parties, acting together). */
export function sameMove(move: PlayedMove, step: TraceStep): boolean {
  return isSameKindOfMove(move.event, step.event);
}

/** The refused moves, each said once with how often it was tried. */
function refusedOnce(moves: readonly PlayedMove[]): RefusedInDebrief[] {
  const byKey = new Map<string, RefusedInDebrief>();
  for (const move of moves.filter((candidate) => !candidate.accepted)) {
    const key = `${move.description}\u0000${move.refusal!.code}\u0000${move.refusal!.message}`;
    const seen = byKey.get(key);
    if (seen) seen.times += 1;
    else byKey.set(key, { move, times: 1 });
  }
  return [...byKey.values()];
}

/**
 * History's moment brought to the day the session stands on. A turn opens with time passed to its
 * date (and the agreement lapsed, when that is after its end day), so a session ended there has
 * already moved on; history, read after the same number of steps, has not yet.
 */
function onTheSameDay(moment: Moment, date: string | null): Moment {
  // A moment with no date yet is brought forward too: time passes from an unknown day to any day.
  if (date === null || (moment.context.date !== null && compareDays(date, moment.context.date) <= 0)) return moment;
  const outcome = step(snapshotAt(moment.state, moment.context), { type: 'TIME_PASSED', date });
  return outcome.accepted ? { state: outcome.snapshot.value, context: outcome.snapshot.context } : moment;
}

export function debriefOf(session: Session): Debrief {
  const { history, start } = session.setup;
  const turns = session.turns.map(({ turn, date, move, onRecord, asRecorded }): TurnComparison => {
    const historical = history[turn]!;
    const yours = move ?? undefined;
    const matched = onRecord && (asRecorded || (yours !== undefined && yours.accepted === historical.accepted && sameMove(yours, historical)));
    return { turn, date, historical, yours, onRecord, asRecorded, matched };
  });
  const left = turnThatLeftTheRecord(session);
  const afterTurns = turns.length;
  const historyAt = onTheSameDay(
    afterTurns === 0 ? { state: start.value, context: start.context } : { state: history[afterTurns - 1]!.state, context: history[afterTurns - 1]!.context },
    session.snapshot.context.date,
  );
  return {
    parties: session.setup.scenario.parties,
    turns,
    totalTurns: history.length,
    matched: turns.filter((turn) => turn.matched).length,
    firstDivergence: left === undefined ? null : turns.find((turn) => turn.turn === left.turn)!,
    refused: refusedOnce(session.moves),
    yours: { state: session.snapshot.value, context: session.snapshot.context },
    history: { ...historyAt, afterTurns },
    date: turns.at(-1)?.date ?? session.snapshot.context.date,
  };
}

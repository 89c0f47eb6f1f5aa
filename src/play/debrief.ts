/** Comparing the path a student took with the historical one, turn by turn. Pure. */
import { idsOf, snapshotAt, step, type Party } from '../model/index.js';
import type { Moment, TraceStep } from '../scenario/index.js';
import type { PlayedMove, Session } from './session.js';

export interface TurnComparison {
  turn: number;
  date: string;
  historical: TraceStep;
  /** The move that ended the turn; undefined for a turn not played. */
  yours: PlayedMove | undefined;
  /** The same kind of event from the same party as in history. */
  matched: boolean;
}

export interface Debrief {
  parties: Party[];
  /** The turns played, in order. */
  turns: TurnComparison[];
  totalTurns: number;
  matched: number;
  firstDivergence: TurnComparison | null;
  refused: PlayedMove[];
  yours: Moment;
  /**
   * History at the same point: after as many steps as were played, and on the same day: when the
   * next turn opened after the agreement's end day, time passes in history too.
   */
  history: Moment & { afterTurns: number };
  /** The date both are compared on: the last turn played (the start's date when none was). */
  date: string | null;
}

/** Who made a move, whatever the order they are named in: `egypt+qatar` for a joint act, '' for none. */
function sender(event: { by?: unknown }): string {
  return [...idsOf(event.by)].sort().join('+');
}

/** Whether a move is the one history made: same event type, same party (or parties, acting together). */
export function sameMove(move: PlayedMove, step: TraceStep): boolean {
  return move.event.type === step.event.type && sender(move.event as { by?: unknown }) === sender(step.event as { by?: unknown });
}

/**
 * History's moment brought to the day the session stands on. A turn opens with time passed to its
 * date (and the agreement lapsed, when that is after its end day), so a session ended there has
 * already moved on; history, read after the same number of steps, has not yet.
 */
function onTheSameDay(moment: Moment, date: string | null): Moment {
  if (date === null || moment.context.date === null || date <= moment.context.date) return moment;
  const outcome = step(snapshotAt(moment.state, moment.context), { type: 'TIME_PASSED', date });
  return outcome.accepted ? { state: outcome.snapshot.value, context: outcome.snapshot.context } : moment;
}

export function debriefOf(session: Session): Debrief {
  const { history, start } = session.setup;
  const ended = session.moves.filter((move) => move.accepted);
  const turns = ended.map((move): TurnComparison => {
    const historical = history[move.turn]!;
    return { turn: move.turn, date: move.date, historical, yours: move, matched: sameMove(move, historical) };
  });
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
    firstDivergence: turns.find((turn) => !turn.matched) ?? null,
    refused: session.moves.filter((move) => !move.accepted),
    yours: { state: session.snapshot.value, context: session.snapshot.context },
    history: { ...historyAt, afterTurns },
    date: turns.at(-1)?.date ?? session.snapshot.context.date,
  };
}

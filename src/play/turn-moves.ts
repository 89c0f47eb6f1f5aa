/**
 * The moves a turn offers: the moves kit's, for the session's moment and
 * party, with one of play's own. Letting the days pass is a move to the
 * turn's date, and the kit's sample events carry no date (see
 * src/moves/sample-events.ts), so play tries that one itself, dated. It
 * ends the turn with nothing else happening, and is offered while an
 * agreement's days are running: letting them run out is a choice then.
 */
import { EVENT_TYPES, step } from '../model/index.js';
import { allowedMoves, refusedMoves, type Move, type RefusedMove } from '../moves/index.js';
import { MOVE_LABELS } from '../words/index.js';
import { currentDate, movePosition, type Session } from './session.js';

export interface TurnMoves {
  allowed: Move[];
  refused: RefusedMove[];
}

const byModelOrder = (a: Move, b: Move) => EVENT_TYPES.indexOf(a.type) - EVENT_TYPES.indexOf(b.type);

/** The moves the rules allow in this turn, and those they refuse (each with the reason), in the model's order of events. */
export function turnMoves(session: Session): TurnMoves {
  const position = movePosition(session);
  const others = (move: Move) => move.type !== 'TIME_PASSED';
  const allowed = allowedMoves(position).filter(others);
  const refused = refusedMoves(position).filter(others);
  const { agreement } = session.snapshot.context;
  if (agreement?.status === 'inForce' && agreement.endDay !== null) {
    const time: Move = { type: 'TIME_PASSED', label: MOVE_LABELS.TIME_PASSED, senderKind: 'none', parties: [] };
    const outcome = step(session.snapshot, { type: 'TIME_PASSED', date: currentDate(session) });
    if (outcome.accepted) allowed.push(time);
    else refused.push({ ...time, refusal: outcome.refusal });
  }
  return { allowed: allowed.sort(byModelOrder), refused: refused.sort(byModelOrder) };
}

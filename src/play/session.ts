/**
 * A play session as data: where the talks are, which turn it is, and the
 * moves made so far. Each turn stands for one dated step of the scenario's
 * history; an accepted move ends the turn, a refused one does not (the
 * student reads why and tries again). The functions here take a session and
 * a move and return the next session and what to tell the student: no
 * input, no output.
 *
 * Time moves with the turns. When a turn is dated after the end day of the
 * agreement in force, its days have run out before the turn is played: the
 * agreement lapses as the turn opens (as `step` would have it before the
 * turn's first event), so the status and the menus show it lapsed.
 */
import { isPastEnd, step, type Refusal, type ScenarioEvent, type TruceEvent, type TruceSnapshot, type TruceStateValue } from '../model/index.js';
import type { MovePosition } from '../moves/index.js';
import type { TraceStep } from '../scenario/index.js';
import { agreementInWords, describeEvent, longDate } from '../words/index.js';
import type { PlaySetup } from './setup.js';

export interface PlayedMove {
  /** The turn (0-based index into the history) the move was made in. */
  turn: number;
  date: string;
  event: ScenarioEvent;
  description: string;
  /** True when the student let the turn go as it did in history. */
  fromHistory: boolean;
  accepted: boolean;
  refusal?: Refusal;
  /** The state after the move (unchanged when refused). */
  state: TruceStateValue;
}

export interface Session {
  setup: PlaySetup;
  snapshot: TruceSnapshot;
  /** The turn being played: an index into `setup.history`. */
  turn: number;
  moves: PlayedMove[];
  /** True once the student ended the session or the history ran out. */
  over: boolean;
}

export interface Message {
  kind: 'accepted' | 'refused' | 'info';
  text: string;
}

export interface Outcome {
  session: Session;
  messages: Message[];
}

export function startSession(setup: PlaySetup): Session {
  const session: Session = { setup, snapshot: setup.start, turn: 0, moves: [], over: setup.history.length === 0 };
  return session.over ? session : openTurn(session).session;
}

/**
 * The turn opens on its date: when that is after the end day of the agreement in force, time
 * passes to it first, and the agreement has lapsed (said in a message).
 */
function openTurn(session: Session): Outcome {
  const date = currentDate(session);
  if (!isPastEnd(session.snapshot.context.agreement, date)) return { session, messages: [] };
  const outcome = step(session.snapshot, { type: 'TIME_PASSED', date });
  if (!outcome.accepted) return { session, messages: [] };
  return { session: { ...session, snapshot: outcome.snapshot }, messages: [timePassed(outcome.snapshot, date, session.setup.scenario.parties)] };
}

/** `Time passes to 29 November 2023. Agreement: lapsed after 28 November 2023 (its agreed days ran out)`. */
function timePassed(snapshot: TruceSnapshot, date: string, parties: PlaySetup['scenario']['parties']): Message {
  const agreement = agreementInWords(snapshot.context);
  return { kind: 'info', text: `${describeEvent({ type: 'TIME_PASSED' }, parties)} to ${longDate(date)}.${agreement ? ` ${agreement}` : ''}` };
}

/** The step of history this turn stands for; undefined once the history has run out. */
export function historicalStep(session: Session): TraceStep | undefined {
  return session.setup.history[session.turn];
}

/** The date of the turn being played (the last step's once the history has run out). */
export function currentDate(session: Session): string {
  return historicalStep(session)?.date ?? session.setup.history.at(-1)?.date ?? session.setup.scenario.initial.date ?? '';
}

/**
 * Plays `event` in the current turn.
 * @example play(session, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' }).messages[0].text // "Hamas accepts the proposal"
 */
export function play(session: Session, event: ScenarioEvent, options: { fromHistory?: boolean } = {}): Outcome {
  if (session.over) return { session, messages: [{ kind: 'info', text: 'The session is over.' }] };
  const date = currentDate(session);
  const outcome = step(session.snapshot, { ...event, date } as TruceEvent);
  const refusal = outcome.accepted ? null : outcome.refusal;
  const { snapshot } = outcome;
  const parties = session.setup.scenario.parties;
  const description = describeEvent(event, parties);
  const move: PlayedMove = {
    turn: session.turn,
    date,
    event,
    description,
    fromHistory: options.fromHistory === true,
    accepted: refusal === null,
    ...(refusal === null ? {} : { refusal }),
    state: snapshot.value,
  };
  const turn = refusal === null ? session.turn + 1 : session.turn;
  const next: Session = { ...session, snapshot, turn, moves: [...session.moves, move], over: turn >= session.setup.history.length };
  // Turns open with time passed to their date, so this is there only for a move dated after its turn's start.
  const messages: Message[] = outcome.afterTime ? [timePassed(outcome.afterTime, date, parties)] : [];
  messages.push(
    refusal === null
      ? { kind: 'accepted', text: description }
      : { kind: 'refused', text: `Refused: ${description}. Why: ${refusal.message} [${refusal.code}]` },
  );
  if (refusal === null && next.over) messages.push({ kind: 'info', text: 'That was the last step of the history: the session is over.' });
  if (refusal !== null || next.over) return { session: next, messages };
  const opened = openTurn(next);
  return { session: opened.session, messages: [...messages, ...opened.messages] };
}

/** Plays the current turn as it went in history. */
export function playHistory(session: Session): Outcome {
  const step = historicalStep(session);
  if (!step) return { session, messages: [{ kind: 'info', text: 'The history has run out.' }] };
  return play(session, step.event, { fromHistory: true });
}

/** Where the session's moves are made: its moment, its vocabulary and the party played. */
export function movePosition(session: Session): MovePosition {
  return { snapshot: session.snapshot, vocabulary: session.setup.vocabulary, as: session.setup.as };
}

export function endSession(session: Session): Session {
  return { ...session, over: true };
}

/**
 * A play session as data: where the talks are, which turn it is, and the
 * moves made so far. Each turn stands for one dated step of the scenario's
 * history; an accepted move ends the turn, a refused one does not (the
 * student reads why and tries again), except history's own move: when the
 * rules refuse it, the turn passes with nothing happening, as it did in the
 * record. The functions here take a session and a move and return the next
 * session and what to tell the student: no input, no output.
 *
 * The session follows the record while every turn ends as history's did
 * (record.ts); once one does not, history's later steps no longer apply, and
 * a turn can be let pass with nothing happening instead.
 *
 * Time moves with the turns. When a turn is dated after the end day of the
 * agreement in force, its days have run out before the turn is played: the
 * agreement lapses as the turn opens (as `step` would have it before the
 * turn's first event), so the status and the menus show it lapsed.
 */
import { isPastEnd, step, type Refusal, type ScenarioEvent, type TruceEvent, type TruceSnapshot, type TruceStateValue } from '../model/index.js';
import type { MovePosition } from '../moves/index.js';
import type { TraceStep } from '../scenario/index.js';
import { agreementInWords, describeEvent, longDate, withoutFinalStop } from '../words/index.js';
import { isHistorysEvent } from './record.js';
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

/** How a turn ended. */
export interface PlayedTurn {
  turn: number;
  date: string;
  /**
   * The move that ended it: an accepted one, or history's own that the rules refused (the turn
   * then passed with nothing happening); null when the student let the turn pass.
   */
  move: PlayedMove | null;
  /** Whether the session followed the record as the turn began: history's step for it applied. */
  onRecord: boolean;
  /** Whether the turn ended as history's did, so that the session still follows the record after it. */
  asRecorded: boolean;
}

/** An event the machine took, in order: the moves that ended turns, and time passing as a turn opened. */
export interface TakenEvent {
  turn: number;
  date: string;
  event: ScenarioEvent;
  /** A move that ended the turn, or time passing as the turn opened (after the agreement's end day). */
  cause: 'move' | 'turn-opened';
  /** The state after it. */
  state: TruceStateValue;
  /** The step of the record this event is, when it is history's own (on the record); null otherwise. */
  historical: TraceStep | null;
}

export interface Session {
  setup: PlaySetup;
  snapshot: TruceSnapshot;
  /** The turn being played: an index into `setup.history`. */
  turn: number;
  /** Every move tried, accepted or refused, in order. */
  moves: PlayedMove[];
  /** The turns ended so far, in order. */
  turns: PlayedTurn[];
  /** Every event the machine took, in order: replayed from the same start, they give the same moment. */
  taken: TakenEvent[];
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
  const session: Session = { setup, snapshot: setup.start, turn: 0, moves: [], turns: [], taken: [], over: setup.history.length === 0 };
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
  const taken: TakenEvent = { turn: session.turn, date, event: { type: 'TIME_PASSED' }, cause: 'turn-opened', state: outcome.snapshot.value, historical: null };
  return {
    session: { ...session, snapshot: outcome.snapshot, taken: [...session.taken, taken] },
    messages: [timePassed(outcome.snapshot, date, session.setup.scenario.parties)],
  };
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

/** Whether the session still follows the record: every turn so far ended as history's did. */
export function onTheRecord(session: Session): boolean {
  return session.turns.every((turn) => turn.asRecorded);
}

/** The turn with which the session left the record; undefined while it follows it. */
export function turnThatLeftTheRecord(session: Session): PlayedTurn | undefined {
  return session.turns.find((turn) => !turn.asRecorded);
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
  const fromHistory = options.fromHistory === true;
  const move: PlayedMove = {
    turn: session.turn,
    date,
    event,
    description,
    fromHistory,
    accepted: refusal === null,
    ...(refusal === null ? {} : { refusal }),
    state: snapshot.value,
  };
  const next: Session = { ...session, snapshot, moves: [...session.moves, move] };
  // Turns open with time passed to their date, so this is there only for a move dated after its turn's start.
  const messages: Message[] = outcome.afterTime ? [timePassed(outcome.afterTime, date, parties)] : [];
  if (refusal === null) return endTurn(next, move, [...messages, { kind: 'accepted', text: description }]);
  messages.push({ kind: 'refused', text: `Refused: ${withoutFinalStop(description)}. Why: ${refusal.message} [${refusal.code}]` });
  // History's own move, refused: trying it again would change nothing, so the turn passes.
  if (fromHistory) return endTurn(next, move, [...messages, { kind: 'info', text: historyRefused(historicalStep(session)!) }]);
  return { session: next, messages };
}

function historyRefused(historical: TraceStep): string {
  return historical.accepted
    ? "The rules refuse history's move here, so this turn passes with nothing happening."
    : 'The rules refused this move in the record too, so this turn passes with nothing happening, as it did in history.';
}

/** Lets the current turn pass with nothing happening. */
export function passTurn(session: Session): Outcome {
  if (session.over) return { session, messages: [{ kind: 'info', text: 'The session is over.' }] };
  return endTurn(session, null, [{ kind: 'info', text: 'Nothing happens this turn.' }]);
}

/**
 * Ends the turn with `move` (null: nothing happened), says when that leaves the record, and opens
 * the next turn, or ends the session when the history has run out.
 */
function endTurn(session: Session, move: PlayedMove | null, messages: Message[]): Outcome {
  const historical = historicalStep(session)!;
  const onRecord = onTheRecord(session);
  const takenEvent = move?.accepted ? move.event : null;
  // As recorded: history's own event taken, or nothing taken where the record's step was refused too.
  const asRecorded = onRecord && (takenEvent === null ? !historical.accepted : historical.accepted && isHistorysEvent(takenEvent, historical.event));
  const turn = session.turn + 1;
  const ended: PlayedTurn = { turn: session.turn, date: currentDate(session), move, onRecord, asRecorded };
  const taken: TakenEvent[] = takenEvent === null ? [] : [{ turn: session.turn, date: ended.date, event: takenEvent, cause: 'move', state: move!.state, historical: asRecorded ? historical : null }];
  const next: Session = {
    ...session,
    turn,
    turns: [...session.turns, ended],
    taken: [...session.taken, ...taken],
    over: turn >= session.setup.history.length,
  };
  const said = [...messages];
  if (onRecord && !asRecorded) {
    said.push({ kind: 'info', text: "Your path leaves the record here: from now on, history's moves no longer apply, and the turns are yours to play." });
  }
  if (next.over) return { session: next, messages: [...said, { kind: 'info', text: 'That was the last step of the history: the session is over.' }] };
  const opened = openTurn(next);
  return { session: opened.session, messages: [...said, ...opened.messages] };
}

/** Plays the current turn as it went in history (while the session follows the record). */
export function playHistory(session: Session): Outcome {
  const step = historicalStep(session);
  if (!step) return { session, messages: [{ kind: 'info', text: 'The history has run out.' }] };
  const left = turnThatLeftTheRecord(session);
  if (left) {
    return { session, messages: [{ kind: 'info', text: `Your path left the record at turn ${left.turn + 1}: history's move for this turn no longer applies.` }] };
  }
  return play(session, step.event, { fromHistory: true });
}

/** Where the session's moves are made: its moment, its vocabulary and the party played. */
export function movePosition(session: Session): MovePosition {
  return { snapshot: session.snapshot, vocabulary: session.setup.vocabulary, as: session.setup.as };
}

export function endSession(session: Session): Session {
  return { ...session, over: true };
}

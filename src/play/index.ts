/** `truce play`: a session as data (a move in, the next session out) and the conversation that drives it through a Prompter. */
export { playSetup, type PlaySetup } from './setup.js';
export { startSession, play, playHistory, passTurn, endSession, movePosition, currentDate, historicalStep, onTheRecord, turnThatLeftTheRecord, type Session, type PlayedMove, type PlayedTurn, type TakenEvent, type Message, type Outcome } from './session.js';
export { sessionScenario } from './session-scenario.js';
export { debriefOf, sameMove, type Debrief, type TurnComparison, type RefusedInDebrief } from './debrief.js';
export { runPlay, HISTORY_CHOICE, PASS_CHOICE, REFUSED_CHOICE, END_CHOICE, type Marks } from './play-loop.js';
export { formFor, readAnswer, buildEvent, partiesAnswer, type FormField, type FieldKind, type ProposalKind } from './move-form.js';
export { turnMoves, type TurnMoves } from './turn-moves.js';
export { linePrompter } from './line-prompter.js';
export { keyPrompter } from './key-prompter.js';
export type { Prompter } from './prompter.js';

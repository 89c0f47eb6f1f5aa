/**
 * The conversation of a play session: show where the talks are, offer the
 * moves, ask what is needed, and report what the model says, until the
 * history runs out or the player stops; then the debrief. The game itself
 * is in session.ts; this only asks and tells, through a Prompter.
 */
import type { Party } from '../model/index.js';
import { allowedMoves, refusedMoves, type Move, type RefusedMove } from '../moves/index.js';
import { debriefOf } from './debrief.js';
import { buildEvent, formFor, readAnswer } from './move-form.js';
import type { Prompter } from './prompter.js';
import { moveLine, refusedLine, renderDebrief, renderIntro, renderStatus } from './render.js';
import { endSession, movePosition, play, playHistory, startSession, type Message, type Outcome, type Session } from './session.js';
import type { PlaySetup } from './setup.js';

export const HISTORY_CHOICE = 'Let this turn go as it did in history';
export const REFUSED_CHOICE = 'Try a move the rules refuse now (to see why)';
export const END_CHOICE = 'End the session and see the debrief';
const BACK_CHOICE = 'Back';
const NO_ONE = 'No party named';

export interface Marks {
  accepted(text: string): string;
  refused(text: string): string;
}

/** Input ended: stop asking. */
const ENDED = Symbol('input ended');

/** Plays a whole session through `prompter`; resolves with the session as it ended. */
export async function runPlay(setup: PlaySetup, prompter: Prompter, marks: Marks): Promise<Session> {
  let session = startSession(setup);
  prompter.say(`${renderIntro(session)}\n`);
  while (!session.over) {
    prompter.say(`\n${renderStatus(session)}\n`);
    const outcome = await oneTurn(session, prompter);
    if (outcome === ENDED) break;
    session = outcome.session;
    for (const message of outcome.messages) prompter.say(`${mark(message, marks)}\n`);
  }
  session = endSession(session);
  prompter.say(renderDebrief(debriefOf(session)));
  prompter.close();
  return session;
}

function mark(message: Message, marks: Marks): string {
  if (message.kind === 'accepted') return marks.accepted(`✓ ${message.text}`);
  if (message.kind === 'refused') return marks.refused(`✗ ${message.text}`);
  return message.text;
}

async function oneTurn(session: Session, prompter: Prompter): Promise<Outcome | typeof ENDED> {
  const moves = allowedMoves(movePosition(session));
  const options = [...moves.map(moveLine), HISTORY_CHOICE, REFUSED_CHOICE, END_CHOICE];
  const picked = await prompter.choose('What happens next?', options);
  if (picked === null || options[picked] === END_CHOICE) return ENDED;
  if (options[picked] === HISTORY_CHOICE) return playHistory(session);
  if (options[picked] === REFUSED_CHOICE) return tryRefused(session, prompter);
  return makeMove(session, moves[picked]!, prompter);
}

async function tryRefused(session: Session, prompter: Prompter): Promise<Outcome | typeof ENDED> {
  const refused = refusedMoves(movePosition(session));
  if (refused.length === 0) return { session, messages: [{ kind: 'info', text: 'Every move is allowed now.' }] };
  const options = [...refused.map(refusedLine), BACK_CHOICE];
  const picked = await prompter.choose('Which move?', options);
  if (picked === null) return ENDED;
  if (options[picked] === BACK_CHOICE) return { session, messages: [] };
  return makeMove(session, refused[picked]!, prompter);
}

/** The party the move names: none, the only one possible, or the one the player picks. */
async function pickParty(session: Session, move: Move | RefusedMove, prompter: Prompter): Promise<Party | undefined | typeof ENDED> {
  if (move.senderKind === 'none') return undefined;
  if (move.senderKind === 'optional' && session.setup.as !== null) return session.setup.as;
  const choices: Array<Party | undefined> = move.senderKind === 'optional' ? [undefined, ...move.parties] : move.parties;
  if (choices.length === 1) return choices[0];
  const question = move.senderKind === 'accused' ? 'Which party is accused?' : 'Which party?';
  const picked = await prompter.choose(question, choices.map((party) => party?.name ?? NO_ONE));
  return picked === null ? ENDED : choices[picked];
}

async function makeMove(session: Session, move: Move | RefusedMove, prompter: Prompter): Promise<Outcome | typeof ENDED> {
  const party = await pickParty(session, move, prompter);
  if (party === ENDED) return ENDED;
  const values: Record<string, unknown> = {};
  for (const field of formFor(session, move.type, party?.id)) {
    for (;;) {
      const text = await prompter.ask(`${field.label}${field.optional ? ' (- for none)' : ''}`, field.default);
      if (text === null) return ENDED;
      const answer = readAnswer(field, text);
      if (answer.ok) {
        values[field.path] = answer.value;
        break;
      }
      prompter.say(`${answer.problems[0]!.message}\n`);
    }
  }
  const built = buildEvent(move.type, party?.id, values);
  if (!built.ok) return { session, messages: [{ kind: 'info', text: `That move is not complete: ${built.problems[0]!.message}` }] };
  return play(session, built.value);
}

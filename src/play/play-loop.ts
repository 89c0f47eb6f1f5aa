/**
 * The conversation of a play session: show where the talks are, offer the
 * moves, ask what is needed, and report what the model says, until the
 * history runs out or the player stops; then the debrief. The game itself
 * is in session.ts; this only asks and tells, through a Prompter.
 */
import type { PartyRef } from '../model/index.js';
import type { Move, RefusedMove } from '../moves/index.js';
import { capitalised, printable, printableLines } from '../words/index.js';
import { debriefOf } from './debrief.js';
import { buildEvent, formFor, partiesAnswer, readAnswer, type FormField, type ProposalKind } from './move-form.js';
import type { Prompter } from './prompter.js';
import { moveLine, refusedLine, renderDebrief, renderIntro, renderStatus } from './render.js';
import { endSession, passTurn, play, playHistory, startSession, turnThatLeftTheRecord, type Message, type Outcome, type Session } from './session.js';
import type { PlaySetup } from './setup.js';
import { turnMoves } from './turn-moves.js';

export const HISTORY_CHOICE = 'Let this turn go as it did in history';
/** Offered instead of history's move once the path has left the record. */
export const PASS_CHOICE = 'Let this turn pass with nothing happening';
export const REFUSED_CHOICE = 'Try a move the rules refuse now (to see why)';
export const END_CHOICE = 'End the session and see the debrief';
const BACK_CHOICE = 'Back';
const NO_ONE = 'No party named';
const TOGETHER = 'Several of them, together';
const NEW_DEAL = 'A new deal (it replaces the agreement in force once every principal accepts it)';
const AMENDMENT = 'An amendment (its terms merge into the agreement in force once every principal accepts it)';

export interface Marks {
  accepted(text: string): string;
  refused(text: string): string;
}

/** Input ended: stop asking. */
const ENDED = Symbol('input ended');
/** The player chose Back in a sub-menu: the move is dropped, and the turn's menu comes again. */
const BACK = Symbol('back');

/** A sub-menu, with Back as its last choice: the index chosen, BACK, or ENDED. */
async function chooseOrBack(prompter: Prompter, question: string, options: readonly string[]): Promise<number | typeof BACK | typeof ENDED> {
  const picked = await prompter.choose(question, [...options, BACK_CHOICE]);
  if (picked === null) return ENDED;
  return picked === options.length ? BACK : picked;
}

/**
 * What the session shows comes partly from a file (names, notes, statements): every question,
 * option and default is shown printable, so a control character in a file cannot move the cursor,
 * clear the screen or reorder a line. (Its own colours are added after, to what it says.)
 */
function showingPrintable(prompter: Prompter): Prompter {
  return {
    choose: (question, options) => prompter.choose(printable(question), options.map(printable)),
    ask: (question, fallback) => prompter.ask(printable(question), fallback === undefined ? undefined : printable(fallback)),
    say: prompter.say,
    close: prompter.close,
  };
}

/** Plays a whole session through `prompter`; resolves with the session as it ended. */
export async function runPlay(setup: PlaySetup, terminal: Prompter, marks: Marks): Promise<Session> {
  const prompter = showingPrintable(terminal);
  let session = startSession(setup);
  prompter.say(`${printableLines(renderIntro(session))}\n`);
  while (!session.over) {
    prompter.say(`\n${printableLines(renderStatus(session))}\n`);
    const outcome = await oneTurn(session, prompter);
    if (outcome === ENDED) break;
    session = outcome.session;
    for (const message of outcome.messages) prompter.say(`${mark(message, marks)}\n`);
  }
  session = endSession(session);
  prompter.say(printableLines(renderDebrief(debriefOf(session))));
  prompter.close();
  return session;
}

function mark(message: Message, marks: Marks): string {
  const text = printable(message.text);
  if (message.kind === 'accepted') return marks.accepted(`✓ ${text}`);
  if (message.kind === 'refused') return marks.refused(`✗ ${text}`);
  return text;
}

/** History's move while the path follows the record; once it has left it, a turn with nothing happening (history's no longer applies). */
function historyOrPass(session: Session): string {
  const left = turnThatLeftTheRecord(session);
  return left === undefined ? HISTORY_CHOICE : `${PASS_CHOICE} (you left the record at turn ${left.turn + 1})`;
}

async function oneTurn(session: Session, prompter: Prompter): Promise<Outcome | typeof ENDED> {
  const moves = turnMoves(session).allowed;
  const options = [...moves.map(moveLine), historyOrPass(session), REFUSED_CHOICE, END_CHOICE];
  const picked = await prompter.choose('What happens next?', options);
  if (picked === null || options[picked] === END_CHOICE) return ENDED;
  if (options[picked] === HISTORY_CHOICE) return playHistory(session);
  if (options[picked]!.startsWith(PASS_CHOICE)) return passTurn(session);
  if (options[picked] === REFUSED_CHOICE) return tryRefused(session, prompter);
  return makeMove(session, moves[picked]!, prompter);
}

async function tryRefused(session: Session, prompter: Prompter): Promise<Outcome | typeof ENDED> {
  const refused = turnMoves(session).refused;
  if (refused.length === 0) return { session, messages: [{ kind: 'info', text: 'Every move is allowed now.' }] };
  const picked = await chooseOrBack(prompter, 'Which move?', refused.map(refusedLine));
  if (picked === ENDED) return ENDED;
  if (picked === BACK) return { session, messages: [] };
  return makeMove(session, refused[picked]!, prompter);
}

/** The party the move names (or the parties acting together): none, the only one possible, or those the player picks. */
async function pickParty(session: Session, move: Move | RefusedMove, prompter: Prompter): Promise<PartyRef | undefined | typeof BACK | typeof ENDED> {
  if (move.senderKind === 'none') return undefined;
  const { as } = session.setup;
  if (move.senderKind === 'optional' && as !== null) return as.id;
  const ids: Array<string | undefined> = [...(move.senderKind === 'optional' ? [undefined] : []), ...move.parties.map((party) => party.id)];
  if (ids.length === 1) return ids[0];
  // A joint act (a proposal two mediators table together): offered when the player moves for every party.
  const joint = as === null && move.senderKind !== 'accused' && move.parties.length > 1;
  const options = [...ids.map((id) => (id === undefined ? NO_ONE : move.parties.find((party) => party.id === id)!.name)), ...(joint ? [TOGETHER] : [])];
  const question = move.senderKind === 'accused' ? 'Which party is accused?' : 'Which party?';
  const picked = await chooseOrBack(prompter, question, options);
  if (picked === ENDED || picked === BACK) return picked;
  if (options[picked] !== TOGETHER) return ids[picked];
  for (;;) {
    const names = move.parties.map((party) => party.id).join(', ');
    const text = await prompter.ask(`Which parties, together? (separated by commas: ${names})`);
    if (text === null) return ENDED;
    const read = partiesAnswer(text, session.setup.vocabulary.parties);
    if (read.ok) return read.value;
    prompter.say(`${read.problems[0]!.message}\n`);
  }
}

/** For a proposal while an agreement is in force: a new deal, or an amendment of the agreement. */
async function pickProposalKind(session: Session, move: Move | RefusedMove, prompter: Prompter): Promise<ProposalKind | typeof BACK | typeof ENDED> {
  const isProposal = move.type === 'PROPOSAL_TABLED' || move.type === 'COUNTER_PROPOSAL';
  if (!isProposal || session.snapshot.context.agreement?.status !== 'inForce') return 'deal';
  const picked = await chooseOrBack(prompter, 'What kind of proposal?', [NEW_DEAL, AMENDMENT]);
  if (picked === ENDED || picked === BACK) return picked;
  return picked === 0 ? 'deal' : 'amendment';
}

/** The answer to one field: from a menu for a party, typed otherwise (asked again until it reads). */
async function answerField(field: FormField, prompter: Prompter): Promise<{ value: unknown } | typeof BACK | typeof ENDED> {
  if (field.kind === 'fixed') return { value: field.value };
  if (field.kind === 'party') {
    const parties = field.parties ?? [];
    if (field.default !== undefined && parties.length === 1) return { value: field.default };
    const options = [...(field.optional ? [NO_ONE] : []), ...parties.map((party) => party.name)];
    const picked = await chooseOrBack(prompter, `${capitalised(field.label)}?`, options);
    if (picked === ENDED || picked === BACK) return picked;
    return { value: options[picked] === NO_ONE ? undefined : parties[picked - (field.optional ? 1 : 0)]!.id };
  }
  for (;;) {
    const text = await prompter.ask(`${field.label}${field.optional ? ' (- for none)' : ''}`, field.default);
    if (text === null) return ENDED;
    const answer = readAnswer(field, text);
    if (answer.ok) return { value: answer.value };
    prompter.say(`${answer.problems[0]!.message}\n`);
  }
}

async function makeMove(session: Session, move: Move | RefusedMove, prompter: Prompter): Promise<Outcome | typeof ENDED> {
  const back: Outcome = { session, messages: [] };
  const by = await pickParty(session, move, prompter);
  if (by === ENDED) return ENDED;
  if (by === BACK) return back;
  const kind = await pickProposalKind(session, move, prompter);
  if (kind === ENDED) return ENDED;
  if (kind === BACK) return back;
  const values: Record<string, unknown> = {};
  // The sample event's defaults (hostages still held, the terms on the table) are those of the first party named.
  const sender = Array.isArray(by) ? by[0] : by;
  for (const field of formFor(session, move.type, sender, kind)) {
    const answered = await answerField(field, prompter);
    if (answered === ENDED) return ENDED;
    if (answered === BACK) return back;
    values[field.path] = answered.value;
  }
  const built = buildEvent(move.type, by, values);
  if (!built.ok) return { session, messages: [{ kind: 'info', text: `That move is not complete: ${built.problems[0]!.message}` }] };
  return play(session, built.value);
}

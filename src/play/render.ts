/** The session as text: where the talks are, the menu lines, and the debrief. Pure. */
import { REGIONS, type TruceContext } from '../model/index.js';
import type { Move, RefusedMove } from '../moves/index.js';
import { agreementInWords, crossingsInWords, describeEvent, hostagesInWords, printable, proposalInWords, stateLine, withoutFinalStop } from '../words/index.js';
import type { Debrief, RefusedInDebrief, TurnComparison } from './debrief.js';
import { currentDate, type Session } from './session.js';

/** The status shown at the top of every turn. */
export function renderStatus(session: Session): string {
  const { setup, snapshot, turn } = session;
  const total = setup.history.length;
  const date = currentDate(session);
  const heading = `── ${date} · turn ${Math.min(turn + 1, total)} of ${total} ──`;
  return [
    heading,
    stateLine(snapshot.value),
    `Hostages: ${hostagesInWords(snapshot.context)}`,
    proposalInWords(snapshot.context),
    agreementOn(snapshot.context, date),
    crossingsInWords(snapshot.context),
  ]
    .filter((line): line is string => line !== undefined)
    .join('\n');
}

/** The agreement as it stands on `date` (its days left counted from that day), or undefined when none was made. */
function agreementOn(context: TruceContext, date: string | null): string | undefined {
  return agreementInWords(date ? { ...context, date } : context);
}

/** The opening words of a session. */
export function renderIntro(session: Session): string {
  const { scenario, as, history } = session.setup;
  return [
    `${scenario.title}`,
    scenario.summary,
    '',
    `Each turn is one dated step of the record (${history.length} in all). Choose what happens; the rules of the model`,
    `say whether it can. ${as ? `You play ${as.name}: you choose its moves, and moves that name no party.` : 'You choose the moves of every party.'}`,
    "Time moves with the turns: once a turn is dated after an agreement's end day, its days have run out and it lapses,",
    'unless it was extended or moved to its next phase in time.',
    'At the end (or when you choose to stop), a debrief compares your path with what happened.',
  ].join('\n');
}

/** A menu line for an allowed move: what, and who can make it. */
export function moveLine(move: Move): string {
  if (move.senderKind === 'none') return move.label;
  const who = move.parties.map((party) => party.name).join(', ');
  return `${move.label} — ${move.senderKind === 'accused' ? `about ${who}` : who}`;
}

export function refusedLine(move: RefusedMove): string {
  return `${move.label} — refused now: ${move.refusal.message}`;
}

/** How a turn compares with history's: the same, different, or not compared (off the record). */
function verdict(turn: TurnComparison): string {
  if (!turn.onRecord) return '· off the record, not compared';
  if (turn.asRecorded) return '✓ same as history';
  const leaves = 'your path leaves the record here';
  return turn.matched ? `✓ same as history, with other details: ${leaves}` : `✗ different: ${leaves}`;
}

function yourMove(turn: TurnComparison): string {
  if (turn.yours === undefined) return 'nothing happened (you let the turn pass)';
  return turn.yours.accepted ? turn.yours.description : `${withoutFinalStop(turn.yours.description)} (refused)`;
}

/** A refused move in one sentence: what, why, and how often when more than once. */
function refusedSentence({ move, times }: RefusedInDebrief): string {
  const tried = times === 1 ? '' : ` (tried ${times} times)`;
  return `  - Turn ${move.turn + 1}: ${printable(withoutFinalStop(move.description))}: refused, because ${printable(withoutFinalStop(move.refusal!.message))} [${move.refusal!.code}]${tried}.`;
}

/** The debrief: history and your path side by side, turn by turn, then the final states. */
export function renderDebrief(debrief: Debrief): string {
  const lines = ['', '══ Debrief: your path and what happened ══', ''];
  if (debrief.turns.length === 0) lines.push('You made no move.');
  for (const turn of debrief.turns) {
    lines.push(`${turn.date}  turn ${turn.turn + 1}`);
    lines.push(`  history: ${describeEvent(turn.historical.event, debrief.parties)}${turn.historical.accepted ? '' : ' (refused)'}`);
    lines.push(`  you:     ${yourMove(turn)}  ${verdict(turn)}`);
    const after = turn.yours?.state.agreement;
    if (turn.onRecord && after !== undefined && after !== turn.historical.state.agreement) {
      lines.push(`  agreement after it: yours ${after}, history's ${turn.historical.state.agreement}`);
    }
  }
  lines.push('');
  const played = debrief.turns.length;
  const compared = debrief.turns.filter((turn) => turn.onRecord).length;
  lines.push(`You played ${played} ${played === 1 ? 'turn' : 'turns'} of the ${debrief.totalTurns} in the record; ${debrief.matched} went as in history.`);
  if (debrief.firstDivergence === null) lines.push('You never left the historical path.');
  else {
    const { turn, date } = debrief.firstDivergence;
    const after = played - compared;
    lines.push(
      `You first left the historical path at turn ${turn + 1} (${date})` +
        (after === 0 ? '.' : `; the ${after === 1 ? 'turn' : `${after} turns`} after it ${after === 1 ? 'is' : 'are'} your own path, not compared with history.`),
    );
  }
  if (debrief.refused.length > 0) {
    const tries = debrief.refused.reduce((sum, refused) => sum + refused.times, 0);
    lines.push(`Moves the rules refused (${tries}):`, ...debrief.refused.map(refusedSentence));
  }
  lines.push('', ...sideBySide(debrief), ...agreements(debrief));
  return `${lines.join('\n')}\n`;
}

/**
 * Each side's agreement in words, its days left counted from the last day played (or from the day
 * time passed to, when it lapsed as the next turn opened); nothing when neither side made one.
 */
function agreements(debrief: Debrief): string[] {
  const { yours, history, date } = debrief;
  if (yours.context.agreement === null && history.context.agreement === null) return [];
  const later = (clock: string | null) => (date === null || (clock !== null && clock > date) ? clock : date);
  const on = (context: TruceContext) => agreementOn(context, later(context.date)) ?? 'Agreement: none';
  return ['', 'Agreements:', `  you:     ${on(yours.context)}`, `  history: ${on(history.context)}`];
}

function sideBySide(debrief: Debrief): string[] {
  const { yours, history } = debrief;
  const historyHeading = history.afterTurns === debrief.totalTurns ? 'history (end)' : `history (after turn ${history.afterTurns})`;
  const rows: Array<[string, string, string]> = [
    ['', 'you', historyHeading],
    ...REGIONS.map((region): [string, string, string] => [region, yours.state[region], history.state[region]]),
    ['hostages held', String(yours.context.hostages.held), String(history.context.hostages.held)],
    ['hostages freed', String(yours.context.hostages.released), String(history.context.hostages.released)],
    ['bodies returned', String(yours.context.hostages.remainsReturned), String(history.context.hostages.remainsReturned)],
    ['prisoners freed', String(yours.context.prisonersReleased), String(history.context.prisonersReleased)],
  ];
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return ['Final states:', ...rows.map(([label, mine, theirs]) => `  ${label.padEnd(widths[0]!)}  ${mine.padEnd(widths[1]!)}  ${theirs}`)];
}

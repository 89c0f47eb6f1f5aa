/** What the screen of `truce play` shows, rendered from sessions played in this process: the status, the opening words, the debrief. */
import { describe, expect, it } from 'vitest';
import { debriefOf } from '../../src/play/debrief.js';
import { renderDebrief, renderIntro, renderStatus } from '../../src/play/render.js';
import { endSession, passTurn, play, playHistory, type Session } from '../../src/play/session.js';
import { atTurn, sessionOf } from './sessions.js';

const NOVEMBER = 'scenarios/pause-2023-11.yaml';

const debriefText = (session: Session) => renderDebrief(debriefOf(endSession(session)));

/** The line of the "Agreements:" section for `side` ("you" or "history"). */
function agreementLine(text: string, side: 'you' | 'history'): string {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`  ${side}:`) && candidate.includes('Agreement:'));
  if (line === undefined) throw new Error(`no agreement line for ${side} in:\n${text}`);
  return line;
}

describe('the status at the top of a turn', () => {
  it('has a line for each thing there is to say, and no empty line for what there is not (no agreement, no crossing)', async () => {
    expect(renderStatus(await sessionOf(NOVEMBER))).toBe(
      [
        '── 2023-11-22 · turn 1 of 24 ──',
        'talks idle · operations active · access open · agreement none',
        'Hostages: 242 held (0 reported dead), 0 freed, 0 bodies returned · prisoners freed: 0',
        'On the table: no proposal',
      ].join('\n'),
    );
  });
});

describe('the opening words', () => {
  const rules = [
    "Time moves with the turns: once a turn is dated after an agreement's end day, its days have run out and it lapses,",
    'unless it was extended or moved to its next phase in time.',
    'At the end (or when you choose to stop), a debrief compares your path with what happened.',
  ];

  it('give the title and summary, then say what a turn is, whose moves the student chooses, and how time moves', async () => {
    const session = await sessionOf(NOVEMBER);
    const { title, summary } = session.setup.scenario;

    expect(renderIntro(session)).toBe(
      [
        title,
        summary,
        '',
        'Each turn is one dated step of the record (24 in all). Choose what happens; the rules of the model',
        'say whether it can. You choose the moves of every party.',
        ...rules,
      ].join('\n'),
    );
  });

  it('name the party played, when the student plays one', async () => {
    const intro = renderIntro(await sessionOf(NOVEMBER, 'hamas'));

    expect(intro.split('\n').slice(-5)).toEqual(['Each turn is one dated step of the record (24 in all). Choose what happens; the rules of the model', 'say whether it can. You play Hamas: you choose its moves, and moves that name no party.', ...rules]);
  });
});

describe('the debrief', () => {
  it('shows a first move of the same kind as history, with other details, as the same but leaving the record, then the final states in columns', async () => {
    const session = play(await sessionOf(NOVEMBER), { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { pauseDays: 3 } }).session;

    // Nothing refused, no agreement on either side, the agreement region the same as history's: no line for any of them.
    expect(debriefText(session)).toBe(
      [
        '',
        '══ Debrief: your path and what happened ══',
        '',
        '2023-11-22  turn 1',
        '  history: Qatar puts forward a proposal (pause 4 days, 50 hostages, 150 prisoners)',
        '  you:     Qatar puts forward a proposal (pause 3 days)  ✓ same as history, with other details: your path leaves the record here',
        '',
        'You played 1 turn of the 24 in the record; 1 went as in history.',
        'You first left the historical path at turn 1 (2023-11-22).',
        '',
        'Final states:',
        '                   you       history (after turn 1)',
        '  talks            proposal  proposal',
        '  operations       active    active',
        '  access           open      open',
        '  agreement        none      none',
        '  hostages held    242       242',
        '  hostages freed   0         0',
        '  bodies returned  0         0',
        '  prisoners freed  0         0',
        '',
      ].join('\n'),
    );
  });

  it('says when no move was made, and that the path never left history', async () => {
    const text = debriefText(await sessionOf(NOVEMBER));

    expect(text).toMatch(/^\n══ Debrief: your path and what happened ══\n\nYou made no move\.\n\nYou played 0 turns of the 24 in the record; 0 went as in history\.\nYou never left the historical path\.\n\nFinal states:\n/);
  });

  it('says the path never left history when every turn went as it did, without saying no move was made', async () => {
    const text = debriefText(await atTurn(NOVEMBER, 2));

    expect(text).toContain('You played 2 turns of the 24 in the record; 2 went as in history.\nYou never left the historical path.\n\nFinal states:\n');
    expect(text).not.toContain('You made no move.');
  });

  it("names the agreement after a turn only on the record, where yours differs from history's, and not for a turn let pass", async () => {
    let session = await atTurn(NOVEMBER, 2);
    session = passTurn(session).session; // turn 3: history's Hamas accepts, and the deal is in force; yours is not
    session = play(session, { type: 'OPERATION_PAUSED', by: 'israel' }).session; // refused
    session = play(session, { type: 'STATEMENT', by: 'qatar', text: 'Qatar calls for calm.' }).session; // turn 4, off the record
    const text = debriefText(session);

    expect(text).toContain(
      [
        '2023-11-22  turn 3',
        '  history: Hamas accepts the proposal',
        '  you:     nothing happened (you let the turn pass)  ✗ different: your path leaves the record here',
        '2023-11-24  turn 4',
        '  history: Israel pauses operations for the release of hostages',
        '  you:     Qatar: Qatar calls for calm.  · off the record, not compared',
        '',
        'You played 4 turns of the 24 in the record; 2 went as in history.',
        'You first left the historical path at turn 3 (2023-11-22); the turn after it is your own path, not compared with history.',
        'Moves the rules refused (1):',
      ].join('\n'),
    );
    expect(text).not.toContain('agreement after it');
    expect(text).toContain('  prisoners freed  0         0\n\nAgreements:\n  you:     Agreement: none\n  history: Agreement: in force (proposal by Qatar: pause 4 days, 50 hostages, 150 prisoners) · days running since 24 November 2023; end day 28 November 2023 (4 days left)');
  });

  it('says the agreements when only yours was made, history having none', async () => {
    // Rafah, May 2024: Hamas accepts the Egyptian and Qatari proposal (turn 5), and here Israel accepts it too.
    let session = await sessionOf('scenarios/rafah-2024-05.yaml');
    while (session.turn < 5) session = playHistory(session).session;
    const text = debriefText(play(session, { type: 'PROPOSAL_ACCEPTED', by: 'israel' }).session);

    expect(text).toMatch(/\n\nAgreements:\n {2}you: {5}Agreement: in force \(proposal by Egypt and Qatar: .*\n {2}history: Agreement: none\n$/);
  });

  it('names the agreement after a turn on the record that ended it otherwise than history', async () => {
    const session = play(await atTurn(NOVEMBER, 2), { type: 'TALKS_STALLED' }).session;

    expect(debriefText(session)).toContain("  you:     Talks stall  ✗ different: your path leaves the record here\n  agreement after it: yours none, history's inForce\n");
  });

  it('counts the days left of an agreement from the last turn played, when turns were let pass after the last event', async () => {
    // The pause begins on 24 November (turn 4); turns 5 to 8 are let pass, the last of them on 25 November.
    let session = await atTurn(NOVEMBER, 4);
    for (let turn = 0; turn < 4; turn++) session = passTurn(session).session;
    const text = debriefText(session);

    expect(session.snapshot.context.date).toBe('2023-11-24');
    expect(agreementLine(text, 'you')).toContain('end day 28 November 2023 (3 days left)');
    expect(agreementLine(text, 'history')).toContain('end day 28 November 2023 (3 days left)');
  });

  it("counts history's days left from the day the session stands on, when the next turn opened after your agreement lapsed", async () => {
    // Up to the first extension as it happened (turn 14, 27 November); then the days are let pass, and turn 17 opens
    // on 29 November with your pause lapsed. History's, extended, has a day left on 29 November.
    let session = await atTurn(NOVEMBER, 13);
    for (let turn = 0; turn < 3; turn++) session = play(session, { type: 'TIME_PASSED' }).session;
    const text = debriefText(session);

    expect(session.snapshot.context.date).toBe('2023-11-29');
    expect(agreementLine(text, 'you')).toBe('  you:     Agreement: lapsed after 28 November 2023 (its agreed days ran out)');
    expect(agreementLine(text, 'history')).toContain('end day 30 November 2023 (1 day left)');
  });
});

/** The debrief as data: which turns went as in history, and the day your path and history's are compared on. */
import { describe, expect, it } from 'vitest';
import { debriefOf } from '../../src/play/debrief.js';
import { renderDebrief } from '../../src/play/render.js';
import { endSession, passTurn, play, type Session } from '../../src/play/session.js';
import { atTurn, sessionOf, sessionOfText } from './sessions.js';

const NOVEMBER = 'scenarios/pause-2023-11.yaml';

/** A record whose first step the rules refuse (Hamas frees more hostages than it holds), as the file expects. */
const TOO_MANY_FIRST = `id: too-many-first
title: More hostages than are held
summary: Hamas is said to free 20 hostages when it holds 10, which the rules refuse; then Qatar tables a proposal.
sources: [{ id: notes, title: Notes }]
parties: [{ id: israel, name: Israel, role: principal }, { id: hamas, name: Hamas, role: principal }, { id: qatar, name: Qatar, role: mediator }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 0 }, date: 2023-11-20 }
steps:
  - { id: too-many, date: 2023-11-20, event: { type: HOSTAGES_RELEASED, by: hamas, count: 20 }, source: notes, expect: { refused: true } }
  - { id: tabled, date: 2023-11-21, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4 } }, source: notes }
`;

/** A pause in force from a start with no date, whose first step is refused: history's first moment has no date. */
const UNDATED_START = `id: undated
title: An undated start
summary: A pause already in force, with no date at the start.
sources: [{ id: notes, title: Notes }]
parties: [{ id: israel, name: Israel, role: principal }, { id: hamas, name: Hamas, role: principal }, { id: qatar, name: Qatar, role: mediator }]
initial:
  state: { talks: idle, operations: pausedForRelease, access: open, agreement: inForce }
  hostages: { held: 10, deceased: 0 }
  agreement: { terms: { pauseDays: 2 }, since: 2023-11-20 }
steps:
  - { id: too-many, date: 2023-11-21, event: { type: HOSTAGES_RELEASED, by: hamas, count: 20 }, source: notes, expect: { refused: true } }
  - { id: later, date: 2023-11-25, event: { type: STATEMENT, by: qatar, text: Qatar calls for calm. }, source: notes }
`;

const comparisons = (session: Session) => debriefOf(endSession(session)).turns.map(({ onRecord, asRecorded, matched }) => ({ onRecord, asRecorded, matched }));

describe('a turn of the debrief', () => {
  it('goes as in history when the move is of the same kind, by the same party, with other details, though it leaves the record', async () => {
    const session = play(await sessionOf(NOVEMBER), { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { pauseDays: 3 } }).session;
    const debrief = debriefOf(endSession(session));

    expect(comparisons(session)).toEqual([{ onRecord: true, asRecorded: false, matched: true }]);
    expect(debrief.matched).toBe(1);
    expect(debrief.firstDivergence).toMatchObject({ turn: 0 });
  });

  it('does not go as in history when it is let pass where history made a move', async () => {
    const session = passTurn(await atTurn(NOVEMBER, 1)).session;

    expect(comparisons(session)).toEqual([
      { onRecord: true, asRecorded: true, matched: true },
      { onRecord: true, asRecorded: false, matched: false },
    ]);
    expect(debriefOf(endSession(session)).matched).toBe(1);
  });

  it('goes as in history when it is let pass where the record has the move refused', () => {
    const session = passTurn(sessionOfText(TOO_MANY_FIRST, 'too-many-first.yaml')).session;

    expect(comparisons(session)).toEqual([{ onRecord: true, asRecorded: true, matched: true }]);
    expect(renderDebrief(debriefOf(endSession(session)))).toContain('  you:     nothing happened (you let the turn pass)  ✓ same as history\n');
  });

  it('does not go as in history when a move of the same kind is accepted where the record has it refused', () => {
    const session = play(sessionOfText(TOO_MANY_FIRST, 'too-many-first.yaml'), { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 2 }).session;
    const debrief = debriefOf(endSession(session));

    expect(comparisons(session)).toEqual([{ onRecord: true, asRecorded: false, matched: false }]);
    expect(debrief.matched).toBe(0);
    expect(renderDebrief(debrief)).toContain(
      '  history: Hamas releases hostages: 20 hostages freed (refused)\n  you:     Hamas releases hostages: 2 hostages freed  ✗ different: your path leaves the record here\n',
    );
  });
});

describe('the day the debrief compares on', () => {
  it("is the start's, when no turn was played", async () => {
    expect(debriefOf(endSession(await sessionOf(NOVEMBER))).date).toBe('2023-11-22');
  });

  it('is the last turn played, though the turns after the last event were let pass', async () => {
    // The pause begins on 24 November (turn 4); turns 5 to 8 are let pass, the last of them on 25 November.
    let session = await atTurn(NOVEMBER, 4);
    for (let turn = 0; turn < 4; turn++) session = passTurn(session).session;

    expect(session.snapshot.context.date).toBe('2023-11-24');
    expect(debriefOf(endSession(session)).date).toBe('2023-11-25');
  });

  it('is the last turn played, though the next turn opened later with the agreement lapsed', async () => {
    let session = await atTurn(NOVEMBER, 13);
    for (let turn = 0; turn < 3; turn++) session = play(session, { type: 'TIME_PASSED' }).session;
    const debrief = debriefOf(endSession(session));

    expect(session.snapshot.context.date).toBe('2023-11-29');
    expect(debrief.date).toBe('2023-11-28');
    // History is brought to the day the session stands on: its extended pause still in force there.
    expect(debrief.history.context.date).toBe('2023-11-29');
    expect(debrief.history.state.agreement).toBe('inForce');
  });
});

describe('the day the debrief compares on', () => {
  it('brings history forward to the session’s day even when history’s moment has no date yet', () => {
    // Turn 2 opens on 25 November, past the pause's end day: your pause lapses, and so does history's.
    const session = play(sessionOfText(UNDATED_START, 'undated.yaml'), { type: 'STATEMENT', by: 'israel', text: 'Israel speaks.' }).session;
    const text = renderDebrief(debriefOf(endSession(session)));

    expect(text).toMatch(/you: +Agreement: lapsed/);
    expect(text).toMatch(/history: +Agreement: lapsed/);
    expect(text).not.toContain('day left');
  });
});

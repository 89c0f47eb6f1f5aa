/** Following the record, and leaving it: history's moves apply only while every turn has ended as history's did. */
import { describe, expect, it } from 'vitest';
import { debriefOf } from '../../src/play/debrief.js';
import { renderDebrief } from '../../src/play/render.js';
import { endSession, onTheRecord, passTurn, play, playHistory, turnThatLeftTheRecord } from '../../src/play/session.js';
import { sessionOf, sessionOfText } from './sessions.js';

const RAFAH = 'scenarios/rafah-2024-05.yaml';

/** A record whose first step the rules refuse (an answer before any proposal), as the file expects. */
const REFUSED_FIRST = `id: refused-first
title: An answer before any proposal
summary: Hamas answers before anything is tabled, which the rules refuse; then Qatar tables a proposal.
sources: [{ id: notes, title: Notes }]
parties: [{ id: israel, name: Israel, role: principal }, { id: hamas, name: Hamas, role: principal }, { id: qatar, name: Qatar, role: mediator }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 }, date: 2023-11-20 }
steps:
  - { id: early-answer, date: 2023-11-20, event: { type: PROPOSAL_ACCEPTED, by: hamas }, source: notes, expect: { refused: true } }
  - { id: tabled, date: 2023-11-21, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4 } }, source: notes }
  - { id: answer, date: 2023-11-22, event: { type: PROPOSAL_REJECTED, by: hamas }, source: notes }
`;

describe('the record', () => {
  it.each([['scenarios/pause-2023-11.yaml'], ['scenarios/ceasefire-2025-01.yaml'], ['scenarios/ceasefire-2025-10.yaml'], [RAFAH]])(
    'is followed to the end of %s by letting every turn go as in history, each turn at history\'s very moment',
    async (file) => {
      let session = await sessionOf(file);
      while (!session.over) {
        const historical = session.setup.history[session.turn]!;
        session = playHistory(session).session;
        expect(session.moves.at(-1)!.state).toEqual(historical.state);
        expect(onTheRecord(session)).toBe(true);
      }
      expect(session.snapshot.context).toEqual(session.setup.history.at(-1)!.context);
    },
  );

  it("is followed by a move made by hand that is history's own, its parties and details in another order", async () => {
    const session = await sessionOf('scenarios/ceasefire-2025-01.yaml');
    const tabled = session.setup.history[0]!.event as { terms: Record<string, unknown> };
    const reordered = { terms: Object.fromEntries(Object.entries(tabled.terms).reverse()), by: ['usa', 'egypt', 'qatar'], type: 'PROPOSAL_TABLED' };

    expect(onTheRecord(play(session, reordered as never).session)).toBe(true);
    expect(onTheRecord(play(session, { ...reordered, by: ['qatar', 'egypt'] } as never).session)).toBe(false);
  });

  it('is left with the first turn that ends otherwise, and says so', async () => {
    const session = await sessionOf(RAFAH, 'israel');
    const { session: left, messages } = play(session, { type: 'TALKS_OPENED' });

    expect(onTheRecord(left)).toBe(false);
    expect(turnThatLeftTheRecord(left)).toMatchObject({ turn: 0, onRecord: true, asRecorded: false });
    expect(messages.at(-1)).toEqual({ kind: 'info', text: "Your path leaves the record here: from now on, history's moves no longer apply, and the turns are yours to play." });
  });

  it("no longer plays history's move once left: the turn stays as it is, and the reason is given", async () => {
    const left = play(await sessionOf(RAFAH, 'israel'), { type: 'TALKS_OPENED' }).session;
    const { session: after, messages } = playHistory(left);

    expect(after).toBe(left);
    expect(messages).toEqual([{ kind: 'info', text: "Your path left the record at turn 1: history's move for this turn no longer applies." }]);
  });

  it('lets a turn pass with nothing happening, which leaves the record when history did something', async () => {
    const session = await sessionOf(RAFAH, 'israel');
    const { session: passed, messages } = passTurn(session);

    expect(passed.turn).toBe(1);
    expect(passed.snapshot).toBe(session.snapshot);
    expect(passed.turns).toEqual([{ turn: 0, date: '2024-05-05', move: null, onRecord: true, asRecorded: false }]);
    expect(messages[0]).toEqual({ kind: 'info', text: 'Nothing happens this turn.' });
  });
});

describe("history's move, refused", () => {
  it('passes the turn, as the record has it refused too, and the session still follows the record', () => {
    const session = sessionOfText(REFUSED_FIRST, 'refused-first.yaml');
    const { session: next, messages } = playHistory(session);

    expect(next.turn).toBe(1);
    expect(onTheRecord(next)).toBe(true);
    expect(messages).toEqual([
      { kind: 'refused', text: 'Refused: Hamas accepts the proposal. Why: there is no proposal on the table to answer; one must be tabled first (PROPOSAL_TABLED) [NO_PROPOSAL]' },
      { kind: 'info', text: 'The rules refused this move in the record too, so this turn passes with nothing happening, as it did in history.' },
    ]);
    expect(playHistory(next).session.snapshot.value.talks).toBe('proposal');
  });

  it('is said once in the debrief, in one sentence per refusal, with how often it was tried', () => {
    let session = playHistory(sessionOfText(REFUSED_FIRST, 'refused-first.yaml')).session;
    for (let time = 0; time < 4; time++) session = play(session, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' }).session;
    session = play(session, { type: 'OPERATION_PAUSED', by: 'israel' }).session;
    const text = renderDebrief(debriefOf(endSession(session)));

    expect(text).toContain('  you:     Hamas accepts the proposal (refused)  ✓ same as history');
    expect(text).toContain(
      'Moves the rules refused (6):\n' +
        '  - Turn 1: Hamas accepts the proposal: refused, because there is no proposal on the table to answer; one must be tabled first (PROPOSAL_TABLED) [NO_PROPOSAL] (tried 5 times).\n' +
        '  - Turn 2: Israel pauses operations for the release of hostages: refused, because there is no deal: operations pause or stop only under an agreement every principal has accepted [NO_AGREED_DEAL].\n',
    );
  });
});

describe('a refusal', () => {
  it('reads as one sentence when what was refused ends with a full stop', async () => {
    const session = await sessionOf(RAFAH);
    const { session: after, messages } = play(session, { type: 'STATEMENT', by: 'nobody', text: 'The delegation leaves.' } as never);
    const text = renderDebrief(debriefOf(endSession(after)));

    expect(messages[0]!.text).toMatch(/^Refused: nobody: The delegation leaves\. Why: "nobody" is not a party/);
    expect(text).toMatch(/^ {2}- Turn 1: nobody: The delegation leaves: refused, because "nobody" is not a party to these talks; .*\[UNKNOWN_PARTY\]\.$/m);
    expect(`${messages[0]!.text}\n${text}`).not.toContain('..');
  });
});

describe('the debrief, off the record', () => {
  it("does not score the turns after the record was left, even a move that is history's own", async () => {
    let session = await sessionOf(RAFAH, 'israel');
    session = play(session, { type: 'TALKS_OPENED' }).session;
    session = play(session, session.setup.history[1]!.event).session;
    session = passTurn(session).session;
    const debrief = debriefOf(endSession(session));

    expect(debrief.turns.map(({ onRecord, matched }) => [onRecord, matched])).toEqual([
      [true, false],
      [false, false],
      [false, false],
    ]);
    expect(debrief.matched).toBe(0);
    expect(debrief.firstDivergence).toMatchObject({ turn: 0 });
    const text = renderDebrief(debrief);
    expect(text).toContain('  you:     The Kerem Shalom crossing closes (Israel)  · off the record, not compared');
    expect(text).toContain('  you:     nothing happened (you let the turn pass)  · off the record, not compared');
    expect(text).not.toContain('✓');
    expect(text).toContain('You first left the historical path at turn 1 (2024-05-05); the 2 turns after it are your own path, not compared with history.');
  });
});

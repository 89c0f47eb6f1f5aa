/** The scenario file a play session is saved as: its title and summary, its steps' ids, notes and expectations, and that it loads and replays. */
import { describe, expect, it } from 'vitest';
import { PLAYED_NOTE } from '../../src/play/session-scenario.js';
import { passTurn, play, playHistory } from '../../src/play/session.js';
import { replayScenario } from '../../src/scenario/index.js';
import { atTurn, loadedText, savedAndReadBack, sessionFrom } from './sessions.js';

const NOVEMBER = 'scenarios/pause-2023-11.yaml';
const NOVEMBER_TITLE = 'The humanitarian pause, November 2023';

const stepsSentence = 'Steps from the record keep their sources; the other steps cite truce-play and are not a historical record.';

describe('the title and summary of a saved session', () => {
  it('say it is a session of truce play, how many turns were played of the record, and that it went as in the record', async () => {
    const saved = savedAndReadBack(await atTurn(NOVEMBER, 3));

    expect(saved.id).toBe('pause-2023-11-played');
    expect(saved.title).toBe(`${NOVEMBER_TITLE}: a session of truce play`);
    expect(saved.summary).toBe(`Saved from truce play: 3 turns of the 24 in the record of "${NOVEMBER_TITLE}", as in the record. ${stepsSentence}`);
  });

  it('say for how many turns the session followed the record, and at which turn it left it', async () => {
    const afterOne = savedAndReadBack(play(await atTurn(NOVEMBER, 1), { type: 'TALKS_STALLED' }).session);
    const afterTwo = savedAndReadBack(passTurn(play(await atTurn(NOVEMBER, 2), { type: 'TALKS_STALLED' }).session).session);

    expect(afterOne.summary).toBe(
      `Saved from truce play: 2 turns of the 24 in the record of "${NOVEMBER_TITLE}", following the record for 1 turn, then leaving it at turn 2. ${stepsSentence}`,
    );
    expect(afterTwo.summary).toBe(
      `Saved from truce play: 4 turns of the 24 in the record of "${NOVEMBER_TITLE}", following the record for 2 turns, then leaving it at turn 3. ${stepsSentence}`,
    );
  });
});

describe('the steps of a saved session', () => {
  it("each expect the state the session reached with it, and say why the player's own are there", async () => {
    // Up to the first extension as it happened; the days let pass until the pause lapses as turn 17 opens; then a statement.
    let session = await atTurn(NOVEMBER, 13);
    for (let turn = 0; turn < 3; turn++) session = play(session, { type: 'TIME_PASSED' }).session;
    session = play(session, { type: 'STATEMENT', by: 'qatar', text: 'Qatar calls for the pause to be renewed.' }).session;
    const saved = savedAndReadBack(session);

    expect(saved.steps.map((step) => step.expect)).toEqual(session.taken.map((taken) => ({ state: taken.state })));
    expect(saved.steps.slice(13).map((step) => [step.id, step.note])).toEqual([
      ['turn-14-time-passed', PLAYED_NOTE],
      ['turn-15-time-passed', PLAYED_NOTE],
      ['turn-16-time-passed', PLAYED_NOTE],
      ['turn-17-opens', "Time passes to the turn's date as the turn opens in truce play: the agreement's days have run out."],
      ['turn-17-statement', PLAYED_NOTE],
    ]);
    expect(replayScenario(saved).ok).toBe(true);
  });

  it("never reuse an id of the record's steps or sources, so that the file loads and replays", () => {
    // A record that already has a step named as the player's statement of turn 2 would be, and a source named as the play session's.
    const record = loadedText(
      `id: named-ahead
title: Ids taken ahead
summary: A statement, then a proposal.
sources: [{ id: notes, title: Notes }, { id: truce-play, title: An earlier session }]
parties: [{ id: israel, name: Israel, role: principal }, { id: hamas, name: Hamas, role: principal }, { id: qatar, name: Qatar, role: mediator }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 0 }, date: 2023-11-20 }
steps:
  - { id: turn-2-statement, date: 2023-11-20, event: { type: STATEMENT, by: qatar, text: Qatar calls for talks. }, source: notes }
  - { id: tabled, date: 2023-11-21, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4 } }, source: truce-play }
  - { id: answered, date: 2023-11-22, event: { type: PROPOSAL_REJECTED, by: hamas }, source: notes }
`,
      'named-ahead.yaml',
    );
    let session = playHistory(sessionFrom(record)).session;
    session = play(session, { type: 'STATEMENT', by: 'hamas', text: 'Hamas asks for more days.' }).session;
    const saved = savedAndReadBack(session);

    expect(saved.steps.map((step) => [step.id, step.source])).toEqual([
      ['turn-2-statement', 'notes'],
      ['turn-2-statement-2', 'truce-play-2'],
    ]);
    expect(saved.sources.map((source) => source.id)).toEqual(['notes', 'truce-play', 'truce-play-2']);
    expect(saved.summary).toContain('the other steps cite truce-play-2 and are not a historical record.');
    expect(replayScenario(saved).ok).toBe(true);
  });
});

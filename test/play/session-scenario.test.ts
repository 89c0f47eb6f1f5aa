/** A play session saved as a scenario: the same format as scenarios/*.yaml, replaying to the moment the session ended. */
import { describe, expect, it } from 'vitest';
import { sessionScenario } from '../../src/play/session-scenario.js';
import { passTurn, play, playHistory, type Session } from '../../src/play/session.js';
import { readScenarioFile, replayScenario, type Scenario } from '../../src/scenario/index.js';
import { savedAndReadBack, sessionOf } from './sessions.js';

/** November 2023 up to the first extension as it happened, then the days let pass until the pause has lapsed, then a move of the player's and a turn let pass. */
async function novemberLapsed(): Promise<Session> {
  let session = await sessionOf('scenarios/pause-2023-11.yaml');
  while (session.turn < 13) session = playHistory(session).session;
  for (let turn = 0; turn < 3; turn++) session = play(session, { type: 'TIME_PASSED' }).session;
  session = play(session, { type: 'STATEMENT', by: 'qatar', text: 'Qatar calls for the pause to be renewed.' }).session;
  return passTurn(session).session;
}

describe('a session saved as a scenario', () => {
  it('replays with truce run to the very moment the session ended, every step accepted as expected', async () => {
    const session = await novemberLapsed();
    const trace = replayScenario(savedAndReadBack(session));

    expect(session.snapshot.value.agreement).toBe('lapsed');
    expect(trace.ok).toBe(true);
    expect(trace.final.state).toEqual(session.snapshot.value);
    expect(trace.final.context).toEqual(session.snapshot.context);
  });

  it("keeps the record's steps with their ids and sources, and marks the player's own as inferred, citing the play session", async () => {
    const saved = savedAndReadBack(await novemberLapsed());
    const record = (await readScenarioFile('scenarios/pause-2023-11.yaml')) as { ok: true; value: Scenario };
    const own = saved.steps.slice(13);

    expect(saved.steps.slice(0, 13)).toEqual(record.value.steps.slice(0, 13).map(({ expect: _expect, ...step }) => expect.objectContaining(step)));
    expect(own.map((step) => [step.id, step.event.type, step.source, step.inferred])).toEqual([
      ['turn-14-time-passed', 'TIME_PASSED', 'truce-play', true],
      ['turn-15-time-passed', 'TIME_PASSED', 'truce-play', true],
      ['turn-16-time-passed', 'TIME_PASSED', 'truce-play', true],
      ['turn-17-opens', 'TIME_PASSED', 'truce-play', true],
      ['turn-17-statement', 'STATEMENT', 'truce-play', true],
    ]);
    expect(saved.sources.at(-1)).toEqual({ id: 'truce-play', title: 'Moves made in a truce play session: not a historical record' });
    expect(saved.parties).toEqual(record.value.parties);
    expect(saved.initial).toEqual(record.value.initial);
  });

  it('says how the session went in its summary, and whom it played', async () => {
    const saved = savedAndReadBack(play(await sessionOf('scenarios/rafah-2024-05.yaml', 'israel'), { type: 'TALKS_OPENED' }).session);

    expect(saved.id).toBe('rafah-2024-05-played-as-israel');
    expect(saved.title).toBe('Rafah and the Cairo talks, May 2024: a session of truce play as Israel');
    expect(saved.summary).toContain('1 turn of the 18 in the record of "Rafah and the Cairo talks, May 2024", leaving the record at turn 1.');
  });

  it('is nothing when no event was taken: a scenario has at least one step', async () => {
    const session = await sessionOf('scenarios/rafah-2024-05.yaml');
    const refused = play(session, { type: 'OPERATION_PAUSED', by: 'israel' }).session;

    expect(sessionScenario(session)).toBeNull();
    expect(sessionScenario(refused)).toBeNull();
  });
});

/** How a play session ends, as data: the history running out, the player stopping, and what is asked of a session that is over. */
import { describe, expect, it } from 'vitest';
import { currentDate, endSession, passTurn, play, playHistory, startSession, type Session } from '../../src/play/session.js';
import { playSetup, type PlaySetup } from '../../src/play/setup.js';
import { readScenarioFile } from '../../src/scenario/index.js';

async function setupOf(file: string): Promise<PlaySetup> {
  const read = await readScenarioFile(file);
  if (!read.ok) throw new Error(`${file} does not load`);
  const setup = playSetup(read.value);
  if (!setup.ok) throw new Error(setup.problems[0]!.message);
  return setup.value;
}

async function playedToTheEnd(file: string): Promise<{ session: Session; last: ReturnType<typeof playHistory> }> {
  let session = startSession(await setupOf(file));
  let last = playHistory(session);
  while (!last.session.over) {
    session = last.session;
    last = playHistory(session);
  }
  return { session: last.session, last };
}

describe('a session', () => {
  it('with no history to play is over from the start, on the date the scenario starts', async () => {
    const setup = await setupOf('scenarios/pause-2023-11.yaml');
    const session = startSession({ ...setup, history: [] });

    expect(session.over).toBe(true);
    expect(session.turn).toBe(0);
    expect(currentDate(session)).toBe(setup.scenario.initial.date);
  });

  it('says when the last step of the history has been played, and then stands on its date', async () => {
    const { session, last } = await playedToTheEnd('scenarios/pause-2023-11.yaml');
    const history = session.setup.history;

    expect(last.messages.at(-1)).toEqual({ kind: 'info', text: 'That was the last step of the history: the session is over.' });
    expect(history[1]!.date).not.toBe(history.at(-1)!.date);
    expect(currentDate(session)).toBe(history.at(-1)!.date);
  });

  it('that is over lets no turn pass and has no history left to play', async () => {
    const { session } = await playedToTheEnd('scenarios/pause-2023-11.yaml');

    expect(passTurn(session)).toEqual({ session, messages: [{ kind: 'info', text: 'The session is over.' }] });
    expect(playHistory(session)).toEqual({ session, messages: [{ kind: 'info', text: 'The history has run out.' }] });
  });

  it('ended by the player is over, and takes no more moves', async () => {
    const session = startSession(await setupOf('scenarios/pause-2023-11.yaml'));
    const ended = endSession(session);

    expect(ended.over).toBe(true);
    expect(play(ended, { type: 'TALKS_OPENED' }).messages).toEqual([{ kind: 'info', text: 'The session is over.' }]);
  });
});

describe('an accepted move', () => {
  it('carries no refusal, and is kept among the events taken as the move that ended its turn', async () => {
    const session = startSession(await setupOf('scenarios/pause-2023-11.yaml'));
    const { session: next } = play(session, { type: 'PROPOSAL_TABLED', by: 'egypt', terms: { pauseDays: 2 } });

    expect(next.moves).toHaveLength(1);
    expect(next.moves[0]).not.toHaveProperty('refusal');
    expect(next.taken.at(-1)).toMatchObject({ turn: 0, date: '2023-11-22', event: { type: 'PROPOSAL_TABLED', by: 'egypt' }, cause: 'move', historical: null });
  });
});

/** The game without a terminal: moves offered, moves made, and the debrief, as data. */
import { describe, expect, it } from 'vitest';
import { debriefOf } from '../../src/play/debrief.js';
import { buildEvent, formFor, readAnswer, type FormField } from '../../src/play/move-form.js';
import { allowedMoves as allowedAt, refusedMoves as refusedAt } from '../../src/moves/index.js';
import { endSession, movePosition, play, playHistory, startSession, type Session } from '../../src/play/session.js';
import { playSetup } from '../../src/play/setup.js';
import { readScenarioFile } from '../../src/scenario/index.js';

const allowedMoves = (session: Session) => allowedAt(movePosition(session));
const refusedMoves = (session: Session) => refusedAt(movePosition(session));

async function sessionOf(file: string, as?: string): Promise<Session> {
  const read = await readScenarioFile(file);
  if (!read.ok) throw new Error(`${file} does not load`);
  const setup = playSetup(read.value, as);
  if (!setup.ok) throw new Error(setup.problems[0]!.message);
  return startSession(setup.value);
}

/** Each move offered, for each party offered, made with the form's default answers. */
function offeredMoves(session: Session) {
  return allowedMoves(session).flatMap((move) => {
    const parties = move.senderKind === 'none' ? [undefined] : move.senderKind === 'optional' && session.setup.as === null ? [undefined, ...move.parties] : move.parties;
    return parties.map((party) => {
      const values = Object.fromEntries(formFor(session, move.type, party?.id).map((field) => [field.path, (readAnswer(field, '') as { value?: unknown }).value]));
      const built = buildEvent(move.type, party?.id, values);
      if (!built.ok) throw new Error(`${move.type} by ${party?.id}: ${built.problems[0]!.message}`);
      return built.value;
    });
  });
}

describe('the moves offered', () => {
  it('are taken by the machine, with their defaults, at every turn of the November 2023 history', async () => {
    let session = await sessionOf('scenarios/pause-2023-11.yaml');
    while (!session.over) {
      for (const event of offeredMoves(session)) {
        const outcome = play(session, event);
        expect(outcome.messages[0], `${JSON.stringify(event)} at turn ${session.turn + 1}`).toMatchObject({ kind: 'accepted' });
      }
      session = playHistory(session).session;
    }
  });

  it('leave out what the rules refuse now, which comes with the reason', async () => {
    const session = await sessionOf('scenarios/pause-2023-11.yaml');
    const refused = refusedMoves(session);

    expect(allowedMoves(session).map((move) => move.type)).not.toContain('PROPOSAL_ACCEPTED');
    expect(refused.find((move) => move.type === 'PROPOSAL_ACCEPTED')!.refusal.code).toBe('NO_PROPOSAL');
    expect(refused.find((move) => move.type === 'OPERATION_PAUSED')!.refusal.code).toBe('NO_AGREED_DEAL');
    for (const move of refused) expect(play(session, { type: move.type, ...(move.parties[0] ? { by: move.parties[0].id } : {}) } as never).messages[0]!.kind).toBe('refused');
  });

  it('name only the party played, for moves that have a sender', async () => {
    const session = await sessionOf('scenarios/pause-2023-11.yaml', 'israel');
    const moves = allowedMoves(session);

    for (const move of moves.filter((candidate) => candidate.senderKind === 'required' || candidate.senderKind === 'optional')) {
      expect(move.parties.map((party) => party.id)).toEqual(['israel']);
    }
    expect(moves.find((move) => move.type === 'VIOLATION_REPORTED')!.parties).toHaveLength(5);
  });
});

describe('a turn', () => {
  it('ends with an accepted move, whose state the session then has', async () => {
    const session = await sessionOf('scenarios/pause-2023-11.yaml');
    const { session: next, messages } = play(session, { type: 'PROPOSAL_TABLED', by: 'egypt', terms: { pauseDays: 2 } });

    expect(messages).toEqual([{ kind: 'accepted', text: 'Egypt puts forward a proposal (pause 2 days)' }]);
    expect(next.turn).toBe(1);
    expect(next.snapshot.value.talks).toBe('proposal');
    expect(next.moves[0]).toMatchObject({ turn: 0, date: '2023-11-22', accepted: true, fromHistory: false });
  });

  it('goes on after a refused move, which changes nothing and is explained', async () => {
    const session = await sessionOf('scenarios/pause-2023-11.yaml');
    const { session: next, messages } = play(session, { type: 'OPERATION_PAUSED', by: 'israel' });

    expect(messages[0]!.kind).toBe('refused');
    expect(messages[0]!.text).toMatch(/^Refused: Israel pauses operations for the release of hostages\. Why: there is no deal.*\[NO_AGREED_DEAL\]$/);
    expect(next.turn).toBe(0);
    expect(next.snapshot).toBe(session.snapshot);
    expect(next.moves[0]).toMatchObject({ accepted: false, refusal: { code: 'NO_AGREED_DEAL' } });
  });

  it('is over once the history has run out, and takes no more moves', async () => {
    let session = await sessionOf('scenarios/pause-2023-11.yaml');
    while (!session.over) session = playHistory(session).session;

    expect(session.turn).toBe(session.setup.history.length);
    expect(session.snapshot.value).toEqual(session.setup.history.at(-1)!.state);
    expect(play(session, { type: 'TALKS_OPENED' }).messages).toEqual([{ kind: 'info', text: 'The session is over.' }]);
  });
});

describe('the debrief', () => {
  it('counts the turns that went as in history, and finds the first that did not', async () => {
    let session = await sessionOf('scenarios/pause-2023-11.yaml');
    session = playHistory(session).session;
    session = play(session, { type: 'PROPOSAL_ACCEPTED', by: 'israel' }).session;
    session = play(session, { type: 'OPERATION_PAUSED', by: 'israel' }).session;
    session = play(session, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' }).session;
    const debrief = debriefOf(endSession(session));

    expect(debrief.turns.map((turn) => turn.matched)).toEqual([true, false, false]);
    expect(debrief.matched).toBe(1);
    expect(debrief.firstDivergence!.turn).toBe(1);
    expect(debrief.refused.map((move) => move.refusal!.code)).toEqual(['NO_AGREED_DEAL']);
    expect(debrief.yours.state.talks).toBe('accepted');
    expect(debrief.history).toMatchObject({ afterTurns: 3, state: { talks: 'accepted', operations: 'active' } });
  });
});

describe('answers', () => {
  const count: FormField = { path: 'count', label: 'how many', kind: 'count', optional: false, default: '5' };
  const days: FormField = { path: 'terms.pauseDays', label: 'days', kind: 'whole', optional: true };
  const lasting: FormField = { path: 'terms.lastingCeasefire', label: 'lasting', kind: 'yes-no', optional: true };

  it('take the default on Enter, a dash for none, and check numbers and yes/no', () => {
    expect(readAnswer(count, '')).toEqual({ ok: true, value: 5 });
    expect(readAnswer(count, '0')).toEqual({ ok: false, problems: [{ code: 'invalid', message: 'type a whole number of at least 1' }] });
    expect(readAnswer(count, '-')).toEqual({ ok: false, problems: [{ code: 'invalid', message: 'this one is needed' }] });
    expect(readAnswer(days, '-')).toEqual({ ok: true, value: undefined });
    expect(readAnswer(days, '0')).toEqual({ ok: true, value: 0 });
    expect(readAnswer(lasting, 'Yes')).toEqual({ ok: true, value: true });
    expect(readAnswer(lasting, 'maybe')).toEqual({ ok: false, problems: [{ code: 'invalid', message: 'type yes or no' }] });
  });

  it('make an event the schema accepts, terms nested', () => {
    expect(buildEvent('COUNTER_PROPOSAL', 'hamas', { 'terms.pauseDays': 3, 'terms.hostages': undefined })).toEqual({
      ok: true,
      value: { type: 'COUNTER_PROPOSAL', by: 'hamas', terms: { pauseDays: 3 } },
    });
    expect(buildEvent('PAUSE_EXTENDED', undefined, { days: 0 })).toMatchObject({ ok: false });
  });
});

/** The game without a terminal: moves offered, moves made, and the debrief, as data. */
import { describe, expect, it } from 'vitest';
import { debriefOf } from '../../src/play/debrief.js';
import { buildEvent, formFor, partiesAnswer, readAnswer, type FormField, type ProposalKind } from '../../src/play/move-form.js';
import { endSession, play, playHistory, type Session } from '../../src/play/session.js';
import { turnMoves } from '../../src/play/turn-moves.js';
import { sessionOf } from './sessions.js';

const allowedMoves = (session: Session) => turnMoves(session).allowed;
const refusedMoves = (session: Session) => turnMoves(session).refused;

/** The kinds of proposal a move can make now: an amendment too, while an agreement is in force. */
function proposalKinds(session: Session, type: string): ProposalKind[] {
  const proposal = type === 'PROPOSAL_TABLED' || type === 'COUNTER_PROPOSAL';
  return proposal && session.snapshot.context.agreement?.status === 'inForce' ? ['deal', 'amendment'] : ['deal'];
}

/** Each move offered, for each party offered (and each kind of proposal), made with the form's default answers. */
function offeredMoves(session: Session) {
  return allowedMoves(session).flatMap((move) => {
    const parties = move.senderKind === 'none' ? [undefined] : move.senderKind === 'optional' && session.setup.as === null ? [undefined, ...move.parties] : move.parties;
    return parties.flatMap((party) =>
      proposalKinds(session, move.type).map((kind) => {
        const fields = formFor(session, move.type, party?.id, kind);
        const values = Object.fromEntries(fields.map((field) => [field.path, (readAnswer(field, '') as { value?: unknown }).value]));
        const built = buildEvent(move.type, party?.id, values);
        if (!built.ok) throw new Error(`${move.type} by ${party?.id} (${kind}): ${built.problems[0]!.message}`);
        return built.value;
      }),
    );
  });
}

describe('the moves offered', () => {
  it.each([['scenarios/pause-2023-11.yaml'], ['scenarios/ceasefire-2025-01.yaml'], ['scenarios/rafah-2024-05.yaml']])(
    'are taken by the machine, with their defaults, at every turn of the history of %s',
    async (file) => {
      let session = await sessionOf(file);
      while (!session.over) {
        for (const event of offeredMoves(session)) {
          const outcome = play(session, event);
          expect(outcome.messages.find((message) => message.kind !== 'info'), `${JSON.stringify(event)} at turn ${session.turn + 1}`).toMatchObject({ kind: 'accepted' });
        }
        session = playHistory(session).session;
      }
    },
  );

  it('let the days pass only while an agreement\'s days are running', async () => {
    let session = await sessionOf('scenarios/pause-2023-11.yaml');
    const offersTime = () => allowedMoves(session).some((move) => move.type === 'TIME_PASSED');
    const seen: boolean[] = [];
    while (!session.over) {
      seen.push(offersTime());
      session = playHistory(session).session;
    }

    // No agreement before turn 4 (its days begin with the pause), lapsed after the last extension's end day.
    expect(seen.slice(0, 3)).toEqual([false, false, false]);
    expect(seen.slice(4, 19).every(Boolean)).toBe(true);
    expect(seen.at(-1)).toBe(false);
  });

  it('leave out what the rules refuse now, which comes with the reason', async () => {
    const session = await sessionOf('scenarios/pause-2023-11.yaml');
    const refused = refusedMoves(session);

    expect(refused.map((move) => move.type)).not.toContain('TIME_PASSED');
    expect(refused.find((move) => move.type === 'AGREEMENT_EXTENDED')!.refusal.code).toBe('NO_AGREED_DEAL');
    expect(refused.find((move) => move.type === 'PHASE_BEGAN')!.refusal.code).toBe('NO_AGREED_DEAL');

    expect(allowedMoves(session).map((move) => move.type)).not.toContain('PROPOSAL_ACCEPTED');
    expect(refused.find((move) => move.type === 'PROPOSAL_ACCEPTED')!.refusal.code).toBe('NO_PROPOSAL');
    expect(refused.find((move) => move.type === 'OPERATION_PAUSED')!.refusal.code).toBe('NO_AGREED_DEAL');
    for (const move of refused) {
      const terms = move.type === 'COUNTER_PROPOSAL' ? { terms: {} } : {};
      expect(play(session, { type: move.type, ...(move.parties[0] ? { by: move.parties[0].id } : {}), ...terms } as never).messages[0]!.kind).toBe('refused');
    }
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

    expect(messages).toEqual([
      { kind: 'accepted', text: 'Egypt puts forward a proposal (pause 2 days)' },
      { kind: 'info', text: "Your path leaves the record here: from now on, history's moves no longer apply, and the turns are yours to play." },
    ]);
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

describe('time', () => {
  it('passes as a turn opens after the end day of the agreement in force, which then lapses, and says so', async () => {
    let session = await sessionOf('scenarios/pause-2023-11.yaml');
    // Up to the first extension (turn 14, 27 November), as it happened; then nothing is extended.
    while (session.turn < 13) session = playHistory(session).session;
    session = play(session, { type: 'TIME_PASSED' }).session;
    session = play(session, { type: 'TIME_PASSED' }).session;
    const { session: next, messages } = play(session, { type: 'TIME_PASSED' });

    expect(session.snapshot.value.agreement).toBe('inForce');
    expect(messages).toEqual([
      { kind: 'accepted', text: 'Time passes' },
      { kind: 'info', text: 'Time passes to 29 November 2023. Agreement: lapsed after 28 November 2023 (its agreed days ran out)' },
    ]);
    expect(next.snapshot.value).toMatchObject({ operations: 'pausedForRelease', agreement: 'lapsed' });
    expect(next.snapshot.context.date).toBe('2023-11-29');
    expect(refusedMoves(next).find((move) => move.type === 'PAUSE_EXTENDED')!.refusal.code).toBe('NO_AGREED_DEAL');
  });

  it('lets history lapse the agreement the same way the replay does', async () => {
    let session = await sessionOf('scenarios/ceasefire-2025-01.yaml');
    while (!session.over) session = playHistory(session).session;

    expect(session.snapshot.value).toEqual(session.setup.history.at(-1)!.state);
    expect(session.snapshot.context.agreement).toMatchObject({ status: 'lapsed', endedOn: '2025-03-02' });
  });
});

describe('the debrief', () => {
  it('counts the turns that went as in history, and finds the first that did not', async () => {
    let session = await sessionOf('scenarios/pause-2023-11.yaml');
    session = playHistory(session).session;
    session = play(session, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' }).session;
    session = play(session, { type: 'OPERATION_PAUSED', by: 'israel' }).session;
    session = play(session, { type: 'PROPOSAL_ACCEPTED', by: 'israel' }).session;
    const debrief = debriefOf(endSession(session));

    expect(debrief.turns.map((turn) => turn.matched)).toEqual([true, false, false]);
    expect(debrief.matched).toBe(1);
    expect(debrief.firstDivergence!.turn).toBe(1);
    expect(debrief.refused.map(({ move }) => move.refusal!.code)).toEqual(['NO_AGREED_DEAL']);
    expect(debrief.yours.state).toMatchObject({ talks: 'accepted', agreement: 'inForce' });
    expect(debrief.history).toMatchObject({ afterTurns: 3, state: { talks: 'accepted', operations: 'active', agreement: 'inForce' } });
    expect(debrief.date).toBe('2023-11-22');
  });

  it('compares history on the day the session stands on, when the next turn opened with the agreement lapsed', async () => {
    let session = await sessionOf('scenarios/ceasefire-2025-01.yaml');
    // Every turn as it happened up to 2 March (aid halted); turn 27 opens on 18 March, after the end day.
    while (session.setup.history[session.turn]!.id !== 'strikes-resume') session = playHistory(session).session;
    const debrief = debriefOf(endSession(session));

    expect(debrief.firstDivergence).toBeNull();
    expect(debrief.yours.state.agreement).toBe('lapsed');
    expect(debrief.history).toMatchObject({ afterTurns: 26, state: { agreement: 'lapsed', operations: 'ceasefire' } });
    expect(debrief.history.context.agreement).toMatchObject({ status: 'lapsed', endedOn: '2025-03-02' });
  });

  it('matches a joint act with history whatever the order the parties are named in', async () => {
    const session = await sessionOf('scenarios/ceasefire-2025-01.yaml');
    const tabled = session.setup.history[0]!.event;
    const reordered = { ...tabled, by: ['usa', 'egypt', 'qatar'] } as typeof tabled;
    const fewer = { ...tabled, by: ['qatar', 'egypt'] } as typeof tabled;

    expect(debriefOf(play(session, reordered).session).matched).toBe(1);
    expect(debriefOf(play(session, fewer).session).matched).toBe(0);
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

  it('name parties by id or by name, one or several together, and suggest the one meant', async () => {
    const { parties } = (await sessionOf('scenarios/pause-2023-11.yaml')).setup.scenario;
    const claimant: FormField = { path: 'claimant', label: 'who makes the claim', kind: 'party', optional: true, parties };

    expect(readAnswer(claimant, 'Hamas')).toEqual({ ok: true, value: 'hamas' });
    expect(readAnswer(claimant, '')).toEqual({ ok: true, value: undefined });
    expect(partiesAnswer('qatar, Egypt and usa', parties)).toEqual({ ok: true, value: ['qatar', 'egypt', 'usa'] });
    expect(partiesAnswer('Qatar', parties)).toEqual({ ok: true, value: 'qatar' });
    expect(partiesAnswer('qatar, egipt', parties)).toEqual({
      ok: false,
      problems: [{ code: 'invalid', message: 'no party "egipt" (did you mean "egypt"?); type one of israel, hamas, qatar, egypt, usa' }],
    });
  });

  it('keep the phases on the table, or give a number of them, or the days of a phase left to be negotiated', () => {
    const list = [{ days: 42 }, { toBeNegotiated: true }];
    const phases: FormField = { path: 'terms.phases', label: 'phases', kind: 'phases', optional: true, default: 'yes', value: list };
    const phaseTwo: FormField = { path: 'terms.phases', label: 'days of phase 2', kind: 'phase-days', optional: true, phase: 2 };

    expect(readAnswer(phases, '')).toEqual({ ok: true, value: list });
    expect(readAnswer(phases, 'no')).toEqual({ ok: true, value: undefined });
    expect(readAnswer(phases, '3')).toEqual({ ok: true, value: 3 });
    expect(readAnswer(phases, 'some')).toMatchObject({ ok: false });
    expect(readAnswer(phaseTwo, '42')).toEqual({ ok: true, value: [{}, { days: 42 }] });
    expect(readAnswer(phaseTwo, '-')).toEqual({ ok: true, value: undefined });
  });

  it('for an amendment, start blank, amend the agreement, and ask for the days of the phase still to be negotiated', async () => {
    let session = await sessionOf('scenarios/ceasefire-2025-01.yaml');
    while (session.turn < 5) session = playHistory(session).session;
    const deal = formFor(session, 'PROPOSAL_TABLED', 'qatar');
    const amendment = formFor(session, 'PROPOSAL_TABLED', 'qatar', 'amendment');

    expect(deal.find((field) => field.path === 'terms.phases')).toMatchObject({ kind: 'phases', default: 'yes' });
    expect(deal.map((field) => field.path)).not.toContain('terms.amends');
    expect(amendment.find((field) => field.path === 'terms.amends')).toMatchObject({ kind: 'fixed', value: true });
    expect(amendment.find((field) => field.path === 'terms.phases')).toMatchObject({ kind: 'phase-days', phase: 2 });
    expect(amendment.filter((field) => field.kind !== 'fixed').every((field) => field.default === undefined)).toBe(true);
  });

  it('ask whether a release is outside the deal only while an agreement is in force', async () => {
    let session = await sessionOf('scenarios/pause-2023-11.yaml');
    const asked = () => formFor(session, 'HOSTAGES_RELEASED', 'hamas').some((field) => field.path === 'outsideDeal');
    const before = asked();
    while (session.turn < 4) session = playHistory(session).session;

    expect(before).toBe(false);
    expect(asked()).toBe(true);
    expect(formFor(session, 'PRISONERS_RELEASED', 'israel').find((field) => field.path === 'outsideDeal')).toMatchObject({ kind: 'yes-no', default: 'no', optional: false });
  });

  it('make an event the schema accepts, terms nested', () => {
    expect(buildEvent('COUNTER_PROPOSAL', 'hamas', { 'terms.pauseDays': 3, 'terms.hostages': undefined })).toEqual({
      ok: true,
      value: { type: 'COUNTER_PROPOSAL', by: 'hamas', terms: { pauseDays: 3 } },
    });
    expect(buildEvent('PAUSE_EXTENDED', undefined, { days: 0 })).toMatchObject({ ok: false });
    expect(buildEvent('PROPOSAL_TABLED', ['qatar', 'egypt'], { 'terms.amends': true, 'terms.phases': [{}, { days: 42 }] })).toEqual({
      ok: true,
      value: { type: 'PROPOSAL_TABLED', by: ['qatar', 'egypt'], terms: { amends: true, phases: [{}, { days: 42 }] } },
    });
  });
});

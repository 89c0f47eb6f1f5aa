/**
 * The classroom as data: seats act as their own party only, moves are dated
 * by the session's calendar, which the teacher moves, and undo replays the
 * room without the last move. The session written as a scenario replays
 * through the scenario layer (what `truce run` does) to the room's state.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { act, advanceBy, advanceTo, control, giveNewCode, holdSeat, inject, injectRecordStep, openRoom, projectorView, recordSteps, roomScenario, seatMoves, seatView, takenMoves, teacherMoves, teacherView, undo, type Room } from '../../src/classroom/index.js';
import { startFrom, vocabularyFor } from '../../src/moves/index.js';
import { loadScenarioText, replayScenario, scenarioAsYaml, type Scenario } from '../../src/scenario/index.js';

const AT = '2026-12-02T10:42:00.000Z';
const LINKS = { join: 'http://127.0.0.1:1/', seats: {} };

async function scenario(file: string): Promise<Scenario> {
  const loaded = loadScenarioText(await readFile(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.problems[0]!.message);
  return loaded.value;
}

async function rafahRoom(from?: string): Promise<Room> {
  const rafah = await scenario('scenarios/rafah-2024-05.yaml');
  const start = startFrom(rafah, from);
  if (!start.ok) throw new Error(start.problems[0]!.message);
  const room = openRoom(start.value, vocabularyFor(rafah), rafah.parties.map((_, index) => `CODE-000${index}`));
  return control(room, 'start').room;
}

/** The room after `change`, which must have been allowed. */
function then(change: ReturnType<typeof act>): Room {
  if (!change.ok) throw new Error(change.reason);
  return change.room;
}

describe('a classroom', () => {
  it('has a seat for each party of the scenario, mediators and guarantors included', async () => {
    const room = await rafahRoom();
    expect(room.seats.map((seat) => seat.party.id)).toEqual((await scenario('scenarios/rafah-2024-05.yaml')).parties.map((party) => party.id));
  });

  it('takes no move before the teacher starts it, while it is paused, or once it is over', async () => {
    const waiting = control(await rafahRoom(), 'end').room;
    expect(act(waiting, 'israel', { type: 'OPERATION_LAUNCHED' } as never, AT)).toMatchObject({ ok: false, reason: 'the session is over' });
    const paused = control(await rafahRoom(), 'pause').room;
    expect(act(paused, 'israel', { type: 'OPERATION_LAUNCHED' } as never, AT)).toMatchObject({ ok: false, reason: 'the teacher has paused the session' });
    expect(control(paused, 'start')).toMatchObject({ ok: false });
    expect(control(paused, 'resume').room.status).toBe('running');
  });

  it('sends a seat’s move as its party, and refuses one sent as another party', async () => {
    const room = await rafahRoom('mediators-proposal');
    const accepted = act(room, 'hamas', { type: 'PROPOSAL_ACCEPTED' } as never, AT);
    expect(accepted.ok && accepted.move).toMatchObject({ accepted: true, event: { type: 'PROPOSAL_ACCEPTED', by: 'hamas' }, actor: { kind: 'seat', party: 'hamas' } });
    const forged = act(room, 'hamas', { type: 'PROPOSAL_ACCEPTED', by: 'israel' } as never, AT);
    expect(forged).toMatchObject({ ok: false, reason: 'a seat acts as its own party only: this seat is Hamas' });
    expect(forged.room).toBe(room);
  });

  it('records a move the rules refuse, with the reason, and leaves the talks as they were', async () => {
    const room = await rafahRoom();
    const refused = act(room, 'qatar', { type: 'PROPOSAL_ACCEPTED' } as never, AT);
    expect(refused.ok && refused.move).toMatchObject({ accepted: false, refusal: { code: expect.any(String) } });
    expect(refused.room.snapshot).toBe(room.snapshot);
    expect(refused.room.moves).toHaveLength(1);
  });

  it('offers a seat only moves its own party makes, and the teacher every move', async () => {
    const room = await rafahRoom('mediators-proposal');
    const hamas = seatMoves(room, 'hamas');
    expect(hamas.allowed.map((move) => move.type)).toContain('PROPOSAL_ACCEPTED');
    expect(hamas.allowed.every((move) => move.senderKind !== 'none')).toBe(true);
    expect(hamas.allowed.every((move) => move.senderKind === 'accused' || move.parties.every((party) => party.id === 'hamas'))).toBe(true);
    expect(teacherMoves(room).map((move) => move.type)).toContain('TALKS_STALLED');
    expect(seatMoves(room, 'nobody')).toEqual({ allowed: [], refused: [] });
  });

  it('makes a claim of a violation the seat’s own claim, naming the party accused', async () => {
    const room = await rafahRoom();
    const claim = act(room, 'hamas', { type: 'VIOLATION_REPORTED', by: 'israel', text: 'Hamas says Israel violated the agreement.' } as never, AT);
    expect(claim.ok && claim.move?.event).toMatchObject({ by: 'israel', claimant: 'hamas' });
    expect(act(room, 'hamas', { type: 'VIOLATION_REPORTED', by: 'israel', claimant: 'egypt', text: 'x' } as never, AT)).toMatchObject({ ok: false });
  });

  it('dates moves by the session’s calendar, which moves forward only', async () => {
    let room = await rafahRoom();
    const first = room.date;
    expect(advanceTo(room, first, AT)).toMatchObject({ ok: false });
    expect(advanceTo(room, '2024-02-30', AT)).toMatchObject({ ok: false });
    expect(advanceBy(room, 0, AT)).toMatchObject({ ok: false });
    room = then(advanceBy(room, 7, AT));
    expect(room.date > first).toBe(true);
    room = then(act(room, 'israel', { type: 'OPERATION_LAUNCHED' } as never, AT));
    expect(room.moves.at(-1)).toMatchObject({ date: room.date, accepted: true });
  });

  it('undoes the last move taken: the room is as it was before it', async () => {
    const before = await rafahRoom('mediators-proposal');
    const after = then(act(before, 'hamas', { type: 'PROPOSAL_ACCEPTED' } as never, AT));
    const undone = then(undo(after));
    expect(undone.snapshot.value).toEqual(before.snapshot.value);
    expect(undone.snapshot.context).toEqual(before.snapshot.context);
    expect(undone.moves.at(-1)).toMatchObject({ undone: true });
    expect(takenMoves(undone)).toHaveLength(0);
    expect(undo(undone)).toMatchObject({ ok: false, reason: 'no move has been taken yet: there is nothing to undo' });
  });

  it('undoes the calendar too, when its move was the last', async () => {
    const room = await rafahRoom();
    const moved = then(advanceBy(room, 3, AT));
    expect(then(undo(moved)).date).toBe(room.date);
  });

  it('lets the teacher record a move for the room, or as a party', async () => {
    const room = await rafahRoom();
    const talks = inject(room, null, { type: 'TALKS_OPENED', where: 'Cairo' } as never, AT);
    expect(talks.ok && talks.move).toMatchObject({ accepted: true, actor: { kind: 'teacher', as: null } });
    const asIsrael = inject(room, 'israel', { type: 'OPERATION_LAUNCHED' } as never, AT);
    expect(asIsrael.ok && asIsrael.move?.event).toMatchObject({ by: 'israel' });
    expect(inject(room, 'nobody', { type: 'TALKS_OPENED' } as never, AT)).toMatchObject({ ok: false });
  });

  it('is written as a scenario that loads, and replays to the room’s state with every step as it expects', async () => {
    let room = await rafahRoom('mediators-proposal');
    room = then(act(room, 'hamas', { type: 'PROPOSAL_ACCEPTED' } as never, AT));
    room = then(act(room, 'israel', { type: 'PROPOSAL_REJECTED' } as never, AT));
    room = then(advanceBy(room, 2, AT));
    room = then(inject(room, null, { type: 'TALKS_OPENED', where: 'Cairo' } as never, AT));
    room = then(act(room, 'qatar', { type: 'PROPOSAL_ACCEPTED' } as never, AT)); // refused: a mediator does not accept
    const written = scenarioAsYaml(roomScenario(room)!, 'a truce class session');
    const loaded = loadScenarioText(written, 'session.yaml');
    if (!loaded.ok) throw new Error(loaded.problems.map((problem) => problem.message).join('\n'));
    const trace = replayScenario(loaded.value);
    expect(trace.ok).toBe(true);
    expect(trace.final.state).toEqual(room.snapshot.value);
    const classSteps = loaded.value.steps.filter((step) => step.source === 'truce-class');
    expect(classSteps).toHaveLength(4);
    expect(classSteps[0]!.note).toBe('Made by the seat of Hamas at 10:42 UTC in a truce class session; not a historical record.');
  });
});

describe('what a seat is shown', () => {
  it('offers a claim that names another party, in the seat’s own words', async () => {
    const room = await rafahRoom('mediators-proposal');
    const view = seatView(room, room.seats.find((seat) => seat.party.id === 'israel')!.party, LINKS);
    const claim = view.moves.find((move) => move.type === 'VIOLATION_REPORTED')!;
    expect(claim.event).toMatchObject({ claimant: 'israel', by: 'hamas', text: 'Israel says Hamas violated the agreement.' });
    expect(claim.accused!.map((party) => party.id)).not.toContain('israel');
    expect(view.moves.every((move) => move.type === 'VIOLATION_REPORTED' || (move.event as { by?: string }).by === 'israel')).toBe(true);
  });

  it('shows the projector no join code', async () => {
    const room = await rafahRoom();
    const shown = JSON.stringify(projectorView(room, LINKS));
    for (const seat of room.seats) expect(shown).not.toContain(seat.code);
    expect(JSON.stringify(teacherView(room, new Map(), LINKS))).toContain(room.seats[0]!.code);
  });
});

describe('briefs in the room', () => {
  it('go to their own seat and the teacher, never to another seat or the projector', async () => {
    const started = startFrom(await scenario('scenarios/pause-2023-11.yaml'));
    if (!started.ok) throw new Error(started.problems[0]!.message);
    const start = started.value;
    const briefs = { israel: { summary: 'ISRAEL-ONLY summary.' }, hamas: { summary: 'HAMAS-ONLY summary.' } };
    const room = openRoom(start, vocabularyFor(start.scenario), start.scenario!.parties.map((_, index) => `CODE-${index}`), briefs);
    const israel = room.seats.find((seat) => seat.party.id === 'israel')!.party;
    const hamas = room.seats.find((seat) => seat.party.id === 'hamas')!.party;
    expect(seatView(room, israel, LINKS).brief).toEqual(briefs.israel);
    expect(JSON.stringify(seatView(room, hamas, LINKS))).not.toContain('ISRAEL-ONLY');
    expect(JSON.stringify(projectorView(room, LINKS))).not.toMatch(/ONLY/);
    expect(teacherView(room, new Map(), LINKS).briefs).toEqual(briefs);
  });
});

describe('the record in the room', () => {
  it('offers the teacher the steps after the room’s start, and brings one in with its own source', async () => {
    let room = await rafahRoom('mediators-proposal');
    const next = recordSteps(room);
    expect(next[0]!.id).toBe('hamas-accepts');
    expect(next.map((step) => step.id)).not.toContain('mediators-proposal');
    room = then(injectRecordStep(room, 'hamas-accepts', AT));
    expect(room.moves.at(-1)).toMatchObject({ accepted: true, recordStep: 'hamas-accepts', event: { type: 'PROPOSAL_ACCEPTED', by: 'hamas' } });
    expect(teacherView(room, new Map(), LINKS).record.map((step) => step.id)).not.toContain('hamas-accepts');
    expect(injectRecordStep(room, 'mediators-proposal', AT)).toMatchObject({ ok: false });
    const written = roomScenario(room)!;
    const brought = written.steps.at(-1)!;
    expect(brought.source).toBe(next[0]!.source);
    expect(brought.note).toMatch(/^The record's step hamas-accepts \(2024-05-06\), brought into a truce class session by the teacher/);
  });
});

describe('the debrief', () => {
  it('is shown to everyone once the session ends: the record beside the room, where it left it, the final states', async () => {
    let room = await rafahRoom('mediators-proposal');
    expect(projectorView(room, LINKS).debrief).toBeNull();
    room = then(injectRecordStep(room, 'hamas-accepts', AT));
    room = then(act(room, 'israel', { type: 'PROPOSAL_ACCEPTED' } as never, AT));
    room = control(room, 'end').room;
    const debrief = projectorView(room, LINKS).debrief!;
    expect(debrief.rows[0]).toMatchObject({ same: true, record: { text: 'Hamas accepts the proposal' }, session: { who: 'the teacher' } });
    expect(debrief.rows[1]).toMatchObject({ same: false, session: { who: 'the seat of Israel', text: 'Israel accepts the proposal' } });
    expect(debrief.leftAt).toBe(1);
    expect(debrief.final.find((region) => region.region === 'Agreement')).toEqual({ region: 'Agreement', record: 'none', session: 'in force' });
    expect(debrief.agreement.session).toMatch(/^Agreement: in force/);
  });
});

describe('a brief in a room that starts partway', () => {
  it('leaves out what is dated on or after the day the room starts', async () => {
    const room = await rafahRoom('mediators-proposal');
    const briefs = { hamas: { summary: 'Hamas.', positions: [{ text: 'before', source: 'article', date: '2024-05-05' }, { text: 'same day', source: 'article', date: room.start.date }, { text: 'undated', source: 'article' }] } };
    const withBriefs = { ...room, briefs };
    const hamas = room.seats.find((seat) => seat.party.id === 'hamas')!.party;
    expect(seatView(withBriefs, hamas, LINKS).brief!.positions!.map((point) => point.text)).toEqual(['before', 'undated']);
    expect(teacherView(withBriefs, new Map(), LINKS).briefs.hamas!.positions!.map((point) => point.text)).toEqual(['before', 'undated']);
  });
});

describe('releases in the room', () => {
  it('are offered to the party the record shows holding them, not to the other side', async () => {
    const room = await rafahRoom('mediators-proposal');
    const types = (party: string) => seatMoves(room, party).allowed.map((move) => move.type);
    expect(types('hamas')).toContain('HOSTAGES_RELEASED');
    expect(types('israel')).not.toContain('HOSTAGES_RELEASED');
    expect(types('israel')).toContain('PRISONERS_RELEASED');
    expect(types('hamas')).not.toContain('PRISONERS_RELEASED');
  });
});

describe('the debrief’s rows', () => {
  it('line up the same moves, however many the room made in between', async () => {
    let room = await rafahRoom('mediators-proposal');
    room = then(act(room, 'qatar', { type: 'STATEMENT', text: 'Qatar says the talks go on.' } as never, AT));
    room = then(injectRecordStep(room, 'hamas-accepts', AT));
    room = control(room, 'end').room;
    const { rows, leftAt } = projectorView(room, LINKS).debrief!;
    expect(rows[0]).toMatchObject({ record: null, session: { who: 'the seat of Qatar' }, same: false });
    expect(rows[1]).toMatchObject({ record: { text: 'Hamas accepts the proposal' }, session: { text: 'Hamas accepts the proposal' }, same: true });
    expect(leftAt).toBe(0);
    expect(rows.slice(2).every((row) => row.session === null)).toBe(true);
  });
});

describe('the teacher and the seats', () => {
  it('holds a seat: its moves are refused, for that reason, until the teacher lets it go; other seats move on', async () => {
    const held = then(holdSeat(await rafahRoom('mediators-proposal'), 'hamas', true));

    expect(act(held, 'hamas', { type: 'PROPOSAL_ACCEPTED' } as never, AT)).toMatchObject({ ok: false, reason: "the teacher is holding Hamas's moves for now" });
    expect(act(held, 'qatar', { type: 'STATEMENT', text: 'Qatar says talks go on.' } as never, AT)).toMatchObject({ ok: true });
    expect(act(then(holdSeat(held, 'hamas', false)), 'hamas', { type: 'PROPOSAL_ACCEPTED' } as never, AT)).toMatchObject({ ok: true, move: { accepted: true } });
    expect(holdSeat(held, 'hezbollah', true)).toMatchObject({ ok: false, reason: 'there is no seat for "hezbollah" in this room' });
  });

  it('gives a seat a new code, never one another seat has', async () => {
    const room = await rafahRoom();
    const given = then(giveNewCode(room, 'hamas', 'ABCD-EFGH'));

    expect(given.seats.map((seat) => seat.code)).toEqual(room.seats.map((seat) => (seat.party.id === 'hamas' ? 'ABCD-EFGH' : seat.code)));
    expect(giveNewCode(given, 'qatar', 'ABCD-EFGH')).toMatchObject({ ok: false, reason: 'that code is already a seat’s' });
    expect(giveNewCode(given, 'hezbollah', 'WXYZ-WXYZ')).toMatchObject({ ok: false });
  });
});

/**
 * The room's record: one line a change, read back into the same room; a last
 * line cut short by a crash is left out (and said), anything else wrong is
 * named by its line.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { act, advanceBy, control, giveNewCode, holdSeat, openRoom, readRecord, recordEntries, recordHeader, recordLines, restoreRoom, undo, type Room } from '../../src/classroom/index.js';
import { startFrom, vocabularyFor } from '../../src/moves/index.js';
import { loadScenarioText } from '../../src/scenario/index.js';

const AT = '2026-12-02T10:42:00.000Z';
const ORIGIN = { scenarioFile: 'scenarios/rafah-2024-05.yaml', sha256: 'x', from: 'mediators-proposal' };

async function startOfRafah() {
  const loaded = loadScenarioText(await readFile('scenarios/rafah-2024-05.yaml', 'utf8'), 'rafah.yaml');
  if (!loaded.ok) throw new Error('rafah');
  const start = startFrom(loaded.value, 'mediators-proposal');
  if (!start.ok) throw new Error('start');
  return { start: start.value, vocabulary: vocabularyFor(loaded.value) };
}

/** Codes of the form the room draws (codes.ts), one a seat. */
const SEAT_CODES = ['AAAA-AAAA', 'BBBB-BBBB', 'CCCC-CCCC', 'DDDD-DDDD', 'EEEE-EEEE'];

/** A room over the Rafah start whose record is written change by change, as the server writes it. */
async function recordedRoom() {
  const { start, vocabulary } = await startOfRafah();
  let room = openRoom(start, vocabulary, SEAT_CODES.slice(0, start.scenario!.parties.length));
  let text = recordHeader(room, ORIGIN);
  return {
    start,
    vocabulary,
    room: () => room,
    text: () => text,
    /** The room changed by `make`, the change written down. */
    change(make: (room: Room) => { ok: boolean; room: Room }) {
      const next = make(room);
      text += recordLines(recordEntries(room, next.room));
      room = next.room;
    },
  };
}

/** A session's record, with the room it ends in. */
async function session(): Promise<{ text: string; room: Room }> {
  const recorded = await recordedRoom();
  recorded.change((room) => control(room, 'start'));
  recorded.change((room) => act(room, 'hamas', { type: 'PROPOSAL_ACCEPTED' } as never, AT));
  recorded.change((room) => act(room, 'qatar', { type: 'PROPOSAL_ACCEPTED' } as never, AT));
  recorded.change((room) => advanceBy(room, 2, AT));
  recorded.change((room) => act(room, 'israel', { type: 'PROPOSAL_REJECTED' } as never, AT));
  recorded.change((room) => undo(room));
  return { text: recorded.text(), room: recorded.room() };
}

describe('the room’s record', () => {
  it('is one line a change, and reads back into the same room (paused)', async () => {
    const { text, room } = await session();
    expect(text.trim().split('\n')).toHaveLength(1 + 1 + 4 + 1);
    const read = readRecord(text);
    if (!read.ok) throw new Error(read.reason);
    expect(read.record.cutShort).toBe(false);
    const { start, vocabulary } = await startOfRafah();
    const restored = restoreRoom(read.record, start, vocabulary);
    if (!restored.ok) throw new Error(restored.reason);
    expect(restored.room.status).toBe('paused');
    expect(restored.room.moves).toEqual(room.moves);
    expect(restored.room.snapshot.value).toEqual(room.snapshot.value);
    expect(restored.room.snapshot.context).toEqual(room.snapshot.context);
    expect(restored.room.date).toBe(room.date);
    expect(restored.room.seats.map((seat) => seat.code)).toEqual(room.seats.map((seat) => seat.code));
  });

  it('keeps a seat held and a seat’s new code, each in a line, and reads them back; the last word on a seat is its', async () => {
    const recorded = await recordedRoom();
    const { start, vocabulary } = recorded;
    recorded.change((room) => holdSeat(room, 'hamas', true));
    recorded.change((room) => holdSeat(room, 'israel', true));
    recorded.change((room) => holdSeat(room, 'israel', false));
    recorded.change((room) => giveNewCode(room, 'qatar', 'HJKM-NPQR'));
    recorded.change((room) => giveNewCode(room, 'qatar', 'STUV-WXYZ'));
    const text = recorded.text();

    expect(text.trim().split('\n').slice(1)).toEqual([
      '{"held":{"party":"hamas","held":true}}',
      '{"held":{"party":"israel","held":true}}',
      '{"held":{"party":"israel","held":false}}',
      '{"code":{"party":"qatar","code":"HJKM-NPQR"}}',
      '{"code":{"party":"qatar","code":"STUV-WXYZ"}}',
    ]);
    const read = readRecord(text);
    if (!read.ok) throw new Error(read.reason);
    const restored = restoreRoom(read.record, start, vocabulary);
    if (!restored.ok) throw new Error(restored.reason);
    expect(restored.room.seats.map(({ party, code, held }) => [party.id, code, held])).toEqual([
      ['israel', 'AAAA-AAAA', false],
      ['hamas', 'BBBB-BBBB', true],
      ['egypt', 'CCCC-CCCC', false],
      ['qatar', 'STUV-WXYZ', false],
      ['usa', 'EEEE-EEEE', false],
    ]);
  });

  it.each([
    ['a code not of the form the room draws', '{"code":{"party":"qatar","code":""}}', '"" is not a join code (four letters or digits, a dash, four more)'],
    ['a code in lower case, which no page could type', '{"code":{"party":"qatar","code":"abcd-efgh"}}', '"abcd-efgh" is not a join code (four letters or digits, a dash, four more)'],
    ['a code another seat has', '{"code":{"party":"qatar","code":"AAAA-AAAA"}}', 'two seats have the same join code'],
    ['the same new code for two seats', '{"code":{"party":"qatar","code":"ABCD-EFGH"}}\n{"code":{"party":"egypt","code":"ABCD-EFGH"}}', 'two seats have the same join code'],
    ['a seat the scenario does not have', '{"held":{"party":"hezbollah","held":true}}', 'it holds or gives a code to a seat the scenario does not have ("hezbollah"): the scenario has changed since the session began'],
  ])('refuses to resume a record that gives %s', async (_what, lines, reason) => {
    const recorded = await recordedRoom();
    const read = readRecord(`${recorded.text()}${lines}\n`);
    if (!read.ok) throw new Error(read.reason);

    expect(restoreRoom(read.record, recorded.start, recorded.vocabulary)).toEqual({ ok: false, reason });
  });

  it('leaves out a last line cut short, and names any other line that is wrong', async () => {
    const { text } = await session();
    const cut = text.slice(0, -5);
    const read = readRecord(cut);
    expect(read.ok && read.record.cutShort).toBe(true);
    expect(read.ok && read.record.entries).toHaveLength(text.trim().split('\n').length - 2);
    const lines = text.split('\n');
    lines[2] = '{"move": 12}';
    expect(readRecord(lines.join('\n'))).toMatchObject({ ok: false, line: 3, reason: expect.stringMatching(/^not a change the room records/) });
    lines[2] = 'not json';
    expect(readRecord(lines.join('\n'))).toEqual({ ok: false, line: 3, reason: 'not JSON' });
    expect(readRecord('')).toEqual({ ok: false, line: null, reason: 'the record is empty' });
    expect(readRecord('{"format":"other"}\n')).toMatchObject({ ok: false, line: 1, reason: expect.stringMatching(/^not the start/) });
  });
});

/**
 * `truce class` as a room full of students would meet it: real processes, real
 * sockets. Codes let seats in and nothing else does; a seat acts as its own
 * party only; a page from elsewhere, a wrong Host, an oversized message and a
 * flood are turned away; a dropped page rejoins and sees the same room; and a
 * room killed mid-session comes back from its saved files with nothing lost.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchFolder, truce } from '../cli/helpers.js';
import { exitOf } from '../support/server-process.js';
import { connect, isAnswer, isView, startClass, type ClassProcess } from './class-helpers.js';

const scratch = scratchFolder();
afterAll(() => scratch.remove());

const RAFAH = 'scenarios/rafah-2024-05.yaml';

async function teacher(room: ClassProcess) {
  const client = await connect(room);
  client.send({ type: 'teacher', secret: room.teacherSecret });
  await client.next((message) => message.type === 'welcome');
  return client;
}

async function seat(room: ClassProcess, name: string) {
  const client = await connect(room);
  client.send({ type: 'join', code: room.codes.get(name)!.toLowerCase().replace('-', ' ') });
  const welcome = await client.next((message) => message.type === 'welcome');
  expect(welcome).toMatchObject({ role: 'seat' });
  return client;
}

function status(room: ClassProcess, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port: room.port, path: '/', headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    sent.once('error', reject);
    sent.end();
  });
}

describe('truce class', () => {
  it('lets seats in with their codes only, and a seat act only as its party', async () => {
    const room = await startClass([RAFAH, '--from', 'mediators-proposal']);
    try {
      expect([...room.codes.keys()]).toEqual(['Israel', 'Hamas', 'Egypt', 'Qatar', 'United States']);
      const host = await teacher(room);
      const hamas = await seat(room, 'Hamas');

      // Nothing moves before the teacher starts the session.
      hamas.send({ type: 'move', event: { type: 'PROPOSAL_ACCEPTED' } });
      expect(await hamas.next(isAnswer)).toMatchObject({ ok: false, message: 'the session has not begun: the teacher starts it' });
      host.send({ type: 'control', command: 'start' });
      expect(await host.next(isAnswer)).toMatchObject({ ok: true, message: 'The session is running.' });

      hamas.send({ type: 'move', event: { type: 'PROPOSAL_ACCEPTED', by: 'israel' } });
      expect(await hamas.next(isAnswer)).toMatchObject({ ok: false, message: 'a seat acts as its own party only: this seat is Hamas' });
      hamas.send({ type: 'move', event: { type: 'PROPOSAL_ACCEPTED' } });
      expect(await hamas.next(isAnswer)).toMatchObject({ ok: true });

      // A seat cannot run the room.
      hamas.send({ type: 'control', command: 'end' });
      expect(await hamas.next(isAnswer)).toMatchObject({ ok: false, message: 'only the teacher’s console can do that' });
      // Control characters in text are refused, as in a scenario file.
      hamas.send({ type: 'move', event: { type: 'STATEMENT', text: 'ok\u001b[2Jcleared' } });
      expect((await hamas.next(isAnswer)).message).toMatch(/^the move is not well formed: text: /);
    } finally {
      expect(await room.stop()).toBe(0);
    }
  });

  it('closes a connection after five wrong codes, and turns away other sites’ pages and other Hosts', async () => {
    const room = await startClass([RAFAH]);
    try {
      const guesser = await connect(room);
      for (let attempt = 0; attempt < 5; attempt++) guesser.send({ type: 'join', code: 'AAAA-AAAA' });
      expect((await guesser.next(isAnswer)).message).toBe('that code is not one of this room’s: check it with the teacher');
      expect(await guesser.closed).toBe(1008);

      await expect(connect(room, { Origin: 'http://evil.example' })).rejects.toThrow('refused with 403');
      expect(await status(room, { Host: `evil.example:${room.port}` })).toBe(421);
      expect(await status(room, { Host: `127.0.0.1:${room.port}` })).toBe(200);

      // A message past the size limit closes the connection (1009: too big).
      const flooder = await connect(room);
      flooder.send('x'.repeat(20_000));
      expect(await flooder.closed).toBe(1009);

      // A burst beyond the allowance is told to wait.
      const hasty = await connect(room);
      for (let message = 0; message < 30; message++) hasty.send({ type: 'undo' });
      const answers = await Promise.all(Array.from({ length: 30 }, () => hasty.next(isAnswer)));
      expect(answers.some((answer) => answer.message === 'too many messages: wait a moment')).toBe(true);
    } finally {
      await room.stop();
    }
  });

  it('shows a page that rejoins the same room, and comes back from its files after being killed', async () => {
    const file = scratch.write('class.yaml', '');
    const room = await startClass([RAFAH, '--from', 'mediators-proposal', '--save', file]);
    let again: ClassProcess | undefined;
    try {
      const host = await teacher(room);
      host.send({ type: 'control', command: 'start' });
      await host.next(isAnswer);
      const hamas = await seat(room, 'Hamas');
      hamas.send({ type: 'move', event: { type: 'PROPOSAL_ACCEPTED' } });
      expect(await hamas.next(isAnswer)).toMatchObject({ ok: true });
      host.send({ type: 'advance', days: 2 });
      expect(await host.next(isAnswer)).toMatchObject({ ok: true });

      // A page that drops rejoins with its code and sees the same room.
      hamas.socket.terminate();
      const back = await seat(room, 'Hamas');
      const view = (await back.next(isView)).view!;
      expect(view.timeline.map((entry) => entry.accepted)).toEqual([true, true]);

      // Killed without warning: the saved files hold every move.
      const before = view.situation;
      room.child.kill('SIGKILL');
      await exitOf(room.child);
      again = await startClass([RAFAH, '--resume', file]);
      expect(again.output().stdout).toContain('resumed with 2 moves (paused)');
      expect(again.codes).toEqual(room.codes);
      const returning = await seat(again, 'Hamas');
      expect((await returning.next(isView)).view!.situation).toEqual(before);
    } finally {
      if (room.child.exitCode === null && room.child.signalCode === null) await room.stop();
      await again?.stop();
    }
    // The session file replays through truce run to the state the room reached.
    const replayed = await truce(['run', file, '--json']);
    expect(replayed.code).toBe(0);
    expect(JSON.parse(replayed.stdout).ok).toBe(true);
    expect(readFileSync(`${file}.room.jsonl`, 'utf8')).toMatch(/^\{"format":"truce-class-room"/);
  });

  it('gives a seat a new code: its pages leave, the old code lets no one in, and a held seat and its new code come back after a kill', async () => {
    const file = scratch.write('new-code.yaml', '');
    const room = await startClass([RAFAH, '--from', 'mediators-proposal', '--save', file]);
    let again: ClassProcess | undefined;
    try {
      const host = await teacher(room);
      const hamas = await seat(room, 'Hamas');
      const israel = await seat(room, 'Israel');
      // Only the console gives codes: a seat that tries to take another's, or to keep its own, is refused.
      israel.send({ type: 'newCode', party: 'hamas' });
      expect(await israel.next(isAnswer)).toMatchObject({ ok: false, message: 'only the teacher’s console can do that' });
      host.send({ type: 'newCode', party: 'hezbollah' });
      expect(await host.next(isAnswer)).toMatchObject({ ok: false, message: 'there is no seat for "hezbollah" in this room' });
      host.send({ type: 'newCode', party: 'hamas' });
      const given = await host.next(isAnswer);
      expect(given.message).toMatch(/^Hamas's new code is [A-Z2-9]{4}-[A-Z2-9]{4}; the old one lets no one in\.$/);
      const code = /is (\S+);/.exec(given.message!)![1]!;
      // The seat's pages leave, and are told why; another seat's stay.
      expect(await hamas.closed).toBe(1008);
      const stranger = await connect(room);
      stranger.send({ type: 'join', code: room.codes.get('Hamas')! });
      expect(await stranger.next(isAnswer)).toMatchObject({ ok: false, message: 'that code is not one of this room’s: check it with the teacher' });
      const back = await connect(room);
      back.send({ type: 'join', code });
      expect(await back.next((message) => message.type === 'welcome')).toMatchObject({ role: 'seat' });
      israel.send({ type: 'move', event: { type: 'STATEMENT', text: 'Israel says it studies the proposal.' } });
      expect(await israel.next(isAnswer)).toMatchObject({ ok: false, message: 'the session has not begun: the teacher starts it' });
      host.send({ type: 'hold', party: 'israel', held: true });
      expect(await host.next(isAnswer)).toMatchObject({ ok: true, message: "Israel's moves are held." });

      // Killed without warning: the new code and the held seat are in the record.
      room.child.kill('SIGKILL');
      await exitOf(room.child);
      again = await startClass([RAFAH, '--resume', file]);
      expect(again.codes.get('Hamas')).toBe(code);
      expect(again.codes.get('Israel')).toBe(room.codes.get('Israel'));
      const returning = await teacher(again);
      returning.send({ type: 'control', command: 'resume' });
      await returning.next(isAnswer);
      const heldStill = await seat(again, 'Israel');
      heldStill.send({ type: 'move', event: { type: 'STATEMENT', text: 'Israel says it studies the proposal.' } });
      expect(await heldStill.next(isAnswer)).toMatchObject({ ok: false, message: "the teacher is holding Israel's moves for now" });
    } finally {
      if (room.child.exitCode === null && room.child.signalCode === null) await room.stop();
      await again?.stop();
    }
  });

  it('refuses to resume with another scenario', async () => {
    const file = scratch.write('other.yaml', '');
    const room = await startClass([RAFAH, '--save', file]);
    await room.stop();
    const other = await truce(['class', 'scenarios/pause-2023-11.yaml', '--resume', file]);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/^truce class: .*other\.yaml is a session of another scenario/);
  });
});

describe('truce class, its secrets and limits', () => {
  it('gives the projector a secret of its own, which cannot run the room', async () => {
    const room = await startClass([RAFAH]);
    try {
      expect(room.projectorSecret).not.toBe(room.teacherSecret);
      const projector = await connect(room);
      projector.send({ type: 'teacher', secret: `projector:${room.projectorSecret}` });
      expect(await projector.next((message) => message.type === 'welcome')).toMatchObject({ role: 'projector' });
      projector.send({ type: 'control', command: 'start' });
      expect(await projector.next(isAnswer)).toMatchObject({ ok: false, message: 'only the teacher’s console can do that' });
      const view = (await projector.next(isView)).view!;
      expect(JSON.stringify(view)).not.toContain(room.codes.get('Israel'));
      // The projector's secret does not open the console, nor the console's the projector.
      const guess = await connect(room);
      guess.send({ type: 'teacher', secret: room.projectorSecret });
      expect(await guess.next(isAnswer)).toMatchObject({ ok: false });
    } finally {
      await room.stop();
    }
  });

  it('holds a seat to one pace, however many pages it opens', async () => {
    const room = await startClass([RAFAH, '--from', 'mediators-proposal']);
    try {
      const host = await teacher(room);
      host.send({ type: 'control', command: 'start' });
      await host.next(isAnswer);
      const pages = await Promise.all(Array.from({ length: 4 }, () => seat(room, 'Hamas')));
      for (const page of pages) for (let move = 0; move < 10; move++) page.send({ type: 'move', event: { type: 'STATEMENT', text: 'Hamas says it is ready to talk.' } });
      const answers = (await Promise.all(pages.map((page) => Promise.all(Array.from({ length: 10 }, () => page.next(isAnswer)))))).flat();
      const waited = answers.filter((answer) => answer.message === "Hamas's seat is moving faster than a class can follow: wait a moment");
      expect(waited.length).toBeGreaterThanOrEqual(15);
      expect(answers.filter((answer) => answer.ok).length).toBeLessThanOrEqual(25);
      // The teacher holds a seat's moves, and lets it go again.
      host.send({ type: 'hold', party: 'hamas', held: true });
      expect(await host.next(isAnswer)).toMatchObject({ ok: true, message: "Hamas's moves are held." });
      const held = await seat(room, 'Hamas');
      held.send({ type: 'move', event: { type: 'STATEMENT', text: 'Hamas says it is ready.' } });
      expect(await held.next(isAnswer)).toMatchObject({ ok: false, message: "the teacher is holding Hamas's moves for now" });
      host.send({ type: 'hold', party: 'hamas', held: false });
      expect(await host.next(isAnswer)).toMatchObject({ ok: true, message: 'Hamas may move again.' });

      // Another seat keeps its own pace; a statement longer than a paragraph is refused.
      const israel = await seat(room, 'Israel');
      israel.send({ type: 'move', event: { type: 'STATEMENT', text: 'x'.repeat(1001) } });
      expect((await israel.next(isAnswer)).message).toBe('the move is not well formed: text: at most 1,000 characters, not 1,001');
    } finally {
      await room.stop();
    }
  });

  it('resumes at the same address with the same secrets, and its session is graded as an exercise’s answer', async () => {
    const file = scratch.write('graded.yaml', '');
    const room = await startClass([RAFAH, '--from', 'burns-netanyahu', '--save', file]);
    let again: ClassProcess | undefined;
    try {
      const host = await teacher(room);
      host.send({ type: 'control', command: 'start' });
      await host.next(isAnswer);
      const israel = await seat(room, 'Israel');
      israel.send({ type: 'move', event: { type: 'OPERATION_LAUNCHED' } });
      expect(await israel.next(isAnswer)).toMatchObject({ ok: true });
      room.child.kill('SIGKILL');
      await exitOf(room.child);
      again = await startClass([RAFAH, '--resume', file]);
      expect(again.port).toBe(room.port);
      expect(again.teacherSecret).toBe(room.teacherSecret);
      expect(again.projectorSecret).toBe(room.projectorSecret);
    } finally {
      await again?.stop();
    }
    // The scenario file is written as the room closes; it answers an exercise that starts from the same scenario.
    const checked = await truce(['exercise', 'check', 'rafah-pause-for-release', file]);
    expect(checked.stderr).not.toMatch(/only a truce play/);
    expect(checked.stdout).toMatch(/rafah-pause-for-release/);
  });
});

describe('truce class --resume of a broken record', () => {
  it('says the file, the line and what is wrong, in one line, with exit 2', async () => {
    const file = scratch.write('broken.yaml', '');
    const room = await startClass([RAFAH, '--save', file]);
    await room.stop();
    const record = `${file}.room.jsonl`;
    appendFileSync(record, '{"status":"running"}\nnot json\n{"status":"paused"}\n');
    const resumed = await truce(['class', RAFAH, '--resume', file]);
    expect(resumed.code).toBe(2);
    expect(resumed.stderr).toBe(`truce class: ${record}:3:1: not JSON\n`);
  });
});

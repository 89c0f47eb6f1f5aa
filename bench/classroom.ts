/**
 * A full room under load: 40 seats' pages (real WebSocket clients) on a class
 * server in a process of its own, each making a move every 2 seconds (one its
 * party may make now, from its own page's list) for a 30-minute session (one
 * minute with --quick), the session saved as it goes. It prints how far behind
 * the server's state the pages were (from the room's change to a page holding
 * it: 50th, 95th, 99th percentiles; goal: 95th at most 250 ms) and the server's
 * memory through the session (goal: flat, apart from the moves it keeps, about
 * a kilobyte each).
 *
 * Usage: npm run bench [-- --quick]; this file alone: node bench/.build/classroom.js [--quick]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { appendFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { newJoinCodes, newTeacherSecret, openRoom, recordLines, startClassServer } from '../src/classroom/index.js';
import { startFrom, vocabularyFor } from '../src/moves/index.js';
import { loadScenarioText } from '../src/scenario/index.js';

const quick = process.argv.includes('--quick');
const SEATS = 40;
const EVERY_MS = 2000;
const SESSION_MS = quick ? 60_000 : 30 * 60_000;

/** The server: started in a process of its own (this file with --serve), so the pages' work does not slow it. */
async function serve(): Promise<void> {
  const file = 'scenarios/rafah-2024-05.yaml';
  const loaded = loadScenarioText(await readFile(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.problems[0]!.message);
  const start = startFrom(loaded.value, 'mediators-proposal');
  if (!start.ok) throw new Error(start.problems[0]!.message);
  const room = openRoom(start.value, vocabularyFor(loaded.value), newJoinCodes(loaded.value.parties.length));
  const teacherSecret = newTeacherSecret();
  const projectorSecret = newTeacherSecret();
  const folder = process.argv[process.argv.indexOf('--serve') + 1]!;
  const started = await startClassServer({
    room,
    teacherSecret,
    projectorSecret,
    port: 0,
    lan: false,
    pageScript: '',
    save: async (_room, entries) => appendFile(join(folder, 'class.yaml.room.jsonl'), recordLines(entries)),
  });
  if (!started.ok) throw new Error(started.problems[0]!.message);
  const running = started.value;
  console.log(JSON.stringify({ port: running.port, teacherSecret, codes: running.seatUrls.map((seat) => seat.code) }));
  // The heap measured after a full collection, so that the figures are what the room keeps, not garbage not yet collected.
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
  setInterval(() => {
    collect();
    const memory = process.memoryUsage();
    console.log(JSON.stringify({ memory: { heapUsed: memory.heapUsed, rss: memory.rss }, moves: running.room().moves.length }));
  }, 10_000).unref();
}

interface Sample {
  at: number;
  heapUsed: number;
  rss: number;
  moves: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function measure(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'truce-bench-class-'));
  const server = spawn(process.execPath, ['--expose-gc', process.argv[1]!, '--serve', folder], { stdio: ['ignore', 'pipe', 'inherit'] });
  const samples: Sample[] = [];
  const began = Date.now();
  const first = await new Promise<{ port: number; teacherSecret: string; codes: string[] }>((resolve, reject) => {
    let buffer = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = JSON.parse(buffer.slice(0, newline)) as { port?: number; memory?: { heapUsed: number; rss: number }; moves?: number };
        buffer = buffer.slice(newline + 1);
        if (line.port !== undefined) resolve(line as never);
        if (line.memory) samples.push({ at: Date.now() - began, ...line.memory, moves: line.moves! });
      }
    });
    server.once('exit', (code) => reject(new Error(`the class server stopped (${code})`)));
  });

  const lags: number[] = [];
  let sent = 0;
  let refusedByRate = 0;
  const open = (): Promise<WebSocket> =>
    new Promise((resolve, reject) => {
      const socket = new WebSocket(`ws://127.0.0.1:${first.port}/ws`);
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
    });

  const teacher = await open();
  teacher.send(JSON.stringify({ type: 'teacher', secret: first.teacherSecret }));
  teacher.send(JSON.stringify({ type: 'control', command: 'start' }));

  // A fixed sequence of choices, the same every run.
  let seed = 12345;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pages = await Promise.all(
    Array.from({ length: SEATS }, async (_, index) => {
      const socket = await open();
      let moves: Array<{ event: unknown }> = [];
      socket.on('message', (data) => {
        const message = JSON.parse(data.toString()) as { type: string; changedAt?: number; view?: { moves?: Array<{ event: unknown }> }; message?: string };
        if (message.type === 'view') {
          lags.push(Date.now() - message.changedAt!);
          moves = message.view?.moves ?? [];
        }
        if (message.type === 'answer' && message.message?.endsWith('wait a moment')) refusedByRate++;
      });
      socket.send(JSON.stringify({ type: 'join', code: first.codes[index % first.codes.length] }));
      return { socket, moves: () => moves };
    }),
  );
  const timers = pages.map((page, index) =>
    setTimeout(() => {
      const timer = setInterval(() => {
        const offered = page.moves();
        if (offered.length === 0) return;
        page.socket.send(JSON.stringify({ type: 'move', event: offered[Math.floor(next() * offered.length)]!.event }));
        sent++;
      }, EVERY_MS);
      timers.push(timer as unknown as NodeJS.Timeout);
    }, (index * EVERY_MS) / SEATS),
  );
  await new Promise((resolve) => setTimeout(resolve, SESSION_MS));
  for (const timer of timers) clearInterval(timer);
  for (const page of pages) page.socket.close();
  teacher.close();
  server.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });

  const sorted = [...lags].sort((a, b) => a - b);
  const p95 = percentile(sorted, 95);
  const early = samples.find((sample) => sample.at >= SESSION_MS * 0.2) ?? samples[0];
  const last = samples.at(-1);
  const perMove = early && last && last.moves > early.moves ? (last.heapUsed - early.heapUsed) / (last.moves - early.moves) : Number.NaN;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    [
      `A class of ${SEATS} pages on 5 seats, each page making a move every ${EVERY_MS / 1000} s, for ${SESSION_MS / 60_000} minute${SESSION_MS === 60_000 ? '' : 's'} (the room's record saved as it goes):`,
      `  moves sent ${sent.toLocaleString('en-US')}, views received ${lags.length.toLocaleString('en-US')}, told to wait (rate limit) ${refusedByRate}`,
      `  behind the server's state: 50th ${percentile(sorted, 50)} ms, 95th ${p95} ms, 99th ${percentile(sorted, 99)} ms, worst ${sorted.at(-1)} ms`,
      ...samples.filter((_, index) => index % Math.max(1, Math.floor(samples.length / 6)) === 0 || _ === last).map((sample) => `  at ${(sample.at / 60_000).toFixed(1)} min: heap ${mb(sample.heapUsed)}, resident ${mb(sample.rss)}, ${sample.moves.toLocaleString('en-US')} moves kept`),
      `  heap growth after the first fifth of the session: ${Number.isFinite(perMove) ? `${Math.round(perMove)} bytes a move kept` : 'not measured (too short)'}`,
    ].join('\n'),
  );
  const meets = p95 <= 250;
  const flat = !Number.isFinite(perMove) || perMove <= 4096;
  console.log(`  ${meets ? 'meets' : 'MISSES'} the goal: 95th percentile ${p95} ms (at most 250 ms)`);
  console.log(`  ${flat ? 'meets' : 'MISSES'} the goal: memory flat apart from the moves kept (${Number.isFinite(perMove) ? `${Math.round(perMove)} bytes a move` : '—'}, at most 4 KB)`);
  process.exitCode = meets && flat ? 0 : 1;
}

if (process.argv.includes('--serve')) await serve();
else await measure();

/**
 * Driving `truce run --inspect` as a real process, and reading its socket as
 * a viewer would: each wait is on an event (a line printed, a message, an
 * exit), never on the clock.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startInspectorServer, type InspectorMessage, type InspectorServer } from '../../src/inspect/inspector/index.js';
import { ROOT } from '../cli/helpers.js';

export interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface LiveTruce {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the first match of `pattern` in stdout (or stderr), once printed; rejects if the process ends first. */
  printed(pattern: RegExp, stream?: 'stdout' | 'stderr'): Promise<RegExpMatchArray>;
  /** The inspector's port, once printed. */
  port(stream?: 'stdout' | 'stderr'): Promise<number>;
  /** The socket address for live viewers, with its token, once printed. */
  socketUrl(stream?: 'stdout' | 'stderr'): Promise<string>;
  exited: Promise<Exit>;
}

/** The live viewers' address `truce run --inspect` prints: its port, then its token. */
export const SOCKET_URL = /ws:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]{22})/;

export function startTruce(args: string[]): LiveTruce {
  const child = spawn(process.execPath, [join(ROOT, 'dist/cli/bin.js'), ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  let ended = false;
  const watchers = new Set<() => void>();
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text;
    for (const check of [...watchers]) check();
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
    for (const check of [...watchers]) check();
  });
  const exited = new Promise<Exit>((resolve) =>
    child.on('close', (code) => {
      ended = true;
      for (const check of [...watchers]) check();
      resolve({ code, stdout, stderr });
    }),
  );
  const printed = (pattern: RegExp, stream: 'stdout' | 'stderr' = 'stdout') =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(stream === 'stdout' ? stdout : stderr);
        if (match) {
          watchers.delete(check);
          resolve(match);
        } else if (ended) {
          watchers.delete(check);
          reject(new Error(`truce ended without printing ${pattern}; stdout:\n${stdout}\nstderr:\n${stderr}`));
        }
      };
      watchers.add(check);
      check();
    });
  const port = async (stream: 'stdout' | 'stderr' = 'stdout') => Number((await printed(/http:\/\/127\.0\.0\.1:(\d+)\//, stream))[1]);
  const socketUrl = async (stream: 'stdout' | 'stderr' = 'stdout') => (await printed(SOCKET_URL, stream))[0];
  return { child, printed, port, socketUrl, exited };
}

export interface Viewer {
  socket: WebSocket;
  messages: InspectorMessage[];
  /** Resolves once the server has closed the socket, with the close code. */
  closed: Promise<number>;
  /** A ping answered: every message the server sent before it has arrived. */
  roundTrip(): Promise<void>;
}

/** Connects to the inspector's socket at `url` (the address printed, with its token) and keeps every message. */
export function connectViewer(url: string): Promise<Viewer> {
  const socket = new WebSocket(url);
  const messages: InspectorMessage[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data)) as InspectorMessage));
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () =>
      resolve({
        socket,
        messages,
        closed,
        roundTrip: () => new Promise((done) => {
          socket.once('pong', () => done());
          socket.ping();
        }),
      }),
    );
  });
}

/** The step events of a replay, leaving out XState's own (`xstate.init`). */
export function stepEvents(messages: InspectorMessage[]): string[] {
  return messages.flatMap((message) => (message.type === '@xstate.event' && !message.event.type.startsWith('xstate.') ? [message.event.type] : []));
}

/** The snapshot sent right after the step with id `stepId`. */
export function snapshotAfter(messages: InspectorMessage[], stepId: string): unknown {
  const marker = messages.findIndex((message) => message.type === 'truce.step' && message.id === stepId);
  if (marker < 0) throw new Error(`no step ${stepId} was sent`);
  const snapshot = messages.slice(marker).find((message) => message.type === '@xstate.snapshot');
  return snapshot?.type === '@xstate.snapshot' ? snapshot.snapshot : undefined;
}

/** Whether a TCP connection to host:port is accepted. */
export function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A bare TCP client that upgrades to WebSocket (at `url`, with its token), then reads nothing and answers nothing (not even a close). */
export function silentClient(url: string): Socket {
  const { port, pathname, search } = new URL(url);
  const socket = connect({ host: '127.0.0.1', port: Number(port) });
  socket.on('error', () => {});
  socket.write(
    `GET ${pathname}${search} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
  );
  return socket;
}

/** An inspector server on a free port of 127.0.0.1; fails the test when it cannot listen. */
export async function inspectorServer(port = 0): Promise<InspectorServer> {
  const started = await startInspectorServer({ port });
  if (!started.ok) throw new Error(started.problems.map((problem) => problem.message).join('; '));
  return started.value;
}

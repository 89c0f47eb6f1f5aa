/**
 * Running `truce class` as a teacher does (a real process on a real port) and
 * joining it as its pages do, over a real WebSocket. Addresses and codes are
 * read from the process's own output: no fixed ports, no sleeps.
 */
import type { ChildProcess } from 'node:child_process';
import WebSocket from 'ws';
import { startServing } from '../support/server-process.js';

export interface ClassProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  teacherSecret: string;
  projectorSecret: string;
  /** Join code by party name, as printed. */
  codes: Map<string, string>;
  output(): { stdout: string; stderr: string };
  stop(): Promise<number | null>;
}

/** Starts `node dist/cli/bin.js class ...args` and resolves once it has printed its addresses and codes. */
export async function startClass(args: string[]): Promise<ClassProcess> {
  const started = await startServing('class', args, (stdout) => (stdout.includes('Press Ctrl-C to close the room.') ? stdout : undefined));
  const printed = started.ready;
  const teacher = /http:\/\/127\.0\.0\.1:(\d+)\/#teacher=([\w-]+)/.exec(printed)!;
  return {
    ...started,
    origin: `http://127.0.0.1:${teacher[1]}`,
    port: Number(teacher[1]),
    teacherSecret: teacher[2]!,
    projectorSecret: /#projector=([\w-]+)/.exec(printed)![1]!,
    codes: new Map([...printed.matchAll(/^ {2}(.+?) \(\w+\)\s+code (\S+)/gm)].map((match) => [match[1]!, match[2]!])),
  };
}

export interface Message {
  type: string;
  ok?: boolean;
  message?: string;
  role?: string;
  view?: { status: string; situation: string[]; timeline: Array<{ text: string; accepted: boolean }>; moves?: Array<{ type: string; event: Record<string, unknown> }>; seats?: Array<{ party: { id: string }; connected: number }> };
}

export interface Client {
  socket: WebSocket;
  send(message: unknown): void;
  /** The next message the room sends that `matches`. */
  next(matches?: (message: Message) => boolean): Promise<Message>;
  /** Resolves with the close code once the room closes the connection. */
  closed: Promise<number>;
}

/** A WebSocket client of the room, as a page (with the page's Origin unless another is given). */
export function connect(room: ClassProcess, headers: Record<string, string> = { Origin: room.origin }): Promise<Client> {
  const socket = new WebSocket(`ws://127.0.0.1:${room.port}/ws`, { headers });
  const queue: Message[] = [];
  const waiting: Array<{ matches: (message: Message) => boolean; resolve: (message: Message) => void }> = [];
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as Message;
    const index = waiting.findIndex((wait) => wait.matches(message));
    if (index >= 0) waiting.splice(index, 1)[0]!.resolve(message);
    else queue.push(message);
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('unexpected-response', (_request, response) => reject(new Error(`refused with ${response.statusCode}`)));
    socket.once('open', () =>
      resolve({
        socket,
        send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
        next: (matches = () => true) => {
          const index = queue.findIndex(matches);
          if (index >= 0) return Promise.resolve(queue.splice(index, 1)[0]!);
          return new Promise((resolveMessage) => waiting.push({ matches, resolve: resolveMessage }));
        },
        closed,
      }),
    );
  });
}

export const isAnswer = (message: Message) => message.type === 'answer';
export const isView = (message: Message) => message.type === 'view';

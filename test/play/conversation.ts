/**
 * Talking with a running `truce` process: send what a player would type,
 * and wait until the output shows what the test expects (never a fixed
 * sleep). When the process ends without showing it, the wait fails with the
 * whole transcript, so a failing test says what was on the screen.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { LineSource } from '../../src/files/index.js';
import { ROOT } from '../cli/helpers.js';

const BIN = join(ROOT, 'dist/cli/bin.js');

export interface Conversation {
  /** Everything printed so far (stdout and stderr, in arrival order). */
  transcript(): string;
  /** Waits for `pattern` in the output after the last match waited for; resolves with the text up to and including it. */
  until(pattern: RegExp): Promise<string>;
  /** Types `text` (add '\n', or '\r' on a terminal, to press Enter). */
  type(text: string): void;
  /** Closes the input, as at the end of a piped file. */
  endInput(): void;
  /** The exit code, once the process has ended. */
  exited: Promise<number>;
}

/**
 * A wait that outlasts this has failed: it reports the transcript instead of leaving the test to time
 * out blind. The mutation run shortens it (vitest.stryker.config.ts): a mutant that leaves play
 * waiting for an answer then fails the test at once, rather than costing a timeout and a restart.
 */
const GIVE_UP_MS = Number(process.env.CONVERSATION_GIVE_UP_MS ?? 30_000);

export interface ConversationOptions {
  cwd?: string;
  /** Run inside a pseudo-terminal (util-linux `script`), so the command sees a terminal on stdin and stdout. */
  terminal?: boolean;
}

function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The output side of a conversation: what was printed, and waiting for a pattern in it. */
function transcriptOf(): { write(text: string): void; end(): void; transcript(): string; until(pattern: RegExp): Promise<string> } {
  let output = '';
  let mark = 0;
  let ended = false;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  return {
    write(text) {
      output += text;
      changed();
    },
    end() {
      ended = true;
      changed();
    },
    transcript: () => output,
    until(pattern) {
      return new Promise((resolve, reject) => {
        const giveUp = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no ${pattern} in the output after ${GIVE_UP_MS / 1000} s; it printed:\n${output}`));
        }, GIVE_UP_MS);
        const check = () => {
          const rest = output.slice(mark);
          const found = pattern.exec(rest);
          if (found) {
            clearTimeout(giveUp);
            listeners.delete(check);
            const upTo = mark + found.index + found[0].length;
            const text = output.slice(mark, upTo);
            mark = upTo;
            resolve(text);
          } else if (ended) {
            clearTimeout(giveUp);
            listeners.delete(check);
            reject(new Error(`the process ended without printing ${pattern}; it printed:\n${output}`));
          }
        };
        listeners.add(check);
        check();
      });
    },
  };
}

/** Talks with `truce` in a process of its own: on a pipe, or with `terminal`, inside a pseudo-terminal. */
export function converse(args: string[], options: ConversationOptions = {}): Conversation {
  const env = { ...process.env, NO_COLOR: '1', TERM: 'xterm', COLUMNS: '120', LINES: '50' };
  const child = options.terminal
    ? spawn('script', ['-q', '-e', '-c', [process.execPath, BIN, ...args].map(shellQuote).join(' '), '/dev/null'], { cwd: options.cwd ?? ROOT, env })
    : spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env });
  const output = transcriptOf();
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => output.write(chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => output.write(chunk));
  const exited = new Promise<number>((resolve) =>
    child.on('close', (code) => {
      output.end();
      resolve(code ?? -1);
    }),
  );
  return { transcript: output.transcript, until: output.until, type: (text) => child.stdin.write(text), endInput: () => child.stdin.end(), exited };
}

/** Lines typed into a conversation, read one at a time as the command asks for them. */
function typedLines(): { input: LineSource; type(text: string): void; end(): void } {
  const ready: string[] = [];
  const waiting: Array<(line: string | null) => void> = [];
  let pending = '';
  let ended = false;
  const deliver = () => {
    while (waiting.length > 0 && (ready.length > 0 || ended)) waiting.shift()!(ready.length > 0 ? ready.shift()! : null);
  };
  return {
    input: {
      nextLine: () =>
        new Promise((resolve) => {
          waiting.push(resolve);
          deliver();
        }),
      close: () => {},
    },
    type(text) {
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      ready.push(...lines);
      deliver();
    },
    end() {
      // As at the end of a piped file: a last line with no line break is still a line.
      if (pending !== '') ready.push(pending);
      pending = '';
      ended = true;
      deliver();
    },
  };
}

/** Talks with `truce` in this process, through `main` and a piped input: the same conversation, nothing spawned. */
export function converseInProcess(args: string[]): Conversation {
  const output = transcriptOf();
  const lines = typedLines();
  const exited = main(args, {
    stdout: output.write,
    stderr: output.write,
    isTTY: false,
    env: { ...process.env, NO_COLOR: '1' },
    cwd: ROOT,
    openInput: () => lines.input,
  }).then((code) => {
    output.end();
    return code;
  });
  return { transcript: output.transcript, until: output.until, type: lines.type, endInput: lines.end, exited };
}

/** The number a numbered menu gives the first option that starts with `label`. */
export function optionNumber(menu: string, label: string): number {
  const line = menu.split('\n').find((candidate) => new RegExp(`^\\s*\\d+\\. ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(candidate));
  if (!line) throw new Error(`no option "${label}" in the menu:\n${menu}`);
  return Number(/^\s*(\d+)\./.exec(line)![1]);
}

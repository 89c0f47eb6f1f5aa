/** What a command may touch of the outside world, passed in so tests can run commands in-process. */
import { createInterface } from 'node:readline';
import type { LineSource } from '../files/index.js';

/** A terminal to read keys from and draw menus on (arrow-key menus in `truce play`). */
export interface Terminal {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
}

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour and symbols are for people, not pipes). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** The folder commands are run from: paths are shown relative to it. */
  cwd: string;
  /** Standard input as lines, opened only by a command that reads answers or waits for Enter. Absent: no input. */
  openInput?(): LineSource;
  /** Standard input and output as a terminal, when both are one. Absent: not a terminal. */
  terminal?: Terminal;
  /** Resolves when the user asks to stop (Ctrl-C, or SIGTERM); a server command then closes and returns. */
  interrupted?(): Promise<void>;
  /**
   * Whether writing the output failed: `closed` when its reader went away (`truce run ... | head`),
   * which is no one's mistake, `failed` for anything else (a full disk); null while all is well.
   */
  outputFailure?(): 'closed' | 'failed' | null;
  /** Resolves once what was written to stdout has gone (or failed to): `outputFailure` then knows. */
  flush?(): Promise<void>;
}

function linesOf(input: NodeJS.ReadableStream): LineSource {
  const reader = createInterface({ input, terminal: false });
  const lines = reader[Symbol.asyncIterator]();
  return {
    async nextLine() {
      const next = await lines.next();
      return next.done ? null : next.value;
    },
    close: () => reader.close(),
  };
}

function untilSignalled(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** What became of writing to stdout: once it fails, nothing more is written, and it is said once. */
function watchOutput(): { write(text: string): void; failure(): 'closed' | 'failed' | null; flush(): Promise<void> } {
  let failure: 'closed' | 'failed' | null = null;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (failure !== null) return;
    failure = error.code === 'EPIPE' ? 'closed' : 'failed';
    if (failure === 'failed') process.stderr.write(`truce: cannot write the output (${error.code === 'ENOSPC' ? 'the disk is full' : (error.code ?? error.message)})\n`);
  });
  return {
    write: (text) => {
      if (failure === null) process.stdout.write(text);
    },
    failure: () => failure,
    // An empty write's callback comes after every write before it.
    flush: () => new Promise((resolve) => (failure === null ? process.stdout.write('', () => resolve()) : resolve())),
  };
}

/** The process's own streams, environment and signals. */
export function processIo(): Io {
  const output = watchOutput();
  return {
    stdout: output.write,
    outputFailure: output.failure,
    flush: output.flush,
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
    openInput: () => linesOf(process.stdin),
    ...(process.stdin.isTTY && process.stdout.isTTY ? { terminal: { input: process.stdin, output: process.stdout } } : {}),
    interrupted: untilSignalled,
  };
}

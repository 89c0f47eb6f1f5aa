/** What a command may touch of the outside world, passed in so tests can run commands in-process. */
import { createInterface } from 'node:readline';

/** Lines read one at a time; `nextLine` resolves null once the input has ended. */
export interface LineInput {
  nextLine(): Promise<string | null>;
  /** Stops reading, so that an open input does not keep the process alive. */
  close(): void;
}

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
  openInput?(): LineInput;
  /** Standard input and output as a terminal, when both are one. Absent: not a terminal. */
  terminal?: Terminal;
  /** Resolves when the user asks to stop (Ctrl-C, or SIGTERM); a server command then closes and returns. */
  interrupted?(): Promise<void>;
}

function linesOf(input: NodeJS.ReadableStream): LineInput {
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

/** The process's own streams, environment and signals. */
export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
    openInput: () => linesOf(process.stdin),
    ...(process.stdin.isTTY && process.stdout.isTTY ? { terminal: { input: process.stdin, output: process.stdout } } : {}),
    interrupted: untilSignalled,
  };
}

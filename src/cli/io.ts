/** What a command may touch of the outside world, passed in so tests can run commands in-process. */
import { createInterface } from 'node:readline';

/** Lines read one at a time; `nextLine` resolves null once the input has ended. */
export interface LineInput {
  nextLine(): Promise<string | null>;
  /** Stops reading, so that an open input does not keep the process alive. */
  close(): void;
}

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour and symbols are for people, not pipes). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** Standard input as lines, opened only by a command that waits for Enter (`run --inspect --step`). Absent: no input. */
  openInput?(): LineInput;
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

export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    openInput: () => linesOf(process.stdin),
  };
}

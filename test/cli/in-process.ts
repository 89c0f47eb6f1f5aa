/**
 * Running `truce` in this process, through `main` and an `Io` that keeps what
 * is written: the same code path as the command line, with nothing spawned,
 * so the mutation run sees the command line's code too. Tests that need a
 * real process (signals, a terminal, the current folder, the built bundle)
 * use `truce` from helpers.ts instead.
 */
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import type { LineSource } from '../../src/files/index.js';
import { ROOT, type Run } from './helpers.js';

export interface InProcessOptions {
  /** Replaces the environment; by default the test's own, with NO_COLOR=1. */
  env?: Record<string, string | undefined>;
  /** What standard input holds, as text: one answer per line. Absent: no input at all. */
  input?: string;
  /** Whether stdout is a terminal (colour): false unless told. */
  isTTY?: boolean;
}

function linesOf(text: string): LineSource {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let next = 0;
  return { nextLine: async () => (next < lines.length ? lines[next++]! : null), close: () => {} };
}

/** Runs `truce ...args` in this process and resolves with its exit code and what it wrote. */
export async function truceInProcess(args: string[], options: InProcessOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTTY: options.isTTY ?? false,
    env: options.env ?? { ...process.env, NO_COLOR: '1' },
    cwd: ROOT,
    ...(options.input !== undefined ? { openInput: () => linesOf(options.input!) } : {}),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

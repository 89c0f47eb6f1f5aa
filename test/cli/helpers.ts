/**
 * Running the built `truce` command as a user would: a real process, its output and exit code.
 * `test/global-setup.ts` builds dist/ before any test runs.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'dist/cli/bin.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Replaces the environment; by default the test's own, with NO_COLOR=1. */
  env?: NodeJS.ProcessEnv;
  /** Kills the process after this long and fails: a hang detector, not a timing check. */
  timeoutMs?: number;
}

/** Runs `node dist/cli/bin.js ...args`, its input closed, and resolves when it exits, whatever its exit code. */
export function truce(args: string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: options.cwd ?? ROOT,
        env: options.env ?? { ...process.env, NO_COLOR: '1' },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
      },
      (error, stdout, stderr) => {
        if (error?.killed) reject(new Error(`truce ${args.join(' ')} did not finish within ${options.timeoutMs} ms (killed by ${error.signal})`));
        else if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
    // As from a terminal where nothing is typed: a command that asks (truce play) sees the input end.
    child.stdin?.end();
  });
}

/** A scratch folder for the files a test writes; `remove` deletes it. */
export function scratchFolder(): { write(name: string, content: string | Uint8Array): string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'truce-cli-'));
  return {
    write(name, content) {
      const file = join(folder, name);
      writeFileSync(file, content);
      return file;
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

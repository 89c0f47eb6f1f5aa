/**
 * A command of truce that serves until Ctrl-C (`view`, `class`), run as a user
 * runs it: a real process, its output read as it comes, ready once the output
 * says so (an address printed). No fixed ports, no sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../cli/helpers.js';

export interface ServerProcess {
  child: ChildProcess;
  output(): { stdout: string; stderr: string };
  /** Sends Ctrl-C (SIGINT) and resolves with the exit code once the process has exited. */
  stop(): Promise<number | null>;
}

/** Resolves with the exit code once `child` has exited (at once if it already has). */
export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/**
 * Starts `node dist/cli/bin.js <command> ...args`; resolves once `ready` finds what it waits for in
 * the output so far, and rejects if the process exits first.
 */
export function startServing<T>(command: string, args: readonly string[], ready: (stdout: string) => T | undefined): Promise<ServerProcess & { ready: T }> {
  const child = spawn(process.execPath, [join(ROOT, 'dist/cli/bin.js'), command, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let started = false;
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (started) return;
      const found = ready(stdout);
      if (found === undefined) return;
      started = true;
      resolve({
        child,
        ready: found,
        output: () => ({ stdout, stderr }),
        stop: () => {
          const exited = exitOf(child);
          child.kill('SIGINT');
          return exited;
        },
      });
    });
    child.once('exit', (code) => {
      if (!started) reject(new Error(`truce ${command} exited (${code}) before it was ready:\n${stdout}${stderr}`));
    });
  });
}

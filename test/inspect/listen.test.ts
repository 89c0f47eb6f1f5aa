/**
 * Opening a port: one path for `truce view` and `truce run --inspect`, and one
 * plain line for each way it can fail. A port below 1024 is tried for real as
 * an unprivileged user (these tests may run as root, who may use any port: the
 * command is then run as `nobody`).
 */
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listenOnLoopback } from '../../src/inspect/listen.js';
import { ROOT, type Run } from '../cli/helpers.js';

/** A server whose `listen` fails with `code`, as node's does: an 'error' event after the call returns. */
function failingServer(code: string): Server {
  const server = new EventEmitter() as EventEmitter & { listen(): void };
  server.listen = () => void setImmediate(() => server.emit('error', Object.assign(new Error(`listen ${code}`), { code })));
  return server as unknown as Server;
}

describe('listenOnLoopback', () => {
  it.each([
    ['EACCES', 'port-forbidden', 'not allowed to listen on port 81 (ports below 1024 need administrator rights); choose another with --port, or --port 0 for any free port'],
    ['EADDRINUSE', 'port-in-use', 'port 81 is already in use on 127.0.0.1; choose another with --port, or --port 0 for any free port'],
    ['EADDRNOTAVAIL', 'cannot-listen', 'cannot listen on 127.0.0.1:81 (EADDRNOTAVAIL); choose another with --port, or --port 0 for any free port'],
  ])('says %s in one plain line, with what to do', async (code, problemCode, message) => {
    expect(await listenOnLoopback(failingServer(code), 81)).toEqual({ ok: false, problems: [{ code: problemCode, message }] });
  });
});

/** The user to run as so that a port below 1024 is refused: `nobody` when the tests run as root, else the tests' own user. */
const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
/** Linux lets anyone use ports from this one up (1024 unless lowered); on another system, ports below 1024 are privileged. */
const firstUnprivilegedPort = (() => {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_unprivileged_port_start', 'utf8'));
  } catch {
    return 1024;
  }
})();

function truceAs(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [join(ROOT, 'dist/cli/bin.js'), ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', timeout: 30_000, ...unprivileged }, (error, stdout, stderr) => {
      // Killed: it listened after all, and would have served until stopped.
      if (error?.killed) reject(new Error(`truce ${args.join(' ')} listened on a port below 1024`));
      else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
    child.stdin?.end();
  });
}

describe.runIf(firstUnprivilegedPort > 81)('a port below 1024, as a user without administrator rights', () => {
  it.each([
    ['view', ['view', 'scenarios/pause-2023-11.yaml', '--port', '81']],
    ['run', ['run', 'scenarios/pause-2023-11.yaml', '--inspect', '--port', '81']],
  ])('is refused by truce %s in one plain line, exit 2, never an internal error', async (command, args) => {
    const { code, stdout, stderr } = await truceAs(args);

    expect(stderr).toBe(`truce ${command}: not allowed to listen on port 81 (ports below 1024 need administrator rights); choose another with --port, or --port 0 for any free port\n`);
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });
});

/**
 * Files refused before their text is read whole: too large, not a regular
 * file (a device or a named pipe would be read without end), or at a path
 * that cannot be opened.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readTextFile } from '../../src/files/index.js';
import { readScenarioFile } from '../../src/scenario/index.js';

const folder = mkdtempSync(join(tmpdir(), 'truce-limits-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const problemAt = (file: string, code: string, message: unknown) => ({ ok: false, problems: [{ code, file, line: 1, column: 1, path: [], message }] });

describe('readTextFile', () => {
  it('refuses a file larger than 16 MB, giving its size, without reading it', async () => {
    const file = join(folder, 'huge.yaml');
    writeFileSync(file, '');
    // A sparse file: 17 MB long on paper, nothing written.
    truncateSync(file, 17 * 1024 * 1024);

    expect(await readScenarioFile(file)).toEqual(problemAt(file, 'too-large', 'the file is too large (17.0 MB); files may be at most 16 MB'));
  });

  it('reads a file of exactly 16 MB, the largest allowed', async () => {
    const file = join(folder, 'largest.yaml');
    writeFileSync(file, '');
    truncateSync(file, MAX_FILE_BYTES);

    const result = await readTextFile(file);

    expect(result.ok && result.value.length).toBe(MAX_FILE_BYTES);
  });

  it('takes a lower limit when given one, and says what it is', async () => {
    const file = join(folder, 'small.yaml');
    writeFileSync(file, 'x'.repeat(2 * 1024 * 1024));

    expect(await readTextFile(file, { maxBytes: 1024 * 1024 })).toEqual(problemAt(file, 'too-large', 'the file is too large (2.0 MB); files may be at most 1 MB'));
    expect((await readTextFile(file, { maxBytes: 2 * 1024 * 1024 })).ok).toBe(true);
  });

  it('refuses a device, which says it is empty and never ends, without reading from it', async () => {
    expect(await readTextFile('/dev/zero')).toEqual(problemAt('/dev/zero', 'not-a-file', expect.stringContaining('not a regular file')));
  });

  it('refuses a named pipe with no writer at once, instead of waiting for one', async () => {
    const fifo = join(folder, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);

    expect(await readTextFile(fifo)).toEqual(problemAt(fifo, 'not-a-file', expect.stringContaining('not a regular file')));
  });

  it('reads a link to a regular file as the file', async () => {
    const file = join(folder, 'target.yaml');
    writeFileSync(file, 'id: x\n');
    const link = join(folder, 'link.yaml');
    execFileSync('ln', ['-s', file, link]);

    expect(await readTextFile(link)).toEqual({ ok: true, value: 'id: x\n' });
  });

  it('reads what a file holds when it is read, even past the size it had when looked at', async () => {
    const file = join(folder, 'growing.yaml');
    writeFileSync(file, 'a');
    appendFileSync(file, 'bc');

    expect(await readTextFile(file)).toEqual({ ok: true, value: 'abc' });
  });

  it('reports a path that goes through a file as no such file, saying why', async () => {
    const file = join(folder, 'plain.yaml');
    writeFileSync(file, 'id: x\n');
    const inside = join(file, 'inside.yaml');

    expect(await readTextFile(inside)).toEqual(problemAt(inside, 'no-such-file', 'no such file (part of the path is a file, not a folder)'));
  });

  it('reports a path that exists but cannot be opened as a file (a socket), with the reason code', async () => {
    const socket = join(folder, 'socket.yaml');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));

    try {
      // ENXIO on Linux; other systems give other codes for opening a socket.
      expect(await readTextFile(socket)).toEqual(problemAt(socket, 'unreadable', expect.stringMatching(/^cannot open this file \(E[A-Z]+\)$/)));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

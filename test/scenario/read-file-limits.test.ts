/** Files refused before their text is read: too large, at a path that cannot be opened, or not readable. */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_SCENARIO_BYTES, readScenarioFile } from '../../src/scenario/index.js';

const folder = mkdtempSync(join(tmpdir(), 'truce-limits-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('readScenarioFile', () => {
  it('refuses a file larger than 16 MB, giving its size, without reading it', async () => {
    const file = join(folder, 'huge.yaml');
    writeFileSync(file, '');
    // A sparse file: 17 MB long on paper, nothing written.
    truncateSync(file, 17 * 1024 * 1024);

    const result = await readScenarioFile(file);

    expect(result).toEqual({
      ok: false,
      issues: [{ file, line: 1, column: 1, path: '', message: 'the file is too large (17.0 MB); scenario files may be at most 16 MB' }],
    });
  });

  it('reads a file of exactly 16 MB, the largest allowed', async () => {
    const file = join(folder, 'largest.yaml');
    writeFileSync(file, '');
    truncateSync(file, MAX_SCENARIO_BYTES);

    const result = await readScenarioFile(file);

    // Sixteen million zero bytes are not a scenario, but they were read and parsed.
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.issues[0]!.message).not.toContain('too large');
  });

  it('reports a path that goes through a file as one that cannot be opened, with the reason code', async () => {
    const file = join(folder, 'plain.yaml');
    writeFileSync(file, 'id: x\n');

    const result = await readScenarioFile(join(file, 'inside.yaml'));

    expect(result).toEqual({
      ok: false,
      issues: [{ file: join(file, 'inside.yaml'), line: 1, column: 1, path: '', message: 'cannot open this file (ENOTDIR)' }],
    });
  });

  it('reports a path that exists but cannot be read as a file (a socket), with the reason code', async () => {
    const socket = join(folder, 'socket.yaml');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));

    try {
      const result = await readScenarioFile(socket);

      // ENXIO on Linux; other systems give other codes for opening a socket.
      expect(result).toEqual({ ok: false, issues: [{ file: socket, line: 1, column: 1, path: '', message: expect.stringMatching(/^cannot read this file \(E[A-Z]+\)$/) }] });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

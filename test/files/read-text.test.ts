/** Reading data files from disk: problems opening or decoding a file are problems like any other, with a code. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readScenarioFile, replayScenario } from '../../src/scenario/index.js';
import { fileText, SCENARIOS_DIR } from '../scenario/helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'truce-read-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const goodText = fileText(`
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire service }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
  - id: opened
    date: 2024-01-02
    event: { type: TALKS_OPENED, where: Cairo }
    source: wire
`);

describe('readScenarioFile', () => {
  it('reports a file that does not exist', async () => {
    const file = join(folder, 'missing.yaml');

    const result = await readScenarioFile(file);

    expect(result).toEqual({ ok: false, problems: [{ code: 'no-such-file', file, line: 1, column: 1, path: [], message: 'no such file' }] });
  });

  it('reports a folder given as a file', async () => {
    const dir = join(folder, 'a-folder.yaml');
    mkdirSync(dir);

    const result = await readScenarioFile(dir);

    expect(result).toEqual({ ok: false, problems: [{ code: 'not-a-file', file: dir, line: 1, column: 1, path: [], message: 'this is a folder, not a file' }] });
  });

  it('reports a file that is not UTF-8 at the line and column of the first bad byte', async () => {
    const file = join(folder, 'latin1.yaml');
    // Line 4 is `sources: [{ id: wire, title: Wire service }]`; the bad bytes go before "Wire".
    const at = goodText.indexOf('Wire service');
    writeFileSync(file, Buffer.concat([Buffer.from(goodText.slice(0, at)), Buffer.from([0xff, 0xfe]), Buffer.from(goodText.slice(at))]));

    const result = await readScenarioFile(file);

    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'not-utf8', line: 4, column: 30, message: expect.stringContaining('not UTF-8') })] });
  });

  it('reads a UTF-8 file that starts with a byte order mark', async () => {
    const file = join(folder, 'bom.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(goodText)]));

    const result = await readScenarioFile(file);

    expect(result.ok).toBe(true);
  });

  it('reads a file with CRLF line endings', async () => {
    const file = join(folder, 'crlf.yaml');
    writeFileSync(file, goodText.replaceAll('\n', '\r\n'));

    const result = await readScenarioFile(file);

    expect(result.ok).toBe(true);
  });

  it('reads the JSON form of a scenario to the same trace as its YAML form', async () => {
    const yamlFile = join(SCENARIOS_DIR, 'rafah-2024-05.yaml');
    const jsonFile = join(folder, 'rafah-2024-05.json');
    writeFileSync(jsonFile, JSON.stringify(parse(readFileSync(yamlFile, 'utf8')), null, 2));

    const [fromYaml, fromJson] = await Promise.all([readScenarioFile(yamlFile), readScenarioFile(jsonFile)]);

    if (!fromYaml.ok || !fromJson.ok) throw new Error('expected both forms of the scenario to load');
    expect(fromJson.value).toEqual(fromYaml.value);
    expect(JSON.stringify(replayScenario(fromJson.value))).toBe(JSON.stringify(replayScenario(fromYaml.value)));
    expect(JSON.stringify(replayScenario(fromJson.value, { branch: 'pause-for-release' }))).toBe(
      JSON.stringify(replayScenario(fromYaml.value, { branch: 'pause-for-release' })),
    );
  });
});

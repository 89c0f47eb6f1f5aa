/**
 * Nothing a file says reaches the terminal as a control character: text with
 * one is refused when it is read (scenarios, exercises, students' solutions,
 * authors and addresses included), and what is printed from outside (file
 * names, arguments) is escaped by `printable`. Checked on the bytes the real
 * `truce` process writes.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, scratchFolder, truce } from './helpers.js';

const scratch = scratchFolder();
afterAll(() => scratch.remove());
const SCRATCH = dirname(scratch.write('.keep', ''));

/** Writes `path` (with its folders) in the scratch folder and returns where. */
function put(path: string, content: string): string {
  mkdirSync(dirname(join(SCRATCH, path)), { recursive: true });
  return scratch.write(path, content);
}

/** An escape sequence that sets the terminal's title, then one that clears the screen. */
const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J';

/**
 * A byte a terminal acts on instead of showing: a C0 or C1 control (a line break and a tab aside, and a CR
 * only as the CSV's line end) or a character that changes the direction of text.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

const REFERENCE = readFileSync(join(ROOT, 'exercises/solutions/first-deal.yaml'), 'utf8');

/** The first-deal exercise as data, to change and write back as JSON (where any character can be written as an escape). */
type ExerciseData = { prompt: string; hints: string[]; goal: Array<Record<string, unknown>>; start: { sources: Array<Record<string, unknown>> } };
const firstDeal = (): ExerciseData => parse(readFileSync(join(ROOT, 'exercises/first-deal.yaml'), 'utf8')) as ExerciseData;

/** A folder of exercises holding first-deal (as JSON), changed by `edit`. */
function packWith(name: string, edit: (exercise: ExerciseData) => void): string {
  const exercise = firstDeal();
  edit(exercise);
  put(`${name}/first-deal.json`, JSON.stringify(exercise));
  put(`${name}/solutions/first-deal.yaml`, REFERENCE);
  return join(SCRATCH, name);
}

describe('text from a file, on the terminal', () => {
  it("refuses a student's author holding an escape sequence, and writes no control character in the class table or its CSV", async () => {
    const folder = dirname(put('class/eve.yaml', REFERENCE.replace('author: reference solution', `author: "Eve${HOSTILE.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a')}"`)));
    put('class/ben.yaml', REFERENCE.replace('author: reference solution', 'author: Ben'));

    const table = await truce(['exercise', 'check', 'first-deal', folder]);
    const csv = await truce(['exercise', 'check', 'first-deal', folder, '--csv']);

    expect(table.code).toBe(2);
    expect(table.stdout).toMatch(/^eve\.yaml +- +broken: 1 problem/m);
    expect(table.stdout).toContain('1 of 2 solved; 1 broken file');
    expect(table.stderr).toContain('eve.yaml:2:9: author: contains a control character (U+001B), which could change what a terminal shows; remove it');
    expect(table.stdout + table.stderr).not.toMatch(CONTROL);
    expect(csv.stdout + csv.stderr).not.toMatch(CONTROL);
  });

  it('escapes a control character in the name of a file it grades, in the table and in the CSV', async () => {
    const folder = dirname(put('named/\u001b[31mred.yaml', REFERENCE));

    const table = await truce(['exercise', 'check', 'first-deal', folder]);
    const csv = await truce(['exercise', 'check', 'first-deal', folder, '--csv']);

    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^\\u001b\[31mred\.yaml +reference solution +7\/7 \(100%\) +yes$/m);
    expect(csv.stdout.split('\r\n')[1]).toBe('\\u001b[31mred.yaml,reference solution,3,7,7,100,yes,,');
    expect(table.stdout + table.stderr + csv.stdout + csv.stderr).not.toMatch(CONTROL);
  });

  it.each([
    ['a prompt', (exercise: ExerciseData) => void (exercise.prompt += HOSTILE), 'prompt'],
    ["a source's address", (exercise: ExerciseData) => void (exercise.start.sources[0]!.url = `https://example.org/${HOSTILE}`), 'start.sources[0].url'],
    ["a goal's value", (exercise: ExerciseData) => void (exercise.goal[1]!.equals = `qatar${HOSTILE}`), 'goal[1].equals'],
    ['a hint', (exercise: ExerciseData) => void (exercise.hints[1] += HOSTILE), 'hints[1]'],
  ])('refuses an exercise with an escape sequence in %s, and shows none of it', async (_what, edit, place) => {
    const pack = packWith(`pack-${place.replace(/\W/g, '-')}`, edit);

    const shown = await truce(['exercise', 'show', 'first-deal', '--debrief', '--teacher', '--exercises', pack]);

    expect(shown.code).toBe(2);
    expect(shown.stdout).toBe('');
    expect(shown.stderr).toContain(`: ${place}: contains a control character (U+001B), which could change what a terminal shows; remove it`);
    expect(shown.stderr).not.toMatch(CONTROL);
  });

  it("refuses a scenario's note with an escape sequence when it is run, and shows none of it", async () => {
    const text = readFileSync(join(ROOT, 'scenarios/pause-2023-11.yaml'), 'utf8').replace("note: Israel's cabinet approves the deal (timeline).", 'note: "approves \\e]0;pwned\\a"');
    const file = put('note.yaml', text);

    const run = await truce(['run', file, '--verbose']);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/note\.yaml:\d+:\d+: steps\[1\]\.note: contains a control character \(U\+001B\)/);
    expect(run.stdout + run.stderr).not.toMatch(CONTROL);
  });
});

describe('what was typed, quoted back', () => {
  it.each([
    [['run', 'scenarios/pause-2023-11.yaml', `extra${HOSTILE}`], 'truce run: unexpected argument "extra\\u001b]0;pwned\\u0007\\u001b[2J" (see truce run --help)\n'],
    [[`ru${HOSTILE}`], `truce: unknown command "ru\\u001b]0;pwned\\u0007\\u001b[2J"; commands: run, validate, schema, view, diagram, export, exercise, paths, play, simulate, class; see truce --help\n`],
  ])('escapes a control character in %j', async (args, message) => {
    const { code, stdout, stderr } = await truce(args);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });

  it('escapes a control character in the name of an exercise file it lists as known', async () => {
    const pack = packWith('pack-named', () => {});
    put(`pack-named/pause${HOSTILE}.yaml`, 'not an exercise');

    const { code, stderr } = await truce(['exercise', 'show', 'nothing-like-it', '--exercises', pack]);

    expect(code).toBe(2);
    expect(stderr).toContain('pause\\u001b]0;pwned\\u0007\\u001b[2J');
    expect(stderr).not.toMatch(CONTROL);
  });
});

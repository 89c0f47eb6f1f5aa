/**
 * Exercises and solutions read from disk: a folder of exercises listed by
 * level and then id, with its broken files and unreadable entries said; the
 * files of a folder in the same order on every machine; a missing exercise
 * file, an oversized solution file, and telling a folder from a file.
 */
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFilesIn, isFolder, readExerciseFile, readExerciseFolder, readSolutionFile, MAX_SOLUTION_BYTES } from '../../src/exercise/index.js';
import { renderProblem } from '../../src/files/index.js';
import { scratchFolder } from '../cli/helpers.js';
import { SCENARIOS_DIR } from '../scenario/helpers.js';
import { EXERCISES_DIR, fileText, shippedExercise } from './helpers.js';

const scratch = scratchFolder();
afterAll(() => scratch.remove());
const SCRATCH = dirname(scratch.write('.keep', ''));

/** A fresh folder in the scratch folder. */
function folder(name: string): string {
  const path = join(SCRATCH, name);
  mkdirSync(path);
  return path;
}

/** An exercise file of this id and level, starting from the May 2024 scenario. */
function exerciseText(id: string, level: number): string {
  return fileText(`
id: ${id}
title: Test
level: ${level}
kind: reach-goal
prompt: Do something.
start: { scenario: ${join(SCENARIOS_DIR, 'rafah-2024-05.yaml')}, upTo: burns-netanyahu }
goal:
  - { state: { talks: accepted } }
hints: [Think.]
debrief: { text: What happened., sources: [article] }
solution: solutions/${id}.yaml
`);
}

describe('a folder of exercises', () => {
  it('lists the shipped exercises by level, and by id within a level', async () => {
    const shelf = await readExerciseFolder(EXERCISES_DIR);

    expect(shelf.exercises.map((exercise) => `${exercise.level} ${exercise.id}`)).toEqual([
      '1 first-deal',
      '1 pause-too-early',
      '2 living-and-dead',
      '2 mediator-cannot-accept',
      '2 pause-lapses',
      '2 shortest-ceasefire',
      '3 complete-the-week',
      '3 outside-the-deal',
      '3 pause-once-per-deal',
      '3 rafah-pause-for-release',
      '4 november-2023',
      '4 pause-to-lasting-ceasefire',
      '4 phase-two-not-agreed',
      '4 what-if-rafah-pause',
      '5 ceasefire-outlasts-talks',
    ]);
    expect([shelf.problems, shelf.skipped]).toEqual([[], []]);
  });

  it('lists what loads, and says the problems of a broken file and which entries it did not read', async () => {
    const path = folder('shelf');
    // deal-two.yaml comes before deal.yaml ('-' before '.'), but the id deal before deal-two.
    for (const [id, level] of [['zeta', 2], ['deal-two', 2], ['deal', 2], ['omega', 1], ['alpha', 3]] as const) scratch.write(`shelf/${id}.yaml`, exerciseText(id, level));
    scratch.write('shelf/broken.yaml', 'id: [');
    scratch.write('shelf/notes.txt', 'not an exercise');
    mkdirSync(join(path, 'old.yaml'));

    const shelf = await readExerciseFolder(path);

    expect(shelf.exercises.map((exercise) => exercise.id)).toEqual(['omega', 'deal', 'deal-two', 'zeta', 'alpha']);
    expect(shelf.problems.map((problem) => renderProblem({ ...problem, file: basename(problem.file) }))).toEqual(['broken.yaml:1:6: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]']);
    expect(shelf.skipped).toEqual([{ file: join(path, 'old.yaml'), why: 'it is a folder' }]);
  });
});

describe('the data files of a folder', () => {
  it('are listed in code-unit order, the same on every machine, and so are the entries left out', async () => {
    // An emoji (two code units, the first \uD83D) comes before a fullwidth Ａ (\uFF21), though its UTF-8 bytes sort after.
    const path = folder('order');
    const names = ['b.yaml', 'B.yaml', 'a.json', 'c.yml', '10.yaml', '9.yaml', 'é.yaml', 'e.yaml', 'A.YAML', '_x.yaml', 'zz.yaml', 'm.yaml', '\u{1F600}.yaml', '\uFF21.yaml'];
    for (const name of names) scratch.write(`order/${name}`, 'x: 1\n');
    for (const name of ['k.yaml', 'd.yaml', 'x.yaml', 'f.yaml', '\uFF21\uFF21.yaml', '\u{1F600}\u{1F600}.yaml']) mkdirSync(join(path, name));

    const listing = await dataFilesIn(path);

    expect(listing).toEqual({
      files: ['10.yaml', '9.yaml', 'A.YAML', 'B.yaml', '_x.yaml', 'a.json', 'b.yaml', 'c.yml', 'e.yaml', 'm.yaml', 'zz.yaml', 'é.yaml', '\u{1F600}.yaml', '\uFF21.yaml'].map((name) => join(path, name)),
      skipped: ['d.yaml', 'f.yaml', 'k.yaml', 'x.yaml', '\u{1F600}\u{1F600}.yaml', '\uFF21\uFF21.yaml'].map((name) => ({ file: join(path, name), why: 'it is a folder' })),
    });
  });
});

describe('reading one file', () => {
  it('says that an exercise file is not there', async () => {
    const missing = join(SCRATCH, 'nowhere.yaml');

    const result = await readExerciseFile(missing);

    expect(result.ok ? [] : result.problems.map(renderProblem)).toEqual([`${missing}:1:1: no such file`]);
  });

  it(`refuses a solution file over ${MAX_SOLUTION_BYTES} bytes without reading it, saying a real one is far smaller`, async () => {
    const exercise = await shippedExercise('first-deal');
    const file = scratch.write('huge.yaml', `author: Lee\nnote: ${'x'.repeat(MAX_SOLUTION_BYTES)}\nsteps: []\n`);

    const result = await readSolutionFile(file, exercise);

    expect(result.ok ? [] : result.problems.map(renderProblem)).toEqual([`${file}:1:1: the file is too large (0.5 MB); files may be at most 0.5 MB; a solution of a thousand steps takes far less`]);
  });

  it('tells a folder from a file and from nothing at all', async () => {
    expect([await isFolder(SCRATCH), await isFolder(join(SCRATCH, '.keep')), await isFolder(join(SCRATCH, 'nothing-here'))]).toEqual([true, false, false]);
  });
});

import { basename, dirname, resolve } from 'node:path';
import { findExercise, gradeSolution, isFolder, dataFilesIn, readExerciseFolder, readSolutionFile, runSolution, LEVELS, type Exercise, type Grade } from '../../exercise/index.js';
import { fileProblem } from '../../files/index.js';
import { printable } from '../../words/index.js';
import { paletteFor } from '../color.js';
import { defineCommand, defineGroup, EXIT, UsageError } from '../command.js';
import type { Io } from '../io.js';
import { classToJson, formatClassCsv, formatClassTable, type ClassRow } from '../format/class-results.js';
import { formatExercise, formatExerciseList, formatHint, type ReferenceSolution } from '../format/exercise-text.js';
import { formatGradeReport, gradeToJson } from '../format/grade-report.js';
import { reportProblems, valueOrReport } from '../load-for-cli.js';
import { MAX_SIZE_OPTION, readLimit } from '../max-size.js';
import { BUILT_IN_EXERCISES } from '../package-files.js';

const EXERCISES_OPTION = {
  exercises: { type: 'string', value: '<folder>', default: BUILT_IN_EXERCISES, description: "read exercises from this folder instead of truce-sim's own" },
  ...MAX_SIZE_OPTION,
} as const;

const ID = { name: 'id', description: 'the exercise, by its id (see truce exercise list)' };

/** The folder of exercises, or undefined after saying it is not one. */
async function exerciseFolder(folder: string, io: Io): Promise<string | undefined> {
  if (await isFolder(folder)) return folder;
  io.stderr(`${printable(folder)}: no such folder of exercises\n`);
  return undefined;
}

async function exerciseOrReport(folder: string, id: string, io: Io, megabytes: number): Promise<Exercise | undefined> {
  if (!(await exerciseFolder(folder, io))) return undefined;
  const found = await findExercise(folder, id, readLimit(megabytes));
  if (!found.ok && found.problems[0]?.code === 'not-found') {
    io.stderr(`truce exercise: ${printable(found.problems[0].message)}\n`);
    return undefined;
  }
  return valueOrReport(found, io);
}

/** Entries of a folder left out, on stderr: a teacher should know a file was not read. */
function reportSkipped(skipped: ReadonlyArray<{ file: string; why: string }>, io: Io): void {
  for (const { file, why } of skipped) io.stderr(`${printable(file)}: skipped: ${why}\n`);
}

const list = defineCommand({
  name: 'list',
  summary: 'The exercises: id, level, kind and title',
  positionals: [],
  options: { json: { type: 'boolean', description: 'print JSON (for other tools)' }, ...EXERCISES_OPTION },
  examples: ['truce exercise list', 'truce exercise list --json'],
  exitCodes: [
    { code: EXIT.ok, meaning: 'every exercise file was read' },
    { code: EXIT.badInput, meaning: 'the folder does not exist, or an exercise file is broken (its problems on stderr; the others are listed)' },
  ],
  async run({ options }, io) {
    const folder = await exerciseFolder(options.exercises, io);
    if (!folder) return EXIT.badInput;
    const { exercises, problems, skipped } = await readExerciseFolder(folder, readLimit(options['max-size']));
    reportProblems(io, problems);
    reportSkipped(skipped, io);
    if (options.json) {
      const rows = exercises.map(({ id, level, kind, title }) => ({ id, level, levelName: LEVELS[level], kind, title }));
      io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    } else {
      io.stdout(formatExerciseList(exercises, paletteFor(io)));
    }
    return problems.length > 0 ? EXIT.badInput : EXIT.ok;
  },
});

/**
 * What only a teacher should see: the reference solution and the debrief. Not a lock: the exercise files
 * hold the debriefs and hints for anyone who opens them. What students cannot get from the package is the
 * reference solutions, which it leaves out (package.json's files).
 */
const TEACHER_OPTION = {
  teacher: { type: 'boolean', description: 'also show the reference solution (for teachers; the npm package leaves the solutions out)' },
} as const;

/** The exercise's reference solution, read from where the exercise says it is. */
async function referenceSolution(exercise: Exercise): Promise<ReferenceSolution> {
  const file = resolve(dirname(exercise.file), exercise.solution);
  return { file, load: await readSolutionFile(file, exercise) };
}

const show = defineCommand({
  name: 'show',
  summary: 'The exercise: what to do, where it starts, the goal and the constraints',
  positionals: [ID],
  options: {
    debrief: { type: 'boolean', description: 'also print what actually happened, with sources (the debrief; needs --teacher: students see it once solved)' },
    ...TEACHER_OPTION,
    ...EXERCISES_OPTION,
  },
  examples: ['truce exercise show first-deal', 'truce exercise show first-deal --teacher --debrief'],
  exitCodes: [
    { code: EXIT.ok, meaning: 'the exercise was shown' },
    { code: EXIT.badInput, meaning: 'no exercise has this id, or its file is broken' },
  ],
  async run({ positionals, options }, io) {
    if (options.debrief && !options.teacher) {
      throw new UsageError('the debrief is for teachers: add --teacher (students see it when truce exercise check finds their solution solved)');
    }
    const exercise = await exerciseOrReport(options.exercises, positionals[0]!, io, options['max-size']);
    if (!exercise) return EXIT.badInput;
    const reference = options.teacher ? await referenceSolution(exercise) : undefined;
    io.stdout(formatExercise(exercise, runSolution(exercise, []).start, paletteFor(io), { debrief: options.debrief, cwd: io.cwd, ...(reference ? { reference } : {}) }));
    return EXIT.ok;
  },
});

const hint = defineCommand({
  name: 'hint',
  summary: 'Hint n (1 when not given), one at a time',
  positionals: [ID, { name: 'n', description: 'which hint: 1, 2, ...', optional: true }],
  options: { ...EXERCISES_OPTION },
  examples: ['truce exercise hint first-deal', 'truce exercise hint first-deal 2'],
  exitCodes: [
    { code: EXIT.ok, meaning: 'the hint was shown' },
    { code: EXIT.badInput, meaning: 'no exercise has this id, it has no such hint, or its file is broken' },
  ],
  async run({ positionals, options }, io) {
    const [id, requested] = positionals;
    const exercise = await exerciseOrReport(options.exercises, id!, io, options['max-size']);
    if (!exercise) return EXIT.badInput;
    const total = exercise.hints.length;
    const number = requested === undefined ? 1 : /^\d+$/.test(requested) ? Number(requested) : Number.NaN;
    if (!(number >= 1 && number <= total)) {
      throw new UsageError(`${exercise.id} has ${total} ${total === 1 ? 'hint' : 'hints'}: ask for 1${total > 1 ? ` to ${total}` : ''}, not "${requested}"`);
    }
    io.stdout(formatHint(exercise, number));
    return EXIT.ok;
  },
});

type Format = 'text' | 'json' | 'csv';

function rowFor(file: string, author: string | undefined, steps: number, grade: Grade): ClassRow {
  const { met, total, percent, solved, criteria } = grade;
  return { file: basename(file), broken: false, author: author ?? null, steps, met, total, percent, solved, criteria };
}

async function checkFile(exercise: Exercise, file: string, io: Io, format: Format): Promise<number> {
  const loaded = await readSolutionFile(file, exercise);
  if (!loaded.ok) {
    reportProblems(io, loaded.problems);
    // A script reading --json or --csv gets a row for the broken file too, as for a folder.
    const results = { exercise, folder: '.', rows: [{ file: basename(file), broken: true as const, author: loaded.author ?? null, problems: loaded.problems }] };
    if (format === 'json') io.stdout(`${JSON.stringify({ exercise: { id: exercise.id, title: exercise.title }, ...classToJson(results).results[0] }, null, 2)}\n`);
    else if (format === 'csv') io.stdout(formatClassCsv(results));
    return EXIT.badInput;
  }
  const solution = loaded.value;
  const grade = gradeSolution(exercise, solution.steps);
  if (format === 'json') io.stdout(`${JSON.stringify(gradeToJson(exercise, solution, grade), null, 2)}\n`);
  else if (format === 'csv') io.stdout(formatClassCsv({ exercise, folder: '.', rows: [rowFor(file, solution.author, solution.steps.length, grade)] }));
  else io.stdout(formatGradeReport(exercise, solution, grade, paletteFor(io)));
  return grade.solved ? EXIT.ok : EXIT.expectationFailed;
}

async function checkFolder(exercise: Exercise, folder: string, io: Io, format: Format): Promise<number> {
  const { files, skipped } = await dataFilesIn(folder);
  if (files.length === 0 && skipped.length === 0) {
    io.stderr(`${printable(folder)}: no solution files here (.yaml, .yml or .json)\n`);
    return EXIT.badInput;
  }
  // An entry that cannot be read is a row too: a teacher must not lose a student's answer without a word.
  const rows: ClassRow[] = skipped.map(({ file, why }) => {
    const problem = fileProblem(file, 'not-a-file', `not graded: ${why}`);
    reportProblems(io, [problem]);
    return { file: basename(file), broken: true, author: null, problems: [problem] };
  });
  for (const file of files) {
    const loaded = await readSolutionFile(file, exercise);
    if (!loaded.ok) {
      reportProblems(io, loaded.problems);
      rows.push({ file: basename(file), broken: true, author: loaded.author ?? null, problems: loaded.problems });
    } else {
      rows.push(rowFor(file, loaded.value.author, loaded.value.steps.length, gradeSolution(exercise, loaded.value.steps)));
    }
  }
  rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const results = { exercise, folder, rows };
  if (format === 'json') io.stdout(`${JSON.stringify(classToJson(results), null, 2)}\n`);
  else if (format === 'csv') io.stdout(formatClassCsv(results));
  else io.stdout(formatClassTable(results, paletteFor(io)));
  if (rows.some((row) => row.broken)) return EXIT.badInput;
  return rows.every((row) => !row.broken && row.solved) ? EXIT.ok : EXIT.expectationFailed;
}

const check = defineCommand({
  name: 'check',
  summary: 'Grade a solution file (each criterion met or not, and why; a score), or every file in a folder',
  description:
    'A solution is a file of steps in the scenario format (a YAML file with steps:, and optionally\n' +
    'exercise: <id> and author: <name>). Given a folder, every .yaml, .yml and .json file in it is graded:\n' +
    'one row each; a broken file gets a row saying so, and its problems go to stderr.',
  positionals: [ID, { name: 'solution', description: 'a solution file, or a folder of them' }],
  options: {
    json: { type: 'boolean', description: 'print JSON (for other tools)' },
    csv: { type: 'boolean', description: 'print CSV, one row per solution (for a spreadsheet)' },
    ...EXERCISES_OPTION,
  },
  examples: ['truce exercise check first-deal my-solution.yaml', 'truce exercise check first-deal class-answers/ --csv > grades.csv'],
  exitCodes: [
    { code: EXIT.ok, meaning: 'solved (for a folder: every file is solved)' },
    { code: EXIT.expectationFailed, meaning: 'not solved yet (for a folder: some file is not)' },
    { code: EXIT.badInput, meaning: 'a file is broken (its problems on stderr), or no exercise has this id' },
  ],
  async run({ positionals, options }, io) {
    if (options.json && options.csv) throw new UsageError('choose --json or --csv, not both');
    const [id, target] = positionals;
    const exercise = await exerciseOrReport(options.exercises, id!, io, options['max-size']);
    if (!exercise) return EXIT.badInput;
    const format: Format = options.json ? 'json' : options.csv ? 'csv' : 'text';
    return (await isFolder(target!)) ? checkFolder(exercise, target!, io, format) : checkFile(exercise, target!, io, format);
  },
});

export const exerciseCommand = defineGroup({
  name: 'exercise',
  summary: 'Exercises that grade themselves: list them, read one, get a hint, check a solution',
  description: `Levels: ${Object.entries(LEVELS)
    .map(([level, words]) => `${level} ${words}`)
    .join(', ')}.`,
  examples: [
    'truce exercise list',
    'truce exercise show first-deal',
    'truce exercise hint first-deal 2',
    'truce exercise check first-deal my-solution.yaml',
    'truce exercise check first-deal class-answers/ --csv > grades.csv',
  ],
  subcommands: [list, show, hint, check],
});

import { basename } from 'node:path';
import { builtInExerciseFolder, dataFilesIn, findExercise, readExerciseFolder } from '../../exercise/read-exercise.js';
import { gradeSolution } from '../../exercise/grade.js';
import type { Exercise } from '../../exercise/load-exercise.js';
import { isFolder, readSolutionFile } from '../../exercise/read-solution.js';
import { LEVELS } from '../../exercise/schema.js';
import { renderIssue } from '../../scenario/issue.js';
import { didYouMean } from '../../scenario/suggest.js';
import { paletteFor } from '../color.js';
import { EXIT, UsageError, type Command, type ParsedArgs } from '../command.js';
import type { Io } from '../io.js';
import { classToJson, formatClassCsv, formatClassTable, type ClassRow } from '../format/class-results.js';
import { formatExercise, formatExerciseList, formatHint } from '../format/exercise-text.js';
import { formatGradeReport, gradeToJson } from '../format/grade-report.js';

const ACTIONS = ['list', 'show', 'hint', 'check'] as const;
type Action = (typeof ACTIONS)[number];

/** How many positionals each action takes after its name, at least and at most, and which options apply. */
const USAGE: Record<Action, { min: number; max: number; options: string[] }> = {
  list: { min: 0, max: 0, options: ['json', 'exercises'] },
  show: { min: 1, max: 1, options: ['debrief', 'exercises'] },
  hint: { min: 1, max: 2, options: ['exercises'] },
  check: { min: 2, max: 2, options: ['json', 'csv', 'exercises'] },
};

const ACTION_HELP = [
  'Actions:',
  '  list                       the exercises: id, level, kind and title',
  '  show <id>                  the exercise: what to do, where it starts, the goal and the constraints',
  '  hint <id> [n]              hint n (1 when not given), one at a time',
  '  check <id> <solution>      grade a solution file: each criterion met or not, and why; a score',
  '  check <id> <folder>        grade every .yaml, .yml and .json file in a folder: one row each',
  '',
  'A solution is a file of steps in the scenario format (a YAML file with steps:, and optionally',
  'exercise: <id> and author: <name>). Levels: ' + Object.entries(LEVELS).map(([level, words]) => `${level} ${words}`).join(', ') + '.',
  'check exits 0 when solved, 1 when not (yet), 2 when a file is broken; for a folder, 0 only when',
  'every file is solved, and 2 when any is broken (its row says so; its problems go to stderr).',
].join('\n');

function checkUsage(action: string | undefined, { positionals, options }: ParsedArgs): Action {
  if (!(ACTIONS as readonly string[]).includes(action ?? '')) {
    throw new UsageError(`unknown action "${action}"${didYouMean(action ?? '', ACTIONS)}; actions: ${ACTIONS.join(', ')}`);
  }
  const usage = USAGE[action as Action];
  const given = positionals.length - 1;
  if (given < usage.min) throw new UsageError(action === 'check' ? 'check needs an exercise id and a solution file or folder' : `${action} needs an exercise id`);
  if (given > usage.max) throw new UsageError(`unexpected argument "${positionals[usage.max + 1]!}"`);
  const misplaced = Object.keys(options).find((name) => name !== 'help' && options[name] !== undefined && !usage.options.includes(name));
  if (misplaced) throw new UsageError(`--${misplaced} does not apply to ${action}`);
  if (options.json && options.csv) throw new UsageError('choose --json or --csv, not both');
  return action as Action;
}

async function exerciseOrReport(folder: string, id: string, io: Io): Promise<Exercise | undefined> {
  const found = await findExercise(folder, id);
  if (found.ok) return found.exercise;
  if ('unknown' in found) {
    io.stderr(`truce exercise: no exercise "${id}"${didYouMean(id, found.known)}; exercises: ${found.known.join(', ')}\n`);
  } else {
    for (const issue of found.issues) io.stderr(`${renderIssue(issue)}\n`);
  }
  return undefined;
}

async function list(folder: string, io: Io, json: boolean): Promise<number> {
  const { exercises, issues } = await readExerciseFolder(folder);
  for (const issue of issues) io.stderr(`${renderIssue(issue)}\n`);
  if (json) {
    const rows = exercises.map(({ id, level, kind, title }) => ({ id, level, levelName: LEVELS[level], kind, title }));
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    io.stdout(formatExerciseList(exercises, paletteFor(io)));
  }
  return issues.length > 0 ? EXIT.badInput : EXIT.ok;
}

function hint(exercise: Exercise, requested: string | undefined, io: Io): number {
  const total = exercise.hints.length;
  const number = requested === undefined ? 1 : Number(requested);
  if (!Number.isInteger(number) || number < 1 || number > total) {
    throw new UsageError(`${exercise.id} has ${total} ${total === 1 ? 'hint' : 'hints'}: ask for 1${total > 1 ? ` to ${total}` : ''}, not "${requested}"`);
  }
  io.stdout(formatHint(exercise, number));
  return EXIT.ok;
}

async function checkFile(exercise: Exercise, file: string, io: Io, format: 'text' | 'json' | 'csv'): Promise<number> {
  const loaded = await readSolutionFile(file, exercise);
  if (!loaded.ok) {
    for (const issue of loaded.issues) io.stderr(`${renderIssue(issue)}\n`);
    return EXIT.badInput;
  }
  const grade = gradeSolution(exercise, loaded.solution.steps);
  if (format === 'json') io.stdout(`${JSON.stringify(gradeToJson(exercise, loaded.solution, grade), null, 2)}\n`);
  else if (format === 'csv') io.stdout(formatClassCsv({ exercise, folder: '.', rows: [rowFor(file, loaded.solution.author, loaded.solution.steps.length, grade)] }));
  else io.stdout(formatGradeReport(exercise, loaded.solution, grade, paletteFor(io)));
  return grade.solved ? EXIT.ok : EXIT.expectationFailed;
}

function rowFor(file: string, author: string | undefined, steps: number, grade: ReturnType<typeof gradeSolution>): ClassRow {
  const { met, total, percent, solved, criteria } = grade;
  return { file: basename(file), broken: false, author: author ?? null, steps, met, total, percent, solved, criteria };
}

async function checkFolder(exercise: Exercise, folder: string, io: Io, format: 'text' | 'json' | 'csv'): Promise<number> {
  const files = await dataFilesIn(folder);
  if (files.length === 0) {
    io.stderr(`${folder}: no solution files here (.yaml, .yml or .json)\n`);
    return EXIT.badInput;
  }
  const rows: ClassRow[] = [];
  for (const file of files) {
    const loaded = await readSolutionFile(file, exercise);
    if (!loaded.ok) {
      for (const issue of loaded.issues) io.stderr(`${renderIssue(issue)}\n`);
      rows.push({ file: basename(file), broken: true, issues: loaded.issues });
    } else {
      rows.push(rowFor(file, loaded.solution.author, loaded.solution.steps.length, gradeSolution(exercise, loaded.solution.steps)));
    }
  }
  const results = { exercise, folder, rows };
  if (format === 'json') io.stdout(`${JSON.stringify(classToJson(results), null, 2)}\n`);
  else if (format === 'csv') io.stdout(formatClassCsv(results));
  else io.stdout(formatClassTable(results, paletteFor(io)));
  if (rows.some((row) => row.broken)) return EXIT.badInput;
  return rows.every((row) => !row.broken && row.solved) ? EXIT.ok : EXIT.expectationFailed;
}

export const exerciseCommand: Command = {
  name: 'exercise',
  summary: 'Exercises that grade themselves: list them, read one, get a hint, check a solution',
  description: ACTION_HELP,
  positionals: [
    { name: 'action', description: 'list, show, hint or check' },
    { name: 'id', description: 'the exercise, by its id (see truce exercise list)', optional: true },
    { name: 'n|solution', description: 'for hint: which hint (1, 2, ...); for check: a solution file, or a folder of them', optional: true },
  ],
  options: {
    json: { type: 'boolean', description: 'list, check: print JSON (for other tools)' },
    csv: { type: 'boolean', description: 'check: print CSV, one row per solution (for a spreadsheet)' },
    debrief: { type: 'boolean', description: 'show: also print what actually happened, with sources (the debrief)' },
    exercises: { type: 'string', value: '<folder>', description: "read exercises from this folder instead of truce-sim's own" },
  },
  examples: [
    'truce exercise list',
    'truce exercise show first-deal',
    'truce exercise hint first-deal 2',
    'truce exercise check first-deal my-solution.yaml',
    'truce exercise check first-deal class-answers/ --csv > grades.csv',
  ],
  async run(args, io) {
    const [name, id, extra] = args.positionals;
    const action = checkUsage(name, args);
    const folder = (args.options.exercises as string | undefined) ?? builtInExerciseFolder();
    if (!(await isFolder(folder))) {
      io.stderr(`${folder}: no such folder of exercises\n`);
      return EXIT.badInput;
    }
    if (action === 'list') return list(folder, io, args.options.json === true);
    const exercise = await exerciseOrReport(folder, id!, io);
    if (!exercise) return EXIT.badInput;
    if (action === 'show') {
      io.stdout(formatExercise(exercise, paletteFor(io), { debrief: args.options.debrief === true }));
      return EXIT.ok;
    }
    if (action === 'hint') return hint(exercise, extra, io);
    const format = args.options.json ? 'json' : args.options.csv ? 'csv' : 'text';
    return (await isFolder(extra!)) ? checkFolder(exercise, extra!, io, format) : checkFile(exercise, extra!, io, format);
  },
};

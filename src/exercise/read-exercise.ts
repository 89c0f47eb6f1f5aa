/** Reading exercises and solutions from disk: the one place, with the files kit, where exercises touch files. */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { readTextFile, type LocatedProblem, type Problem, type ReadOptions, type Result } from '../files/index.js';
import { readScenarioFile } from '../scenario/index.js';
import { didYouMean } from '../words/index.js';
import { completeExercise, parseExerciseText, type Exercise, type ExerciseLoad } from './load-exercise.js';
import { loadSolutionText, type SolutionLoad } from './load-solution.js';

/** The file names exercises and solutions may have. */
export const DATA_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

const isDataFile = (name: string) => (DATA_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

export interface FolderListing {
  /** The data files, sorted by name: regular files, or links to regular files. */
  files: string[];
  /** Entries with a data file's name that are not read, and why (a teacher should know a file was left out). */
  skipped: Array<{ file: string; why: string }>;
}

/** Why an entry named like a data file cannot be read as one, or null when it can. */
async function whyNotReadable(path: string, entryIsFile: boolean): Promise<string | null> {
  if (entryIsFile) return null;
  try {
    // A link is followed: a link to a regular file is read like the file.
    const target = await stat(path);
    if (target.isFile()) return null;
    return target.isDirectory() ? 'it is a folder' : 'it is not a regular file (a pipe, a device or a socket)';
  } catch {
    return 'it is a link to nothing that can be read';
  }
}

/** The YAML and JSON files directly in `folder` (not in subfolders), sorted by name, and the entries left out. */
export async function dataFilesIn(folder: string): Promise<FolderListing> {
  const entries = await readdir(folder, { withFileTypes: true, encoding: 'buffer' });
  const files: string[] = [];
  const skipped: FolderListing['skipped'] = [];
  for (const entry of entries) {
    const name = entry.name.toString('utf8');
    if (!isDataFile(name)) continue;
    const path = join(folder, name);
    if (!Buffer.from(name, 'utf8').equals(entry.name)) {
      skipped.push({ file: path, why: 'its name is not UTF-8 text; rename it' });
      continue;
    }
    const why = await whyNotReadable(path, entry.isFile());
    if (why === null) files.push(path);
    else skipped.push({ file: path, why });
  }
  // Plain code-unit order, not the locale's: the list reads the same on every machine.
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { files: files.sort(byName), skipped: skipped.sort((a, b) => byName(a.file, b.file)) };
}

/** Reads and loads the exercise at `file`, with the scenario it starts from (both read with `options`). */
export async function readExerciseFile(file: string, options: ReadOptions = {}): Promise<ExerciseLoad> {
  const read = await readTextFile(file, options);
  if (!read.ok) return read;
  const parsed = parseExerciseText(read.value, file);
  if (!parsed.ok) return parsed;
  const scenarioPath = parsed.value.shape.start.scenario;
  const scenarioFile = scenarioPath === undefined ? undefined : resolve(dirname(file), scenarioPath);
  const scenario = scenarioFile === undefined ? undefined : { path: scenarioPath!, file: scenarioFile, result: await readScenarioFile(scenarioFile, options) };
  return completeExercise(parsed.value, scenario);
}

export interface ExerciseShelf {
  exercises: Exercise[];
  /** Problems in exercise files that could not be loaded. */
  problems: LocatedProblem[];
  /** Entries named like exercise files that were not read, and why. */
  skipped: FolderListing['skipped'];
}

/** Every exercise in `folder`, by level and then id; broken files are reported, not fatal. */
export async function readExerciseFolder(folder: string, options: ReadOptions = {}): Promise<ExerciseShelf> {
  const { files, skipped } = await dataFilesIn(folder);
  const loads = await Promise.all(files.map((file) => readExerciseFile(file, options)));
  const exercises = loads.flatMap((load) => (load.ok ? [load.value] : []));
  exercises.sort((a, b) => a.level - b.level || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { exercises, problems: loads.flatMap((load) => (load.ok ? [] : load.problems)), skipped };
}

/** The exercise with this id: the file `<folder>/<id>.yaml` (or .yml, .json). */
export async function findExercise(folder: string, id: string, options: ReadOptions = {}): Promise<Result<Exercise>> {
  const { files } = await dataFilesIn(folder);
  const file = files.find((candidate) => basename(candidate, extname(candidate)) === id);
  if (!file) {
    const known = files.map((candidate) => basename(candidate, extname(candidate)));
    const problem: Problem = { code: 'not-found', message: `no exercise "${id}"${didYouMean(id, known)}; exercises: ${known.join(', ')}` };
    return { ok: false, problems: [problem] };
  }
  return readExerciseFile(file, options);
}

/**
 * The most bytes of a solution file read. A solution of a thousand steps (MAX_SOLUTION_STEPS) takes a
 * fraction of it; parsing YAML takes seconds a megabyte, so one student's 16 MB file would stall a class's grading.
 */
export const MAX_SOLUTION_BYTES = 512 * 1024;

/** Reads and loads a solution to `exercise` from `file`. */
export async function readSolutionFile(file: string, exercise: Exercise): Promise<SolutionLoad> {
  const read = await readTextFile(file, { maxBytes: MAX_SOLUTION_BYTES, whenTooLarge: () => 'a solution of a thousand steps takes far less' });
  return read.ok ? loadSolutionText(read.value, file, exercise) : read;
}

/** True when `path` is a folder (of solutions to grade at once). */
export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Reading exercises from a folder: the one place, with read-text.ts and read-solution.ts, where exercises touch files. */
import { readdir } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScenarioIssue } from '../scenario/issue.js';
import { readScenarioFile } from '../scenario/read-scenario.js';
import { completeExercise, parseExerciseText, type Exercise, type ExerciseLoad } from './load-exercise.js';
import { readTextFile } from './read-text.js';

/** The file names exercises and solutions may have. */
export const DATA_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

const isDataFile = (name: string) => (DATA_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

/** The exercises shipped with truce-sim: `exercises/` beside `dist/`. */
export function builtInExerciseFolder(): string {
  return fileURLToPath(new URL('../../exercises', import.meta.url));
}

/** The YAML and JSON files directly in `folder` (not in subfolders), sorted by name. */
export async function dataFilesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isDataFile(entry.name))
    .map((entry) => join(folder, entry.name))
    .sort();
}

/** Reads and loads the exercise at `file`, with the scenario it starts from. */
export async function readExerciseFile(file: string): Promise<ExerciseLoad> {
  const read = await readTextFile(file);
  if (!read.ok) return read;
  const parsed = parseExerciseText(read.text, file);
  if (!parsed.ok) return parsed;
  const scenarioPath = parsed.draft.shape.start.scenario;
  const scenarioFile = scenarioPath === undefined ? undefined : resolve(dirname(file), scenarioPath);
  const scenario = scenarioFile === undefined ? undefined : { path: scenarioPath!, file: scenarioFile, result: await readScenarioFile(scenarioFile) };
  return completeExercise(parsed.draft, scenario);
}

export interface ExerciseShelf {
  exercises: Exercise[];
  /** Problems in exercise files that could not be loaded. */
  issues: ScenarioIssue[];
}

/** Every exercise in `folder`, by level and then id; broken files are reported, not fatal. */
export async function readExerciseFolder(folder: string): Promise<ExerciseShelf> {
  const loads = await Promise.all((await dataFilesIn(folder)).map(readExerciseFile));
  const exercises = loads.flatMap((load) => (load.ok ? [load.exercise] : []));
  // Plain code-unit order, not the locale's: the list reads the same on every machine.
  exercises.sort((a, b) => a.level - b.level || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { exercises, issues: loads.flatMap((load) => (load.ok ? [] : load.issues)) };
}

export type ExerciseLookup = ExerciseLoad | { ok: false; unknown: string; known: string[] };

/** The exercise with this id: the file `<folder>/<id>.yaml` (or .yml, .json). */
export async function findExercise(folder: string, id: string): Promise<ExerciseLookup> {
  const files = await dataFilesIn(folder);
  const file = files.find((candidate) => basename(candidate, extname(candidate)) === id);
  if (!file) return { ok: false, unknown: id, known: files.map((candidate) => basename(candidate, extname(candidate))) };
  return readExerciseFile(file);
}

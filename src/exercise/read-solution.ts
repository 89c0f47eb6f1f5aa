/** Reading solution files, one or a folder of them, for grading. */
import { stat } from 'node:fs/promises';
import type { Exercise } from './load-exercise.js';
import { loadSolutionText, type SolutionLoad } from './load-solution.js';
import { dataFilesIn } from './read-exercise.js';
import { readTextFile } from './read-text.js';

/** Reads and loads a solution to `exercise` from `file`. */
export async function readSolutionFile(file: string, exercise: Exercise): Promise<SolutionLoad> {
  const read = await readTextFile(file);
  return read.ok ? loadSolutionText(read.text, file, exercise) : read;
}

/** True when `path` is a folder (of solutions to grade at once). */
export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export { dataFilesIn as solutionFilesIn };

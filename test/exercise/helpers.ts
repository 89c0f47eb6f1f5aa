/** Shared setup for the exercise tests: the shipped exercises, and grading a solution written in a test. */
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gradeSolution, loadSolutionText, readExerciseFile, type Exercise, type Grade } from '../../src/exercise/index.js';
import { renderProblem, type LocatedProblem } from '../../src/files/index.js';
import { fileText } from '../scenario/helpers.js';

export { fileText };

/** The repository's `exercises/` folder. */
export const EXERCISES_DIR = fileURLToPath(new URL('../../exercises/', import.meta.url));

/** A shipped exercise, read from disk like the CLI does; fails the test when it does not load. */
export async function shippedExercise(id: string): Promise<Exercise> {
  const result = await readExerciseFile(`${EXERCISES_DIR}${id}.yaml`);
  if (!result.ok) throw new Error(`exercise ${id} does not load:\n${result.problems.map(renderProblem).join('\n')}`);
  return result.value;
}

/** The reference solution's path for `exercise`. */
export function referenceSolutionPath(exercise: Exercise): string {
  return resolve(dirname(exercise.file), exercise.solution);
}

/** Grades the solution in `text`; fails the test when it does not load. */
export function grade(exercise: Exercise, text: string, file = 'answer.yaml'): Grade {
  const result = loadSolutionText(fileText(text), file, exercise);
  if (!result.ok) throw new Error(`expected ${file} to load:\n${result.problems.map(renderProblem).join('\n')}`);
  return gradeSolution(exercise, result.value.steps);
}

/** The problems found in the solution in `text`; fails the test when it loads. */
export function solutionIssues(exercise: Exercise, text: string, file = 'answer.yaml'): LocatedProblem[] {
  const result = loadSolutionText(fileText(text), file, exercise);
  if (result.ok) throw new Error(`expected ${file} to be refused, but it loaded`);
  return result.problems;
}

/** The criterion of this kind in a grade (the first, when several share a kind); fails the test when there is none. */
export function criterion(result: Grade, kind: string, index = 0) {
  const found = result.criteria.filter((candidate) => candidate.kind === kind)[index];
  if (!found) throw new Error(`no criterion of kind ${kind} (index ${index}) in ${JSON.stringify(result.criteria.map((c) => c.kind))}`);
  return found;
}

/** The parts of an exercise file a test varies; the rest is the same in every test's file. */
export interface ExerciseParts {
  id: string;
  /** What follows `start:`: a mapping on the same line, or lines indented by two spaces after a line break. */
  start: string;
  /** The goal's lines, each indented by two spaces. */
  goal: string;
  /** The sources the debrief cites. */
  debriefSources: string;
  /** Anything after the file's last line (constraints, weights). */
  more?: string;
}

/** An exercise file of a test, laid out the same way in every test, so that the places in its messages are too. */
export function exerciseFile({ id, start, goal, debriefSources, more = '' }: ExerciseParts): string {
  return fileText(`
id: ${id}
title: Test
level: 2
kind: reach-goal
prompt: Do something.
start:${start.startsWith('\n') ? start : ` ${start}`}
goal:
${goal}
hints: [Think.]
debrief: { text: What happened., sources: [${debriefSources}] }
solution: solutions/${id}.yaml
${more}`);
}

/** The problems of exercise `id` written into `folder`, as the command line prints them (file names without their folder); [] when it loads. */
export async function exerciseIssues(folder: { write(name: string, content: string): string }, id: string, text: string): Promise<string[]> {
  const result = await readExerciseFile(folder.write(`${id}.yaml`, text));
  return result.ok ? [] : result.problems.map((issue) => renderProblem({ ...issue, file: basename(issue.file) }));
}

/** Every shipped exercise loads, and its reference solution solves it. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSolutionFile, gradeSolution } from '../../src/exercise/index.js';
import { renderProblem } from '../../src/files/index.js';
import { EXERCISES_DIR, referenceSolutionPath, shippedExercise } from './helpers.js';

const ids = readdirSync(EXERCISES_DIR)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''))
  .sort();

describe('the shipped exercises', () => {
  it('are at least ten, from level 1 to level 5, covering every kind', async () => {
    const exercises = await Promise.all(ids.map(shippedExercise));

    expect(exercises.length).toBeGreaterThanOrEqual(10);
    expect(new Set(exercises.map((exercise) => exercise.level))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(new Set(exercises.map((exercise) => exercise.kind))).toEqual(
      new Set(['reach-goal', 'explain-refusal', 'complete-sequence', 'shortest-path', 'model-episode', 'what-if']),
    );
  });

  it.each(ids)('%s is solved by its reference solution', async (id) => {
    const exercise = await shippedExercise(id);
    const loaded = await readSolutionFile(referenceSolutionPath(exercise), exercise);
    if (!loaded.ok) throw new Error(loaded.problems.map(renderProblem).join('\n'));

    const result = gradeSolution(exercise, loaded.value.steps);

    expect(result.criteria.filter((criterion) => !criterion.met)).toEqual([]);
    expect(result).toMatchObject({ solved: true, percent: 100 });
    expect(loaded.value.exercise).toBe(id);
  });
});

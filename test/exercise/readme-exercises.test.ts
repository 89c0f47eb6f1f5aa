/** The README's Exercises section: its example solution solves the exercise it names, and every command it lists exists. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradeSolution, loadSolutionText } from '../../src/exercise/index.js';
import { renderProblem } from '../../src/files/index.js';
import { shippedExercise } from './helpers.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Exercises'), readme.indexOf('\n## ', readme.indexOf('## Exercises') + 1));

describe('the README’s Exercises section', () => {
  it('shows a solution that solves the exercise it names', async () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    const exercise = await shippedExercise(/^exercise: (.+)$/m.exec(example)![1]!);

    const loaded = loadSolutionText(example, 'README.md', exercise);
    if (!loaded.ok) throw new Error(loaded.problems.map(renderProblem).join('\n'));

    expect(gradeSolution(exercise, loaded.value.steps).solved).toBe(true);
  });

  it('lists the four actions', () => {
    const actions = [...section.matchAll(/^\| `truce exercise (\w+)/gm)].map((match) => match[1]);

    expect(new Set(actions)).toEqual(new Set(['list', 'show', 'hint', 'check']));
  });
});

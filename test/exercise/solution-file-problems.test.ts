/** What loading a solution file gives back: the solution as written, or every problem with its place, in the order of the file. */
import { describe, expect, it } from 'vitest';
import { loadSolutionText } from '../../src/exercise/index.js';
import { MAX_SOLUTION_STEPS } from '../../src/exercise/schema.js';
import { renderProblem } from '../../src/files/index.js';
import { fileText, shippedExercise, solutionIssues } from './helpers.js';

const rendered = (issues: ReturnType<typeof solutionIssues>) => issues.map(renderProblem);

const TABLED = '{ id: tabled, date: 2023-11-22, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4 } } }';

describe('a solution that loads', () => {
  it('has the file, the exercise, the author, the note and the steps, and nothing else', async () => {
    const exercise = await shippedExercise('first-deal');

    const result = loadSolutionText(
      fileText(`
exercise: first-deal
author: Ana
note: Qatar first.
steps:
  - ${TABLED}
`),
      'ana.yaml',
      exercise,
    );

    expect(result).toStrictEqual({
      ok: true,
      value: {
        file: 'ana.yaml',
        exercise: 'first-deal',
        author: 'Ana',
        note: 'Qatar first.',
        steps: [{ id: 'tabled', date: '2023-11-22', event: { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { pauseDays: 4 } } }],
      },
    });
  });

  it('has no exercise, author or note when the file names none', async () => {
    const exercise = await shippedExercise('first-deal');

    const result = loadSolutionText(fileText(`steps:\n  - ${TABLED}\n`), 'answer.yaml', exercise);

    expect(result).toStrictEqual({
      ok: true,
      value: { file: 'answer.yaml', steps: [{ id: 'tabled', date: '2023-11-22', event: { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { pauseDays: 4 } } }] },
    });
  });
});

describe('a solution that does not load', () => {
  it('gives its problems and no author when the file names none', async () => {
    const exercise = await shippedExercise('first-deal');

    const result = loadSolutionText(fileText('steps: []\n'), 'answer.yaml', exercise);

    expect(result).toStrictEqual({ ok: false, problems: [expect.objectContaining({ path: ['steps'] })] });
  });

  it('refuses a file with more steps than any solution needs, in one line, before reading them', async () => {
    const exercise = await shippedExercise('first-deal');
    const steps = Array.from({ length: MAX_SOLUTION_STEPS + 1 }, (_, index) => `  - { id: s${index}, date: 2023-11-22, event: { type: TALKS_OPENED } }`);

    const issues = solutionIssues(exercise, `steps:\n${steps.join('\n')}\n`);

    expect(rendered(issues)).toEqual(['answer.yaml:1:1: steps: a solution may have at most 1,000 steps, and this one has 1,001; an exercise needs a few dozen at most']);
  });

  it('reads a file with as many steps as a solution may have, step by step', async () => {
    const exercise = await shippedExercise('first-deal');
    const steps = Array.from({ length: MAX_SOLUTION_STEPS }, (_, index) => `  - { id: s${index}, date: 2023-11-22, event: { type: TALKS_OPENED } }`);
    steps[1] = '  - { id: s1, date: 2023-11-22, event: { type: TALKS_OPENE } }';

    const issues = solutionIssues(exercise, `steps:\n${steps.join('\n')}\n`);

    expect(rendered(issues)).toEqual(['answer.yaml:3:48: steps[1].event.type: unknown event type "TALKS_OPENE" (did you mean "TALKS_OPENED"?)']);
  });

  it('asks to correct an exercise name a letter away from the exercise’s', async () => {
    const exercise = await shippedExercise('first-deal');

    const issues = solutionIssues(exercise, `exercise: first-dael\nsteps:\n  - ${TABLED}\n`);

    expect(rendered(issues)).toEqual(['answer.yaml:1:11: exercise: this solution names exercise "first-dael" (did you mean "first-deal"?); correct its exercise: line']);
  });

  it('names the date the exercise starts on when a step comes before it', async () => {
    const exercise = await shippedExercise('first-deal');

    const issues = solutionIssues(exercise, `steps:\n  - { id: early, date: 2023-11-21, event: { type: TALKS_OPENED } }\n`);

    expect(rendered(issues)).toEqual(['answer.yaml:2:24: steps[0].date: date 2023-11-21 is before the exercise starts (2023-11-22, the date it starts on); your steps come after it']);
  });
});

describe('the problems of a solution, in the order of the file', () => {
  it('lists a problem further down the file after one above it, whatever found it first', async () => {
    const exercise = await shippedExercise('first-deal');

    const issues = solutionIssues(exercise, `
steps:
  - { id: a, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: egypt } }
exercise: pause-too-early
`);

    expect(rendered(issues)).toEqual([
      'answer.yaml:2:70: steps[0].event.by: unknown party "egypt"; known parties: israel, hamas, qatar',
      'answer.yaml:3:11: exercise: this solution is for exercise "pause-too-early", not "first-deal"; check it with truce exercise check pause-too-early answer.yaml',
    ]);
  });

  it('lists the problems on one line from left to right', async () => {
    const exercise = await shippedExercise('first-deal');

    const issues = solutionIssues(exercise, `
steps:
  - { id: a, date: 2023-11-21, event: { type: PROPOSAL_ACCEPTED, by: egypt } }
`);

    expect(rendered(issues)).toEqual([
      'answer.yaml:2:20: steps[0].date: date 2023-11-21 is before the exercise starts (2023-11-22, the date it starts on); your steps come after it',
      'answer.yaml:2:70: steps[0].event.by: unknown party "egypt"; known parties: israel, hamas, qatar',
    ]);
  });
  it('lists a misspelt event above a wrong exercise name below it, in the order of the file', async () => {
    const exercise = await shippedExercise('first-deal');

    const issues = solutionIssues(exercise, `
steps:
  - { id: a, date: 2023-11-22, event: { type: TALKS_OPENE } }
exercise: pause-too-early
`);

    expect(rendered(issues)).toEqual([
      'answer.yaml:2:47: steps[0].event.type: unknown event type "TALKS_OPENE" (did you mean "TALKS_OPENED"?)',
      'answer.yaml:3:11: exercise: this solution is for exercise "pause-too-early", not "first-deal"; check it with truce exercise check pause-too-early answer.yaml',
    ]);
  });
});

/** Solution files: the scenario loader's messages for their steps, and checks against the exercise, each with its place. */
import { describe, expect, it } from 'vitest';
import { loadSolutionText } from '../../src/exercise/index.js';
import { renderProblem } from '../../src/files/index.js';
import { fileText, shippedExercise, solutionIssues } from './helpers.js';

const rendered = (issues: ReturnType<typeof solutionIssues>) => issues.map(renderProblem);

describe('loading a solution', () => {
  it('loads steps, the exercise id and the author', async () => {
    const exercise = await shippedExercise('first-deal');

    const result = loadSolutionText(
      fileText(`
exercise: first-deal
author: Ana
steps:
  - { id: tabled, date: 2023-11-22, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4 } } }
`),
      'ana.yaml',
      exercise,
    );

    expect(result).toMatchObject({ ok: true, value: { file: 'ana.yaml', exercise: 'first-deal', author: 'Ana', steps: [{ id: 'tabled' }] } });
  });

  it('reads JSON solutions too', async () => {
    const exercise = await shippedExercise('first-deal');

    const result = loadSolutionText('{ "steps": [ { "id": "a", "date": "2023-11-22", "event": { "type": "TALKS_OPENED" } } ] }', 'a.json', exercise);

    expect(result.ok).toBe(true);
  });

  it('reports step problems with the scenario loader’s messages, file, line and column', async () => {
    const exercise = await shippedExercise('first-deal');

    const issues = solutionIssues(exercise, `
steps:
  - id: tabled
    date: 2023-11-22
    event: { type: PROPOSAL_TABLE, by: qatar }
    sorce: timeline
`);

    expect(rendered(issues)).toEqual([
      'answer.yaml:4:20: steps[0].event.type: unknown event type "PROPOSAL_TABLE" (did you mean "PROPOSAL_TABLED"?)',
      'answer.yaml:5:5: steps[0].sorce: unknown key "sorce"; known keys: id, date, event, source, note, inferred, expect',
    ]);
  });

  it('reports a party that is not in the exercise, naming the parties that are', async () => {
    const exercise = await shippedExercise('first-deal');

    const issues = solutionIssues(exercise, `
steps:
  - { id: a, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: egypt } }
`);

    expect(rendered(issues)).toEqual(['answer.yaml:2:70: steps[0].event.by: unknown party "egypt"; known parties: israel, hamas, qatar']);
  });

  it('reports a step dated before the exercise starts', async () => {
    const exercise = await shippedExercise('pause-too-early');

    const issues = solutionIssues(exercise, `
steps:
  - { id: early, date: 2024-05-01, event: { type: OPERATION_PAUSED, by: israel } }
`);

    expect(rendered(issues)).toEqual([
      'answer.yaml:2:24: steps[0].date: date 2024-05-01 is before the exercise starts (2024-05-06, the date of step hamas-accepts where it starts); your steps come after it',
    ]);
  });

  it('reports a source the exercise does not have', async () => {
    const exercise = await shippedExercise('complete-the-week');

    const issues = solutionIssues(exercise, `
steps:
  - { id: a, date: 2024-05-08, event: { type: TALKS_OPENED }, source: artcle }
`);

    expect(rendered(issues)).toEqual(['answer.yaml:2:71: steps[0].source: unknown source "artcle" (did you mean "article"?); known sources: article, timeline, jpost-kerem-shalom-closed, afp-tanks-rafah, toi-kerem-shalom-reopens']);
  });

  it('refuses a solution written for another exercise', async () => {
    const exercise = await shippedExercise('first-deal');

    const issues = solutionIssues(exercise, `
exercise: pause-too-early
steps:
  - { id: a, date: 2024-05-08, event: { type: TALKS_OPENED } }
`);

    expect(rendered(issues)).toEqual([
      'answer.yaml:1:11: exercise: this solution is for exercise "pause-too-early", not "first-deal"; check it with truce exercise check pause-too-early answer.yaml',
    ]);
  });

  it('lists the known keys for a misspelt top-level key', async () => {
    const exercise = await shippedExercise('first-deal');

    const issues = solutionIssues(exercise, `
autor: Ben
steps:
  - { id: a, date: 2023-11-22, event: { type: TALKS_OPENED } }
`);

    expect(rendered(issues)).toEqual(['answer.yaml:1:1: autor: unknown key "autor"; known keys: exercise, author, note, steps']);
  });

  it('says what a solution is when the file is empty', async () => {
    const exercise = await shippedExercise('first-deal');

    const issues = solutionIssues(exercise, '# nothing yet\n');

    expect(rendered(issues)).toEqual(['answer.yaml:1:1: the file is empty; expected a solution: a mapping with steps (and optionally exercise, author, note)']);
  });

  it('needs at least one step', async () => {
    const exercise = await shippedExercise('first-deal');

    const issues = solutionIssues(exercise, 'steps: []\n');

    expect(rendered(issues)).toEqual(['answer.yaml:1:8: steps: expected at least 1 item(s), found none']);
  });
});

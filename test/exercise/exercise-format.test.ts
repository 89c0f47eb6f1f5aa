/** The exercise and solution formats: the weights a teacher may give, the context paths a condition may name, and how many sources and steps there may be. */
import { describe, expect, it } from 'vitest';
import { completeExercise, loadSolutionText, parseExerciseText, type Exercise } from '../../src/exercise/index.js';
import { renderProblem } from '../../src/files/index.js';
import { exerciseFile, fileText, solutionIssues } from './helpers.js';

/** An exercise file with a start of its own, with these goal lines, constraints and sources. */
function exerciseText(id: string, goal: string, more = '', sources = '[{ id: notes, title: Notes }]'): string {
  const start = [
    '  parties: [{ id: israel, name: Israel, role: principal }, { id: hamas, name: Hamas, role: principal }, { id: qatar, name: Qatar, role: mediator }]',
    `  sources: ${sources}`,
    '  initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 3, deceased: 0 }, date: 2023-11-22 }',
  ];
  return exerciseFile({ id, start: `\n${start.join('\n')}`, goal, debriefSources: 'notes', more });
}

function load(id: string, text: string): Exercise {
  const draft = parseExerciseText(text, `${id}.yaml`);
  if (!draft.ok) throw new Error(draft.problems.map(renderProblem).join('\n'));
  const result = completeExercise(draft.value, undefined);
  if (!result.ok) throw new Error(result.problems.map(renderProblem).join('\n'));
  return result.value;
}

function issuesIn(id: string, text: string): string[] {
  const draft = parseExerciseText(text, `${id}.yaml`);
  if (draft.ok) throw new Error(`expected ${id}.yaml to be refused`);
  return draft.problems.map(renderProblem);
}

const STATE_GOAL = '  - { state: { talks: accepted } }';

describe('weights', () => {
  it('accepts any whole weight from 0 to 100, on a condition and on each constraint', () => {
    const exercise = load(
      'weighed',
      exerciseText(
        'weighed',
        '  - { state: { talks: accepted }, weight: 100 }\n  - { path: hostages.released, atLeast: 1, weight: 0 }',
        `constraints:
  maxSteps: 3
  events: [PROPOSAL_TABLED, PROPOSAL_ACCEPTED]
  mustAccept: [israel]
  dates: { from: 2023-11-22 }
  cite: true
  weights: { maxSteps: 2, events: 0, mustAccept: 5, dates: 100, cite: 1, asExpected: 50 }`,
      ),
    );

    expect(exercise.goal.map((condition) => condition.weight)).toEqual([100, 0]);
    expect(exercise.constraints.weights).toEqual({ maxSteps: 2, events: 0, mustAccept: 5, dates: 100, cite: 1, asExpected: 50 });
  });

  it('refuses a weight below 0 or above 100, or not whole', () => {
    const issues = issuesIn('heavy', exerciseText('heavy', '  - { state: { talks: accepted }, weight: 101 }\n  - { state: { talks: accepted }, weight: -1 }', 'constraints: { weights: { cite: 1.5 } }'));

    expect(issues).toEqual([
      'heavy.yaml:11:43: goal[0].weight: expected at most 100, found 101',
      'heavy.yaml:12:43: goal[1].weight: expected a whole number of at least 0, found -1',
      'heavy.yaml:16:33: constraints.weights.cite: expected a whole number, found 1.5',
    ]);
  });
});

describe('context paths in conditions', () => {
  it('refuses a path that is not names joined by dots, wherever the names are', () => {
    const issues = issuesIn('paths', exerciseText('paths', '  - { path: hostages..released, atLeast: 1 }\n  - { path: 1hostages.released, atLeast: 1 }\n  - { path: hostages.released., atLeast: 1 }'));

    expect(issues).toEqual([
      'paths.yaml:11:13: goal[0].path: expected a path into the context, like hostages.released, found "hostages..released"',
      'paths.yaml:12:13: goal[1].path: expected a path into the context, like hostages.released, found "1hostages.released"',
      'paths.yaml:13:13: goal[2].path: expected a path into the context, like hostages.released, found "hostages.released."',
    ]);
  });
});

describe('sources and steps', () => {
  it('takes a start of its own with several sources, and refuses one with none', () => {
    const exercise = load('sourced', exerciseText('sourced', STATE_GOAL, '', '[{ id: notes, title: Notes }, { id: wire, title: Wire reports }]'));
    const issues = issuesIn('unsourced', exerciseText('unsourced', STATE_GOAL, '', '[]'));

    expect(exercise.start.sources).toEqual([{ id: 'notes', title: 'Notes' }, { id: 'wire', title: 'Wire reports' }]);
    expect(issues).toEqual(['unsourced.yaml:8:12: start.sources: expected at least 1 item(s), found none']);
  });

  it('takes a solution of several steps, and refuses one with none', () => {
    const exercise = load('stepped', exerciseText('stepped', STATE_GOAL));
    const solution = loadSolutionText(
      fileText(`
steps:
  - { id: tabled, date: 2023-11-22, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4 } } }
  - { id: israel-accepts, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: israel } }
`),
      'answer.yaml',
      exercise,
    );

    expect(solution.ok ? solution.value.steps.map((step) => step.id) : solution.problems.map(renderProblem)).toEqual(['tabled', 'israel-accepts']);
    expect(solutionIssues(exercise, 'steps: []\n').map(renderProblem)).toEqual(['answer.yaml:1:8: steps: expected at least 1 item(s), found none']);
  });
});

describe('the dates a solution may use', () => {
  it('are refused when the range gives neither a first nor a last day, where the range is written', () => {
    const text = exerciseText('no-days', '  - { state: { talks: proposal } }', 'constraints: { dates: {} }');

    expect(() => load('no-days', text)).toThrow('no-days.yaml:15:23: constraints.dates: needs from, to or both (YYYY-MM-DD): the first and the last day a step may be dated');
  });
});

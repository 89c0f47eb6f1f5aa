/**
 * A saved `truce play` or `truce class` session handed in as a solution, read
 * by the solution loader: which files count as sessions, which session ids
 * answer an exercise, what a student is told when the session left the record
 * or made no moves, which citations of the student's own steps are kept, and
 * where in the saved file a problem with one of the student's steps is said.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSolutionText, parseExerciseText, completeExercise, type Exercise } from '../../src/exercise/index.js';
import { renderProblem } from '../../src/files/index.js';
import { readScenarioFile } from '../../src/scenario/index.js';
import { SCENARIOS_DIR } from '../scenario/helpers.js';
import { shippedExercise } from './helpers.js';

let week: Exercise;
let firstDeal: Exercise;
beforeAll(async () => {
  week = await shippedExercise('complete-the-week');
  firstDeal = await shippedExercise('first-deal');
});

/** The record's steps up to where complete-the-week starts (hamas-accepts), as a saved session writes them. */
const record = () => week.start.prefix.map(({ id, date, event }) => ({ id, date, event }));

/** The student's move after the start: Israel's answer, in the student's words, citing the session's own source. */
const MOVE = { id: 'israel-answers', date: '2024-05-06', event: { type: 'POSITION_STATED', by: 'israel', text: 'Israel says no.' }, source: 'truce-play' };

/** A saved session's text: a scenario file with these steps, one a line (line 6 holds the first step). */
function sessionText(id: unknown, steps: unknown[]): string {
  return [id === undefined ? '# no id' : `id: ${JSON.stringify(id)}`, 'title: A session', 'initial: { date: 2024-05-05 }', 'parties: []', 'steps:', ...steps.map((step) => `  - ${JSON.stringify(step)}`), ''].join('\n');
}

/** The problems in `text` as a solution to `exercise`, as the command line prints them; [] when it loads. */
function problems(text: string, exercise: Exercise, file = 'session.yaml'): string[] {
  const result = loadSolutionText(text, file, exercise);
  return result.ok ? [] : result.problems.map(renderProblem);
}

describe('which files are saved sessions', () => {
  it('a solution with parties and steps but no initial state is a solution, told about its unknown key', () => {
    const text = ['parties: []', 'steps:', `  - ${JSON.stringify(MOVE)}`, ''].join('\n');

    expect(problems(text, week, 'answer.yaml')).toEqual([
      'answer.yaml:1:1: parties: unknown key "parties"; known keys: exercise, author, note, steps',
      'answer.yaml:3:87: steps[0].event.by: unknown party "israel"; known parties: ',
      'answer.yaml:3:131: steps[0].source: unknown source "truce-play"; known sources: article, timeline, jpost-kerem-shalom-closed, afp-tanks-rafah, toi-kerem-shalom-reopens',
    ]);
  });

  it('a solution with an initial state and steps but no parties is a solution, told about its unknown key', () => {
    const text = ['initial: {}', 'steps:', `  - ${JSON.stringify(MOVE)}`, ''].join('\n');

    expect(problems(text, week, 'answer.yaml')).toEqual([
      'answer.yaml:1:1: initial: unknown key "initial"; known keys: exercise, author, note, steps',
      'answer.yaml:3:131: steps[0].source: unknown source "truce-play"; known sources: article, timeline, jpost-kerem-shalom-closed, afp-tanks-rafah, toi-kerem-shalom-reopens',
    ]);
  });
});

describe('which sessions can answer an exercise', () => {
  it.each([
    ['saved by truce play', 'rafah-2024-05-played'],
    ['saved by truce play a second time', 'rafah-2024-05-played-2'],
    ['saved by truce class', 'rafah-2024-05-class'],
    ['named like the scenario itself', 'rafah-2024-05'],
  ])('a session %s is graded on its moves after the start', (_, id) => {
    const result = loadSolutionText(sessionText(id, [...record(), MOVE]), 'session.yaml', week);

    expect(result).toEqual({ ok: true, value: { file: 'session.yaml', steps: [{ id: 'israel-answers', date: '2024-05-06', event: MOVE.event }] } });
  });

  it('a session of another scenario is told which scenario the exercise starts from', () => {
    expect(problems(sessionText('pause-2023-11-played', [...record(), MOVE]), week)).toEqual([
      'session.yaml:1:5: id: this is a scenario file (pause-2023-11-played); the exercise complete-the-week starts from the scenario rafah-2024-05, so only a truce play or truce class session of that scenario, saved with --save, can answer it',
    ]);
  });

  it('a session whose id only ends like one of the scenario is not one', () => {
    expect(problems(sessionText('old-rafah-2024-05-played', [...record(), MOVE]), week)).toEqual([
      'session.yaml:1:5: id: this is a scenario file (old-rafah-2024-05-played); the exercise complete-the-week starts from the scenario rafah-2024-05, so only a truce play or truce class session of that scenario, saved with --save, can answer it',
    ]);
  });

  it('a session with no id, or an id that is not text, is said to have none', () => {
    const expected = (line: number, column: number) =>
      `session.yaml:${line}:${column}: id: this is a scenario file (with no id); the exercise complete-the-week starts from the scenario rafah-2024-05, so only a truce play or truce class session of that scenario, saved with --save, can answer it`;

    expect(problems(sessionText(undefined, [...record(), MOVE]), week)).toEqual([expected(2, 1)]);
    expect(problems(sessionText(12, [...record(), MOVE]), week)).toEqual([expected(1, 5)]);
  });

  it('a session cannot answer an exercise with a start of its own', () => {
    expect(problems(sessionText('rafah-2024-05-played', [...record(), MOVE]), firstDeal)).toEqual([
      'session.yaml:1:5: id: this is a scenario file (rafah-2024-05-played); the exercise first-deal starts from a start of its own, not from a scenario, so only a truce play or truce class session of that scenario, saved with --save, can answer it',
    ]);
  });
});

describe('a session that did not follow the record up to the start', () => {
  const leftBefore = (at: string) => `the session left the record before step hamas-accepts, where the exercise starts (${at}); play the record up to that step, then make your moves`;

  it('is told at the step that made another move under the record step id', () => {
    const steps = record();
    steps[1] = { ...steps[1]!, event: { type: 'TALKS_OPENED' } as never };

    expect(problems(sessionText('rafah-2024-05-played', [...steps, MOVE]), week)).toEqual([`session.yaml:7:5: steps[1]: ${leftBefore("its step 2 is not the record's kerem-shalom-closed")}`]);
  });

  it('is told at the step that made the record move under another step id', () => {
    const steps = record();
    steps[2] = { ...steps[2]!, id: 'my-evacuation' };

    expect(problems(sessionText('rafah-2024-05-played', [...steps, MOVE]), week)).toEqual([`session.yaml:8:5: steps[2]: ${leftBefore("its step 3 is not the record's evacuation-order")}`]);
  });

  it('is told at a step left empty', () => {
    const steps: unknown[] = record();
    steps[3] = null;

    expect(problems(sessionText('rafah-2024-05-played', [...steps, MOVE]), week)).toEqual([`session.yaml:9:5: steps[3]: ${leftBefore("its step 4 is not the record's mediators-proposal")}`]);
  });

  it('is told at its last step when it ends before the start', () => {
    expect(problems(sessionText('rafah-2024-05-played', record().slice(0, 3)), week)).toEqual([`session.yaml:8:5: steps[2]: ${leftBefore('it ends before then')}`]);
  });

  it('is told at its steps when it has no list of steps', () => {
    const text = ['id: rafah-2024-05-played', 'title: A session', 'initial: { date: 2024-05-05 }', 'parties: []', 'steps: none', ''].join('\n');

    expect(problems(text, week)).toEqual([`session.yaml:5:8: steps[0]: ${leftBefore('it ends before then')}`]);
  });
});

describe('a session with no moves after the start', () => {
  it('is told to play on from the step where the exercise starts', () => {
    expect(problems(sessionText('rafah-2024-05-played', record()), week)).toEqual([
      'session.yaml:5:1: steps: the session has no moves after step hamas-accepts, where the exercise starts; play on from there and save again',
    ]);
  });

  it('is told to play on from the start, for an exercise that starts at the beginning of a scenario', async () => {
    const draft = parseExerciseText(
      [
        'id: from-the-top',
        'title: From the top',
        'level: 1',
        'kind: reach-goal',
        'prompt: Make a deal.',
        'start: { scenario: rafah-2024-05.yaml }',
        'goal:',
        '  - { state: { talks: accepted } }',
        'hints: [Think.]',
        'debrief: { text: What happened., sources: [article] }',
        'solution: solutions/from-the-top.yaml',
        '',
      ].join('\n'),
      `${SCENARIOS_DIR}/from-the-top.yaml`,
    );
    if (!draft.ok) throw new Error(draft.problems.map(renderProblem).join('\n'));
    const file = `${SCENARIOS_DIR}/rafah-2024-05.yaml`;
    const loaded = completeExercise(draft.value, { path: 'rafah-2024-05.yaml', file, result: await readScenarioFile(file) });
    if (!loaded.ok) throw new Error(loaded.problems.map(renderProblem).join('\n'));

    expect(problems(sessionText('rafah-2024-05-played', []), loaded.value)).toEqual([
      'session.yaml:5:1: steps: the session has no moves after step the start, where the exercise starts; play on from there and save again',
    ]);
  });
});

describe("the student's moves in a session", () => {
  it("keep a citation of the exercise's sources, and lose the session's own", () => {
    const cited = { ...MOVE, id: 'israel-cited', source: 'article' };
    const result = loadSolutionText(sessionText('rafah-2024-05-played', [...record(), cited, MOVE, { ...MOVE, id: 'listed', source: ['timeline'] }]), 'session.yaml', week);

    expect(result).toEqual({
      ok: true,
      value: {
        file: 'session.yaml',
        steps: [
          { id: 'israel-cited', date: '2024-05-06', event: MOVE.event, source: 'article' },
          { id: 'israel-answers', date: '2024-05-06', event: MOVE.event },
          { id: 'listed', date: '2024-05-06', event: MOVE.event, source: ['timeline'] },
        ],
      },
    });
  });

  it('are told their problems at their own lines of the saved file', () => {
    const wrong = { ...MOVE, id: 'second', event: { type: 'POSITION_STATED', by: 'isreal', text: 'x' } };

    expect(problems(sessionText('rafah-2024-05-played', [...record(), MOVE, wrong]), week)).toEqual([
      'session.yaml:12:79: steps[1].event.by: unknown party "isreal" (did you mean "israel"?); known parties: israel, hamas, egypt, qatar, usa',
    ]);
  });

  it('are told at the steps key when there are far too many of them', () => {
    const many = Array.from({ length: 1001 }, (_, index) => ({ ...MOVE, id: `m${index}` }));

    expect(problems(sessionText('rafah-2024-05-played', [...record(), ...many]), week)).toEqual([
      'session.yaml:5:1: steps: a solution may have at most 1,000 steps, and this one has 1,001; an exercise needs a few dozen at most',
    ]);
  });
});

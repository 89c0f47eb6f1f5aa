/**
 * The conditions of an exercise's goal as a teacher writes them: each form read into the
 * condition the checker uses, and each mistake reported at its place in words that say
 * what was meant.
 */
import { describe, expect, it } from 'vitest';
import { parseExerciseText, type Condition } from '../../src/exercise/index.js';
import { toCondition } from '../../src/exercise/condition.js';
import { renderProblem } from '../../src/files/index.js';

const FORMS = '{ state: {...} }, { region, never }, { region, ever }, { path, atLeast | atMost | equals }, { refusal, event? } or { sequence: [...] }';

/** An exercise file whose goal is the one condition given, on line 8. */
function exerciseWith(condition: string): string {
  return `id: goal
title: Test
level: 2
kind: reach-goal
prompt: Do something.
start: { scenario: ../scenarios/rafah-2024-05.yaml, upTo: burns-netanyahu }
goal:
  - ${condition}
hints: [Think.]
debrief: { text: What happened., sources: [article] }
solution: solutions/goal.yaml
`;
}

/** The goal read from a file with this one condition; fails the test when the file is refused. */
function goalOf(condition: string): Condition[] {
  const result = parseExerciseText(exerciseWith(condition), 'goal.yaml');
  if (!result.ok) throw new Error(result.problems.map(renderProblem).join('\n'));
  return result.value.goal;
}

/** The problems, as printed, in a file with this one condition. */
function issuesOf(condition: string): string[] {
  const result = parseExerciseText(exerciseWith(condition), 'goal.yaml');
  if (result.ok) throw new Error('expected goal.yaml to be refused');
  return result.problems.map(renderProblem);
}

describe('reading a goal condition', () => {
  it('keeps a label and a weight only when the condition has them', () => {
    expect(goalOf('{ state: { talks: accepted } }')).toStrictEqual([{ form: 'state', state: { talks: 'accepted' } }]);
    expect(goalOf('{ region: access, ever: open, label: Aid gets in, weight: 3 }')).toStrictEqual([
      { form: 'ever', region: 'access', value: 'open', label: 'Aid gets in', weight: 3 },
    ]);
    expect(goalOf('{ region: operations, never: ceasefire, weight: 2 }')).toStrictEqual([{ form: 'never', region: 'operations', value: 'ceasefire', weight: 2 }]);
  });

  it('reads a refusal with or without the event it is about', () => {
    expect(goalOf('{ refusal: NO_AGREED_DEAL }')).toStrictEqual([{ form: 'refusal', code: 'NO_AGREED_DEAL' }]);
    expect(goalOf('{ refusal: NO_AGREED_DEAL, event: OPERATION_PAUSED, label: Why not }')).toStrictEqual([
      { form: 'refusal', code: 'NO_AGREED_DEAL', event: 'OPERATION_PAUSED', label: 'Why not' },
    ]);
  });

  it('reads a value condition with only the bounds written', () => {
    expect(goalOf('{ path: hostages.released, atLeast: 1 }')).toStrictEqual([{ form: 'value', path: 'hostages.released', atLeast: 1 }]);
    expect(goalOf('{ path: hostages.released, atMost: 3 }')).toStrictEqual([{ form: 'value', path: 'hostages.released', atMost: 3 }]);
    expect(goalOf('{ path: hostages.released, equals: 0 }')).toStrictEqual([{ form: 'value', path: 'hostages.released', equals: 0 }]);
    expect(goalOf('{ path: hostages.released, atLeast: 2, atMost: 2 }')).toStrictEqual([{ form: 'value', path: 'hostages.released', atLeast: 2, atMost: 2 }]);
  });

  it('reads a sequence of event patterns', () => {
    expect(goalOf('{ sequence: [ { type: TALKS_OPENED }, { type: CROSSING_OPENED, crossing: Rafah } ] }')).toStrictEqual([
      { form: 'sequence', sequence: [{ type: 'TALKS_OPENED' }, { type: 'CROSSING_OPENED', crossing: 'Rafah' }] },
    ]);
  });

  it('comes with no findings when a condition of any form is read', () => {
    const conditions = [
      { state: { talks: 'accepted' as const } },
      { region: 'access' as const, ever: 'open' },
      { path: 'hostages.released', atLeast: 1, atMost: 3 },
      { refusal: 'NO_AGREED_DEAL' as const },
      { sequence: [{ type: 'TALKS_OPENED' }] },
    ];
    for (const shape of conditions) expect(toCondition(shape, ['goal', 0]).findings).toStrictEqual([]);
  });
});

describe('a condition written wrong', () => {
  it('lists the forms when a condition has none', () => {
    expect(issuesOf('{ label: Nothing to check }')).toEqual([`goal.yaml:8:5: goal[0]: a condition needs one of these forms: ${FORMS}`]);
  });

  it('names the forms a condition mixes, the sequence among them', () => {
    expect(issuesOf('{ state: { talks: accepted }, sequence: [ { type: TALKS_OPENED } ] }')).toEqual([
      `goal.yaml:8:5: goal[0]: this condition mixes the forms state and sequence; write each as a condition of its own (forms: ${FORMS})`,
    ]);
  });

  it('names the four regions when a state condition names none', () => {
    expect(issuesOf('{ state: {} }')).toEqual(['goal.yaml:8:14: goal[0].state: name at least one region: talks, operations, access or agreement']);
  });

  it('asks for the region of a never or an ever', () => {
    expect(issuesOf('{ never: ceasefire }')).toEqual(['goal.yaml:8:5: goal[0]: never needs region: talks, operations, access or agreement']);
    expect(issuesOf('{ ever: open }')).toEqual(['goal.yaml:8:5: goal[0]: ever needs region: talks, operations, access or agreement']);
  });

  it('asks for never or ever when a region is named alone, and for one of them when it has both', () => {
    expect(issuesOf('{ region: talks }')).toEqual(['goal.yaml:8:5: goal[0]: region needs never: <state> or ever: <state>']);
    expect(issuesOf('{ region: access, never: closed, ever: open }')).toEqual(['goal.yaml:8:5: goal[0]: a condition says never or ever, not both; write two conditions']);
  });

  it('asks for the path of a bound written without one', () => {
    const message = 'atLeast, atMost and equals need path: the value to check, e.g. path: hostages.released';
    expect(issuesOf('{ atLeast: 1 }')).toEqual([`goal.yaml:8:5: goal[0]: ${message}`]);
    expect(issuesOf('{ atMost: 1 }')).toEqual([`goal.yaml:8:5: goal[0]: ${message}`]);
    expect(issuesOf('{ equals: 1 }')).toEqual([`goal.yaml:8:5: goal[0]: ${message}`]);
  });

  it('asks for a bound on a path written without one', () => {
    expect(issuesOf('{ path: hostages.released }')).toEqual(['goal.yaml:8:5: goal[0]: path needs atLeast, atMost or equals: what the value must be']);
  });

  it('refuses equals with atLeast or with atMost', () => {
    const message = 'goal.yaml:8:5: goal[0]: equals cannot go with atLeast or atMost; use one or the other';
    expect(issuesOf('{ path: hostages.released, equals: 3, atLeast: 1 }')).toEqual([message]);
    expect(issuesOf('{ path: hostages.released, equals: 3, atMost: 5 }')).toEqual([message]);
  });

  it('points at atMost when it is below atLeast', () => {
    expect(issuesOf('{ path: hostages.released, atLeast: 5, atMost: 2 }')).toEqual([
      'goal.yaml:8:52: goal[0].atMost: atMost (2) is below atLeast (5): no value can meet both',
    ]);
  });

  it('asks for the refusal code of a condition that names only an event', () => {
    expect(issuesOf('{ event: OPERATION_PAUSED }')).toEqual([
      'goal.yaml:8:5: goal[0]: event names which event a refusal is about; add refusal: CODE (the reason you expect, e.g. NO_AGREED_DEAL)',
    ]);
  });

  it('says what each wrong item of a sequence is instead of an event pattern', () => {
    const expected = (column: number, index: number, found: string) =>
      `goal.yaml:8:${column}: goal[0].sequence[${index}]: expected an event pattern (a mapping with a type, e.g. { type: TALKS_OPENED }), found ${found}`;
    expect(issuesOf('{ sequence: [ null, 3, [ TALKS_OPENED ] ] }')).toEqual([expected(19, 0, 'nothing (null)'), expected(25, 1, '3'), expected(28, 2, 'a list')]);
  });

  it('asks for the type of a pattern without one, and says a type that is not text is no event type', () => {
    expect(issuesOf('{ sequence: [ { crossing: Rafah }, { type: 3 } ] }')).toEqual([
      'goal.yaml:8:19: goal[0].sequence[0].type: missing "type": the kind of event to look for',
      'goal.yaml:8:48: goal[0].sequence[1].type: unknown event type 3',
    ]);
  });

  it('says what is wrong with a field of a pattern, quoting the value found', () => {
    expect(issuesOf('{ sequence: [ { type: CROSSING_OPENED, crossing: 3 } ] }')).toEqual(['goal.yaml:8:54: goal[0].sequence[0].crossing: expected text, found 3']);
    expect(issuesOf('{ sequence: [ { type: PROPOSAL_TABLED, terms: { pauseDays: four } } ] }')).toEqual(['goal.yaml:8:64: goal[0].sequence[0].terms.pauseDays: expected a number, found "four"']);
  });
});

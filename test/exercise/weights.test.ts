/** Weights on criteria, from an exercise file: how much each counts in the score, and what a weight may be given to. */
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readExerciseFile, type Exercise } from '../../src/exercise/index.js';
import { renderProblem } from '../../src/files/index.js';
import { scratchFolder } from '../cli/helpers.js';
import { SCENARIOS_DIR } from '../scenario/helpers.js';
import { truceInProcess } from '../cli/in-process.js';
import { criterion, fileText, grade } from './helpers.js';

const scratch = scratchFolder();
const SCRATCH = dirname(scratch.write('.keep', ''));
afterAll(() => scratch.remove());

const RAFAH = join(SCENARIOS_DIR, 'rafah-2024-05.yaml');

/** From 8 May 2024, Israel's acceptance (counting 3) and a ceasefire (1); at most 3 steps, each cited, citing counting for nothing. */
function weighedText(constraints = '{ maxSteps: 3, cite: true, weights: { cite: 0 } }'): string {
  return fileText(`
id: weighed
title: Weighed
level: 2
kind: reach-goal
prompt: Reach a ceasefire.
start: { scenario: ${RAFAH}, upTo: burns-netanyahu }
goal:
  - { state: { talks: accepted }, weight: 3 }
  - { region: operations, ever: ceasefire }
constraints: ${constraints}
hints: [Think.]
debrief: { text: What happened., sources: [article] }
solution: solutions/weighed.yaml
`);
}

async function weighed(): Promise<Exercise> {
  const result = await readExerciseFile(scratch.write('weighed.yaml', weighedText()));
  if (!result.ok) throw new Error(result.problems.map(renderProblem).join('\n'));
  return result.value;
}

async function issuesIn(text: string): Promise<string[]> {
  const result = await readExerciseFile(scratch.write('weighed.yaml', text));
  if (result.ok) throw new Error('expected weighed.yaml to be refused');
  return result.problems.map((issue) => renderProblem({ ...issue, file: basename(issue.file) }));
}

const ISRAEL_ACCEPTS = '  - { id: israel, date: 2024-05-09, event: { type: PROPOSAL_ACCEPTED, by: israel } }\n';
const CEASEFIRE = '  - { id: ceasefire, date: 2024-05-09, event: { type: CEASEFIRE_BEGAN } }\n';

describe('weights on criteria', () => {
  it('count a condition of weight 3 three times', async () => {
    const exercise = await weighed();

    const result = grade(exercise, `steps:\n${ISRAEL_ACCEPTS}`);

    expect(criterion(result, 'state')).toMatchObject({ met: true, weight: 3, earned: 3 });
    expect(criterion(result, 'ever')).toMatchObject({ met: false, weight: 1, earned: 0 });
    // The uncited step breaks a limit of weight 0: it costs nothing.
    expect(result).toMatchObject({ earned: 3, possible: 4, percent: 75 });
  });

  it('leave a solution that breaks only a criterion of weight 0 unsolved, and below 100%', async () => {
    const exercise = await weighed();

    const result = grade(exercise, `steps:\n${ISRAEL_ACCEPTS}${CEASEFIRE}`);

    expect(criterion(result, 'cite')).toMatchObject({ met: false, weight: 0 });
    expect(result).toMatchObject({ earned: 4, possible: 4, percent: 99, solved: false });
  });

  it('give 100% to a solution that meets every criterion', async () => {
    const exercise = await weighed();

    const result = grade(exercise, `steps:\n${ISRAEL_ACCEPTS.replace(' }\n', ', source: article }\n')}${CEASEFIRE.replace(' }\n', ', source: article }\n')}`);

    expect(result).toMatchObject({ earned: 4, possible: 4, percent: 100, solved: true });
  });

  it('are shown to students beside what they weigh, and in the feedback with the limits', async () => {
    await weighed();
    mkdirSync(join(SCRATCH, 'answers'), { recursive: true });
    const answer = scratch.write('answers/israel.yaml', `steps:\n${ISRAEL_ACCEPTS}`);

    const shown = await truceInProcess(['exercise', 'show', 'weighed', '--exercises', SCRATCH]);
    const checked = await truceInProcess(['exercise', 'check', 'weighed', answer, '--exercises', SCRATCH]);

    expect(shown.stdout).toContain('  • At the end: talks accepted (counts 3×)\n  • Operations reach ceasefire at some point\n');
    expect(shown.stdout).toContain('saying why (counts for no marks)\n');
    expect(checked.stdout).toContain('  ✓ At the end: talks accepted (counts 3×)\n');
    expect(checked.stdout).toContain('  ✓ At most 3 steps (a limit)\n');
    expect(checked.stdout).toContain('saying why (a limit, counts for no marks)\n      not met: no source and not marked inferred: israel\n');
    expect(checked.stdout).toContain('Score: 3 of 5 criteria met (75%): 2 of those met are limits, which earn no marks. Not solved yet.');
  });

  it('are refused for a constraint the exercise does not set, saying what to do', async () => {
    const issues = await issuesIn(weighedText('{ maxSteps: 3, weights: { cite: 2, dates: 1 } }'));

    expect(issues).toEqual([
      expect.stringMatching(/^weighed\.yaml:\d+:\d+: constraints\.weights\.cite: this exercise has no cite constraint to weigh; add cite: true to constraints, or remove this weight$/),
      expect.stringMatching(/^weighed\.yaml:\d+:\d+: constraints\.weights\.dates: this exercise has no dates constraint to weigh; add dates: \.\.\. to constraints, or remove this weight$/),
    ]);
  });

  it('are refused below 0', async () => {
    const issues = await issuesIn(weighedText().replace('weight: 3', 'weight: -1'));

    expect(issues).toEqual([expect.stringMatching(/^weighed\.yaml:\d+:\d+: goal\[0\]\.weight: /)]);
  });
});

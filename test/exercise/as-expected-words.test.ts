/** The criterion every exercise has: each step of a solution goes as its file expects, and when not, the words say why. */
import { describe, expect, it } from 'vitest';
import { criterion, grade, shippedExercise } from './helpers.js';

describe('a step that does not go as expected', () => {
  it('is said once to be accepted when it was expected refused for a reason, with no reason of the model quoted', async () => {
    const exercise = await shippedExercise('pause-too-early');
    const solution = 'steps:\n  - { id: talks, date: 2024-05-08, event: { type: TALKS_OPENED, where: Cairo }, expect: { refused: true, refusal: NO_AGREED_DEAL } }\n';

    const asExpected = criterion(grade(exercise, solution), 'as-expected');

    expect(asExpected.met).toBe(false);
    expect(asExpected.why).toBe('you expected step talks (2024-05-08) to be refused, but the model accepts it');
  });
});

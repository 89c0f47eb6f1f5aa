/** A predicted refusal that the model does not give: credited when it is true all the same, not when it is false. */
import { describe, expect, it } from 'vitest';
import { criterion, grade, shippedExercise } from './helpers.js';

describe('a refusal predicted for a step the model refuses for another reason', () => {
  it('is not called true when no rule of the model gives it, and earns nothing', async () => {
    const exercise = await shippedExercise('pause-once-per-deal');

    // The pause is refused (already used once, and no agreed deal), but not because Qatar is not a principal.
    const result = grade(exercise, `
steps:
  - id: pause-again
    date: 2023-12-01
    event: { type: OPERATION_PAUSED, by: israel }
    expect: { refused: true, refusal: NOT_A_PRINCIPAL }
`);

    expect(criterion(result, 'refusal')).toMatchObject({ met: false, earned: 0 });
    expect(criterion(result, 'as-expected').why).toBe(
      'the model refuses step pause-again (2023-12-01) for another reason than you expected: operations have already paused once under this deal; another pause needs a new agreed deal (or PAUSE_EXTENDED while paused)',
    );
  });
});

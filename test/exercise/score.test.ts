/** The score of a graded solution, from its criteria, their weights and which are limits (score.ts, pure). */
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../src/exercise/criterion.js';
import { scoreCriteria } from '../../src/exercise/score.js';

const reached: Criterion = { kind: 'state', label: 'talks are accepted', met: true, why: 'talks are accepted' };
const missed: Criterion = { kind: 'ever', label: 'operations reach ceasefire', met: false, why: 'operations never reach ceasefire' };

describe('the score of a solution', () => {
  it('counts a criterion with no word on whether it is a limit as an achievement', () => {
    expect(scoreCriteria([reached, missed], [1, 1], [])).toEqual({
      criteria: [
        { ...reached, weight: 1, limit: false, earned: 1 },
        { ...missed, weight: 1, limit: false, earned: 0 },
      ],
      earned: 1,
      possible: 2,
      percent: 50,
    });
  });

  it('is 0%, not a number that is no number, when nothing could be earned and a criterion of weight 0 is unmet', () => {
    expect(scoreCriteria([missed], [0], [false])).toEqual({
      criteria: [{ ...missed, weight: 0, limit: false, earned: 0 }],
      earned: 0,
      possible: 0,
      percent: 0,
    });
  });
});

/** How much each constraint counts: the weight an exercise gives it in constraints.weights, or 1. */
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../src/exercise/index.js';
import { grade, shippedExercise } from './helpers.js';

const DEAL = `
steps:
  - { id: tabled, date: 2023-11-22, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4 } }, source: timeline }
  - { id: hamas-yes, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: hamas }, source: timeline }
  - { id: israel-yes, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: israel }, source: timeline }
`;

/** first-deal with every kind of constraint, and these weights. */
async function firstDealWeighed(weights: NonNullable<Exercise['constraints']['weights']> | undefined): Promise<Exercise> {
  const exercise = await shippedExercise('first-deal');
  return {
    ...exercise,
    constraints: {
      maxSteps: 3,
      events: ['PROPOSAL_TABLED', 'PROPOSAL_ACCEPTED'],
      mustAccept: ['israel', 'hamas'],
      dates: { from: '2023-11-22' },
      cite: true,
      ...(weights ? { weights } : {}),
    },
  };
}

/** Each criterion's kind and weight, in the order a student reads them. */
const weightsIn = (exercise: Exercise) => grade(exercise, DEAL).criteria.map(({ kind, weight }) => ({ kind, weight }));

describe('the weight of each constraint', () => {
  it('is the one the exercise gives it, for every kind of constraint', async () => {
    const exercise = await firstDealWeighed({ maxSteps: 2, events: 3, mustAccept: 4, dates: 5, cite: 6, asExpected: 7 });

    expect(weightsIn(exercise)).toEqual([
      { kind: 'state', weight: 1 },
      { kind: 'value', weight: 1 },
      { kind: 'value', weight: 1 },
      { kind: 'max-steps', weight: 2 },
      { kind: 'events', weight: 3 },
      { kind: 'must-accept', weight: 4 },
      { kind: 'dates', weight: 5 },
      { kind: 'cite', weight: 6 },
      { kind: 'as-expected', weight: 7 },
    ]);
  });

  it('is 1 for a constraint the weights do not name', async () => {
    const exercise = await firstDealWeighed({ events: 3 });

    expect(weightsIn(exercise).slice(3)).toEqual([
      { kind: 'max-steps', weight: 1 },
      { kind: 'events', weight: 3 },
      { kind: 'must-accept', weight: 1 },
      { kind: 'dates', weight: 1 },
      { kind: 'cite', weight: 1 },
      { kind: 'as-expected', weight: 1 },
    ]);
  });
});

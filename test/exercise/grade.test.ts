/** Grading in general: the score, and criteria whose feedback the per-exercise tests do not reach. */
import { describe, expect, it } from 'vitest';
import { readSolutionFile, shortestPathLength } from '../../src/exercise/index.js';
import { criterion, grade, referenceSolutionPath, shippedExercise } from './helpers.js';

describe('grading a solution', () => {
  it('gives no marks for limits any file keeps: a one-step file that does none of the exercise scores 0%', async () => {
    const exercise = await shippedExercise('what-if-rafah-pause');

    const result = grade(exercise, `
steps:
  - { id: talks, date: 2024-05-09, event: { type: TALKS_OPENED, where: Cairo } }
`);

    expect(result.criteria.map((found) => [found.kind, found.met, found.limit])).toEqual([
      ['ever', false, false],
      ['value', false, false],
      ['value', false, false],
      ['max-steps', true, true],
      ['must-accept', false, false],
      ['dates', true, true],
      ['as-expected', true, true],
    ]);
    expect(result).toMatchObject({ met: 3, total: 7, earned: 0, possible: 4, percent: 0, solved: false });
  });

  it('costs the weight of a limit broken, on top of the achievements', async () => {
    const exercise = await shippedExercise('first-deal');

    // The deal tabled twice before both accept: every achievement met, one limit (at most 3 steps) broken.
    const result = grade(exercise, `
steps:
  - { id: draft, date: 2023-11-22, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 3 } } }
  - { id: tabled, date: 2023-11-22, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4 } } }
  - { id: israel, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: israel } }
  - { id: hamas, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: hamas } }
`);

    expect(criterion(result, 'max-steps')).toMatchObject({ met: false, limit: true, earned: 0 });
    expect(result).toMatchObject({ earned: 4, possible: 5, percent: 80, solved: false });
  });

  it('counts partial credit from a sequence found in part', async () => {
    const exercise = await shippedExercise('complete-the-week');

    // Five of six events in order, and the state at the end: of two achievements, 5/6 and 1.
    const result = grade(exercise, `
steps:
  - { id: hamas-far, date: 2024-05-06, event: { type: POSITION_STATED, by: hamas, text: Far. }, source: timeline }
  - { id: launch, date: 2024-05-06, event: { type: OPERATION_LAUNCHED, by: israel }, source: timeline }
  - { id: rafah, date: 2024-05-07, event: { type: CROSSING_CLOSED, crossing: Rafah }, source: timeline }
  - { id: kerem, date: 2024-05-08, event: { type: CROSSING_OPENED, crossing: Kerem Shalom }, source: timeline }
  - { id: cairo, date: 2024-05-08, event: { type: TALKS_OPENED, where: Cairo }, source: timeline }
  - { id: over, date: 2024-05-09, event: { type: TALKS_STALLED }, source: timeline }
`);

    expect(result).toMatchObject({ met: 5, total: 6, possible: 2, percent: 91, solved: false });
    expect(result.earned).toBeCloseTo(1 + 5 / 6);
  });

  it('counts steps refused as predicted apart from steps accepted', async () => {
    const exercise = await shippedExercise('mediator-cannot-accept');

    const result = grade(exercise, `
steps:
  - { id: qatar-yes, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: qatar }, expect: { refusal: NOT_A_PRINCIPAL } }
  - { id: hamas-yes, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: hamas } }
`);

    expect(criterion(result, 'as-expected')).toMatchObject({ met: true, why: '1 step accepted, 1 refused as you predicted' });
    expect(criterion(result, 'refusal')).toMatchObject({ met: true, why: expect.stringMatching(/^the model refuses step qatar-yes \(2023-11-22\) as you predicted: Qatar is a mediator/) });
  });

  it('reports an expect: that does not hold, with what was found', async () => {
    const exercise = await shippedExercise('first-deal');

    const result = grade(exercise, `
steps:
  - id: tabled
    date: 2023-11-22
    event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4 } }
    expect: { state: { talks: accepted } }
`);

    expect(criterion(result, 'as-expected')).toMatchObject({ met: false, why: 'step tabled (2023-11-22): you expected talks accepted, found talks proposal' });
  });

  it('reports a step expected to be refused that the model accepts', async () => {
    const exercise = await shippedExercise('pause-too-early');

    const result = grade(exercise, `
steps:
  - { id: talks, date: 2024-05-07, event: { type: TALKS_OPENED }, expect: { refused: true } }
`);

    expect(criterion(result, 'as-expected').why).toBe('you expected step talks (2024-05-07) to be refused, but the model accepts it');
    expect(criterion(result, 'refusal').why).toBe('no step of yours sends OPERATION_PAUSED: write the OPERATION_PAUSED step you think the model refuses');
  });

  it('reports a party that has not accepted the deal on the table', async () => {
    const exercise = await shippedExercise('what-if-rafah-pause');

    const result = grade(exercise, `
steps:
  - { id: deal, date: 2024-05-09, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 2, lastingCeasefire: true } } }
  - { id: hamas-yes, date: 2024-05-09, event: { type: PROPOSAL_ACCEPTED, by: hamas } }
`);

    expect(criterion(result, 'must-accept')).toMatchObject({ met: false, why: 'Israel has not accepted the proposal on the table' });
    // No deal is in force until Israel accepts too: the agreement the goal asks about is not there.
    expect(criterion(result, 'value', 1)).toMatchObject({ met: false, why: 'there is no agreement at the end: no deal has been accepted by every principal' });
  });

  it('matches a sequence only on steps the model accepts', async () => {
    const exercise = await shippedExercise('complete-the-week');

    const result = grade(exercise, `
steps:
  - { id: far, date: 2024-05-06, event: { type: POSITION_STATED, by: israel, text: Far. }, source: timeline }
  - { id: refused-launch, date: 2024-05-06, event: { type: OPERATION_LAUNCHED, by: egypt }, source: timeline }
`);

    expect(criterion(result, 'sequence').why).toBe(
      '1 of 6 found in order (far); the first missing, accepted by the model: OPERATION_LAUNCHED (by: israel), after step far (2024-05-06) (and 4 more missing)',
    );
  });

  it('counts a sequence with its first event wrong and the rest right as the rest found in order, with partial credit', async () => {
    const exercise = await shippedExercise('complete-the-week');

    // Hamas, not Israel, states the position: one of six wrong, the other five in order.
    const result = grade(exercise, `
steps:
  - { id: hamas-far, date: 2024-05-06, event: { type: POSITION_STATED, by: hamas, text: Far. }, source: timeline }
  - { id: launch, date: 2024-05-06, event: { type: OPERATION_LAUNCHED, by: israel }, source: timeline }
  - { id: rafah, date: 2024-05-07, event: { type: CROSSING_CLOSED, crossing: Rafah }, source: timeline }
  - { id: kerem, date: 2024-05-08, event: { type: CROSSING_OPENED, crossing: Kerem Shalom }, source: timeline }
  - { id: cairo, date: 2024-05-08, event: { type: TALKS_OPENED, where: Cairo }, source: timeline }
  - { id: over, date: 2024-05-09, event: { type: TALKS_STALLED }, source: timeline }
`);

    expect(criterion(result, 'sequence')).toMatchObject({
      met: false,
      credit: 5 / 6,
      why: '5 of 6 found in order (launch, rafah, kerem, cairo, over); the one missing, accepted by the model: POSITION_STATED (by: israel), before step launch (2024-05-06)',
    });
  });

  it('counts the events in order after a missing one, not only those before it', async () => {
    const exercise = await shippedExercise('complete-the-week');

    // Talks stall out of place first; then every event but the round in Cairo, in order: five of six, not the four before the gap.
    const result = grade(exercise, `
steps:
  - { id: early-stall, date: 2024-05-06, event: { type: TALKS_STALLED }, source: timeline }
  - { id: far, date: 2024-05-06, event: { type: POSITION_STATED, by: israel, text: Far. }, source: timeline }
  - { id: launch, date: 2024-05-06, event: { type: OPERATION_LAUNCHED, by: israel }, source: timeline }
  - { id: rafah, date: 2024-05-07, event: { type: CROSSING_CLOSED, crossing: Rafah }, source: timeline }
  - { id: kerem, date: 2024-05-08, event: { type: CROSSING_OPENED, crossing: Kerem Shalom }, source: timeline }
  - { id: over, date: 2024-05-09, event: { type: TALKS_STALLED }, source: timeline }
`);

    expect(criterion(result, 'sequence')).toMatchObject({
      met: false,
      credit: 5 / 6,
      why: '5 of 6 found in order (far, launch, rafah, kerem, over); the one missing, accepted by the model: TALKS_OPENED (where: Cairo), after step kerem (2024-05-08)',
    });
  });
});

describe('the shortest-path exercises', () => {
  it.each(['shortest-ceasefire', 'pause-lapses', 'ceasefire-outlasts-talks'])('%s: the reference solution is exactly as long as the shortest path', async (id) => {
    const exercise = await shippedExercise(id);
    const reference = await readSolutionFile(referenceSolutionPath(exercise), exercise);

    if (!reference.ok) throw new Error(`the reference solution of ${id} does not load`);
    expect(shortestPathLength(exercise)).toBe(reference.value.steps.length);
  });
});

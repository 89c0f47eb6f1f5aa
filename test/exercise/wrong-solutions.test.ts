/**
 * For each shipped exercise, wrong solutions fail on the criterion they get
 * wrong, with feedback that says why.
 */
import { describe, expect, it } from 'vitest';
import { criterion, grade, shippedExercise } from './helpers.js';

describe('first-deal', () => {
  it('fails when Israel tables the deal itself instead of Qatar', async () => {
    const exercise = await shippedExercise('first-deal');

    const result = grade(exercise, `
steps:
  - { id: tabled, date: 2023-11-22, event: { type: PROPOSAL_TABLED, by: israel, terms: { pauseDays: 4 } } }
  - { id: hamas-yes, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: hamas } }
`);

    expect(result.solved).toBe(false);
    expect(criterion(result, 'state').met).toBe(true);
    expect(criterion(result, 'value', 0)).toMatchObject({ met: false, why: 'the party that tabled the proposal on the table: israel at the end, not qatar' });
    expect(criterion(result, 'must-accept')).toMatchObject({
      met: false,
      why: 'Israel tabled the proposal on the table itself; here Israel must accept a proposal tabled by another party',
    });
    expect(result).toMatchObject({ met: 5, total: 7, percent: 71 });
  });

  it('fails when a step uses an event the exercise does not allow', async () => {
    const exercise = await shippedExercise('first-deal');

    const result = grade(exercise, `
steps:
  - { id: talks, date: 2023-11-22, event: { type: TALKS_OPENED, where: Doha } }
`);

    expect(criterion(result, 'events')).toMatchObject({ met: false, why: 'step talks (2023-11-22) sends TALKS_OPENED' });
    expect(criterion(result, 'must-accept')).toMatchObject({ met: false, why: 'there is no proposal on the table at the end' });
  });
});

describe('pause-too-early', () => {
  it('fails when the refused pause is not predicted', async () => {
    const exercise = await shippedExercise('pause-too-early');

    const result = grade(exercise, `
steps:
  - { id: pause, date: 2024-05-07, event: { type: OPERATION_PAUSED, by: israel } }
`);

    expect(criterion(result, 'refusal')).toMatchObject({ met: false, why: expect.stringMatching(/^the model refuses step pause \(2024-05-07\) \(there is no agreed deal yet: Israel has not accepted .*\), but your solution does not predict it/) });
    expect(criterion(result, 'as-expected')).toMatchObject({ met: false, why: expect.stringContaining('step pause (2024-05-07) is refused by the model: there is no agreed deal yet') });
  });

  it('fails when the predicted reason is the wrong one, without naming the right code', async () => {
    const exercise = await shippedExercise('pause-too-early');

    const result = grade(exercise, `
steps:
  - id: pause
    date: 2024-05-07
    event: { type: OPERATION_PAUSED, by: israel }
    expect: { refused: true, refusal: DEAL_HAS_NO_PAUSE }
`);

    const refusal = criterion(result, 'refusal');
    expect(refusal.met).toBe(false);
    expect(refusal.why).toMatch(/^the model refuses step pause \(2024-05-07\), but not for the reason you predicted \(DEAL_HAS_NO_PAUSE\); the model says: there is no agreed deal yet/);
    expect(refusal.why).not.toContain('NO_AGREED_DEAL');
    expect(criterion(result, 'as-expected').why).not.toContain('NO_AGREED_DEAL');
  });
});

describe('mediator-cannot-accept', () => {
  it('fails when no step tests the mediator', async () => {
    const exercise = await shippedExercise('mediator-cannot-accept');

    const result = grade(exercise, `
steps:
  - { id: hamas-yes, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: hamas } }
  - { id: israel-yes, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: israel } }
`);

    expect(criterion(result, 'state').met).toBe(true);
    expect(criterion(result, 'refusal')).toMatchObject({
      met: false,
      why: 'the model accepts every PROPOSAL_ACCEPTED step of yours: write the PROPOSAL_ACCEPTED step you think it refuses, with expect: { refused: true, refusal: <CODE> }',
    });
  });
});

describe('living-and-dead', () => {
  it('fails on a prediction of too few hostages when it is too few living ones, and on hostages left held', async () => {
    const exercise = await shippedExercise('living-and-dead');

    const result = grade(exercise, `
steps:
  - id: all-alive
    date: 2024-05-09
    event: { type: HOSTAGES_RELEASED, by: hamas, count: 128 }
    expect: { refused: true, refusal: NOT_ENOUGH_HOSTAGES }
`);

    expect(criterion(result, 'refusal').why).toMatch(/not for the reason you predicted \(NOT_ENOUGH_HOSTAGES\); the model says: cannot free 128 alive: 92 of those held are alive$/);
    expect(criterion(result, 'value', 0)).toMatchObject({ met: false, why: 'hostages still held: 128 at the end, not 0' });
  });
});

describe('shortest-ceasefire', () => {
  it('fails on a path longer than the shortest, saying how long the shortest is', async () => {
    const exercise = await shippedExercise('shortest-ceasefire');

    const result = grade(exercise, `
steps:
  - { id: counter, date: 2024-05-09, event: { type: COUNTER_PROPOSAL, by: israel, terms: { lastingCeasefire: true } } }
  - { id: hamas-yes, date: 2024-05-09, event: { type: PROPOSAL_ACCEPTED, by: hamas } }
  - { id: ceasefire, date: 2024-05-10, event: { type: CEASEFIRE_BEGAN } }
`);

    expect(criterion(result, 'state').met).toBe(true);
    expect(criterion(result, 'max-steps')).toMatchObject({ met: false, why: 'you used 3 steps; the shortest path takes 2 steps' });
  });
});

describe('complete-the-week', () => {
  it('fails when the crossing is missing and a step cites no source', async () => {
    const exercise = await shippedExercise('complete-the-week');

    const result = grade(exercise, `
steps:
  - { id: far, date: 2024-05-06, event: { type: POSITION_STATED, by: israel, text: Far from requirements. }, source: timeline }
  - { id: rafah, date: 2024-05-06, event: { type: OPERATION_LAUNCHED, by: israel }, source: article }
  - { id: cairo, date: 2024-05-08, event: { type: TALKS_OPENED, where: Cairo } }
  - { id: over, date: 2024-05-09, event: { type: TALKS_STALLED }, source: timeline }
`);

    expect(criterion(result, 'sequence')).toMatchObject({
      met: false,
      why: '2 of 5 found in order (far, rafah); the next one to find, accepted by the model: CROSSING_CLOSED (crossing: Rafah)',
    });
    expect(criterion(result, 'state')).toMatchObject({ met: false, why: 'at the end access is open, not closed' });
    expect(criterion(result, 'cite')).toMatchObject({ met: false, why: 'no source and not marked inferred: cairo' });
  });
});

describe('rafah-pause-for-release', () => {
  it('fails when the hostages are freed under a ceasefire instead of a pause', async () => {
    const exercise = await shippedExercise('rafah-pause-for-release');

    const result = grade(exercise, `
steps:
  - { id: israel-yes, date: 2024-05-09, event: { type: PROPOSAL_ACCEPTED, by: israel } }
  - { id: ceasefire, date: 2024-05-10, event: { type: CEASEFIRE_BEGAN } }
  - { id: freed, date: 2024-05-11, event: { type: HOSTAGES_RELEASED, by: hamas, count: 10 } }
`);

    expect(criterion(result, 'value').met).toBe(true);
    expect(criterion(result, 'ever')).toMatchObject({ met: false, why: 'operations never reach pausedForRelease: operations went active → ceasefire' });
    expect(criterion(result, 'never')).toMatchObject({ met: false, why: 'operations reach ceasefire after step ceasefire (2024-05-10)' });
  });
});

describe('pause-once-per-deal', () => {
  it('fails when the second pause is tried under the old deal only', async () => {
    const exercise = await shippedExercise('pause-once-per-deal');

    const result = grade(exercise, `
steps:
  - id: pause-again
    date: 2023-12-01
    event: { type: OPERATION_PAUSED, by: israel }
    expect: { refused: true, refusal: PAUSE_ALREADY_USED }
`);

    expect(criterion(result, 'refusal').met).toBe(true);
    expect(criterion(result, 'state')).toMatchObject({ met: false, why: 'at the end operations are resumed, not pausedForRelease' });
  });
});

describe('november-2023', () => {
  it('fails when the pause ends a day early, the prisoners do not add up and no step cites the timeline', async () => {
    const exercise = await shippedExercise('november-2023');

    const result = grade(exercise, `
steps:
  - { id: deal, date: 2023-11-22, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4 } } }
  - { id: hamas-yes, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: hamas } }
  - { id: israel-yes, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: israel } }
  - { id: pause, date: 2023-11-24, event: { type: OPERATION_PAUSED, by: israel } }
  - { id: hostages, date: 2023-11-24, event: { type: HOSTAGES_RELEASED, by: hamas, count: 105 } }
  - { id: prisoners, date: 2023-11-24, event: { type: PRISONERS_RELEASED, by: israel, count: 230 } }
  - { id: two-days, date: 2023-11-27, event: { type: PAUSE_EXTENDED, days: 2 } }
  - { id: one-day, date: 2023-11-29, event: { type: PAUSE_EXTENDED, days: 1 } }
  - { id: resumed, date: 2023-11-30, event: { type: OPERATION_RESUMED, by: israel } }
`);

    expect(criterion(result, 'sequence').met).toBe(true);
    expect(criterion(result, 'value', 0).met).toBe(true);
    expect(criterion(result, 'value', 1)).toMatchObject({ met: false, why: 'prisoners freed: 230 at the end, not 240' });
    expect(criterion(result, 'value', 2)).toMatchObject({ met: false, why: 'days of pause that ran: 6 at the end, not 7' });
    expect(criterion(result, 'cite').why).toBe('no source and not marked inferred: deal, hamas-yes, israel-yes, pause, hostages, prisoners, two-days, one-day, resumed');
  });
});

describe('what-if-rafah-pause', () => {
  it('fails when the deal gives a pause but no lasting ceasefire', async () => {
    const exercise = await shippedExercise('what-if-rafah-pause');

    const result = grade(exercise, `
steps:
  - { id: deal, date: 2024-05-09, event: { type: PROPOSAL_TABLED, by: egypt, terms: { pauseDays: 6 } } }
  - { id: hamas-yes, date: 2024-05-09, event: { type: PROPOSAL_ACCEPTED, by: hamas } }
  - { id: israel-yes, date: 2024-05-09, event: { type: PROPOSAL_ACCEPTED, by: israel } }
  - { id: pause, date: 2024-05-10, event: { type: OPERATION_PAUSED, by: israel } }
  - { id: freed, date: 2024-05-10, event: { type: HOSTAGES_RELEASED, by: hamas, count: 10 } }
`);

    expect(criterion(result, 'ever').met).toBe(true);
    expect(criterion(result, 'must-accept').met).toBe(true);
    expect(criterion(result, 'value', 1)).toMatchObject({ met: false, why: 'at the end there is no value at proposal.terms.lastingCeasefire' });
    expect(result).toMatchObject({ solved: false, met: 6, total: 7 });
  });
});

describe('ceasefire-outlasts-talks', () => {
  it('fails on a five-step path when four are enough', async () => {
    const exercise = await shippedExercise('ceasefire-outlasts-talks');

    const result = grade(exercise, `
steps:
  - { id: deal, date: 2024-05-10, event: { type: PROPOSAL_TABLED, by: qatar, terms: { lastingCeasefire: true } } }
  - { id: hamas-yes, date: 2024-05-10, event: { type: PROPOSAL_ACCEPTED, by: hamas } }
  - { id: israel-yes, date: 2024-05-10, event: { type: PROPOSAL_ACCEPTED, by: israel } }
  - { id: ceasefire, date: 2024-05-11, event: { type: CEASEFIRE_BEGAN } }
  - { id: next, date: 2024-05-20, event: { type: PROPOSAL_TABLED, by: qatar, terms: { ceasefireDays: 42 } } }
  - { id: stall, date: 2024-05-25, event: { type: TALKS_STALLED } }
`);

    expect(criterion(result, 'state').met).toBe(true);
    expect(criterion(result, 'max-steps')).toMatchObject({ met: false, why: 'you used 6 steps; the shortest path takes 4 steps' });
  });
});

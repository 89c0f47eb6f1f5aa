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
    // Two of the four achievements; the three limits kept earn nothing.
    expect(result).toMatchObject({ met: 5, total: 7, earned: 2, possible: 4, percent: 50 });
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
    // With no deal at all, "the deal gives no pause" is no reason of its own: it is not called true.
    expect(refusal).not.toHaveProperty('credit');
    expect(criterion(result, 'as-expected').why).toMatch(/for another reason than you expected/);
  });

  it('says so when the step breaks an earlier rule as well as the one predicted, and gives half the marks', async () => {
    const exercise = await shippedExercise('pause-too-early');

    // Qatar is a mediator: the model refuses for that first, though there is no agreed deal either.
    const result = grade(exercise, `
steps:
  - id: pause
    date: 2024-05-07
    event: { type: OPERATION_PAUSED, by: qatar }
    expect: { refused: true, refusal: NO_AGREED_DEAL }
`);

    const refusal = criterion(result, 'refusal');
    expect(refusal).toMatchObject({ met: false, credit: 0.5 });
    expect(refusal.why).toMatch(
      /^the reason you predicted is true of step pause \(2024-05-07\): there is no agreed deal yet: .*; but the model checks another rule first and refuses it for that: Qatar is a mediator.*\. Write a step to which only your reason applies$/,
    );
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

  it('meets the step count with a path shorter than the shortest, without claiming it reached the goal, which fails on its own', async () => {
    const exercise = await shippedExercise('shortest-ceasefire');

    const result = grade(exercise, `
steps:
  - { id: counter, date: 2024-05-09, event: { type: COUNTER_PROPOSAL, by: israel, terms: { lastingCeasefire: true } } }
`);

    expect(criterion(result, 'state').met).toBe(false);
    expect(criterion(result, 'max-steps')).toMatchObject({ met: true, why: 'you used 1 step, fewer than the shortest path to the goal (2 steps)' });
  });
});

describe('complete-the-week', () => {
  it('fails when the crossings are missing and a step cites no source', async () => {
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
      // The round in Cairo and its end count too, though the crossings before them are missing.
      why: '4 of 6 found in order (far, rafah, cairo, over); the first missing, accepted by the model: CROSSING_CLOSED (crossing: Rafah), after step rafah (2024-05-06) (and 1 more missing)',
    });
    expect(criterion(result, 'cite')).toMatchObject({ met: false, why: 'no source and not marked inferred: cairo' });
  });

  it('fails when Kerem Shalom reopens but the Rafah crossing is never closed: aid access is open at the end', async () => {
    const exercise = await shippedExercise('complete-the-week');

    const result = grade(exercise, `
steps:
  - { id: far, date: 2024-05-06, event: { type: POSITION_STATED, by: israel, text: Far from requirements. }, source: timeline }
  - { id: rafah, date: 2024-05-06, event: { type: OPERATION_LAUNCHED, by: israel }, source: article }
  - { id: kerem-shalom, date: 2024-05-08, event: { type: CROSSING_OPENED, crossing: Kerem Shalom }, source: toi-kerem-shalom-reopens }
  - { id: cairo, date: 2024-05-08, event: { type: TALKS_OPENED, where: Cairo }, source: article }
  - { id: over, date: 2024-05-09, event: { type: TALKS_STALLED }, source: timeline }
`);

    expect(criterion(result, 'state')).toMatchObject({ met: false, why: 'at the end access is open, not closed' });
    expect(criterion(result, 'sequence').why).toMatch(/^5 of 6 found in order \(far, rafah, kerem-shalom, cairo, over\); the one missing, accepted by the model: CROSSING_CLOSED \(crossing: Rafah\), after step rafah/);
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
    expect(criterion(result, 'state')).toMatchObject({ met: false, why: 'at the end operations are resumed, not pausedForRelease; agreement is lapsed, not inForce' });
  });

  it('says so when the predicted reason is true too, though the model checks another rule first, and gives half its marks', async () => {
    const exercise = await shippedExercise('pause-once-per-deal');

    // The agreement has lapsed, so "no agreed deal" is true; but the model asks whether the deal's pause was used first.
    const result = grade(exercise, `
steps:
  - id: pause-again
    date: 2023-12-01
    event: { type: OPERATION_PAUSED, by: israel }
    expect: { refused: true, refusal: NO_AGREED_DEAL }
`);

    const refusal = criterion(result, 'refusal');
    expect(refusal).toMatchObject({ met: false, credit: 0.5, earned: 0.5 });
    expect(refusal.why).toMatch(
      /^the reason you predicted \(NO_AGREED_DEAL\) is true of step pause-again \(2023-12-01\) too: the agreement lapsed after its end day, 2023-12-01: its agreed days ran out; but the model checks another rule first, and that is the reason it gives: operations have already paused once under this deal/,
    );
    expect(refusal.why).not.toContain('PAUSE_ALREADY_USED');
    expect(criterion(result, 'as-expected').why).toMatch(
      /^the model refuses step pause-again \(2023-12-01\) for another reason first: operations have already paused once .*; the reason you expected is true too \(the agreement lapsed after its end day, 2023-12-01: its agreed days ran out\), but the model checks it later$/,
    );
    expect(criterion(result, 'as-expected').why).not.toContain('PAUSE_ALREADY_USED');
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
    // Resumed on 30 November, before the end day the extensions make (1 December): the agreement is broken.
    expect(criterion(result, 'state')).toMatchObject({ met: false, why: 'at the end agreement is broken, not lapsed' });
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
    expect(criterion(result, 'value', 1)).toMatchObject({ met: false, why: 'at the end there is no value at agreement.terms.lastingCeasefire' });
    expect(result).toMatchObject({ solved: false, met: 6, total: 7 });
  });
});

describe('ceasefire-outlasts-talks', () => {
  it('fails on a six-step path when three are enough', async () => {
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
    expect(criterion(result, 'max-steps')).toMatchObject({ met: false, why: 'you used 6 steps; the shortest path takes 3 steps' });
  });
});

describe('pause-lapses', () => {
  it('fails when the days pass only to the end day, on which the agreement is still in force', async () => {
    const exercise = await shippedExercise('pause-lapses');

    const result = grade(exercise, `
steps:
  - { id: wait, date: 2023-11-28, event: { type: TIME_PASSED } }
`);

    expect(criterion(result, 'state')).toMatchObject({ met: false, why: 'at the end agreement is inForce, not lapsed' });
    expect(criterion(result, 'max-steps').met).toBe(true);
    expect(criterion(result, 'never')).toMatchObject({ met: true, why: 'agreement stayed inForce' });
  });

  it('fails when operations resume before the end day: the agreement is broken, not lapsed', async () => {
    const exercise = await shippedExercise('pause-lapses');

    const result = grade(exercise, `
steps:
  - { id: resume, date: 2023-11-27, event: { type: OPERATION_RESUMED, by: israel } }
`);

    expect(criterion(result, 'state')).toMatchObject({ met: false, why: 'at the end operations are resumed, not pausedForRelease; agreement is broken, not lapsed' });
    expect(criterion(result, 'never')).toMatchObject({ met: false, why: 'agreement reaches broken after step resume (2023-11-27)' });
  });

  it('fails on two steps when one is enough, and takes any step dated after the end day as the lapse', async () => {
    const exercise = await shippedExercise('pause-lapses');

    const two = grade(exercise, `
steps:
  - { id: quiet, date: 2023-11-28, event: { type: STATEMENT, by: qatar, text: No extension is announced. } }
  - { id: wait, date: 2023-11-29, event: { type: TIME_PASSED } }
`);
    const statement = grade(exercise, `
steps:
  - { id: quiet, date: 2023-11-29, event: { type: STATEMENT, by: qatar, text: No extension is announced. } }
`);

    expect(criterion(two, 'max-steps')).toMatchObject({ met: false, why: 'you used 2 steps; the shortest path takes 1 step' });
    expect(criterion(two, 'state').met).toBe(true);
    expect(statement.solved).toBe(true);
  });
});

describe('outside-the-deal', () => {
  it('fails when the 24 are released in one step: all of them count against the deal', async () => {
    const exercise = await shippedExercise('outside-the-deal');

    const result = grade(exercise, `
steps:
  - { id: day-1, date: 2023-11-24, event: { type: HOSTAGES_RELEASED, by: hamas, count: 24 }, source: timeline }
  - { id: prisoners, date: 2023-11-24, event: { type: PRISONERS_RELEASED, by: israel, count: 39 }, source: timeline }
`);

    expect(criterion(result, 'value', 0).met).toBe(true);
    expect(criterion(result, 'value', 1)).toMatchObject({ met: false, why: expect.stringMatching(/: 24 at the end, not 13$/) });
    expect(criterion(result, 'value', 2).met).toBe(true);
    expect(result).toMatchObject({ solved: false, met: 8, total: 9 });
  });

  it('fails when the foreign nationals are left out, and when the prisoners are marked outside the deal', async () => {
    const exercise = await shippedExercise('outside-the-deal');

    const result = grade(exercise, `
steps:
  - { id: israelis, date: 2023-11-24, event: { type: HOSTAGES_RELEASED, by: hamas, count: 13 }, source: timeline }
  - { id: prisoners, date: 2023-11-24, event: { type: PRISONERS_RELEASED, by: israel, count: 39, outsideDeal: true } }
`);

    expect(criterion(result, 'value', 0)).toMatchObject({ met: false, why: 'hostages freed: 13 at the end, not 24' });
    expect(criterion(result, 'value', 1).met).toBe(true);
    expect(criterion(result, 'value', 2)).toMatchObject({ met: false, why: expect.stringMatching(/: 0 at the end, not 39$/) });
    expect(criterion(result, 'cite')).toMatchObject({ met: false, why: 'no source and not marked inferred: prisoners' });
  });
});

describe('pause-to-lasting-ceasefire', () => {
  it('fails when the ceasefire begins under the pause deal, which gives none', async () => {
    const exercise = await shippedExercise('pause-to-lasting-ceasefire');

    const result = grade(exercise, `
steps:
  - { id: ceasefire, date: 2023-11-30, event: { type: CEASEFIRE_BEGAN }, inferred: true, note: Hypothetical. }
`);

    expect(criterion(result, 'state')).toMatchObject({ met: false, why: 'at the end operations are pausedForRelease, not ceasefire' });
    expect(criterion(result, 'as-expected')).toMatchObject({ met: false, why: expect.stringMatching(/^step ceasefire \(2023-11-30\) is refused by the model: the agreed deal gives no ceasefire/) });
  });

  it('fails when the new deal comes after the pause has run out', async () => {
    const exercise = await shippedExercise('pause-to-lasting-ceasefire');

    const result = grade(exercise, `
steps:
  - { id: tabled, date: 2023-12-02, event: { type: PROPOSAL_TABLED, by: qatar, terms: { lastingCeasefire: true } }, inferred: true, note: Hypothetical. }
  - { id: hamas, date: 2023-12-02, event: { type: PROPOSAL_ACCEPTED, by: hamas }, inferred: true, note: Hypothetical. }
  - { id: israel, date: 2023-12-02, event: { type: PROPOSAL_ACCEPTED, by: israel }, inferred: true, note: Hypothetical. }
  - { id: ceasefire, date: 2023-12-02, event: { type: CEASEFIRE_BEGAN }, inferred: true, note: Hypothetical. }
`);

    expect(criterion(result, 'state').met).toBe(true);
    expect(criterion(result, 'never', 0)).toMatchObject({ met: false, why: 'agreement reaches lapsed before step tabled (2023-12-02): its end day, 1 December 2023, had passed' });
    expect(criterion(result, 'dates').met).toBe(false);
  });

  it('fails when the ceasefire agreed has an end day', async () => {
    const exercise = await shippedExercise('pause-to-lasting-ceasefire');

    const result = grade(exercise, `
steps:
  - { id: tabled, date: 2023-11-30, event: { type: PROPOSAL_TABLED, by: qatar, terms: { ceasefireDays: 42 } }, inferred: true, note: Hypothetical. }
  - { id: hamas, date: 2023-11-30, event: { type: PROPOSAL_ACCEPTED, by: hamas }, inferred: true, note: Hypothetical. }
  - { id: israel, date: 2023-11-30, event: { type: PROPOSAL_ACCEPTED, by: israel }, inferred: true, note: Hypothetical. }
  - { id: ceasefire, date: 2023-12-01, event: { type: CEASEFIRE_BEGAN }, inferred: true, note: Hypothetical. }
`);

    expect(criterion(result, 'state').met).toBe(true);
    expect(criterion(result, 'value')).toMatchObject({ met: false, why: 'at the end there is no value at agreement.terms.lastingCeasefire' });
    expect(result).toMatchObject({ solved: false, met: 8, total: 9 });
  });

  it('is solved by an amendment as well as by a new deal, when both sides accept the mediators\' proposal', async () => {
    const exercise = await shippedExercise('pause-to-lasting-ceasefire');

    const result = grade(exercise, `
steps:
  - { id: tabled, date: 2023-11-30, event: { type: PROPOSAL_TABLED, by: [qatar, egypt], terms: { amends: true, lastingCeasefire: true } }, inferred: true, note: Hypothetical. }
  - { id: israel, date: 2023-12-01, event: { type: PROPOSAL_ACCEPTED, by: israel }, inferred: true, note: Hypothetical. }
  - { id: hamas, date: 2023-12-01, event: { type: PROPOSAL_ACCEPTED, by: hamas }, inferred: true, note: Hypothetical. }
  - { id: ceasefire, date: 2023-12-01, event: { type: CEASEFIRE_BEGAN }, inferred: true, note: Hypothetical. }
`);

    expect(result.criteria.filter((candidate) => !candidate.met)).toEqual([]);
  });
});

describe('phase-two-not-agreed', () => {
  it('fails when the refusal is predicted for another reason, without naming the right code', async () => {
    const exercise = await shippedExercise('phase-two-not-agreed');

    const result = grade(exercise, `
steps:
  - { id: phase-two, date: 2025-03-01, event: { type: PHASE_BEGAN, phase: 2 }, expect: { refused: true, refusal: PHASE_OUT_OF_ORDER } }
`);

    const refusal = criterion(result, 'refusal');
    expect(refusal.met).toBe(false);
    expect(refusal.why).toMatch(/^the model refuses step phase-two \(2025-03-01\), but not for the reason you predicted \(PHASE_OUT_OF_ORDER\); the model says: the terms of phase 2 are still to be negotiated/);
    expect(refusal.why).not.toContain('NEXT_PHASE_NOT_AGREED');
    expect(criterion(result, 'value')).toMatchObject({ met: false, why: expect.stringMatching(/: 1 at the end, not 2$/) });
  });

  it('fails when the amendment only adds days, as the US bridge proposal did: phase one runs on, phase two never begins', async () => {
    const exercise = await shippedExercise('phase-two-not-agreed');

    const result = grade(exercise, `
steps:
  - { id: phase-two, date: 2025-03-01, event: { type: PHASE_BEGAN, phase: 2 }, expect: { refused: true, refusal: NEXT_PHASE_NOT_AGREED } }
  - { id: bridge, date: 2025-03-02, event: { type: PROPOSAL_TABLED, by: usa, terms: { amends: true, ceasefireDays: 49 } } }
  - { id: israel, date: 2025-03-02, event: { type: PROPOSAL_ACCEPTED, by: israel } }
  - { id: hamas, date: 2025-03-02, event: { type: PROPOSAL_ACCEPTED, by: hamas } }
`);

    expect(criterion(result, 'refusal').met).toBe(true);
    expect(criterion(result, 'state').met).toBe(true);
    expect(criterion(result, 'never').met).toBe(true);
    expect(criterion(result, 'value')).toMatchObject({ met: false, why: expect.stringMatching(/: 1 at the end, not 2$/) });
    expect(result).toMatchObject({ solved: false, met: 7, total: 8 });
  });

  it('fails when phase two is agreed after phase one has run out: the agreement has lapsed and cannot be amended', async () => {
    const exercise = await shippedExercise('phase-two-not-agreed');

    const result = grade(exercise, `
steps:
  - { id: phase-two, date: 2025-03-01, event: { type: PHASE_BEGAN, phase: 2 }, expect: { refused: true, refusal: NEXT_PHASE_NOT_AGREED } }
  - { id: tabled, date: 2025-03-03, event: { type: PROPOSAL_TABLED, by: qatar, terms: { amends: true, phases: [ {}, { days: 42 } ] } } }
`);

    expect(criterion(result, 'never')).toMatchObject({ met: false, why: 'agreement reaches lapsed before step tabled (2025-03-03): its end day, 2 March 2025, had passed' });
    expect(criterion(result, 'as-expected')).toMatchObject({ met: false, why: expect.stringMatching(/^step tabled \(2025-03-03\) is refused by the model: this proposal amends the agreement in force/) });
  });
});

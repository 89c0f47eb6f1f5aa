/** The feedback a student reads for each constraint of an exercise: whether it is met, and why, in words. */
import { describe, expect, it } from 'vitest';
import type { Exercise, Grade } from '../../src/exercise/index.js';
import { grade, shippedExercise } from './helpers.js';

/** first-deal (22 November 2023: Qatar tables a deal, Israel and Hamas accept it) with other constraints. */
async function firstDealWith(constraints: Exercise['constraints']): Promise<Exercise> {
  const exercise = await shippedExercise('first-deal');
  return { ...exercise, constraints };
}

/** The criterion of `kind` in a grade, as a student reads it: met or not, and why. */
function feedback(result: Grade, kind: string) {
  const found = result.criteria.filter((criterion) => criterion.kind === kind).map(({ label, met, why }) => ({ label, met, why }));
  expect(found).toHaveLength(1);
  return found[0]!;
}

const TABLED = '{ id: tabled, date: 2023-11-22, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4 } }, source: timeline }';
const HAMAS_YES = '{ id: hamas-yes, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: hamas }, source: timeline }';
const ISRAEL_YES = '{ id: israel-yes, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: israel }, source: timeline }';
const DEAL = `
steps:
  - ${TABLED}
  - ${HAMAS_YES}
  - ${ISRAEL_YES}
`;

describe('at most so many steps', () => {
  it('is met by a solution that uses exactly the steps allowed, and says how many it used', async () => {
    const exercise = await firstDealWith({ maxSteps: 3 });

    expect(feedback(grade(exercise, DEAL), 'max-steps')).toEqual({ label: 'At most 3 steps', met: true, why: 'you used 3 steps' });
  });

  it('is met by a solution under the limit', async () => {
    const exercise = await firstDealWith({ maxSteps: 3 });

    expect(feedback(grade(exercise, `steps:\n  - ${TABLED}\n`), 'max-steps')).toEqual({ label: 'At most 3 steps', met: true, why: 'you used 1 step' });
  });

  it('says how many steps too many a solution over the limit uses', async () => {
    const exercise = await firstDealWith({ maxSteps: 2 });

    expect(feedback(grade(exercise, DEAL), 'max-steps')).toEqual({ label: 'At most 2 steps', met: false, why: 'you used 3 steps, 1 too many' });
  });
});

describe('as few steps as the shortest path', () => {
  it('tells the student to see the teacher when the checker finds no path to the goal with the events allowed', async () => {
    // Only tabling is allowed: nobody can accept, so the talks never reach "accepted".
    const exercise = await firstDealWith({ maxSteps: 'shortest', events: ['PROPOSAL_TABLED'] });

    expect(feedback(grade(exercise, `steps:\n  - ${TABLED}\n`), 'max-steps')).toEqual({
      label: 'As few steps as the shortest path to the goal (the checker works it out)',
      met: false,
      why: 'the checker found no path to the goal from the start (a problem with the exercise: tell your teacher)',
    });
  });

  it('is not met by the deal in three steps, and says how many the shortest path takes', async () => {
    const exercise = await firstDealWith({ maxSteps: 'shortest' });

    expect(feedback(grade(exercise, DEAL), 'max-steps')).toEqual({
      label: 'As few steps as the shortest path to the goal (the checker works it out)',
      met: false,
      why: 'you used 3 steps; the shortest path takes 2 steps',
    });
  });
});

describe('only these events', () => {
  it('is met when every step sends one of them', async () => {
    const exercise = await firstDealWith({ events: ['PROPOSAL_TABLED', 'PROPOSAL_ACCEPTED'] });

    expect(feedback(grade(exercise, DEAL), 'events')).toEqual({ label: 'Only these events: PROPOSAL_TABLED, PROPOSAL_ACCEPTED', met: true, why: 'every step uses one of them' });
  });

  it('names each step that sends another event, and the event it sends', async () => {
    const exercise = await firstDealWith({ events: ['PROPOSAL_TABLED'] });

    expect(feedback(grade(exercise, DEAL), 'events')).toEqual({
      label: 'Only these events: PROPOSAL_TABLED',
      met: false,
      why: 'step hamas-yes (2023-11-22) sends PROPOSAL_ACCEPTED; step israel-yes (2023-11-22) sends PROPOSAL_ACCEPTED',
    });
  });
});

describe('these parties must accept', () => {
  it('is met when each has accepted the proposal on the table, naming the proposal', async () => {
    const exercise = await firstDealWith({ mustAccept: ['israel', 'hamas'] });

    expect(feedback(grade(exercise, DEAL), 'must-accept')).toEqual({
      label: 'Israel and Hamas each accept the proposal on the table at the end (a proposal a party tables itself does not count)',
      met: true,
      why: "Israel and Hamas accepted Qatar's proposal",
    });
  });

  it('names every party that has not accepted, one after the other', async () => {
    const exercise = await firstDealWith({ mustAccept: ['israel', 'hamas'] });

    expect(feedback(grade(exercise, `steps:\n  - ${TABLED}\n`), 'must-accept')).toEqual({
      label: 'Israel and Hamas each accept the proposal on the table at the end (a proposal a party tables itself does not count)',
      met: false,
      why: 'Israel has not accepted the proposal on the table; Hamas has not accepted the proposal on the table',
    });
  });
});

describe('every step within these dates', () => {
  const EARLY_AND_LATE = `
steps:
  - ${TABLED}
  - { id: hamas-yes, date: 2023-11-23, event: { type: PROPOSAL_ACCEPTED, by: hamas } }
  - { id: israel-yes, date: 2023-11-26, event: { type: PROPOSAL_ACCEPTED, by: israel } }
`;

  it('names every step dated before the first date or after the last', async () => {
    const exercise = await firstDealWith({ dates: { from: '2023-11-23', to: '2023-11-25' } });

    expect(feedback(grade(exercise, EARLY_AND_LATE), 'dates')).toEqual({
      label: 'Every step is dated from 2023-11-23 to 2023-11-25',
      met: false,
      why: 'outside those dates: step tabled (2023-11-22), step israel-yes (2023-11-26)',
    });
  });

  it('with only a first date, counts no step after it as outside', async () => {
    const exercise = await firstDealWith({ dates: { from: '2023-11-23' } });

    expect(feedback(grade(exercise, EARLY_AND_LATE), 'dates')).toEqual({
      label: 'Every step is dated 2023-11-23 or later',
      met: false,
      why: 'outside those dates: step tabled (2023-11-22)',
    });
  });

  it('with only a last date, counts no step before it as outside', async () => {
    const exercise = await firstDealWith({ dates: { to: '2023-11-25' } });

    expect(feedback(grade(exercise, EARLY_AND_LATE), 'dates')).toEqual({
      label: 'Every step is dated 2023-11-25 or earlier',
      met: false,
      why: 'outside those dates: step israel-yes (2023-11-26)',
    });
  });

  it('is met when every step is within them', async () => {
    const exercise = await firstDealWith({ dates: { from: '2023-11-22', to: '2023-11-22' } });

    expect(feedback(grade(exercise, DEAL), 'dates')).toEqual({ label: 'Every step is dated 2023-11-22', met: true, why: 'every step is within those dates' });
  });
});

describe('every step cites its source', () => {
  it('is met when every step names a source or is marked inferred', async () => {
    const exercise = await firstDealWith({ cite: true });

    expect(feedback(grade(exercise, DEAL), 'cite')).toEqual({
      label: 'Every step names its source (source: <id>), or is marked inferred: true with a note saying why',
      met: true,
      why: 'every step names a source or is marked inferred',
    });
  });
});

describe('every step goes as the student expects', () => {
  const QATAR_YES_REFUSED = '{ id: qatar-yes, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: qatar }, expect: { refused: true } }';

  it('says all the steps were accepted when none was refused', async () => {
    const exercise = await firstDealWith({});

    expect(feedback(grade(exercise, DEAL), 'as-expected')).toEqual({
      label: 'Every step is accepted by the model, or refused as you predicted, and every expect: you wrote holds',
      met: true,
      why: 'all 3 steps accepted',
    });
  });

  it('counts the steps accepted and the steps refused as predicted apart', async () => {
    const exercise = await firstDealWith({});

    const result = grade(exercise, `
steps:
  - ${TABLED}
  - ${QATAR_YES_REFUSED}
  - ${HAMAS_YES}
`);

    expect(feedback(result, 'as-expected').why).toBe('2 steps accepted, 1 refused as you predicted');
  });

  it('says only how many were refused as predicted when every step was', async () => {
    // Before any proposal is tabled, Qatar (a mediator) accepting is refused.
    const exercise = await firstDealWith({});

    const result = grade(exercise, `
steps:
  - ${QATAR_YES_REFUSED}
`);

    expect(feedback(result, 'as-expected')).toEqual({
      label: 'Every step is accepted by the model, or refused as you predicted, and every expect: you wrote holds',
      met: true,
      why: '1 step refused as you predicted',
    });
  });
});

describe('a step that does not go as the student expects', () => {
  it('quotes the model when a step is refused, even with other expectations unmet', async () => {
    const exercise = await firstDealWith({});

    const result = grade(exercise, `
steps:
  - { id: israel-yes, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: israel }, expect: { state: { talks: accepted } } }
`);

    expect(feedback(result, 'as-expected')).toEqual({
      label: 'Every step is accepted by the model, or refused as you predicted, and every expect: you wrote holds',
      met: false,
      why: 'step israel-yes (2023-11-22) is refused by the model: there is no proposal on the table to answer; one must be tabled first (PROPOSAL_TABLED)',
    });
  });

  it('lists each expectation that does not hold, and each step that went wrong', async () => {
    const exercise = await firstDealWith({});

    const result = grade(exercise, `
steps:
  - { id: tabled, date: 2023-11-22, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4 } }, expect: { state: { talks: accepted }, hostages: { held: 1 } } }
  - { id: qatar-yes, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: qatar } }
`);

    expect(feedback(result, 'as-expected')).toEqual({
      label: 'Every step is accepted by the model, or refused as you predicted, and every expect: you wrote holds',
      met: false,
      why: [
        'step tabled (2023-11-22): you expected talks accepted, found talks proposal',
        'step tabled (2023-11-22): you expected hostages still held: 1, found 242',
        'step qatar-yes (2023-11-22) is refused by the model: Qatar is a mediator: only the principal parties (Israel, Hamas) accept a deal',
      ].join('; '),
    });
  });
});

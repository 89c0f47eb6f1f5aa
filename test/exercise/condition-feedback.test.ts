/**
 * The feedback a student gets on each goal condition: whether it is met, and the words saying
 * why, for values at the end, states never or ever reached, refusals predicted and sequences
 * of events. Each condition is checked on its own, against a shipped exercise's start.
 */
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/exercise/index.js';
import { grade, shippedExercise } from './helpers.js';

/** The goal criterion for `condition` alone, graded on a solution with these steps from the start of exercise `id`. */
async function checked(id: string, condition: Condition, steps: string[]) {
  const exercise = await shippedExercise(id);
  const [criterion] = grade({ ...exercise, goal: [condition], constraints: {} }, `steps:\n${steps.map((step) => `  - ${step}\n`).join('')}`).criteria;
  const { met, why, credit } = criterion!;
  return { met, why, ...(credit === undefined ? {} : { credit }) };
}

/** From the start of pause-too-early: 7 May 2024, Hamas has accepted the proposal on the table, Israel has not. */
const RAFAH = 'pause-too-early';
const TALKS = '{ id: talks, date: 2024-05-08, event: { type: TALKS_OPENED, where: Cairo } }';
const PAUSE = '{ id: pause, date: 2024-05-07, event: { type: OPERATION_PAUSED, by: israel } }';
const NO_DEAL = 'there is no agreed deal yet: Israel has not accepted the proposal on the table';

/** From the start of pause-lapses: the November 2023 pause in force, its end day 28 November. */
const LAPSES = 'pause-lapses';

describe('a value at the end', () => {
  const value = (path: string, bounds: { atLeast?: number; atMost?: number; equals?: number | string }): Condition => ({ form: 'value', path, ...bounds });

  it('is met when it equals the value asked for, and says the value', async () => {
    expect(await checked(RAFAH, value('hostages.held', { equals: 128 }), [TALKS])).toStrictEqual({ met: true, why: 'hostages still held: 128' });
  });

  it('shows a value that is a mapping as it is', async () => {
    expect(await checked(RAFAH, value('hostages', { equals: 3 }), [TALKS])).toStrictEqual({
      met: false,
      why: 'hostages: {"held":128,"deceased":36,"released":0,"remainsReturned":0} at the end, not 3',
    });
  });

  it('says when a bound is asked of a value that is not a number', async () => {
    expect(await checked(RAFAH, value('proposal.by', { atLeast: 3 }), [TALKS])).toStrictEqual({
      met: false,
      why: 'the party that tabled the proposal on the table is ["egypt","qatar"], not a number',
    });
  });

  it('says how far a value is from atLeast and atMost, and meets them at the bound itself', async () => {
    expect(await checked(RAFAH, value('hostages.held', { atLeast: 200 }), [TALKS])).toStrictEqual({
      met: false,
      why: 'hostages still held: 128 at the end; it needs to be at least 200',
    });
    expect(await checked(RAFAH, value('hostages.held', { atMost: 3 }), [TALKS])).toStrictEqual({
      met: false,
      why: 'hostages still held: 128 at the end; it needs to be at most 3',
    });
    expect(await checked(RAFAH, value('hostages.held', { atMost: 128 }), [TALKS])).toStrictEqual({ met: true, why: 'hostages still held: 128 at the end' });
    expect(await checked(RAFAH, value('hostages.held', { atLeast: 128 }), [TALKS])).toStrictEqual({ met: true, why: 'hostages still held: 128 at the end' });
  });

  it('says there is no agreement, or no proposal, when the path starts in one that is not there', async () => {
    expect(await checked(RAFAH, value('agreement', { equals: 1 }), [TALKS])).toStrictEqual({
      met: false,
      why: 'there is no agreement at the end: no deal has been accepted by every principal',
    });
    expect(await checked('first-deal', value('proposal.by', { equals: 'qatar' }), ['{ id: aid, date: 2023-11-22, event: { type: AID_DELIVERED, trucks: 3 } }'])).toStrictEqual({
      met: false,
      why: 'there is no proposal on the table at the end',
    });
  });

  it('names how far a path leads when it goes on past a number', async () => {
    expect(await checked(RAFAH, value('hostages.released.count', { equals: 1 }), [TALKS])).toStrictEqual({
      met: false,
      why: 'at the end there is no value at hostages.released',
    });
  });
});

describe('a state never or ever reached', () => {
  it('is not met when the region is already in the state at the start', async () => {
    expect(await checked(LAPSES, { form: 'never', region: 'operations', value: 'pausedForRelease' }, ['{ id: wait, date: 2023-11-27, event: { type: TIME_PASSED } }'])).toStrictEqual({
      met: false,
      why: 'operations are already pausedForRelease at the start',
    });
  });

  it('says a state is reached after the step, when the agreement lapsed before it for another region', async () => {
    const resume = '{ id: resume, date: 2023-11-29, event: { type: OPERATION_RESUMED, by: israel } }';
    expect(await checked(LAPSES, { form: 'ever', region: 'operations', value: 'resumed' }, [resume])).toStrictEqual({
      met: true,
      why: 'operations reach resumed after step resume (2023-11-29)',
    });
    expect(await checked(LAPSES, { form: 'ever', region: 'agreement', value: 'lapsed' }, [resume])).toStrictEqual({
      met: true,
      why: 'agreement reaches lapsed before step resume (2023-11-29): its end day, 28 November 2023, had passed',
    });
  });

  it('says the agreement lapses after a step that resumes operations on its end day', async () => {
    const resume = '{ id: resume, date: 2023-11-28, event: { type: OPERATION_RESUMED, by: israel } }';
    expect(await checked(LAPSES, { form: 'ever', region: 'agreement', value: 'lapsed' }, [resume])).toStrictEqual({
      met: true,
      why: 'agreement reaches lapsed after step resume (2023-11-28)',
    });
  });
});

describe('a refusal predicted', () => {
  it('says every step is accepted when the condition names no event', async () => {
    expect(await checked(RAFAH, { form: 'refusal', code: 'NO_AGREED_DEAL' }, [TALKS])).toStrictEqual({
      met: false,
      why: 'the model accepts every step of yours: write the step you think it refuses, with expect: { refused: true, refusal: <CODE> }',
    });
  });

  it('says the model accepts a step predicted to be refused for the reason asked about', async () => {
    const predicted = '{ id: talks, date: 2024-05-08, event: { type: TALKS_OPENED, where: Cairo }, expect: { refused: true, refusal: NO_AGREED_DEAL } }';
    expect(await checked(RAFAH, { form: 'refusal', code: 'NO_AGREED_DEAL' }, [predicted])).toStrictEqual({
      met: false,
      why: 'you predict that step talks (2024-05-08) is refused, but the model accepts it',
    });
  });

  it('says the model refuses a predicted step for another reason, with no marks when the reason predicted is not true of it', async () => {
    const predicted = '{ id: pause, date: 2024-05-07, event: { type: OPERATION_PAUSED, by: israel }, expect: { refused: true, refusal: DEAL_HAS_NO_PAUSE } }';
    expect(await checked(RAFAH, { form: 'refusal', code: 'DEAL_HAS_NO_PAUSE' }, [predicted])).toStrictEqual({
      met: false,
      why: `the model refuses step pause (2024-05-07) for another reason than the one you predicted: ${NO_DEAL}`,
    });
  });

  it('says a step refused for another reason is not the refusal asked about', async () => {
    expect(await checked(RAFAH, { form: 'refusal', code: 'DEAL_HAS_NO_PAUSE' }, [PAUSE])).toStrictEqual({
      met: false,
      why: `the model refuses step pause (2024-05-07) (${NO_DEAL}), but that is not the refusal this exercise asks about`,
    });
  });
});

describe('a sequence of events', () => {
  const sequence: Condition = { form: 'sequence', sequence: [{ type: 'PROPOSAL_TABLED' }, { type: 'TALKS_OPENED' }, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' }] };

  it('names the steps that match when all are found in order', async () => {
    const steps = [
      '{ id: t, date: 2023-11-22, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4 } } }',
      '{ id: o, date: 2023-11-22, event: { type: TALKS_OPENED, where: Doha } }',
      '{ id: h, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: hamas } }',
    ];
    expect(await checked('first-deal', sequence, steps)).toStrictEqual({ met: true, why: 'all 3 in order: t, o, h' });
  });

  it('names the first event missing, with no credit, when none is found', async () => {
    expect(await checked('first-deal', sequence, ['{ id: aid, date: 2023-11-22, event: { type: AID_DELIVERED, trucks: 3 } }'])).toStrictEqual({
      met: false,
      credit: 0,
      why: '0 of 3 found in order; the first missing, accepted by the model: PROPOSAL_TABLED (and 2 more missing)',
    });
  });
});

/**
 * Stepping the statechart (step.ts): time passes before an event dated after the end day of the
 * agreement in force, and only then; and a live actor must agree with `step` on every event, or
 * truce-sim says it has a bug rather than carry on with two different answers.
 */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { sendEvent, step, timeBefore, truceMachine, type TruceEvent } from '../../src/model/index.js';
import { hostile, inputWith, pausedTruce, refusalOf, startTruce } from './helpers.js';

describe('the time that passes before an event', () => {
  /** A 4-day pause from 24 November 2023: its end day is the 28th. */
  const paused = () => pausedTruce('2023-11-24').getSnapshot();

  it('is a TIME_PASSED to the event’s date when the event is dated after the end day of the agreement in force', () => {
    expect(timeBefore(paused(), { type: 'STATEMENT', by: 'qatar', text: 'talks continue', date: '2023-11-29' })).toEqual({ type: 'TIME_PASSED', date: '2023-11-29' });
  });

  it.each<[string, TruceEvent]>([
    ['an event on the end day itself', { type: 'STATEMENT', by: 'qatar', text: 'talks continue', date: '2023-11-28' }],
    ['a TIME_PASSED, which moves the clock by itself', { type: 'TIME_PASSED', date: '2023-11-29' }],
    ['an undated event', { type: 'STATEMENT', by: 'qatar', text: 'talks continue' }],
    ['an event dated on a day the calendar does not have', { type: 'STATEMENT', by: 'qatar', text: 'talks continue', date: '2023-11-31' }],
    ['an event whose date is not a date', hostile({ type: 'STATEMENT', by: 'qatar', text: 'talks continue', date: 'December' })],
  ])('is none for %s', (_what, event) => {
    expect(timeBefore(paused(), event)).toBeNull();
  });

  it('is none for a TIME_PASSED after the end day: the agreement lapses in that one step, with no time before it', () => {
    const outcome = step(paused(), { type: 'TIME_PASSED', date: '2023-11-29' });

    expect(outcome.accepted).toBe(true);
    expect(outcome.afterTime).toBeUndefined();
    expect(outcome.snapshot.value.agreement).toBe('lapsed');
  });

  it('is none for an event dated on a day the calendar does not have: the event is weighed in force, and the clock stays', () => {
    const outcome = step(paused(), hostile({ type: 'PAUSE_EXTENDED', days: 1, date: '2023-11-31' }));

    expect(outcome.accepted).toBe(true);
    expect(outcome.afterTime).toBeUndefined();
    expect(outcome.snapshot.value.agreement).toBe('inForce');
    expect(outcome.snapshot.context.agreement).toMatchObject({ days: 5, endDay: '2023-11-29' });
    expect(outcome.snapshot.context.date).toBe('2023-11-24');
  });
});

/**
 * A truce machine whose rule for statements is replaced by one that answers `first` the first
 * time it is asked and the opposite after: the kind of bug (machine and rules, or actor and
 * `step`, giving two answers) that truce-sim must report rather than carry on from.
 */
function machineChangingItsMindOnStatements(first: boolean) {
  let asked = 0;
  return truceMachine.provide({ guards: { saidByKnownParty: () => (asked++ === 0 ? first : !first) } });
}

const statement: TruceEvent = { type: 'STATEMENT', by: 'qatar', text: 'talks continue' };
const statementByNobody = hostile({ type: 'STATEMENT', by: 'nobody', text: 'talks continue' });

describe('a machine that disagrees with the rules', () => {
  it('is a bug in truce-sim when it refuses an event every rule allows, and step says so rather than refuse with no reason', () => {
    const start = createActor(machineChangingItsMindOnStatements(false), { input: inputWith() }).start().getSnapshot();

    expect(() => step(start, statement)).toThrow(new Error('internal: the machine did not take STATEMENT, yet every rule on its transitions holds'));
  });
});

describe('an actor that disagrees with step', () => {
  it('is a bug in truce-sim when it refuses an event step took, and sendEvent says so', () => {
    const actor = createActor(machineChangingItsMindOnStatements(true), { input: inputWith() }).start();

    expect(() => sendEvent(actor, statement)).toThrow(new Error('internal: the actor refused STATEMENT, which step took'));
  });

  it('is a bug in truce-sim when it takes an event step refused, and sendEvent says so', () => {
    const actor = createActor(machineChangingItsMindOnStatements(false), { input: inputWith() }).start();

    expect(() => sendEvent(actor, statementByNobody)).toThrow(new Error('internal: the actor took STATEMENT, which step refused'));
  });

  it('is not the case for a plain actor of the truce machine, which takes and refuses what step does', () => {
    const actor = startTruce();

    expect(sendEvent(actor, statement).accepted).toBe(true);
    expect(refusalOf(sendEvent(actor, statementByNobody)).code).toBe('UNKNOWN_PARTY');
  });
});

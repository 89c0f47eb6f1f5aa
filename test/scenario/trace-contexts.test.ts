/**
 * Each step of a trace keeps the context the statechart had after it, and the
 * trace keeps the record (rounds, operations, violations) once: a step's
 * counts are lengths into it. What a step shows must be exactly what a live
 * actor held after the same events, and what the record gives up to a step
 * must be exactly the entries of that step and those before it.
 */
import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { longScenario, STEPS_PER_ROUND } from '../../bench/long-scenario.mjs';
import { addToRecord, emptyRecord, recordAt, sendEvent, truceMachine, type TruceContext, type TruceEvent } from '../../src/model/index.js';
import { replayScenario, scenarioInput, scenarioStart, stepsToReplay, type RecordedBy, type Scenario, type Trace } from '../../src/scenario/index.js';
import { validScenario } from '../arbitraries/scenarios.js';

const numRuns = Number(process.env.FC_RUNS ?? 40);

/** The context after each step, from a live actor sent the same events. */
function contextsFromActor(scenario: Scenario, branch?: string): TruceContext[] {
  const actor = createActor(truceMachine, { input: scenarioInput(scenario), snapshot: scenarioStart(scenario) }).start();
  const contexts = stepsToReplay(scenario, branch).map(({ step }) => {
    // Through sendEvent, as the inspector drives its actor: time passes first when it must.
    sendEvent(actor, { ...step.event, date: step.date } as TruceEvent);
    return actor.getSnapshot().context;
  });
  actor.stop();
  return contexts;
}

/** The record up to and including step `index`, built from the accepted steps one by one. */
function recordUpTo(trace: Trace, index: number) {
  const record = emptyRecord<RecordedBy>();
  for (const step of trace.steps.slice(0, index + 1)) if (step.accepted) addToRecord(record, step.event, step.context.date, { step: step.id });
  return record;
}

describe('each step of a trace', () => {
  it('holds the very context a live actor had after that step, on every line', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        for (const branch of [undefined, ...(scenario.branches ?? []).map((b) => b.id)]) {
          const trace = replayScenario(scenario, branch === undefined ? {} : { branch });
          const expected = contextsFromActor(scenario, branch);
          // JSON, so that key order counts too: `--json` output is made from these.
          expect(trace.steps.map((step) => JSON.stringify(step.context))).toEqual(expected.map((context) => JSON.stringify(context)));
          expect(trace.final.context).toEqual(expected.at(-1) ?? trace.start.context);
        }
      }),
      { numRuns },
    );
  });

  it('counts, in its context, exactly the record entries of the steps up to it', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        const trace = replayScenario(scenario);
        trace.steps.forEach((step, index) => {
          expect(recordAt(trace.record, step.context), `step ${step.id}`).toEqual(recordUpTo(trace, index));
        });
      }),
      { numRuns },
    );
  });
});

describe('the record of a trace', () => {
  it('grows round by round in a long scenario, each entry naming the step that made it', () => {
    const trace = replayScenario(longScenario(3 * STEPS_PER_ROUND));

    // One TALKS_OPENED a round: 1 round after the first step, 3 at the end.
    expect(trace.steps[0]!.context.roundsOpened).toBe(1);
    expect(trace.final.context.roundsOpened).toBe(3);
    expect(trace.record.rounds.map((round) => round.number)).toEqual([1, 2, 3]);
    expect(trace.record.rounds[0]!.step).toBe(trace.steps[0]!.id);
    expect(trace.record.rounds[0]!.date).toBe(trace.steps[0]!.date);
  });

  it('leaves out refused steps', () => {
    const scenario: Scenario = {
      ...longScenario(STEPS_PER_ROUND),
      steps: [
        { id: 'round', date: '2024-01-01', event: { type: 'TALKS_OPENED', where: 'Cairo' } },
        { id: 'refused', date: '2024-01-02', event: { type: 'OPERATION_LAUNCHED', by: 'nobody' }, expect: { refused: true } },
      ],
      branches: [],
    };

    const trace = replayScenario(scenario);

    expect(trace.steps[1]!.accepted).toBe(false);
    expect(trace.record).toEqual({ rounds: [{ number: 1, where: 'Cairo', date: '2024-01-01', step: 'round' }], operations: [], violations: [], revisions: [], deliveries: [] });
  });
});

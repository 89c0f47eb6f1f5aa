/**
 * A trace keeps each step's context compacted (its histories as lengths into
 * the final ones) and expands it when read. What is read must be exactly what
 * the actor's snapshot held after that step, in the same key order.
 */
import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { longScenario, STEPS_PER_ROUND } from '../../bench/long-scenario.mjs';
import type { TruceContext } from '../../src/model/context.js';
import { truceMachine } from '../../src/model/machine.js';
import { startingSnapshot, type TruceStateValue } from '../../src/model/snapshot.js';
import { replayScenario, scenarioInput, stepsToReplay, type Scenario } from '../../src/scenario/index.js';
import { compactContext, expandContext, historiesGrewFrom } from '../../src/scenario/step-contexts.js';
import { validScenario } from '../arbitraries/scenarios.js';

const numRuns = Number(process.env.FC_RUNS ?? 40);

/** The context after each step, from a bare actor that keeps every snapshot whole. */
function contextsFromBareActor(scenario: Scenario, branch?: string): TruceContext[] {
  const input = scenarioInput(scenario);
  const snapshot = startingSnapshot({ input, state: scenario.initial.state as TruceStateValue });
  const actor = createActor(truceMachine, { input, snapshot }).start();
  const contexts = stepsToReplay(scenario, branch).map(({ step }) => {
    actor.send({ ...step.event, date: step.date });
    return actor.getSnapshot().context;
  });
  actor.stop();
  return contexts;
}

const round = (number: number) => ({ number, where: null, date: null });

describe('each step of a trace', () => {
  it('reads back the very context the actor had after that step, histories included, on every line', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        for (const branch of [undefined, ...(scenario.branches ?? []).map((b) => b.id)]) {
          const trace = replayScenario(scenario, branch === undefined ? {} : { branch });
          const expected = contextsFromBareActor(scenario, branch);
          // JSON, so that key order counts too: `--json` output must not change.
          expect(trace.steps.map((step) => JSON.stringify(step.context))).toEqual(expected.map((context) => JSON.stringify(context)));
          expect(trace.final.context).toEqual(expected.at(-1));
        }
      }),
      { numRuns },
    );
  });

  it('has its histories growing step by step in a long scenario, each step seeing only the entries made so far', () => {
    const scenario = longScenario(3 * STEPS_PER_ROUND);
    const trace = replayScenario(scenario);
    const expected = contextsFromBareActor(scenario);

    // One TALKS_OPENED a round: 1 round after the first step, 3 at the end.
    expect(trace.steps[0]!.context.rounds).toHaveLength(1);
    expect(trace.final.context.rounds).toHaveLength(3);
    trace.steps.forEach((step, index) => {
      const { rounds, violations, operations } = step.context;
      expect({ rounds, violations, operations }, `step ${step.id}`).toEqual({
        rounds: expected[index]!.rounds,
        violations: expected[index]!.violations,
        operations: expected[index]!.operations,
      });
    });
  });

  it('keeps `context` between `state` and `expectations` among its keys, as the JSON shape has it', () => {
    const trace = replayScenario(longScenario(5));
    const keys = Object.keys(trace.steps[0]!);
    expect(keys.slice(keys.indexOf('state'), keys.indexOf('state') + 3)).toEqual(['state', 'context', 'expectations']);
    expect(JSON.parse(JSON.stringify(trace.steps[0]))).toHaveProperty('context.rounds', [{ number: 1, where: 'Cairo', date: '2000-01-01' }]);
  });

  it('gives fresh history lists on every read, so adding to one read cannot change the trace', () => {
    const trace = replayScenario(longScenario(5));
    const first = trace.steps[0]!.context;
    first.rounds.push(round(99));
    expect(trace.steps[0]!.context.rounds).toHaveLength(1);
    expect(trace.final.context.rounds).toHaveLength(1);
  });
});

describe('historiesGrewFrom', () => {
  const base = replayScenario(longScenario(STEPS_PER_ROUND)).final.context;
  const withRounds = (rounds: TruceContext['rounds']): TruceContext => ({ ...base, rounds });

  it('holds when entries were added at the end, or nothing changed', () => {
    const earlier = withRounds([round(1)]);
    expect(historiesGrewFrom(earlier, earlier)).toBe(true);
    expect(historiesGrewFrom(earlier, withRounds([...earlier.rounds, round(2)]))).toBe(true);
    expect(historiesGrewFrom(withRounds([]), withRounds([round(1)]))).toBe(true);
  });

  it('fails when a history shrank or its last entry was replaced', () => {
    const earlier = withRounds([round(1), round(2)]);
    expect(historiesGrewFrom(earlier, withRounds([earlier.rounds[0]!]))).toBe(false);
    expect(historiesGrewFrom(earlier, withRounds([earlier.rounds[0]!, round(2), round(3)]))).toBe(false);
    // One round of the generated talks reports a violation; losing it is shrinking too.
    expect(base.violations).toHaveLength(1);
    expect(historiesGrewFrom(earlier, { ...earlier, violations: [] })).toBe(false);
  });
});

describe('compactContext and expandContext', () => {
  it('expand back to an equal context when the final histories are the context’s own', () => {
    const context = replayScenario(longScenario(2 * STEPS_PER_ROUND)).final.context;
    const expanded = expandContext(compactContext(context), context);
    expect(JSON.stringify(expanded)).toBe(JSON.stringify(context));
    expect(expanded.rounds).not.toBe(context.rounds);
  });
});

/**
 * A long generated scenario (bench/long-scenario.mjs) replays as it expects.
 * Only correctness here; whether the cost grows linearly is measured by
 * `npm run bench` at 10,000 and 100,000 steps, never timed in a test.
 */
import { describe, expect, it } from 'vitest';
import { STEPS_PER_ROUND, longScenario } from '../../bench/long-scenario.mjs';
import { loadScenarioText, replayScenario, type Scenario, type Trace } from '../../src/scenario/index.js';
import { renderProblem } from '../../src/files/index.js';

const LONG = 10_000;

/** The 10,000-step scenario and its trace, replayed once for the tests that read it. */
const long = (() => {
  let replayed: { scenario: Scenario; trace: Trace } | undefined;
  return () => {
    if (!replayed) {
      const scenario = longScenario(LONG);
      replayed = { scenario, trace: replayScenario(scenario) };
    }
    return replayed;
  };
})();

function stepsOfType(scenario: Scenario, type: string, { refused = false } = {}): number {
  return scenario.steps.filter((step) => step.event.type === type && (step.expect?.refused === true) === refused).length;
}

describe('a long generated scenario', () => {
  it('is a valid scenario file: written as JSON, it loads without a single issue', () => {
    const scenario = longScenario(2 * STEPS_PER_ROUND + 5);
    const loaded = loadScenarioText(JSON.stringify(scenario, null, 2), 'long.json');
    expect(loaded.ok ? [] : loaded.problems.map(renderProblem)).toEqual([]);
    expect(loaded.ok && loaded.value).toEqual(scenario);
  });

  it('of 10,000 steps replays with every step accepted or refused as it expects', () => {
    const { trace } = long();

    expect(trace.steps).toHaveLength(LONG);
    expect(trace.steps.filter((step) => !step.ok).map((step) => step.id)).toEqual([]);
    expect(trace.ok).toBe(true);
  });

  it('of 10,000 steps keeps every round, violation, operation and release in its final record', () => {
    const { scenario, trace } = long();
    const { context } = trace.final;
    const { record } = trace;

    expect(record.rounds).toHaveLength(stepsOfType(scenario, 'TALKS_OPENED'));
    expect(record.violations).toHaveLength(stepsOfType(scenario, 'VIOLATION_REPORTED'));
    expect(record.operations).toHaveLength(stepsOfType(scenario, 'OPERATION_LAUNCHED'));
    expect(record.rounds.at(-1)?.number).toBe(record.rounds.length);
    expect([context.roundsOpened, context.violationsReported, context.operationsLaunched]).toEqual([record.rounds.length, record.violations.length, record.operations.length]);
    const releases = stepsOfType(scenario, 'HOSTAGES_RELEASED');
    // Each release frees 2 alive and hands back 1 body (reported dead just before).
    expect(context.hostages).toEqual({ held: 1_000_000 - 3 * releases, deceased: 0, released: 2 * releases, remainsReturned: releases });
    expect(context.prisonersReleased).toBe(9 * stepsOfType(scenario, 'PRISONERS_RELEASED'));
  });
});

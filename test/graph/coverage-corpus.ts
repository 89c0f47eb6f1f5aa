/**
 * What the tests run through the machine, replayed once more with an
 * inspection observer to see which transitions they take: the shipped
 * scenarios (main line and every branch), fixed samples of the runs and
 * scenarios the property tests generate, and the traversal's shortest paths
 * (paths.test.ts). The samples use fixed seeds, so the coverage measured is
 * the same on every run.
 */
import fc from 'fast-check';
import { createActor } from 'xstate';
import { sendEvent, startingSnapshot, truceMachine, type StartingPoint, type TruceEvent } from '../../src/model/index.js';
import { replayScenario, scenarioInput, scenarioStart, type Scenario } from '../../src/scenario/index.js';
import { validScenario } from '../arbitraries/scenarios.js';
import { referenceRun, truceRun } from '../arbitraries/runs.js';
import { shippedScenario, shippedScenarioFiles } from '../scenario/helpers.js';
import { GRAPH_INPUT } from './sample-events.js';
import { pathsThroughEveryTransition } from './shortest-paths.js';
import { transitionRecorder } from './transition-recorder.js';

const SEED = 20_240_506;
const RUNS = 60;
const SCENARIOS = 8;

export interface CorpusCoverage {
  /** Transition labels taken, by the part of the corpus that took them. */
  byShippedScenarios: Set<string>;
  byGeneratedRuns: Set<string>;
  byGeneratedScenarios: Set<string>;
  /** The shortest paths of the traversal (paths.test.ts sends them to a real actor). */
  byGraphPaths: Set<string>;
  all: Set<string>;
}

function replayAll(scenario: Scenario, taken: Set<string>): void {
  for (const branch of [undefined, ...(scenario.branches ?? []).map((one) => one.id)]) {
    // The replay steps the machine itself; a live actor is sent the same events, and its inspection says which transitions were taken.
    const actor = createActor(truceMachine, { input: scenarioInput(scenario), snapshot: scenarioStart(scenario), inspect: transitionRecorder(taken).inspect }).start();
    replayScenario(scenario, { onStep: (event) => sendEvent(actor, event), ...(branch === undefined ? {} : { branch }) });
    actor.stop();
  }
}

function runEvents(start: StartingPoint, events: readonly TruceEvent[], taken: Set<string>): void {
  const actor = createActor(truceMachine, { input: start.input, snapshot: startingSnapshot(start), inspect: transitionRecorder(taken).inspect }).start();
  for (const event of events) sendEvent(actor, event);
  actor.stop();
}

export async function corpusCoverage(): Promise<CorpusCoverage> {
  const byShippedScenarios = new Set<string>();
  for (const file of shippedScenarioFiles) {
    replayAll(await shippedScenario(file.replace(/^.*\/|\.yaml$/g, '')), byShippedScenarios);
  }

  const byGeneratedRuns = new Set<string>();
  for (const run of [...fc.sample(truceRun, { seed: SEED, numRuns: RUNS }), ...fc.sample(referenceRun, { seed: SEED, numRuns: RUNS })]) {
    runEvents(run.start, run.events, byGeneratedRuns);
  }

  const byGeneratedScenarios = new Set<string>();
  for (const scenario of fc.sample(validScenario, { seed: SEED, numRuns: SCENARIOS })) replayAll(scenario, byGeneratedScenarios);

  const byGraphPaths = new Set<string>();
  for (const { events } of pathsThroughEveryTransition()) runEvents({ input: GRAPH_INPUT }, events, byGraphPaths);

  const all = new Set([...byShippedScenarios, ...byGeneratedRuns, ...byGeneratedScenarios, ...byGraphPaths]);
  return { byShippedScenarios, byGeneratedRuns, byGeneratedScenarios, byGraphPaths, all };
}

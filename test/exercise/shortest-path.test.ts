/** The shortest-path search the shortest-path exercises are graded with, checked against xstate/graph and the real actor. */
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { matchesConfiguration, readSolutionFile, sampleEvents, shortestPath, shortestPathLength, standingKey, startSnapshot } from '../../src/exercise/index.js';
import { truceMachine } from '../../src/model/machine.js';
import { sendEvent } from '../../src/model/send.js';
import { REGION_STATES, REGIONS, stateValueOf, type TruceStateValue } from '../../src/model/snapshot.js';
import { referenceSolutionPath, shippedExercise } from './helpers.js';

/** Every single-region configuration: `{ talks: idle }`, `{ operations: ceasefire }`, ... */
const TARGETS: Array<Partial<TruceStateValue>> = REGIONS.flatMap((region) => REGION_STATES[region].map((state) => ({ [region]: state })));

describe('shortestPath', () => {
  it('finds, for every single-region target, a path as short as xstate/graph’s getShortestPaths, that the real actor takes', async () => {
    const from = startSnapshot(await shippedExercise('shortest-ceasefire'));
    const graphPaths = getShortestPaths(truceMachine, { fromState: from, events: sampleEvents, serializeState: standingKey });

    for (const target of TARGETS) {
      const path = shortestPath(from, target);
      const graphWeights = graphPaths.filter((candidate) => matchesConfiguration(candidate.state, target)).map((candidate) => candidate.weight);

      expect(path?.length ?? null, JSON.stringify(target)).toBe(graphWeights.length > 0 ? Math.min(...graphWeights) : null);
      if (path === null) continue;
      const actor = createActor(truceMachine, { input: { parties: from.context.parties, hostages: from.context.hostages }, snapshot: from }).start();
      const outcomes = path.map((event) => sendEvent(actor, event));
      expect(outcomes.every((outcome) => outcome.accepted), JSON.stringify(target)).toBe(true);
      expect(matchesConfiguration(actor.getSnapshot(), target), JSON.stringify(target)).toBe(true);
      actor.stop();
    }
  });

  it('gives an empty path when the start is already in the target configuration', async () => {
    const from = startSnapshot(await shippedExercise('shortest-ceasefire'));

    expect(shortestPath(from, { talks: stateValueOf(from).talks })).toEqual([]);
  });

  it('tries only the event types it is allowed, and says when nothing reaches the target', async () => {
    const from = startSnapshot(await shippedExercise('shortest-ceasefire'));

    expect(shortestPath(from, { operations: 'ceasefire' }, { eventTypes: ['PROPOSAL_ACCEPTED'] })).toBeNull();
    expect(shortestPath(from, { operations: 'ceasefire' }, { eventTypes: ['PROPOSAL_ACCEPTED', 'CEASEFIRE_BEGAN'] })).toHaveLength(2);
  });
});

describe('the shortest-path exercises', () => {
  it.each(['shortest-ceasefire', 'ceasefire-outlasts-talks'])('%s: the reference solution is exactly as long as the shortest path', async (id) => {
    const exercise = await shippedExercise(id);
    const reference = await readSolutionFile(referenceSolutionPath(exercise), exercise);

    if (!reference.ok) throw new Error(`the reference solution of ${id} does not load`);
    expect(shortestPathLength(exercise)).toBe(reference.solution.steps.length);
  });
});

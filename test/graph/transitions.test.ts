/**
 * Every transition the machine declares can be taken, and is taken by the
 * tests. "Can be taken" comes from the traversal of the state space
 * (state-space.ts), checked on a real actor; "is taken" from replaying what
 * the tests run with an inspection observer (coverage-corpus.ts). Each
 * failure lists what is missed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { sendEvent, truceMachine } from '../../src/model/index.js';
import { corpusCoverage, type CorpusCoverage } from './coverage-corpus.js';
import { GRAPH_INPUT } from './sample-events.js';
import { pathsThroughEveryTransition } from './shortest-paths.js';
import { PARTS, stateSpace } from './state-space.js';
import { TRANSITION_ITEMS } from './transition-items.js';
import { transitionRecorder } from './transition-recorder.js';

/**
 * Declared, but never taken, by design. A transition declared on the talks
 * region can leave from any talks state; in these states its guards never hold,
 * or the state's own transition for the event comes first.
 */
const NEVER_TAKEN_BY_DESIGN = [
  // Idle means no proposal on the table, and these answer one (NO_PROPOSAL): a counter-proposal too.
  'truce.talks.idle —COUNTER_PROPOSAL→ truce.talks.proposal (declared on truce.talks)',
  'truce.talks.idle —PROPOSAL_ACCEPTED→ truce.talks.proposal (declared on truce.talks)',
  'truce.talks.idle —PROPOSAL_REJECTED→ truce.talks.rejected (declared on truce.talks)',
  // Accepted means every principal accepted, and none may answer twice (ALREADY_ACCEPTED);
  // a guarantor may still sign, which is PROPOSAL_ACCEPTED taken in accepted.
  'truce.talks.accepted —PROPOSAL_REJECTED→ truce.talks.rejected (declared on truce.talks)',
  // Stalled talks reopen with their own TALKS_OPENED, which also records the round.
  'truce.talks.stalled —TALKS_OPENED→ (stays; updates the record) (declared on truce.talks)',
];

function takenInTraversal(): Set<string> {
  return new Set(PARTS.flatMap((part) => [...stateSpace()[part].taken]));
}

describe('the transitions of the machine', () => {
  let corpus: CorpusCoverage;
  beforeAll(async () => {
    corpus = await corpusCoverage();
  }, 120_000);

  it('can all be taken from the initial configuration, but those its design rules out', () => {
    const taken = takenInTraversal();

    const neverTaken = TRANSITION_ITEMS.map((item) => item.label).filter((label) => !taken.has(label));

    expect(neverTaken.sort()).toEqual([...NEVER_TAKEN_BY_DESIGN].sort());
  });

  it('that the traversal took are each taken by a real actor sent the shortest path through it', () => {
    const paths = pathsThroughEveryTransition();

    const wrong = paths.filter(({ to, events }) => {
      const taken = new Set<string>();
      const actor = createActor(truceMachine, { input: GRAPH_INPUT, inspect: transitionRecorder(taken).inspect }).start();
      for (const event of events) sendEvent(actor, event);
      return !taken.has(to);
    });

    expect(paths.length).toBeGreaterThan(0);
    expect(wrong.map(({ to }) => to), 'transitions a real actor does not take on their path').toEqual([]);
  });

  it('that can be taken are each taken by some test: shipped scenarios, generated runs and scenarios, graph paths', () => {
    const canBeTaken = TRANSITION_ITEMS.map((item) => item.label).filter((label) => !NEVER_TAKEN_BY_DESIGN.includes(label));

    const missed = canBeTaken.filter((label) => !corpus.all.has(label));

    expect(missed, 'transitions no test takes').toEqual([]);
  });

  it('taken by the tests are all among those the traversal found, so its view of the context misses nothing', () => {
    const traversal = takenInTraversal();

    const unforeseen = [...corpus.all].filter((label) => !traversal.has(label));

    expect(unforeseen, 'transitions the tests take that the traversal never did').toEqual([]);
  });
});

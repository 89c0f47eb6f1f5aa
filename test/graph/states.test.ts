/**
 * The states of the statechart, from the traversal of its state space with
 * `xstate/graph` (state-space.ts): every state of every region can be reached
 * from the initial configuration; no reachable configuration is a trap; and
 * a real actor sent the shortest path to a state reaches it.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { REGION_STATES, sendEvent, truceMachine, type Region, type TruceEvent, type TruceSnapshot } from '../../src/model/index.js';
import { GRAPH_INPUT } from './sample-events.js';
import { pathsToEveryState } from './shortest-paths.js';
import { PARTS, stateSpace, viewOf, type Part, type PartSpace } from './state-space.js';
import { STATE_IDS } from './transition-items.js';

/** The states of `regions` in each reachable node of `part`, as `talks.idle|operations.active`. */
function configurationsOf(part: Part, regions: readonly Region[]): Set<string> {
  return new Set(
    [...stateSpace()[part].nodes.values()].map((snapshot) => regions.map((region) => `${region}.${(snapshot.value as Record<string, string>)[region]}`).join('|')),
  );
}

const DEAL_REGIONS: Region[] = ['talks', 'operations', 'agreement'];

/** Reachable configurations of all four regions: the product of the parts, which never change each other (the two sets of deals add up). */
function reachableConfigurations(): string[] {
  const deals = new Set([...configurationsOf('deals', DEAL_REGIONS), ...configurationsOf('phases', DEAL_REGIONS)]);
  const access = configurationsOf('access', ['access']);
  return [...deals].flatMap((dealState) => [...access].map((accessState) => `${dealState}|${accessState}`));
}

describe('the state space from the initial configuration', () => {
  it('is made of parts that never change each other, so it is their product', () => {
    const crossTalk = PARTS.flatMap((part) => stateSpace()[part].crossTalk);

    expect(crossTalk, 'events that change a part they do not belong to').toEqual([]);
  });

  it('reaches every state of every region', () => {
    const reached = new Set(reachableConfigurations().flatMap((configuration) => configuration.split('|').map((state) => `truce.${state}`)));

    const missed = STATE_IDS.filter((state) => !reached.has(state));

    expect(missed, 'states no sequence of events reaches').toEqual([]);
  });

  it('reaches every combination of states but those the rules rule out', () => {
    // By design, from the README:
    const ruledOut = ({ talks, operations, agreement }: Record<string, string>) =>
      // talks are idle only until a first proposal is tabled (a proposal stays on the table until replaced),
      // and nothing else can have happened by then;
      (talks === 'idle' && !(operations === 'active' && agreement === 'none')) ||
      // operations leave `active` only under an agreement, and once there has been one the region never
      // goes back to `none`;
      (agreement === 'none' && operations !== 'active') ||
      // an agreement is broken only by operations resuming, and they pause again only under a new one;
      (agreement === 'broken' && operations !== 'resumed') ||
      // talks accepted means every principal accepted a deal, which is then in force (or has ended).
      (talks === 'accepted' && agreement === 'none');
    const every = REGION_STATES.talks.flatMap((talks) =>
      REGION_STATES.operations.flatMap((operations) =>
        REGION_STATES.agreement.flatMap((agreement) => REGION_STATES.access.map((access) => ({ talks, operations, agreement, access }))),
      ),
    );
    const label = ({ talks, operations, agreement, access }: Record<string, string>) => `talks.${talks}|operations.${operations}|agreement.${agreement}|access.${access}`;
    const reached = new Set(reachableConfigurations());

    const unreached = every.filter((configuration) => !reached.has(label(configuration)));

    expect(unreached.map(label).sort()).toEqual(every.filter(ruledOut).map(label).sort());
    expect(unreached.length).toBe(80);
  });
});

function regionState(snapshot: TruceSnapshot, region: Region): string {
  return (snapshot.value as Record<string, string>)[region]!;
}

/**
 * The nodes of `space` from which `region` can never change state: every node
 * that has no path to an edge changing the region (a backward search from those edges).
 */
function stuckNodes(space: PartSpace, region: Region): string[] {
  const canMove = new Set<string>();
  const into = new Map<string, string[]>();
  for (const { from, to } of space.edges) {
    if (regionState(space.nodes.get(from)!, region) !== regionState(space.nodes.get(to)!, region)) canMove.add(from);
    into.set(to, [...(into.get(to) ?? []), from]);
  }
  const queue = [...canMove];
  while (queue.length > 0) {
    for (const from of into.get(queue.pop()!) ?? []) {
      if (!canMove.has(from)) {
        canMove.add(from);
        queue.push(from);
      }
    }
  }
  return [...space.nodes.keys()].filter((node) => !canMove.has(node));
}

// A region that could never leave a state again would strand every lesson that reaches it.
describe('every reachable configuration', () => {
  it('can leave its talks state, by some sequence of events', () => {
    expect(stuckNodes(stateSpace().deals, 'talks'), 'states from which talks can never move').toEqual([]);
  });

  it('can leave its operations state, by some sequence of events', () => {
    expect(stuckNodes(stateSpace().deals, 'operations'), 'states from which operations can never move').toEqual([]);
  });

  it('can leave its agreement state, by some sequence of events, with either set of deals', () => {
    expect(stuckNodes(stateSpace().deals, 'agreement'), 'states from which the agreement can never move').toEqual([]);
    expect(stuckNodes(stateSpace().phases, 'agreement'), 'states from which the agreement can never move (phased deals)').toEqual([]);
  });

  it('can leave its aid access state, by some sequence of events', () => {
    expect(stuckNodes(stateSpace().access, 'access'), 'states from which access can never move').toEqual([]);
  });

  it('has an event that leaves it at once', () => {
    const { deals, access } = stateSpace();
    const leavesAtOnce = (space: PartSpace) =>
      new Set(space.edges.filter(({ from, to }) => JSON.stringify(space.nodes.get(from)!.value) !== JSON.stringify(space.nodes.get(to)!.value)).map(({ from }) => from));
    const dealsLeaving = leavesAtOnce(deals);
    const accessLeaving = leavesAtOnce(access);

    // A configuration is a trap when neither its deals part nor its access part has a way out.
    const traps = [...deals.nodes.keys()].filter((node) => !dealsLeaving.has(node)).flatMap((dealNode) =>
      [...access.nodes.keys()].filter((node) => !accessLeaving.has(node)).map((accessNode) => `${dealNode} with ${accessNode}`),
    );

    expect(traps, 'configurations no event leaves').toEqual([]);
  });
});

function finalSnapshot(events: readonly TruceEvent[]): TruceSnapshot {
  const actor = createActor(truceMachine, { input: GRAPH_INPUT }).start();
  for (const event of events) sendEvent(actor, event);
  return actor.getSnapshot();
}

describe('the shortest path to each state, sent to a real actor', () => {
  it('reaches that state', () => {
    const wrong = pathsToEveryState()
      .filter(({ part, to, events }) => viewOf(part, finalSnapshot(events)) !== to)
      .map(({ to }) => to);

    expect(wrong, 'states a real actor does not reach by their path').toEqual([]);
  });
});

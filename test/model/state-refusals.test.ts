/**
 * What `step` and `explainRefusal` rely on in the machine's shape: every
 * transition taken by an event runs an action (so a new snapshot means the
 * event was taken), and every event is either handled or refused with a
 * reason written on a state, in every configuration of the regions.
 */
import { describe, expect, it } from 'vitest';
import { createInitialContext, EVENT_TYPES, explainRefusal, machineGraph, REGION_STATES, snapshotAt, type TruceStateValue } from '../../src/model/index.js';
import { parties } from './helpers.js';

/** Every combination of one state per region, the unreachable ones included. */
const CONFIGURATIONS: TruceStateValue[] = REGION_STATES.talks.flatMap((talks) =>
  REGION_STATES.operations.flatMap((operations) => REGION_STATES.access.map((access) => ({ talks, operations, access }) as TruceStateValue)),
);

describe('the shape of the machine', () => {
  it('runs an action on every transition an event takes, so a taken event always makes a new snapshot', () => {
    const withoutAction = machineGraph().transitions.filter((transition) => transition.event !== null && transition.actions.length === 0);

    expect(withoutAction).toEqual([]);
  });

  it('handles every event, or refuses it with a reason written on a state, in each of its 40 configurations', () => {
    const context = createInitialContext({ parties, hostages: { held: 5, deceased: 1 } });
    let explained = 0;
    for (const value of CONFIGURATIONS) {
      const snapshot = snapshotAt(value, context);
      for (const type of EVENT_TYPES) {
        expect(() => explainRefusal(snapshot, { type } as never), `${type} in ${JSON.stringify(value)}`).not.toThrow();
        explained++;
      }
    }
    expect(CONFIGURATIONS).toHaveLength(40);
    expect(explained).toBe(40 * EVENT_TYPES.length);
  });

  it('writes each reason on a state that does not take that event at all', () => {
    const graph = machineGraph();
    const states = graph.regions.flatMap((region) => region.states);

    for (const state of states) {
      for (const { event } of state.refuses) {
        const takes = graph.transitions.some((transition) => transition.event === event && transition.sources.includes(state.id));
        expect(takes, `${state.id} refuses ${event} yet has a transition for it`).toBe(false);
      }
    }
    expect(states.flatMap((state) => state.refuses).length).toBeGreaterThan(8);
  });
});

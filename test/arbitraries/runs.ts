/**
 * Runs of the machine: where a run starts and the events sent to it. Two
 * generators already exist and are reused here, not copied: the property
 * suite's (test/model/arbitraries.ts: five parties, starts that may be paused,
 * every event type with hostile fields) and the model-based suite's
 * (test/model-based/event-arbitraries.ts: varied party sets and crossings,
 * deals carried through, hostile values).
 */
import fc from 'fast-check';
import type { StartingPoint, TruceEvent } from '../../src/model/index.js';
import { eventsFor, startArbitrary } from '../model-based/event-arbitraries.js';
import { eventSequence, truceRun } from '../model/arbitraries.js';

export { eventSequence, eventsFor, startArbitrary, truceRun };

export interface Run {
  start: StartingPoint;
  events: TruceEvent[];
}

/** The model-based suite's runs, with their start as the machine takes it. */
export const referenceRun: fc.Arbitrary<Run> = startArbitrary.chain((start) =>
  eventsFor(start.parties, start.date !== undefined).map((events) => ({
    start: {
      input: {
        parties: start.parties.map(({ id, role }) => ({ id, name: id, role })),
        hostages: { ...start.hostages },
        crossings: { ...start.crossings },
        ...(start.date === undefined ? {} : { date: start.date }),
        ...(start.agreement === undefined ? {} : { agreement: start.agreement }),
      },
      state: start.state,
    },
    events: events as unknown as TruceEvent[],
  })),
);

/** A run from either generator. */
export const anyRun: fc.Arbitrary<Run> = fc.oneof(truceRun, referenceRun);

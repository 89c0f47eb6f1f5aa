/**
 * Machine bugs the model-based test found, kept as named regressions. Both
 * were fixed in src/ while this suite was being written; had they not been,
 * these would be `it.fails`. Each test states the behaviour the README asks for.
 */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  sendEvent, startingSnapshot, truceMachine, type TruceEvent, type TruceInput,
} from '../../src/model/index.js';
import { actorStoppingEvents, senderlessEvents } from './hostile-values.js';

const input: TruceInput = {
  parties: [
    { id: 'israel', name: 'Israel', role: 'belligerent' },
    { id: 'hamas', name: 'Hamas', role: 'armed-group' },
    { id: 'qatar', name: 'Qatar', role: 'mediator' },
  ],
  hostages: { held: 10, deceased: 0 },
};

/** A running actor, with an error observer so that a failing transition does not escape the test. */
function startTalks() {
  const actor = createActor(truceMachine, { input, snapshot: startingSnapshot({ input }) });
  actor.subscribe({ error: () => {} });
  return actor.start();
}

const send = (actor: ReturnType<typeof startTalks>, event: object) => sendEvent(actor, event as TruceEvent);

describe('an unknown event is refused and changes nothing (README: "an event the model does not know is refused")', () => {
  // Shrunk counterexamples: one event, from any start. sendEvent reported
  // UNKNOWN_EVENT but still forwarded the event to XState, which threw on it
  // (or, for "xstate.stop", obeyed it): the actor stopped, and every later
  // event was reported as accepted while nothing changed.
  for (const event of actorStoppingEvents) {
    it(`keeps the talks running after refusing ${JSON.stringify(event)}`, () => {
      const actor = startTalks();

      const refused = send(actor, event);
      const next = send(actor, { type: 'TALKS_STALLED' });

      expect(refused.accepted).toBe(false);
      expect(refused.accepted ? null : refused.refusal.code).toBe('UNKNOWN_EVENT');
      expect(actor.getSnapshot().status).toBe('active');
      expect(next.accepted).toBe(true);
      expect(next.snapshot.value.talks).toBe('stalled');
    });
  }
});

describe('an event must name the party it comes from (README: payload `by`, "Parties are named by id")', () => {
  // Shrunk counterexamples: one event without `by`, from any start. The machine
  // accepted these and recorded a proposal, position, statement or violation by
  // nobody; PROPOSAL_TABLED without `by`, then both principals' acceptances,
  // even made an agreed deal that OPERATION_PAUSED could use.
  for (const event of senderlessEvents) {
    it(`refuses ${JSON.stringify(event)} and changes nothing`, () => {
      const actor = startTalks();
      const before = actor.getSnapshot();

      const outcome = send(actor, event);

      expect(outcome.accepted).toBe(false);
      expect(outcome.snapshot.context).toEqual(before.context);
      expect(outcome.snapshot.value).toEqual(before.value);
    });
  }
});

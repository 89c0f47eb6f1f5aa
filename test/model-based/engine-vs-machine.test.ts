/**
 * The compiled engine against the XState machine: the same random event
 * sequences (those the machine is checked with against the reference model)
 * through `engineStep` and through `step`, compared after every event:
 * accepted or refused, the refusal, whether days passed first, every region,
 * and the whole context. The simulation runs on the engine, so this is what
 * makes a simulated run a run of the same model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engineAcceptorFor, engineAccepts, engineRefusal, isEventType, engineStep, engineValue, fromSnapshot, step, toSnapshot, type EngineState, type TruceEvent, type TruceSnapshot } from '../../src/model/index.js';
import { startSnapshot } from './compare.js';
import { runArbitrary } from './event-arbitraries.js';

const runs = Number(process.env.FC_RUNS ?? 1_000);

/** The first step where the engine and the machine differ, in words, or null. */
function firstDifference(start: TruceSnapshot, events: readonly TruceEvent[]): string | null {
  let snapshot = start;
  let state: EngineState = fromSnapshot(start);
  for (const [index, event] of events.entries()) {
    const machine = step(snapshot, event);
    const before = JSON.stringify(state);
    const engine = engineStep(state, event);
    const at = `event ${index} (${JSON.stringify(event)})`;
    // The engine writes only into its own copies: the moment it stepped from is as it was.
    if (JSON.stringify(state) !== before) return `${at}: the engine changed the moment it stepped from`;
    if (machine.accepted !== engine.accepted) return `${at}: the machine ${machine.accepted ? 'took' : 'refused'} it, the engine did not`;
    if ((machine.afterTime === undefined) !== (engine.afterTime === undefined)) return `${at}: days passed first in one only`;
    // With no days passing first, asking the guards alone gives the same answer.
    if (engine.afterTime === undefined && engineAccepts(state, event) !== engine.accepted) return `${at}: engineAccepts says ${!engine.accepted}, engineStep ${engine.accepted}`;
    // And so does the acceptor of its type, which listing the moves uses.
    if (isEventType(event.type) && engineAcceptorFor(event.type)(state, event) !== engineAccepts(state, event)) return `${at}: engineAcceptorFor says otherwise than engineAccepts`;
    if (!machine.accepted) {
      const refusal = engineRefusal(engine.state, event);
      if (refusal?.code !== machine.refusal.code || refusal.message !== machine.refusal.message) return `${at}: refused for ${machine.refusal.code}, the engine says ${refusal?.code}`;
    }
    try {
      expect(engineValue(engine.state)).toEqual(machine.snapshot.value);
      expect(engine.state.context).toEqual(machine.snapshot.context);
    } catch (error) {
      return `${at}: ${(error as Error).message}`;
    }
    snapshot = machine.snapshot;
    state = engine.state;
  }
  return null;
}

describe('the compiled engine', () => {
  it('steps as the machine does on random runs: taken or refused, the reason, the days, every region, the context', () => {
    fc.assert(
      fc.property(runArbitrary, ({ start, events }) => {
        expect(firstDifference(startSnapshot(start), events as TruceEvent[])).toBeNull();
      }),
      { numRuns: runs },
    );
  }, 60_000 + runs * 20);

  it('gives back the snapshot it was made from', () => {
    fc.assert(
      fc.property(runArbitrary, ({ start }) => {
        const snapshot = startSnapshot(start);
        const again = toSnapshot(fromSnapshot(snapshot));
        expect(again.value).toEqual(snapshot.value);
        expect(again.context).toBe(snapshot.context);
      }),
      { numRuns: 100 },
    );
  });
});

/**
 * The moves a party may make, worked out on the compiled engine (what a
 * simulation's policy asks), are those `allowedMoves` works out on the
 * machine, at every moment of random runs, for every party played and none.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromSnapshot, step, type TruceEvent } from '../../src/model/index.js';
import { allowedMoves, allowedMovesAt, vocabularyFor } from '../../src/moves/index.js';
import { startSnapshot } from './compare.js';
import { runArbitrary } from './event-arbitraries.js';

describe('allowed moves on the compiled engine', () => {
  it('are the moves allowedMoves finds on the machine, at every moment of random runs', () => {
    const vocabulary = vocabularyFor(null);
    fc.assert(
      fc.property(runArbitrary, ({ start, events }) => {
        let snapshot = startSnapshot(start);
        const parties = snapshot.context.parties;
        const position = { vocabulary: { ...vocabulary, parties } };
        for (const event of (events as TruceEvent[]).slice(0, 10)) {
          for (const as of [null, ...parties]) {
            expect(allowedMovesAt(fromSnapshot(snapshot), position.vocabulary, as)).toEqual(allowedMoves({ snapshot, vocabulary: position.vocabulary, as }));
          }
          snapshot = step(snapshot, event).snapshot;
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

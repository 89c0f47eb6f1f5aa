/**
 * The situation key (model/situation.ts) says what the rules see of a moment,
 * so that a search can treat alike moments as one. The law: two moments of a
 * run with the same key take the same state-changing events, and each such
 * event leads them to moments with the same key again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { situationKey, startingSnapshot, step, type TruceSnapshot } from '../../src/model/index.js';
import { regionEventTypes, sampleEvent, vocabularyFor } from '../../src/moves/index.js';
import { truceRun } from './arbitraries.js';

const numRuns = Number(process.env.FC_RUNS ?? 100);
const TYPES = regionEventTypes();

/** Each state-changing event sampled for the moment, by every party (and by none), with what it leads to. */
function behaviour(snapshot: TruceSnapshot): Map<string, string> {
  const vocabulary = vocabularyFor(null);
  const parties = [undefined, ...snapshot.context.parties.map((party) => party.id)];
  const outcomes = new Map<string, string>();
  for (const type of TYPES) {
    for (const party of parties) {
      const event = sampleEvent(type, snapshot.context, { ...vocabulary, parties: snapshot.context.parties }, party);
      const outcome = step(snapshot, event);
      outcomes.set(JSON.stringify(event), outcome.accepted ? `taken, to ${situationKey(outcome.snapshot)}` : `refused ${outcome.refusal.code}`);
    }
  }
  return outcomes;
}

describe('situationKey', () => {
  it('gives alike moments of a run (the same key) the same state-changing moves, leading to alike moments', () => {
    fc.assert(
      fc.property(truceRun, ({ start, events }) => {
        const seen = new Map<string, Map<string, string>>();
        let snapshot = startingSnapshot(start);
        for (const event of [undefined, ...events]) {
          if (event) snapshot = step(snapshot, event).snapshot;
          const key = situationKey(snapshot);
          const now = behaviour(snapshot);
          const before = seen.get(key);
          if (!before) {
            seen.set(key, now);
            continue;
          }
          for (const [probe, outcome] of now) {
            if (before.has(probe)) expect(outcome, `${probe} at ${key}`).toBe(before.get(probe));
          }
        }
      }),
      { numRuns },
    );
  });

  it('tells apart moments the rules treat differently: who has accepted or rejected, and whether the pause was used', () => {
    const start = startingSnapshot({ input: { parties: vocabularyFor(null).parties, hostages: { held: 4, deceased: 0 } } });
    const tabled = step(start, { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { pauseDays: 2 } }).snapshot;
    const accepted = step(tabled, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' }).snapshot;
    const agreed = step(accepted, { type: 'PROPOSAL_ACCEPTED', by: 'israel' }).snapshot;
    const paused = step(agreed, { type: 'OPERATION_PAUSED', by: 'israel' }).snapshot;
    const resumed = step(paused, { type: 'OPERATION_RESUMED', by: 'israel' }).snapshot;
    const roundOpened = step(resumed, { type: 'TALKS_OPENED', where: 'Doha' }).snapshot;

    const rejectedByHamas = step(tabled, { type: 'PROPOSAL_REJECTED', by: 'hamas' }).snapshot;
    const rejectedByIsrael = step(tabled, { type: 'PROPOSAL_REJECTED', by: 'israel' }).snapshot;

    const keys = [start, tabled, accepted, agreed, paused, resumed, rejectedByHamas, rejectedByIsrael].map(situationKey);
    expect(new Set(keys).size).toBe(keys.length);
    // A round opened changes nothing the rules look at.
    expect(situationKey(roundOpened)).toBe(situationKey(resumed));
  });
});

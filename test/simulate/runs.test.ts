/**
 * Runs: every move a run makes is one the statechart accepts (a refused
 * move is never made), the same seed and run number give the same run
 * whatever batch it is made in, and the parameters move the outcomes the
 * way they say (a party that never accepts makes no deal).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { step, type TruceSnapshot } from '../../src/model/index.js';
import { plainParameters, runBatch, runOnce, type Assumptions, type RunParameters } from '../../src/simulate/index.js';
import { RAFAH, setupOf, shipped, SYMMETRIC } from './support.js';

let symmetric: Assumptions;
let rafah: Assumptions;

beforeAll(async () => {
  symmetric = await shipped(SYMMETRIC);
  rafah = await shipped(RAFAH);
});

const withShared = (parameters: RunParameters, changes: Partial<RunParameters['shared']>): RunParameters => ({ ...parameters, shared: { ...parameters.shared, ...changes } });

describe('a simulated run', () => {
  it('makes only moves the statechart accepts, and ends in the state its row reports', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.nat(1_000_000), fc.integer({ min: 0, max: 0xffff_ffff }), (fromRafah, run, seed) => {
        const assumptions = fromRafah ? rafah : symmetric;
        const setup = setupOf(assumptions, 40, seed);
        const result = runOnce(setup, plainParameters(assumptions), run, true);
        let snapshot: TruceSnapshot = setup.start.snapshot;
        for (const { event } of result.events!) {
          const outcome = step(snapshot, event);
          expect(outcome.accepted, `${event.type} on ${event.date} was refused`).toBe(true);
          snapshot = outcome.snapshot;
        }
        const { outcome } = result;
        expect(snapshot.value).toEqual({ talks: outcome.talks, operations: outcome.operations, access: outcome.access, agreement: outcome.agreement });
        expect(outcome.moves).toBe(result.events!.length);
        expect(outcome.hostagesFreed).toBe(snapshot.context.hostages.released - setup.start.snapshot.context.hostages.released);
      }),
      { numRuns: 60 },
    );
  });

  it('is the same run whichever batch makes it, and each run number a different run', () => {
    const setup = setupOf(symmetric, 30, 11);
    const plan = { points: [plainParameters(symmetric)], runsPerPoint: 40 };
    const whole = runBatch(setup, plan, 0, 40);
    const pieces = [...runBatch(setup, plan, 25, 40), ...runBatch(setup, plan, 0, 7), ...runBatch(setup, plan, 7, 25)].sort((a, b) => a.run - b.run);

    expect(pieces).toEqual(whole);
    expect(new Set(whole.map((row) => JSON.stringify(row.outcome))).size).toBeGreaterThan(30);
  });

  it('changes with the seed', () => {
    const parameters = plainParameters(symmetric);
    const outcomes = (seed: number) => runBatch(setupOf(symmetric, 30, seed), { points: [parameters], runsPerPoint: 20 }, 0, 20).map((row) => row.outcome);

    expect(outcomes(1)).not.toEqual(outcomes(2));
    expect(outcomes(1)).toEqual(outcomes(1));
  });

  it('makes no deal when no party ever accepts, and breaks none when no party resumes operations', () => {
    const setup = setupOf(symmetric, 60, 3);
    const neverAccept = withShared(plainParameters(symmetric), { accept: 0 });
    const neverResume = withShared(plainParameters(symmetric), { resume: 0 });
    const rows = (parameters: RunParameters) => runBatch(setup, { points: [parameters], runsPerPoint: 30 }, 0, 30).map((row) => row.outcome);

    expect(rows(neverAccept).every((outcome) => outcome.agreement === 'none' && outcome.tookForceDay === null)).toBe(true);
    expect(rows(neverResume).every((outcome) => outcome.brokeDay === null && outcome.operations !== 'resumed')).toBe(true);
    // The baseline does both, so the two checks above can fail.
    const baseline = rows(plainParameters(symmetric));
    expect(baseline.some((outcome) => outcome.tookForceDay !== null)).toBe(true);
    expect(baseline.some((outcome) => outcome.brokeDay !== null)).toBe(true);
  });

  it('does nothing at all when every chance is 0', () => {
    const silent = withShared(plainParameters(symmetric), Object.fromEntries(Object.keys(plainParameters(symmetric).shared).map((name) => [name, 0])));
    const { outcome } = runOnce(setupOf(symmetric, 60, 5), silent, 0);

    expect(outcome).toMatchObject({ talks: 'idle', operations: 'active', agreement: 'none', moves: 0, proposals: 0, hostagesFreed: 0 });
  });

  it('lets a party differ from the others only where the assumptions say so', () => {
    const parameters = plainParameters(symmetric);
    // A principal that tables or counters accepts its own proposal: never agreeing means none of the three.
    const israelNeverAccepts: RunParameters = { ...parameters, byParty: { israel: { accept: 0, propose: 0, counter: 0 } } };
    const setup = setupOf(symmetric, 60, 9);
    const rows = runBatch(setup, { points: [israelNeverAccepts], runsPerPoint: 25 }, 0, 25);

    // A deal needs every principal's acceptance: with one principal never accepting, none takes force.
    expect(rows.every((row) => row.outcome.tookForceDay === null)).toBe(true);
    expect(rows[0]!.parameters).toContainEqual(['accept.israel', 0]);
  });

  it('releases only through the holder, and only under a deal in force', () => {
    const setup = setupOf(rafah, 60, 21);
    for (let run = 0; run < 15; run++) {
      const { events } = runOnce(setup, plainParameters(rafah), run, true);
      for (const { event } of events!) {
        if (event.type === 'HOSTAGES_RELEASED') expect(event.by).toBe('hamas');
        if (event.type === 'PRISONERS_RELEASED') expect(event.by).toBe('israel');
        if (event.type === 'VIOLATION_REPORTED') expect(event.text).toMatch(/^(Israel|Hamas) says (Hamas|Israel) violated the agreement\.$/);
      }
    }
  });
});

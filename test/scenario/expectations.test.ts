/** checkExpectations: a step's `expect`, each part compared with what the replay produced. */
import { describe, expect, it } from 'vitest';
import { createInitialContext, type Refusal } from '../../src/model/index.js';
import { checkExpectations } from '../../src/scenario/index.js';

const context = { ...createInitialContext({ parties: [], hostages: { held: 10, deceased: 2 } }), prisonersReleased: 30 };
const state = { talks: 'proposal', operations: 'active', access: 'open' } as const;
const accepted = { state, context, refusal: null };
const refused = (code: Refusal['code']) => ({ state, context, refusal: { code, message: 'no' } });

describe('checkExpectations', () => {
  it('checks nothing on an accepted step that expects nothing', () => {
    expect(checkExpectations(undefined, accepted)).toEqual([]);
  });

  it('counts a refusal nobody expected as an unmet expectation', () => {
    expect(checkExpectations(undefined, refused('NO_PROPOSAL'))).toEqual([{ what: 'refused', expected: false, actual: true, met: false }]);
  });

  it('reads expect.refusal alone as expecting a refusal, and finds none on an accepted step', () => {
    expect(checkExpectations({ refusal: 'NO_PROPOSAL' }, accepted)).toEqual([
      { what: 'refused', expected: true, actual: false, met: false },
      { what: 'refusal', expected: 'NO_PROPOSAL', actual: null, met: false },
    ]);
  });

  it('meets expect.refusal with a refusal of that code', () => {
    expect(checkExpectations({ refusal: 'NO_PROPOSAL' }, refused('NO_PROPOSAL'))).toEqual([
      { what: 'refused', expected: true, actual: true, met: true },
      { what: 'refusal', expected: 'NO_PROPOSAL', actual: 'NO_PROPOSAL', met: true },
    ]);
  });

  it('compares each state, hostage count and the prisoners released it names, by name', () => {
    expect(checkExpectations({ state: { talks: 'proposal', access: 'closed' }, hostages: { held: 10, released: 1 }, prisonersReleased: 30 }, accepted)).toEqual([
      { what: 'state.talks', expected: 'proposal', actual: 'proposal', met: true },
      { what: 'state.access', expected: 'closed', actual: 'open', met: false },
      { what: 'hostages.held', expected: 10, actual: 10, met: true },
      { what: 'hostages.released', expected: 1, actual: 0, met: false },
      { what: 'prisonersReleased', expected: 30, actual: 30, met: true },
    ]);
  });

  it('does not check the prisoners released when the step does not name them', () => {
    expect(checkExpectations({ hostages: { deceased: 2 } }, accepted)).toEqual([{ what: 'hostages.deceased', expected: 2, actual: 2, met: true }]);
  });
});

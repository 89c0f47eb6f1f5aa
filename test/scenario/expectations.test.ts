/** checkExpectations: a step's `expect`, each part compared with what the replay produced, as data; and those results in words. */
import { describe, expect, it } from 'vitest';
import { createInitialContext, type Refusal } from '../../src/model/index.js';
import { checkExpectations } from '../../src/scenario/index.js';
import { expectationInWords } from '../../src/words/index.js';

const context = { ...createInitialContext({ parties: [], hostages: { held: 10, deceased: 2 } }), prisonersReleased: 30 };
const state = { talks: 'proposal', operations: 'active', access: 'open', agreement: 'none' } as const;
const accepted = { state, context, refusal: null };
const refused = (code: Refusal['code']) => ({ state, context, refusal: { code, message: 'no' } });

describe('checkExpectations', () => {
  it('checks nothing on an accepted step that expects nothing', () => {
    expect(checkExpectations(undefined, accepted)).toEqual([]);
  });

  it('counts a refusal nobody expected as an unmet expectation', () => {
    expect(checkExpectations(undefined, refused('NO_PROPOSAL'))).toEqual([{ check: 'refused', expected: false, actual: true, met: false }]);
  });

  it('reads expect.refusal alone as expecting a refusal, and finds none on an accepted step', () => {
    expect(checkExpectations({ refusal: 'NO_PROPOSAL' }, accepted)).toEqual([
      { check: 'refused', expected: true, actual: false, met: false },
      { check: 'refusal', expected: 'NO_PROPOSAL', actual: null, met: false },
    ]);
  });

  it('meets expect.refusal with a refusal of that code', () => {
    expect(checkExpectations({ refusal: 'NO_PROPOSAL' }, refused('NO_PROPOSAL'))).toEqual([
      { check: 'refused', expected: true, actual: true, met: true },
      { check: 'refusal', expected: 'NO_PROPOSAL', actual: 'NO_PROPOSAL', met: true },
    ]);
  });

  it('compares each state, hostage count and the prisoners released it names, by name', () => {
    expect(checkExpectations({ state: { talks: 'proposal', access: 'closed' }, hostages: { held: 10, released: 1 }, prisonersReleased: 30 }, accepted)).toEqual([
      { check: 'state', region: 'talks', expected: 'proposal', actual: 'proposal', met: true },
      { check: 'state', region: 'access', expected: 'closed', actual: 'open', met: false },
      { check: 'hostages', field: 'held', expected: 10, actual: 10, met: true },
      { check: 'hostages', field: 'released', expected: 1, actual: 0, met: false },
      { check: 'prisonersReleased', expected: 30, actual: 30, met: true },
    ]);
  });

  it('does not check the prisoners released when the step does not name them', () => {
    expect(checkExpectations({ hostages: { deceased: 2 } }, accepted)).toEqual([{ check: 'hostages', field: 'deceased', expected: 2, actual: 2, met: true }]);
  });
});

describe('expectationInWords', () => {
  it.each([
    [{ check: 'refused', expected: true, actual: true, met: true }, 'refused, as the file expects'],
    [{ check: 'refused', expected: true, actual: false, met: false }, 'the file expects this event to be refused, but it was accepted'],
    [{ check: 'refused', expected: false, actual: false, met: true }, 'accepted, as the file expects'],
    [{ check: 'refused', expected: false, actual: true, met: false }, 'refused, though the file expects it to be accepted'],
    [{ check: 'refusal', expected: 'NO_PROPOSAL', actual: 'NO_PROPOSAL', met: true }, 'refusal NO_PROPOSAL'],
    [{ check: 'refusal', expected: 'NO_PROPOSAL', actual: null, met: false }, 'expected refusal NO_PROPOSAL, found no refusal'],
    [{ check: 'state', region: 'talks', expected: 'accepted', actual: 'accepted', met: true }, 'talks accepted'],
    [{ check: 'state', region: 'access', expected: 'closed', actual: 'open', met: false }, 'expected access closed, found access open'],
    [{ check: 'hostages', field: 'released', expected: 5, actual: 3, met: false }, 'expected hostages freed: 5, found 3'],
    [{ check: 'hostages', field: 'remainsReturned', expected: 1, actual: 1, met: true }, 'bodies returned: 1'],
    [{ check: 'prisonersReleased', expected: 240, actual: 39, met: false }, 'expected prisoners freed: 240, found 39'],
  ] as const)('says %j as "%s"', (result, words) => {
    expect(expectationInWords(result)).toBe(words);
  });
});

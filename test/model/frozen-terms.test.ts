/**
 * A proposal and an agreement keep frozen copies of their terms (`frozenTerms`): a later change to
 * the terms an event carried cannot reach them, and the rules remember that frozen terms are valid.
 * Terms that can still change are checked every time.
 */
import { describe, expect, it } from 'vitest';
import { frozenTerms, isFrozenTerms, rules, type Terms } from '../../src/model/index.js';
import { contextOf, startTruce } from './helpers.js';

const termsAreValid = (terms: unknown) => rules.termsAreValid.holds(contextOf(startTruce()), { type: 'PROPOSAL_TABLED', by: 'egypt', terms } as never);

describe('frozen terms', () => {
  it('are a copy, frozen with their list of phases and each phase', () => {
    const terms: Terms = { pauseDays: 4, phases: [{ days: 42, hostages: 33 }, { toBeNegotiated: true }] };
    const frozen = frozenTerms(terms);
    expect(frozen).toEqual(terms);
    expect(frozen).not.toBe(terms);
    expect(frozen.phases).not.toBe(terms.phases);
    expect(isFrozenTerms(frozen)).toBe(true);
    expect(() => {
      (frozen.phases as { days?: number }[])[0]!.days = 1;
    }).toThrow(TypeError);
    // Already frozen: kept as it is, not copied again.
    expect(frozenTerms(frozen)).toBe(frozen);
  });

  it('count as frozen only when the phases are frozen too', () => {
    const phases = [{ days: 42 }];
    const frozen = (terms: object) => isFrozenTerms(terms as Terms);
    expect(frozen(Object.freeze({ phases }))).toBe(false);
    expect(frozen(Object.freeze({ phases: Object.freeze(phases) }))).toBe(false);
    expect(frozen(Object.freeze({ phases: Object.freeze([Object.freeze({ days: 42 })]) }))).toBe(true);
    expect(isFrozenTerms({ pauseDays: 4 })).toBe(false);
  });

  it('are what a tabled proposal keeps: changing the event’s terms afterwards changes nothing on the table', () => {
    const actor = startTruce();
    const terms: Terms = { pauseDays: 4, hostages: 10 };
    actor.send({ type: 'PROPOSAL_TABLED', by: 'egypt', terms });
    terms.pauseDays = 99;
    const onTable = actor.getSnapshot().context.proposal!.terms;
    expect(onTable).toEqual({ pauseDays: 4, hostages: 10 });
    expect(isFrozenTerms(onTable)).toBe(true);
  });

  it('are remembered valid, while terms that can change are checked again each time', () => {
    const terms: Record<string, unknown> = { pauseDays: 4 };
    expect(termsAreValid(terms)).toBe(true);
    terms.pauseDays = -1;
    expect(termsAreValid(terms)).toBe(false);
    terms.pauseDays = 4;
    terms.unknownTerm = true;
    expect(termsAreValid(terms)).toBe(false);

    const frozen = frozenTerms({ pauseDays: 4 });
    expect(termsAreValid(frozen)).toBe(true);
    expect(termsAreValid(frozen)).toBe(true);
    // Invalid frozen terms are not remembered as valid.
    const frozenInvalid = Object.freeze({ pauseDays: -1 });
    expect(termsAreValid(frozenInvalid)).toBe(false);
    expect(termsAreValid(frozenInvalid)).toBe(false);
  });
});

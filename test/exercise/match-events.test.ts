/** Matching a solution's events against an exercise's event patterns: one event, and a sequence in order. */
import { describe, expect, it } from 'vitest';
import { longestInOrder, matchesPattern } from '../../src/exercise/match-events.js';
import type { TraceStep } from '../../src/scenario/index.js';

describe('an event against a pattern', () => {
  it('matches a field the pattern leaves empty (null) only when the event leaves it empty too', () => {
    expect(matchesPattern({ type: 'PROPOSAL_TABLED', by: null }, { type: 'PROPOSAL_TABLED', by: null })).toBe(true);
    expect(matchesPattern({ type: 'PROPOSAL_TABLED', by: 'qatar' }, { type: 'PROPOSAL_TABLED', by: null })).toBe(false);
  });

  it('does not match a nested mapping where the event has plain text, a number, nothing or null', () => {
    const pattern = { type: 'PROPOSAL_TABLED', terms: {} };
    expect(matchesPattern({ type: 'PROPOSAL_TABLED', terms: 'phase-1' }, pattern)).toBe(false);
    expect(matchesPattern({ type: 'PROPOSAL_TABLED', terms: 42 }, pattern)).toBe(false);
    expect(matchesPattern({ type: 'PROPOSAL_TABLED' }, pattern)).toBe(false);
    expect(matchesPattern({ type: 'PROPOSAL_TABLED', terms: null }, pattern)).toBe(false);
    // Text has a length, but it is not a mapping with one.
    expect(matchesPattern({ type: 'PROPOSAL_TABLED', terms: 'abc' }, { terms: { length: 3 } })).toBe(false);
    expect(matchesPattern({ type: 'PROPOSAL_TABLED', terms: { phase: 1 } }, pattern)).toBe(true);
  });
});

/** A replayed step, as far as matching looks at it. */
function step(id: string, type: string, accepted = true): TraceStep {
  return { id, date: '2023-11-22', event: { type }, accepted } as unknown as TraceStep;
}

describe('a sequence of patterns against the steps', () => {
  it('finds its events only among the steps the model accepts, not those it refuses', () => {
    const refusedTabling = step('refused-table', 'PROPOSAL_TABLED', false);
    const tabling = step('table', 'PROPOSAL_TABLED');
    const accepting = step('accept', 'PROPOSAL_ACCEPTED');

    const found = longestInOrder([{ type: 'PROPOSAL_TABLED' }, { type: 'PROPOSAL_ACCEPTED' }], [refusedTabling, accepting, tabling]);

    expect(found.map(({ pattern, step: matched }) => [pattern, matched.id])).toEqual([[0, 'table']]);
  });
});

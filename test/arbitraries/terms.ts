/**
 * The terms of a proposal: every term the format knows, each optional, with
 * values the schema accepts; and terms no file may hold (reused from the
 * model-based suite's hostile values).
 */
import fc from 'fast-check';
import type { Terms } from '../../src/model/index.js';
import { badTerms } from '../model-based/hostile-values.js';
import { anyText, anyTextOrLong } from './texts.js';

/** A phase of a deal, as a list of phases writes it. */
export const validPhase = fc.record(
  {
    days: fc.integer({ min: 0, max: 60 }),
    hostages: fc.nat(50),
    prisoners: fc.nat(1_000),
    aidTrucksPerDay: fc.nat(600),
    withdrawal: fc.oneof(fc.boolean(), anyText),
    toBeNegotiated: fc.boolean(),
    note: anyText,
  },
  { requiredKeys: [] },
);

/** Any valid terms, from none at all to every one of them. */
export const validTerms: fc.Arbitrary<Terms> = fc.record(
  {
    pauseDays: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(1_000_000_000)),
    ceasefireDays: fc.integer({ min: 0, max: 60 }),
    phases: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.array(validPhase, { minLength: 1, maxLength: 3 })),
    amends: fc.boolean(),
    hostages: fc.nat(250),
    prisoners: fc.nat(1_000),
    aidTrucksPerDay: fc.nat(600),
    lastingCeasefire: fc.boolean(),
    withdrawal: fc.oneof(fc.boolean(), anyText),
    note: anyTextOrLong,
  },
  { requiredKeys: [] },
);

/** Terms that make a deal do something: a pause, a ceasefire, or both. */
export const dealTerms: fc.Arbitrary<Terms> = fc.oneof(
  fc.record({ pauseDays: fc.integer({ min: 1, max: 7 }), hostages: fc.nat(50) }, { requiredKeys: ['pauseDays'] }),
  fc.record({ ceasefireDays: fc.integer({ min: 1, max: 42 }), phases: fc.integer({ min: 1, max: 3 }) }, { requiredKeys: ['ceasefireDays'] }),
  fc.constant({ lastingCeasefire: true }),
  fc.record({ pauseDays: fc.integer({ min: 1, max: 7 }), ceasefireDays: fc.integer({ min: 1, max: 42 }) }),
);

/** Terms the schema refuses: unknown keys, wrong types, negative or fractional days, not a mapping. */
export const invalidTerms: fc.Arbitrary<unknown> = badTerms;

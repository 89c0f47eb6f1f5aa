/**
 * Every step of a trace shows the whole context after it, histories included.
 * Keeping each step's own copy of the growing histories (rounds, violations,
 * operations) would make a trace's memory grow with the square of its length:
 * step n would hold copies of up to n entries. But histories only ever grow
 * (the model's actions append to them and never remove), so each step's
 * histories are the first entries of the final ones. A step therefore keeps
 * its context without the histories and their lengths, and its `context` is
 * put together from the final histories when it is read.
 */
import type { TruceContext } from '../model/context.js';

const HISTORIES = ['rounds', 'violations', 'operations'] as const;
type History = (typeof HISTORIES)[number];

/** A step's context without its histories (left empty), and how long each history was. */
export interface CompactContext {
  shell: TruceContext;
  lengths: Record<History, number>;
}

const EMPTY: readonly never[] = Object.freeze([]);

export function compactContext(context: TruceContext): CompactContext {
  return {
    shell: { ...context, rounds: EMPTY as never[], violations: EMPTY as never[], operations: EMPTY as never[] },
    lengths: { rounds: context.rounds.length, violations: context.violations.length, operations: context.operations.length },
  };
}

/**
 * The step's whole context, its histories cut from `final` (the context the
 * replay ended with). Overwriting the shell's keys keeps their order, so the
 * JSON is the same as the uncompacted context's, byte for byte.
 */
export function expandContext({ shell, lengths }: CompactContext, final: TruceContext): TruceContext {
  return {
    ...shell,
    rounds: final.rounds.slice(0, lengths.rounds),
    violations: final.violations.slice(0, lengths.violations),
    operations: final.operations.slice(0, lengths.operations),
  };
}

/**
 * Makes `record.context` expanded from `compact` each time it is read. It stays
 * enumerable and in its place among the keys, so JSON and object spread see a
 * plain field.
 */
export function defineExpandedContext<T extends { context: TruceContext }>(record: T, compact: CompactContext, final: TruceContext): T {
  return Object.defineProperty(record, 'context', { get: () => expandContext(compact, final), enumerable: true });
}

/**
 * True when each of `later`'s histories is at least as long as `earlier`'s and
 * keeps `earlier`'s last entry (the very object) in its place: what appending
 * does. A cheap check, at each step of a replay; it cannot see an earlier
 * entry rewritten, which the model's actions never do (they only append).
 */
export function historiesGrewFrom(earlier: TruceContext, later: TruceContext): boolean {
  return HISTORIES.every((history) => {
    const before = earlier[history];
    const after = later[history];
    return after.length >= before.length && (before.length === 0 || after[before.length - 1] === before[before.length - 1]);
  });
}

/**
 * Matching the steps of a solution against event patterns: one event against
 * one pattern, and a sequence of patterns against the steps in order.
 */
import type { TraceStep } from '../scenario/index.js';
import type { EventPattern } from './condition.js';

/** True when `event` has every field `pattern` names, with the same value (nested mappings in part). */
export function matchesPattern(event: unknown, pattern: unknown): boolean {
  if (pattern !== null && typeof pattern === 'object') {
    if (event === null || typeof event !== 'object') return false;
    return Object.entries(pattern).every(([key, value]) => matchesPattern((event as Record<string, unknown>)[key], value));
  }
  return event === pattern;
}

/**
 * The most of the sequence's events found in order among the steps the model accepts, each with the
 * step that matches it: the longest common subsequence of the patterns and the steps. Not the longest
 * prefix: a student whose first step is wrong and the other four right has four of five in order, as a
 * teacher marking by hand counts them (a prefix would give none). Not a contiguous run either: the
 * sequence lets other steps come between its events. Of the longest ones, the earliest steps are taken,
 * so a sequence found in full matches the steps a reader would point at first.
 */
export function longestInOrder(patterns: readonly EventPattern[], steps: readonly TraceStep[]): Array<{ pattern: number; step: TraceStep }> {
  const accepted = steps.filter((step) => step.accepted);
  const matches = (i: number, j: number) => matchesPattern(accepted[j]!.event, patterns[i]);
  // longest[i][j]: the most of patterns[i..] found in order in accepted[j..].
  const longest = Array.from({ length: patterns.length + 1 }, () => new Array<number>(accepted.length + 1).fill(0));
  for (let i = patterns.length - 1; i >= 0; i--) {
    for (let j = accepted.length - 1; j >= 0; j--) {
      longest[i]![j] = Math.max(longest[i + 1]![j]!, longest[i]![j + 1]!, matches(i, j) ? 1 + longest[i + 1]![j + 1]! : 0);
    }
  }
  const found: Array<{ pattern: number; step: TraceStep }> = [];
  for (let i = 0, j = 0; i < patterns.length && j < accepted.length; ) {
    if (matches(i, j) && longest[i]![j] === 1 + longest[i + 1]![j + 1]!) found.push({ pattern: i++, step: accepted[j++]! });
    else if (longest[i]![j + 1] === longest[i]![j]) j++;
    else i++;
  }
  return found;
}

/** One thing a solution is graded on: what it asks, whether it is met, and why, in plain words. */

export type CriterionKind =
  | 'state'
  | 'never'
  | 'ever'
  | 'value'
  | 'refusal'
  | 'sequence'
  | 'max-steps'
  | 'events'
  | 'must-accept'
  | 'dates'
  | 'cite'
  | 'as-expected'
  | 'own-path';

export interface Criterion {
  kind: CriterionKind;
  /** What is asked, as `truce exercise show` says it. */
  label: string;
  met: boolean;
  /** What the solution did: why the criterion is met, or what is missing. */
  why: string;
  /** For a criterion not met but met in part (most of a sequence in order), the share of it met, 0 to 1. */
  credit?: number;
}

/** `step hamas-yes (2023-11-22)`: how feedback names a step. */
export function stepName(step: { id: string; date: string }): string {
  return `step ${step.id} (${step.date})`;
}

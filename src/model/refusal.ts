/** Why the statechart refused an event: a stable code to grade on, and words a student can read. */

export const REFUSAL_CODES = [
  'UNKNOWN_EVENT',
  'UNKNOWN_PARTY',
  'NOT_A_PRINCIPAL',
  'NO_PROPOSAL',
  'ALREADY_ACCEPTED',
  'ALREADY_REJECTED',
  'INVALID_TERMS',
  'NO_AGREED_DEAL',
  'DEAL_HAS_NO_PAUSE',
  'PAUSE_ALREADY_USED',
  'DEAL_HAS_NO_CEASEFIRE',
  'ALREADY_PAUSED',
  'ALREADY_IN_CEASEFIRE',
  'NOT_PAUSED',
  'NOTHING_TO_RESUME',
  'OPERATIONS_PAUSED',
  'NEXT_PHASE_NOT_AGREED',
  'PHASE_OUT_OF_ORDER',
  'AGREEMENT_HAS_NO_END',
  'INVALID_DATE',
  'INVALID_COUNT',
  'NOT_ENOUGH_HOSTAGES',
  'NOT_ENOUGH_LIVING_HOSTAGES',
  'NOT_ENOUGH_DECEASED',
  'MISSING_TEXT',
  'CROSSING_ALREADY_CLOSED',
  'CROSSING_NOT_CLOSED',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

/**
 * Codes the model once gave and gives no more, with why: a file that still expects one is told,
 * rather than waiting for a refusal that cannot come.
 */
export const RETIRED_REFUSAL_CODES: Readonly<Record<string, string>> = {
  TALKS_ALREADY_AGREED: 'talks may now stall after a deal is agreed: the agreement stays in force (its own region of the chart) while talks go on about the next step',
};

export interface Refusal {
  code: RefusalCode;
  message: string;
}

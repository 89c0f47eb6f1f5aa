/**
 * What the eventless transitions ask once an event has been taken: where talks,
 * access and the agreement settle. They never refuse anything, so they have no
 * refusal. And the timer the chart shows as "after the agreed days".
 */
import { isPastEnd } from './agreement.js';
import { addDays, compareDays } from './calendar.js';
import type { TruceContext } from './context.js';
import { dealIsAgreed } from './rule-kit.js';

function resumedAtExpiry(context: TruceContext): boolean {
  const agreement = context.agreement;
  return agreement?.operationsResumed === true && agreement.endDay !== null && agreement.operationsResumedOn !== null && compareDays(agreement.operationsResumedOn, agreement.endDay) >= 0;
}

/** What the eventless transitions ask once an event has been taken. */
export const conditions = {
  /** Talks go from `proposal` to `accepted` once every principal has accepted. */
  everyPrincipalAccepted: (context: TruceContext) => dealIsAgreed(context),
  /** Talks go from `proposal` to `rejected` while a principal's rejection stands. */
  aPrincipalRejected: (context: TruceContext) => (context.proposal?.rejectedBy.length ?? 0) > 0,
  /** Access opens again once no named crossing is closed. */
  everyCrossingOpen: (context: TruceContext) => {
    // A loop, not Object.values: asked after every event while a crossing is closed.
    for (const name in context.crossings) if (context.crossings[name] !== 'open') return false;
    return true;
  },
  /** The proposal on the table has just become agreed: it is not yet (part of) the agreement. */
  newDealAgreed: (context: TruceContext) => dealIsAgreed(context) && !(context.agreement?.proposals.includes(context.proposal!.number) ?? false),
  /** The clock has passed the agreement's end day. */
  agreedDaysRanOut: (context: TruceContext) => isPastEnd(context.agreement, context.date),
  /** Operations resumed on (or after) its end day: the agreement ran its course. */
  resumedAtExpiry,
  /** Operations resumed before its end day (or when it has none, or on a day not known): the agreement is broken. */
  resumedBeforeEndDay: (context: TruceContext) => context.agreement?.operationsResumed === true && !resumedAtExpiry(context),
} satisfies Record<string, (context: TruceContext) => boolean>;

/**
 * Conditions that are timers: the chart says them as statecharts say a delayed transition,
 * "after ...", not "when <name>".
 */
export const TIMERS: Partial<Record<keyof typeof conditions, string>> = { agreedDaysRanOut: 'after the agreed days' };

/** Whether the clock passing to `date` would end the agreement in force: its days run out before then. */
export function timeWouldEndAgreement(context: TruceContext, date: string | null | undefined): boolean {
  return isPastEnd(context.agreement, date);
}

/** The day after the agreement's end day: the first day it has lapsed. */
export function firstDayLapsed(context: TruceContext): string | null {
  const endDay = context.agreement?.endDay;
  return endDay ? addDays(endDay, 1) : null;
}

/**
 * What the rules see of a moment in the talks, for searches over it: the
 * states of the regions, and the facts the guards read before letting a
 * region change — whether a proposal is on the table, what kind of deal it
 * offers, who has accepted or rejected it, whether it amends the agreement;
 * what the agreement in force gives, whether its pause has been used, its
 * phase and whether the next one is agreed, whether its days have begun and
 * where the clock stands against its end day; and which crossings are closed.
 * Two moments alike in these allow the same state-changing moves and lead to
 * alike moments, whatever else (rounds, statements, figures, the dates
 * themselves) differs; that keeps a search finite. It is written here, beside
 * the guards, from the same predicates, and a property test holds it to that.
 */
import { agreedDays, amend, givesCeasefire, givesPause, nextPhase, phaseCount, phaseTerms } from './agreement.js';
import { daysUntil } from './calendar.js';
import type { TruceSnapshot } from './snapshot.js';
import type { Terms } from './terms.js';

/** What the rules read of a deal's terms: what it gives, whether it ends, its phases and which are still open. */
function termsKey(terms: Terms, phase: number) {
  const phases = phaseCount(terms);
  return {
    pause: givesPause(terms),
    ceasefire: givesCeasefire(terms, phase),
    lasting: terms.lastingCeasefire === true,
    hasDays: agreedDays(terms, phase, 'ceasefire') !== null,
    amends: terms.amends === true,
    phases,
    open: Array.from({ length: phases }, (_, index) => phaseTerms(terms, index + 1).toBeNegotiated === true),
  };
}

/** Where the clock stands against an end day: what decides whether resuming breaks a deal or ends it. */
function clockAgainst(endDay: string | null, date: string | null): string | null {
  if (endDay === null) return null;
  // An end day known before any date is: the first dated event may already be past it, and end the agreement.
  if (date === null) return 'not set';
  const days = daysUntil(endDay, date);
  return days < 0 ? 'before' : days === 0 ? 'on' : 'after';
}

/**
 * The situation of `snapshot` as a string: equal strings, same situation.
 * @example situationKey(a) === situationKey(b)
 */
export function situationKey(snapshot: TruceSnapshot): string {
  const { proposal, agreement, crossings, date } = snapshot.context;
  const deal = proposal && {
    terms: termsKey(proposal.terms, 1),
    acceptedBy: [...proposal.acceptedBy].sort(),
    rejectedBy: [...proposal.rejectedBy].sort(),
    guaranteedBy: [...proposal.guaranteedBy].sort(),
    inAgreement: agreement?.proposals.includes(proposal.number) ?? false,
    // An amendment on the table may give the agreement in force an end day it does not have yet
    // (or move it): where the clock would stand against that one decides what follows its acceptance.
    clockIfAmended:
      proposal.terms.amends === true && agreement !== null && agreement.status === 'inForce'
        ? clockAgainst(amend(agreement, proposal).endDay, date)
        : null,
  };
  const agreed = agreement && {
    status: agreement.status,
    terms: termsKey(agreement.terms, agreement.phase),
    pauseUsed: agreement.pauseUsed,
    phase: agreement.phase,
    next: nextPhase(agreement, agreement.phase + 1),
    begun: agreement.begun,
    hasDays: agreement.days !== null,
    clock: clockAgainst(agreement.endDay, date),
  };
  const closed = Object.keys(crossings)
    .filter((name) => crossings[name] === 'closed')
    .sort();
  // Whether the clock is set at all: a pause or ceasefire begun on an unknown day has no end day.
  return JSON.stringify({ value: snapshot.value, deal, agreed, closed, dated: date !== null });
}

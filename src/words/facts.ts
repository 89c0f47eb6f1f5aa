/** The facts of a moment in words: people held and freed, the proposal on the table, the agreement, crossings, the death toll. */
import { daysUntil, dueInPhase, isPrincipal, phaseCount, phaseTerms, type Agreement, type TruceContext } from '../model/index.js';
import { count, longDate } from './dates.js';
import { describeTerms } from './events.js';
import { actorNames, partyNames, plural, proposalOf } from './names.js';

/** `128 held (36 reported dead), 0 freed, 0 bodies returned · prisoners freed: 0` */
export function hostagesInWords(context: TruceContext): string {
  const { held, deceased, released, remainsReturned } = context.hostages;
  return `${held} held (${deceased} reported dead), ${released} freed, ${remainsReturned} bodies returned · prisoners freed: ${context.prisonersReleased}`;
}

/** `On the table: Qatar's proposal (pause 4 days) — accepted by Hamas; still to accept: Israel` */
export function proposalInWords(context: TruceContext): string {
  const { proposal, parties } = context;
  if (!proposal) return 'On the table: no proposal';
  const terms = describeTerms(proposal.terms);
  const waiting = parties.filter((party) => isPrincipal(party) && !proposal.acceptedBy.includes(party.id)).map((party) => party.id);
  const rejected = proposal.rejectedBy.length > 0 ? `; rejected by ${partyNames(parties, proposal.rejectedBy)}` : '';
  return `On the table: ${proposalOf(parties, proposal.by, proposal.counter ? 'counter-proposal' : 'proposal')}${terms ? ` (${terms})` : ''} — accepted by ${partyNames(parties, proposal.acceptedBy)}${rejected}; still to accept: ${partyNames(parties, waiting)}`;
}

/** `Crossings: Rafah closed, Kerem Shalom open`, or undefined when the scenario names none. */
export function crossingsInWords(context: TruceContext): string | undefined {
  const crossings = Object.entries(context.crossings);
  return crossings.length === 0 ? undefined : `Crossings: ${crossings.map(([name, state]) => `${name} ${state}`).join(', ')}`;
}

/** `Death toll: 34,844 (Gaza health ministry, 7 May 2024)`, or undefined when none is reported. */
export function deathTollInWords(context: TruceContext): string | undefined {
  const toll = context.deathToll;
  if (!toll) return undefined;
  const where = [toll.source, toll.date].filter(Boolean).join(', ');
  return `Death toll: ${count(toll.count)}${where ? ` (${where})` : ''}`;
}

/** `in force since 24 November 2023 · end day 28 November 2023 (2 days left)`: where its days stand on `today`. */
function daysInWords(agreement: Agreement, today: string | null): string {
  if (!agreement.begun) return 'its days have not begun (they run from the pause or ceasefire it provides)';
  const since = agreement.since ? `days running since ${longDate(agreement.since)}` : 'days running';
  if (agreement.endDay === null) return `${since}, with no end day${agreement.terms.lastingCeasefire === true ? ' (a lasting ceasefire)' : ''}`;
  const left = today === null ? '' : ` (${plural(Math.max(0, daysUntil(today, agreement.endDay)), 'day', 'days')} left)`;
  return `${since}; end day ${longDate(agreement.endDay)}${left}`;
}

/** `freed 33 of 33 hostages due` · `1,904 prisoners freed, 4 beyond the 1,900 due`: done against due under the current phase. */
function dueInWords(agreement: Agreement): string[] {
  const due = dueInPhase(agreement);
  const { done } = agreement;
  const against = (did: number, owed: number | null, what: string): string | undefined => {
    if (owed === null) return did > 0 ? `${count(did)} ${what} (the deal gives no number)` : undefined;
    const beyond = did > owed ? `, ${count(did - owed)} beyond the deal` : '';
    return `${count(did)} of ${count(owed)} ${what}${beyond}`;
  };
  const trucks =
    due.aidTrucksPerDay === null
      ? against(done.aidTrucks, null, 'aid trucks')
      : `${count(done.aidTrucks)} aid ${done.aidTrucks === 1 ? 'truck' : 'trucks'} (${count(due.aidTrucksPerDay)} a day agreed)`;
  return [against(done.hostages, due.hostages, 'hostages freed or returned'), against(done.prisoners, due.prisoners, 'prisoners freed'), trucks].filter(
    (part): part is string => part !== undefined,
  );
}

/**
 * The agreement in words, or undefined when none has been made:
 * `Agreement: in force (Qatar's proposal: pause 4 days, 50 hostages) · end day 28 November 2023 (2 days left) · phase 1: 24 of 50 hostages freed or returned`.
 */
export function agreementInWords(context: TruceContext): string | undefined {
  return agreementParts(context)?.join(' · ');
}

/**
 * The agreement's parts, for a page that shows one a line: its status and terms, where its days
 * stand, its phase, what is done against what is due, its guarantors (those that apply).
 */
export function agreementParts(context: TruceContext): string[] | undefined {
  const { agreement, parties } = context;
  if (!agreement) return undefined;
  if (agreement.status === 'lapsed') return [`Agreement: lapsed${agreement.endedOn ? ` after ${longDate(agreement.endedOn)}` : ''} (its agreed days ran out)`];
  if (agreement.status === 'broken') {
    const end = agreement.endDay ? `, before its end day, ${longDate(agreement.endDay)}` : '';
    return [`Agreement: broken${agreement.endedOn ? ` on ${longDate(agreement.endedOn)}` : ''} (operations resumed${end})`];
  }
  const terms = describeTerms(agreement.terms);
  const from = agreement.by === null ? 'in force when the run starts' : `proposal by ${actorNames(parties, agreement.by)}`;
  const phases = phaseCount(agreement.terms);
  const phase = phases > 1 ? `phase ${agreement.phase} of ${phases}${phaseTerms(agreement.terms, agreement.phase + 1).toBeNegotiated === true ? ` (phase ${agreement.phase + 1} still to be negotiated)` : ''}` : '';
  const guarantors = agreement.guarantors.length > 0 ? `guaranteed by ${partyNames(parties, agreement.guarantors)}` : '';
  const due = dueInWords(agreement);
  return [
    `Agreement: in force (${from}${terms ? `: ${terms}` : ''})`,
    daysInWords(agreement, context.date),
    phase,
    due.length > 0 ? `${phases > 1 ? `phase ${agreement.phase}: ` : ''}${due.join(', ')}` : '',
    guarantors,
  ].filter(Boolean);
}

/**
 * What time did before a step dated after the agreement's end day.
 * @example lapseInWords('2025-03-02') // "The agreement's days ran out after 2 March 2025: it lapsed before this step."
 */
export function lapseInWords(endDay: string): string {
  return `The agreement's days ran out after ${longDate(endDay)}: it lapsed before this step.`;
}

/** Every fact of the moment, one line each: hostages, the agreement, crossings, death toll. */
export function factsInWords(context: TruceContext): string[] {
  return [`Hostages: ${hostagesInWords(context)}`, agreementInWords(context), crossingsInWords(context), deathTollInWords(context)].filter(
    (line): line is string => line !== undefined,
  );
}

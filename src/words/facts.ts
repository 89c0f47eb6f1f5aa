/** The facts of a moment in words: people held and freed, the proposal on the table, crossings, the death toll. */
import { isPrincipal, partyName, type TruceContext } from '../model/index.js';
import { count } from './dates.js';
import { describeTerms } from './events.js';
import { partyNames } from './names.js';

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
  return `On the table: ${partyName(parties, proposal.by)}'s ${proposal.counter ? 'counter-proposal' : 'proposal'}${terms ? ` (${terms})` : ''} — accepted by ${partyNames(parties, proposal.acceptedBy)}${rejected}; still to accept: ${partyNames(parties, waiting)}`;
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

/** Every fact of the moment, one line each: hostages, crossings, death toll. */
export function factsInWords(context: TruceContext): string[] {
  return [`Hostages: ${hostagesInWords(context)}`, crossingsInWords(context), deathTollInWords(context)].filter((line): line is string => line !== undefined);
}

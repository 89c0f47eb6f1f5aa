/** Events in plain words, for timelines, the viewer and exercises. */
import { partyName, type Party, type Terms, type TruceEvent } from '../model/index.js';
import { count } from './dates.js';
import { plural } from './names.js';

/** The terms in a short phrase: "pause 4 days, 50 hostages, 150 prisoners". */
export function describeTerms(terms: Terms): string {
  const parts: string[] = [];
  if (terms.pauseDays !== undefined) parts.push(`pause ${plural(terms.pauseDays, 'day', 'days')}`);
  if (terms.ceasefireDays !== undefined) parts.push(`ceasefire ${plural(terms.ceasefireDays, 'day', 'days')}`);
  if (terms.lastingCeasefire !== undefined) parts.push(terms.lastingCeasefire ? 'lasting ceasefire' : 'no lasting ceasefire');
  if (terms.phases !== undefined) parts.push(plural(terms.phases, 'phase', 'phases'));
  if (terms.hostages !== undefined) parts.push(plural(terms.hostages, 'hostage', 'hostages'));
  if (terms.prisoners !== undefined) parts.push(plural(terms.prisoners, 'prisoner', 'prisoners'));
  if (terms.aidTrucksPerDay !== undefined) parts.push(`${terms.aidTrucksPerDay} aid trucks a day`);
  if (terms.withdrawal !== undefined) {
    parts.push(typeof terms.withdrawal === 'string' ? `withdrawal: ${terms.withdrawal}` : terms.withdrawal ? 'withdrawal' : 'no withdrawal');
  }
  return parts.join(', ');
}

/**
 * One line saying what happened, naming parties by name.
 * @example describeEvent({ type: 'PROPOSAL_ACCEPTED', by: 'hamas' }, parties) // "Hamas accepts the proposal"
 */
export function describeEvent(event: TruceEvent, parties: readonly Party[]): string {
  const name = (id: string | undefined) => (id === undefined ? 'someone' : partyName(parties, id));
  switch (event.type) {
    case 'TALKS_OPENED':
      return event.where ? `A round of talks opens in ${event.where}` : 'A round of talks opens';
    case 'PROPOSAL_TABLED':
    case 'COUNTER_PROPOSAL': {
      const what = event.type === 'COUNTER_PROPOSAL' ? 'a counter-proposal' : 'a proposal';
      const terms = describeTerms(event.terms);
      return `${name(event.by)} puts forward ${what}${terms ? ` (${terms})` : ''}`;
    }
    case 'PROPOSAL_ACCEPTED':
      return `${name(event.by)} accepts the proposal`;
    case 'PROPOSAL_REJECTED':
      return `${name(event.by)} rejects the proposal${event.reason ? `: ${event.reason}` : ''}`;
    case 'TALKS_STALLED':
      return `Talks stall${event.reason ? `: ${event.reason}` : ''}`;
    case 'OPERATION_LAUNCHED':
      return `${name(event.by)} launches an operation${event.area ? ` in ${event.area}` : ''}`;
    case 'OPERATION_PAUSED':
      return `${name(event.by)} pauses operations for the release of hostages`;
    case 'PAUSE_EXTENDED':
      return `The pause is extended by ${plural(event.days, 'day', 'days')}`;
    case 'OPERATION_RESUMED':
      return `${name(event.by)} resumes operations`;
    case 'CEASEFIRE_BEGAN':
      return 'A ceasefire begins';
    case 'VIOLATION_REPORTED':
      return `A violation by ${name(event.by)} is reported: ${event.text}`;
    case 'HOSTAGES_RELEASED': {
      const bodies = event.deceased ?? 0;
      const alive = event.count - bodies;
      const what = [alive > 0 ? `${plural(alive, 'hostage', 'hostages')} freed` : '', bodies > 0 ? `${plural(bodies, 'body', 'bodies')} handed back` : '']
        .filter(Boolean)
        .join(', ');
      return `${name(event.by)} releases hostages: ${what}`;
    }
    case 'HOSTAGE_DEATHS_REPORTED':
      return `Deaths of ${plural(event.count, 'hostage', 'hostages')} are reported`;
    case 'PRISONERS_RELEASED':
      return `${name(event.by)} releases ${plural(event.count, 'prisoner', 'prisoners')}`;
    case 'CROSSING_CLOSED':
      return `The ${event.crossing} crossing closes${event.by ? ` (${name(event.by)})` : ''}`;
    case 'CROSSING_OPENED':
      return `The ${event.crossing} crossing opens${event.by ? ` (${name(event.by)})` : ''}`;
    case 'POSITION_STATED':
      return `${name(event.by)} (position): ${event.text}`;
    case 'STATEMENT':
      return `${name(event.by)}: ${event.text}`;
    case 'CASUALTIES_REPORTED':
      return `Death toll reported: at least ${count(event.toll)}${event.source ? ` (${event.source})` : ''}`;
  }
}

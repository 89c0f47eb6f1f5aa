/** Events in plain words, for timelines, the viewer and exercises. */
import { idsOf, type Party, type Terms, type TruceEvent } from '../model/index.js';
import { count } from './dates.js';
import { actorNames, listInWords, plural } from './names.js';

/**
 * `3 phases`, or for a list `3 phases, phase 1: 42 days, phases 2 and 3 to be negotiated` (the days of
 * each phase that gives them). An amendment's list says only what it agrees, phase by phase
 * (`phase 2: 42 days`): its entries merge into the agreement's phases, and an empty one leaves a
 * phase as it is, so their number is not the agreement's.
 */
function phasesInWords(phases: NonNullable<Terms['phases']>, amends: boolean): string {
  if (typeof phases === 'number') return plural(phases, 'phase', 'phases');
  const open = phases.flatMap((phase, index) => (phase.toBeNegotiated === true ? [String(index + 1)] : []));
  const days = phases.flatMap((phase, index) => (phase.days !== undefined ? [`phase ${index + 1}: ${plural(phase.days, 'day', 'days')}`] : []));
  const agreed = amends ? phases.flatMap((phase, index) => (phase.days === undefined && phase.toBeNegotiated !== true && Object.keys(phase).length > 0 ? [`phase ${index + 1} agreed`] : [])) : [];
  return [
    amends ? '' : plural(phases.length, 'phase', 'phases'),
    ...days,
    ...agreed,
    open.length > 0 ? `${open.length === 1 ? 'phase' : 'phases'} ${listInWords(open)} to be negotiated` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The terms in a short phrase: "pause 4 days, 50 hostages, 150 prisoners". */
export function describeTerms(terms: Terms): string {
  const parts: string[] = [];
  if (terms.pauseDays !== undefined) parts.push(`pause ${plural(terms.pauseDays, 'day', 'days')}`);
  if (terms.ceasefireDays !== undefined) parts.push(`ceasefire ${plural(terms.ceasefireDays, 'day', 'days')}`);
  if (terms.lastingCeasefire !== undefined) parts.push(terms.lastingCeasefire ? 'lasting ceasefire' : 'no lasting ceasefire');
  const phases = terms.phases === undefined ? '' : phasesInWords(terms.phases, terms.amends === true);
  if (phases) parts.push(phases);
  if (terms.hostages !== undefined) parts.push(plural(terms.hostages, 'hostage', 'hostages'));
  if (terms.prisoners !== undefined) parts.push(plural(terms.prisoners, 'prisoner', 'prisoners'));
  if (terms.aidTrucksPerDay !== undefined) parts.push(`${terms.aidTrucksPerDay} aid trucks a day`);
  if (terms.withdrawal !== undefined) {
    parts.push(typeof terms.withdrawal === 'string' ? `withdrawal: ${terms.withdrawal}` : terms.withdrawal ? 'withdrawal' : 'no withdrawal');
  }
  if (terms.amends === true) parts.unshift('amends the agreement');
  return parts.join(', ');
}

/**
 * One line saying what happened, naming parties by name.
 * @example describeEvent({ type: 'PROPOSAL_ACCEPTED', by: 'hamas' }, parties) // "Hamas accepts the proposal"
 */
export function describeEvent(event: TruceEvent, parties: readonly Party[]): string {
  const name = (by: Parameters<typeof actorNames>[1]) => actorNames(parties, by);
  // "Israel releases", "Israel and Egypt release".
  const verb = (by: Parameters<typeof actorNames>[1], one: string, many: string) => (idsOf(by).length > 1 ? many : one);
  switch (event.type) {
    case 'TALKS_OPENED':
      return event.where ? `A round of talks opens in ${event.where}` : 'A round of talks opens';
    case 'PROPOSAL_TABLED':
    case 'COUNTER_PROPOSAL': {
      const what = event.type === 'COUNTER_PROPOSAL' ? 'a counter-proposal' : 'a proposal';
      const terms = describeTerms(event.terms);
      return `${name(event.by)} ${verb(event.by, 'puts', 'put')} forward ${what}${terms ? ` (${terms})` : ''}`;
    }
    case 'PROPOSAL_ACCEPTED':
      return `${name(event.by)} ${verb(event.by, 'accepts', 'accept')} the proposal`;
    case 'PROPOSAL_REJECTED':
      return `${name(event.by)} ${verb(event.by, 'rejects', 'reject')} the proposal${event.reason ? `: ${event.reason}` : ''}`;
    case 'TALKS_STALLED':
      return `Talks stall${event.reason ? `: ${event.reason}` : ''}`;
    case 'OPERATION_LAUNCHED':
      return `${name(event.by)} ${verb(event.by, 'launches', 'launch')} an operation${event.area ? ` in ${event.area}` : ''}`;
    case 'OPERATION_PAUSED':
      return `${name(event.by)} ${verb(event.by, 'pauses', 'pause')} operations for the release of hostages`;
    case 'PAUSE_EXTENDED':
      return `The pause is extended by ${plural(event.days, 'day', 'days')}`;
    case 'AGREEMENT_EXTENDED':
      return `The agreement is extended by ${plural(event.days, 'day', 'days')}${event.by ? ` (${name(event.by)})` : ''}`;
    case 'OPERATION_RESUMED':
      return `${name(event.by)} ${verb(event.by, 'resumes', 'resume')} operations`;
    case 'CEASEFIRE_BEGAN':
      return `A ceasefire begins${event.by ? ` (${name(event.by)})` : ''}`;
    case 'PHASE_BEGAN':
      return `Phase ${event.phase} of the agreement begins`;
    case 'TIME_PASSED':
      return 'Time passes';
    case 'VIOLATION_REPORTED':
      // A claim, never a fact: who makes it, when the source says, and who is accused.
      return event.claimant
        ? `${name(event.claimant)} ${verb(event.claimant, 'accuses', 'accuse')} ${name(event.by)} of a violation: ${event.text}`
        : `A violation by ${name(event.by)} is alleged: ${event.text}`;
    case 'HOSTAGES_RELEASED': {
      const bodies = event.deceased ?? 0;
      const alive = event.count - bodies;
      const what = [alive > 0 ? `${plural(alive, 'hostage', 'hostages')} freed` : '', bodies > 0 ? `${plural(bodies, 'body', 'bodies')} handed back` : '']
        .filter(Boolean)
        .join(', ');
      return `${name(event.by)} ${verb(event.by, 'releases', 'release')} hostages: ${what}${event.outsideDeal ? ' (outside the deal)' : ''}`;
    }
    case 'HOSTAGE_DEATHS_REPORTED':
      return `Deaths of ${plural(event.count, 'hostage', 'hostages')} are reported`;
    case 'HOSTAGE_COUNT_REVISED':
      return `Hostage figures revised: ${count(event.held)} held, ${count(event.deceased)} of them reported dead${event.source ? ` (${event.source})` : ''}`;
    case 'PRISONERS_RELEASED':
      return `${name(event.by)} ${verb(event.by, 'releases', 'release')} ${plural(event.count, 'prisoner', 'prisoners')}${event.outsideDeal ? ' (outside the deal)' : ''}`;
    case 'CROSSING_CLOSED':
      return `The ${event.crossing} crossing closes${event.by ? ` (${name(event.by)})` : ''}`;
    case 'CROSSING_OPENED':
      return `The ${event.crossing} crossing opens${event.by ? ` (${name(event.by)})` : ''}`;
    case 'AID_DELIVERED':
      return `${count(event.trucks)} aid ${event.trucks === 1 ? 'truck enters' : 'trucks enter'}${event.crossing ? ` through ${event.crossing}` : ''}${event.by ? ` (${name(event.by)})` : ''}`;
    case 'POSITION_STATED':
      return `${name(event.by)} (position): ${event.text}`;
    case 'STATEMENT':
      return `${name(event.by)}: ${event.text}`;
    case 'CASUALTIES_REPORTED':
      return `Death toll reported: at least ${count(event.toll)}${event.source ? ` (${event.source})` : ''}`;
  }
}

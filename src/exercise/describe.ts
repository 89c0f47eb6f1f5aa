/**
 * Goals and constraints in plain words, for `truce exercise show` and for the
 * label of each criterion a solution is graded on. A condition's own `label`,
 * when the exercise gives one, comes first.
 */
import { partyName, type Party } from '../model/index.js';
import { capitalised, configurationInWords, listInWords, pathInWords, reach } from '../words/index.js';
import type { Condition, EventPattern } from './condition.js';
import type { Constraints } from './schema.js';

/** `TALKS_OPENED (where: Cairo)`, `CROSSING_CLOSED (crossing: Rafah)`. */
export function patternInWords(pattern: EventPattern): string {
  const fields = Object.entries(pattern)
    .filter(([key]) => key !== 'type')
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
  return fields.length > 0 ? `${pattern.type} (${fields.join(', ')})` : pattern.type;
}

/** What a condition asks for, as a student reads it. */
export function conditionInWords(condition: Condition): string {
  if (condition.label !== undefined) return condition.label;
  switch (condition.form) {
    case 'state':
      return `At the end: ${configurationInWords(condition.state)}`;
    case 'never':
      return `${capitalised(condition.region)} never ${reach(condition.region)} ${condition.value}`;
    case 'ever':
      return `${capitalised(condition.region)} ${reach(condition.region)} ${condition.value} at some point`;
    case 'value': {
      const what = `At the end, ${pathInWords(condition.path)}`;
      if (condition.equals !== undefined) return `${what}: ${String(condition.equals)}`;
      const bounds = [condition.atLeast !== undefined ? `at least ${condition.atLeast}` : '', condition.atMost !== undefined ? `at most ${condition.atMost}` : ''];
      return `${what}: ${bounds.filter(Boolean).join(' and ')}`;
    }
    case 'refusal':
      // The reason is what the student has to find: it is never given away here.
      return condition.event
        ? `You predict that the model refuses your ${condition.event} step, and why (expect: { refused: true, refusal: <CODE> })`
        : 'You predict which step the model refuses, and why (expect: { refused: true, refusal: <CODE> })';
    case 'sequence':
      return `These ${condition.sequence.length} events, in this order: ${condition.sequence.map(patternInWords).join(', ')}`;
  }
}

export function maxStepsInWords(maxSteps: NonNullable<Constraints['maxSteps']>): string {
  return maxSteps === 'shortest'
    ? 'As few steps as the shortest path to the goal (the checker works it out)'
    : `At most ${maxSteps} ${maxSteps === 1 ? 'step' : 'steps'}`;
}

export function eventsInWords(events: readonly string[]): string {
  return `Only these events: ${events.join(', ')}`;
}

export function mustAcceptInWords(ids: readonly string[], parties: readonly Party[]): string {
  const names = listInWords(ids.map((id) => partyName(parties, id)));
  return `${names} ${ids.length === 1 ? 'accepts' : 'each accept'} the proposal on the table at the end (a proposal a party tables itself does not count)`;
}

export function datesInWords(dates: NonNullable<Constraints['dates']>): string {
  if (dates.from !== undefined && dates.from === dates.to) return `Every step is dated ${dates.from}`;
  if (dates.from !== undefined && dates.to !== undefined) return `Every step is dated from ${dates.from} to ${dates.to}`;
  if (dates.from !== undefined) return `Every step is dated ${dates.from} or later`;
  return `Every step is dated ${dates.to ?? ''} or earlier`;
}

export const CITE_IN_WORDS = 'Every step names its source (source: <id>), or is marked inferred: true with a note saying why';

export const OWN_PATH_IN_WORDS = 'Your own path: truce paths may not be used for this exercise (a solution that is the path it prints earns no marks)';

export const AS_EXPECTED_IN_WORDS = 'Every step is accepted by the model, or refused as you predicted, and every expect: you wrote holds';

/** `counts 2×`, `counts for no marks`, or nothing for the usual weight of 1: how much a criterion counts. */
export function weightInWords(weight: number | undefined): string {
  if (weight === undefined || weight === 1) return '';
  return weight === 0 ? 'counts for no marks' : `counts ${weight}×`;
}

/** Words with their weight after them, in brackets, when it is not the usual 1. */
export function weighed(words: string, weight: number | undefined): string {
  const weightWords = weightInWords(weight);
  return weightWords ? `${words} (${weightWords})` : words;
}

/** Every constraint of an exercise in words, in the order they are graded, each with its weight when it has one. */
export function constraintsInWords(constraints: Constraints, parties: readonly Party[]): string[] {
  const weights = constraints.weights ?? {};
  return [
    constraints.maxSteps !== undefined ? weighed(maxStepsInWords(constraints.maxSteps), weights.maxSteps) : '',
    constraints.events ? weighed(eventsInWords(constraints.events), weights.events) : '',
    constraints.mustAccept ? weighed(mustAcceptInWords(constraints.mustAccept, parties), weights.mustAccept) : '',
    constraints.dates ? weighed(datesInWords(constraints.dates), weights.dates) : '',
    constraints.cite ? weighed(CITE_IN_WORDS, weights.cite) : '',
    constraints.allowPaths === false ? OWN_PATH_IN_WORDS : '',
    weighed(AS_EXPECTED_IN_WORDS, weights.asExpected),
  ].filter(Boolean);
}

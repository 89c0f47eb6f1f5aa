/**
 * The record of the talks: every round opened, every operation launched,
 * every violation reported, in order. It is kept beside the statechart, not
 * in its context: a list that only grows would be copied on every step by
 * the context's immutable updates, so a run's cost would grow with the square
 * of its length. The context counts the entries instead (`roundsOpened`,
 * ...), which are lengths into this record.
 */
import type { TruceEvent } from './events.js';

export interface Round {
  /** 1 for the first round opened, and so on. */
  number: number;
  where: string | null;
  date: string | null;
}

export interface Operation {
  by: string;
  area: string | null;
  date: string | null;
}

export interface Violation {
  /** The party accused. */
  by: string;
  text: string;
  date: string | null;
}

export interface TruceRecord<Extra = object> {
  rounds: Array<Round & Extra>;
  operations: Array<Operation & Extra>;
  violations: Array<Violation & Extra>;
}

export function emptyRecord<Extra = object>(): TruceRecord<Extra> {
  return { rounds: [], operations: [], violations: [] };
}

/**
 * Adds an accepted event to `record`, in place, when it is one the record
 * keeps; `extra` goes on the entry (a trace adds the step's id).
 * @example addToRecord(record, { type: 'TALKS_OPENED', where: 'Cairo' }, '2024-05-04', { step: 'cairo' })
 */
export function addToRecord<Extra extends object>(record: TruceRecord<Extra>, event: TruceEvent, date: string | null, extra: Extra): void {
  switch (event.type) {
    case 'TALKS_OPENED':
      record.rounds.push({ number: record.rounds.length + 1, where: event.where ?? null, date, ...extra });
      break;
    case 'OPERATION_LAUNCHED':
      record.operations.push({ by: event.by, area: event.area ?? null, date, ...extra });
      break;
    case 'VIOLATION_REPORTED':
      record.violations.push({ by: event.by, text: event.text, date, ...extra });
      break;
    default:
      break;
  }
}

/** The record as it stood when the context counted these entries: each list cut to its count. */
export function recordAt<Extra>(record: TruceRecord<Extra>, counts: { roundsOpened: number; operationsLaunched: number; violationsReported: number }): TruceRecord<Extra> {
  return {
    rounds: record.rounds.slice(0, counts.roundsOpened),
    operations: record.operations.slice(0, counts.operationsLaunched),
    violations: record.violations.slice(0, counts.violationsReported),
  };
}

/**
 * The record of the talks: every round opened, every operation launched,
 * every violation reported, every revision of the hostage figures and every
 * aid delivery, in order. It is kept beside the statechart, not
 * in its context: a list that only grows would be copied on every step by
 * the context's immutable updates, so a run's cost would grow with the square
 * of its length. The context counts the entries instead (`roundsOpened`,
 * ...), which are lengths into this record.
 */
import type { TruceContext } from './context.js';
import type { TruceEvent } from './events.js';
import type { PartyRef } from './parties.js';

export interface Round {
  /** 1 for the first round opened, and so on. */
  number: number;
  where: string | null;
  date: string | null;
}

export interface Operation {
  by: PartyRef;
  area: string | null;
  date: string | null;
}

/** A violation reported: a claim, by `claimant` when the source names who makes it, never a fact. */
export interface Violation {
  /** The party accused. */
  by: PartyRef;
  /** The party that makes the claim; null when the source does not say. */
  claimant: PartyRef | null;
  text: string;
  date: string | null;
}

/** Hostage figures revised, as reported (people missing confirmed held, or confirmed dead). */
export interface Revision {
  held: number;
  deceased: number;
  source: string | null;
  note: string | null;
  date: string | null;
}

export interface Delivery {
  trucks: number;
  crossing: string | null;
  by: PartyRef | null;
  date: string | null;
}

export interface TruceRecord<Extra = object> {
  rounds: Array<Round & Extra>;
  operations: Array<Operation & Extra>;
  violations: Array<Violation & Extra>;
  revisions: Array<Revision & Extra>;
  deliveries: Array<Delivery & Extra>;
}

/** How many entries of each list a context counts. */
export type RecordCounts = Pick<TruceContext, 'roundsOpened' | 'operationsLaunched' | 'violationsReported' | 'hostageCountRevisions' | 'aidDeliveriesReported'>;

export function emptyRecord<Extra = object>(): TruceRecord<Extra> {
  return { rounds: [], operations: [], violations: [], revisions: [], deliveries: [] };
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
      record.violations.push({ by: event.by, claimant: event.claimant ?? null, text: event.text, date, ...extra });
      break;
    case 'HOSTAGE_COUNT_REVISED':
      record.revisions.push({ held: event.held, deceased: event.deceased, source: event.source ?? null, note: event.note ?? null, date, ...extra });
      break;
    case 'AID_DELIVERED':
      record.deliveries.push({ trucks: event.trucks, crossing: event.crossing ?? null, by: event.by ?? null, date, ...extra });
      break;
    default:
      break;
  }
}

/** The record as it stood when the context counted these entries: each list cut to its count. */
export function recordAt<Extra>(record: TruceRecord<Extra>, counts: RecordCounts): TruceRecord<Extra> {
  return {
    rounds: record.rounds.slice(0, counts.roundsOpened),
    operations: record.operations.slice(0, counts.operationsLaunched),
    violations: record.violations.slice(0, counts.violationsReported),
    revisions: record.revisions.slice(0, counts.hostageCountRevisions),
    deliveries: record.deliveries.slice(0, counts.aidDeliveriesReported),
  };
}

/** The record of a run: rounds, operations and violations, kept beside the context, which counts them. */
import { describe, expect, it } from 'vitest';
import { addToRecord, emptyRecord, recordAt, type TruceEvent } from '../../src/model/index.js';

describe('addToRecord', () => {
  it('numbers rounds in order and keeps their place and date, none when not given', () => {
    const record = emptyRecord();

    addToRecord(record, { type: 'TALKS_OPENED', where: 'Doha' }, '2024-05-04', {});
    addToRecord(record, { type: 'TALKS_OPENED' }, null, {});

    expect(record.rounds).toEqual([
      { number: 1, where: 'Doha', date: '2024-05-04' },
      { number: 2, where: null, date: null },
    ]);
  });

  it('keeps an operation with who launched it and where, and a violation with the party accused and the words', () => {
    const record = emptyRecord();

    addToRecord(record, { type: 'OPERATION_LAUNCHED', by: 'israel', area: 'Rafah' }, '2024-05-06', {});
    addToRecord(record, { type: 'OPERATION_LAUNCHED', by: 'hamas' }, '2024-05-07', {});
    addToRecord(record, { type: 'VIOLATION_REPORTED', by: 'hamas', text: 'rockets fired' }, '2023-11-26', {});
    addToRecord(record, { type: 'VIOLATION_REPORTED', by: 'israel', claimant: 'hamas', text: 'strikes' }, '2023-11-27', {});

    expect(record.operations).toEqual([
      { by: 'israel', area: 'Rafah', date: '2024-05-06' },
      { by: 'hamas', area: null, date: '2024-05-07' },
    ]);
    expect(record.violations).toEqual([
      { by: 'hamas', claimant: null, text: 'rockets fired', date: '2023-11-26' },
      { by: 'israel', claimant: 'hamas', text: 'strikes', date: '2023-11-27' },
    ]);
  });

  it('keeps each revision of the hostage figures with its source, and each aid delivery', () => {
    const record = emptyRecord();

    addToRecord(record, { type: 'HOSTAGE_COUNT_REVISED', held: 137, deceased: 10, source: 'PM office' }, '2023-12-02', {});
    addToRecord(record, { type: 'AID_DELIVERED', trucks: 200, crossing: 'Rafah' }, '2023-12-02', {});

    expect(record.revisions).toEqual([{ held: 137, deceased: 10, source: 'PM office', note: null, date: '2023-12-02' }]);
    expect(record.deliveries).toEqual([{ trucks: 200, crossing: 'Rafah', by: null, date: '2023-12-02' }]);
  });

  it('puts what the caller adds on each entry (a trace adds the step)', () => {
    const record = emptyRecord<{ step: string }>();

    addToRecord(record, { type: 'TALKS_OPENED', where: 'Cairo' }, '2024-05-05', { step: 'cairo' });

    expect(record.rounds).toEqual([{ number: 1, where: 'Cairo', date: '2024-05-05', step: 'cairo' }]);
  });

  it.each<TruceEvent>([
    { type: 'STATEMENT', by: 'israel', text: 'words' },
    { type: 'PROPOSAL_ACCEPTED', by: 'hamas' },
    { type: 'CROSSING_CLOSED', crossing: 'Rafah' },
  ])('keeps nothing for $type', (event) => {
    const record = emptyRecord();

    addToRecord(record, event, '2024-01-01', {});

    expect(record).toEqual(emptyRecord());
  });
});

describe('recordAt', () => {
  it('cuts each list to the count a context gives: the record as it stood then', () => {
    const record = emptyRecord();
    addToRecord(record, { type: 'TALKS_OPENED', where: 'Doha' }, null, {});
    addToRecord(record, { type: 'TALKS_OPENED', where: 'Cairo' }, null, {});
    addToRecord(record, { type: 'OPERATION_LAUNCHED', by: 'israel' }, null, {});
    addToRecord(record, { type: 'VIOLATION_REPORTED', by: 'hamas', text: 'Rockets fired.' }, null, {});
    addToRecord(record, { type: 'HOSTAGE_COUNT_REVISED', held: 120, deceased: 40 }, null, {});
    addToRecord(record, { type: 'AID_DELIVERED', trucks: 200 }, null, {});

    const then = recordAt(record, { roundsOpened: 1, operationsLaunched: 0, violationsReported: 0, hostageCountRevisions: 0, aidDeliveriesReported: 0 });

    expect(then).toEqual({ rounds: [{ number: 1, where: 'Doha', date: null }], operations: [], violations: [], revisions: [], deliveries: [] });
    expect(record.rounds).toHaveLength(2);
  });
});

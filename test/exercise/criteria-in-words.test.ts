/** The words a student reads for each goal condition and constraint: the labels of the criteria a solution is graded on, and the lines of truce exercise show. */
import { describe, expect, it } from 'vitest';
import { conditionInWords, constraintsInWords, patternInWords, type Condition } from '../../src/exercise/index.js';
import type { Party } from '../../src/model/index.js';

const PARTIES: Party[] = [
  { id: 'israel', name: 'Israel', role: 'principal' },
  { id: 'hamas', name: 'Hamas', role: 'principal' },
  { id: 'qatar', name: 'Qatar', role: 'mediator' },
];

describe('a goal condition in words', () => {
  it('says which value the context must hold at the end: exactly, at least, at most, or between', () => {
    const conditions: Condition[] = [
      { form: 'value', path: 'proposal.by', equals: 'qatar' },
      { form: 'value', path: 'proposal.terms.pauseDays', equals: 0 },
      { form: 'value', path: 'proposal.terms.lastingCeasefire', equals: false },
      { form: 'value', path: 'hostages.released', atLeast: 10 },
      { form: 'value', path: 'hostages.released', atMost: 20 },
      { form: 'value', path: 'hostages.released', atLeast: 1, atMost: 10 },
    ];

    expect(conditions.map(conditionInWords)).toEqual([
      'At the end, the party that tabled the proposal on the table: qatar',
      'At the end, proposal.terms.pauseDays: 0',
      'At the end, proposal.terms.lastingCeasefire: false',
      'At the end, hostages freed: at least 10',
      'At the end, hostages freed: at most 20',
      'At the end, hostages freed: at least 1 and at most 10',
    ]);
  });

  it('never gives away the reason for a refusal the student must predict', () => {
    const conditions: Condition[] = [
      { form: 'refusal', code: 'NO_AGREED_DEAL' },
      { form: 'refusal', code: 'NO_AGREED_DEAL', event: 'OPERATION_PAUSED' },
    ];

    expect(conditions.map(conditionInWords)).toEqual([
      'You predict which step the model refuses, and why (expect: { refused: true, refusal: <CODE> })',
      'You predict that the model refuses your OPERATION_PAUSED step, and why (expect: { refused: true, refusal: <CODE> })',
    ]);
  });

  it('lists the events of a sequence in order, each with the fields it must match', () => {
    const condition: Condition = {
      form: 'sequence',
      sequence: [{ type: 'TALKS_OPENED' }, { type: 'CROSSING_CLOSED', crossing: 'Rafah', by: 'israel' }, { type: 'PROPOSAL_TABLED', terms: { pauseDays: 4 } }],
    };

    expect(conditionInWords(condition)).toBe('These 3 events, in this order: TALKS_OPENED, CROSSING_CLOSED (crossing: Rafah, by: israel), PROPOSAL_TABLED (terms: {"pauseDays":4})');
    expect(patternInWords({ type: 'TALKS_OPENED' })).toBe('TALKS_OPENED');
  });
});

describe('constraints in words', () => {
  it('says nothing but the check every exercise has when there are no constraints', () => {
    expect(constraintsInWords({}, PARTIES)).toEqual(['Every step is accepted by the model, or refused as you predicted, and every expect: you wrote holds']);
  });

  it('lists every constraint in the order they are graded, each with its weight when it is not 1', () => {
    const words = constraintsInWords(
      {
        maxSteps: 3,
        events: ['PROPOSAL_TABLED', 'PROPOSAL_ACCEPTED'],
        mustAccept: ['israel', 'hamas'],
        dates: { from: '2023-11-22', to: '2023-11-30' },
        cite: true,
        allowPaths: false,
        weights: { maxSteps: 2, events: 0, mustAccept: 3, dates: 2, cite: 0, asExpected: 4 },
      },
      PARTIES,
    );

    expect(words).toEqual([
      'At most 3 steps (counts 2×)',
      'Only these events: PROPOSAL_TABLED, PROPOSAL_ACCEPTED (counts for no marks)',
      'Israel and Hamas each accept the proposal on the table at the end (a proposal a party tables itself does not count) (counts 3×)',
      'Every step is dated from 2023-11-22 to 2023-11-30 (counts 2×)',
      'Every step names its source (source: <id>), or is marked inferred: true with a note saying why (counts for no marks)',
      'Your own path: truce paths may not be used for this exercise (a solution that is the path it prints earns no marks)',
      'Every step is accepted by the model, or refused as you predicted, and every expect: you wrote holds (counts 4×)',
    ]);
  });

  it('counts steps in the singular for one, and names the shortest path when that is the limit', () => {
    expect([...constraintsInWords({ maxSteps: 1 }, PARTIES), ...constraintsInWords({ maxSteps: 'shortest' }, PARTIES)]).toEqual([
      'At most 1 step',
      'Every step is accepted by the model, or refused as you predicted, and every expect: you wrote holds',
      'As few steps as the shortest path to the goal (the checker works it out)',
      'Every step is accepted by the model, or refused as you predicted, and every expect: you wrote holds',
    ]);
  });

  it('says that one party accepts, and words a single day, a first day and a last day', () => {
    const words = [
      ...constraintsInWords({ mustAccept: ['hamas'], dates: { from: '2023-11-24', to: '2023-11-24' } }, PARTIES),
      ...constraintsInWords({ dates: { from: '2023-11-24' } }, PARTIES),
      ...constraintsInWords({ dates: { to: '2023-11-30' }, cite: false, allowPaths: true }, PARTIES),
    ];

    expect(words).toEqual([
      'Hamas accepts the proposal on the table at the end (a proposal a party tables itself does not count)',
      'Every step is dated 2023-11-24',
      'Every step is accepted by the model, or refused as you predicted, and every expect: you wrote holds',
      'Every step is dated 2023-11-24 or later',
      'Every step is accepted by the model, or refused as you predicted, and every expect: you wrote holds',
      'Every step is dated 2023-11-30 or earlier',
      'Every step is accepted by the model, or refused as you predicted, and every expect: you wrote holds',
    ]);
  });
});

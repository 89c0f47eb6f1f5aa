import { describe, expect, it } from 'vitest';
import { sendEvent, type OperationsState } from '../../src/model/index.js';
import {
  agreedCeasefireDeal,
  agreedPauseDeal,
  arrange,
  ceasefireTruce,
  contextOf,
  hostile,
  pausedTruce,
  refusalOf,
  startTruce,
  valueOf,
} from './helpers.js';

describe('pausing operations for a release', () => {
  it('pauses operations under an agreed deal that gives pause days', () => {
    const actor = startTruce();
    arrange(actor, ...agreedPauseDeal);

    const outcome = sendEvent(actor, { type: 'OPERATION_PAUSED', by: 'israel', date: '2023-11-24' });

    expect(outcome.accepted).toBe(true);
    expect(valueOf(actor).operations).toBe('pausedForRelease');
    expect(contextOf(actor).pause).toEqual({ daysAgreed: 4, daysUsed: 0, since: '2023-11-24', underProposal: 1 });
  });

  it('refuses a pause when no proposal has been tabled', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'OPERATION_PAUSED', by: 'israel' }));

    expect(refusal.code).toBe('NO_AGREED_DEAL');
    expect(refusal.message).toContain('there is no deal');
  });

  it('refuses a pause before both sides accept, naming the side still to accept', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: { pauseDays: 4 } });

    const refusal = refusalOf(sendEvent(actor, { type: 'OPERATION_PAUSED', by: 'israel' }));

    expect(refusal.code).toBe('NO_AGREED_DEAL');
    expect(refusal.message).toContain('Hamas has not accepted');
    expect(valueOf(actor).operations).toBe('active');
  });

  it.each([
    ['no pauseDays', { ceasefireDays: 42 }],
    ['pauseDays of 0', { pauseDays: 0 }],
  ])('refuses a pause under an agreed deal with %s', (_case, terms) => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms }, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' });

    const refusal = refusalOf(sendEvent(actor, { type: 'OPERATION_PAUSED', by: 'hamas' }));

    expect(refusal.code).toBe('DEAL_HAS_NO_PAUSE');
    expect(refusal.message).toContain('pauseDays');
  });

  it('refuses a pause announced by a mediator', () => {
    const actor = startTruce();
    arrange(actor, ...agreedPauseDeal);

    const refusal = refusalOf(sendEvent(actor, { type: 'OPERATION_PAUSED', by: 'qatar' }));

    expect(refusal.code).toBe('NOT_A_PRINCIPAL');
    expect(refusal.message).toContain('Qatar');
  });

  it('refuses a pause announced by a party not in the talks', () => {
    const actor = startTruce();
    arrange(actor, ...agreedPauseDeal);

    const refusal = refusalOf(sendEvent(actor, { type: 'OPERATION_PAUSED', by: 'un' }));

    expect(refusal.code).toBe('UNKNOWN_PARTY');
    expect(refusal.message).toContain('"un"');
  });

  it('refuses a second pause under the same deal, pointing to PAUSE_EXTENDED', () => {
    const actor = pausedTruce();
    arrange(actor, { type: 'OPERATION_RESUMED', by: 'israel' });

    const refusal = refusalOf(sendEvent(actor, { type: 'OPERATION_PAUSED', by: 'israel' }));

    expect(refusal.code).toBe('PAUSE_ALREADY_USED');
    expect(refusal.message).toContain('PAUSE_EXTENDED');
    expect(valueOf(actor).operations).toBe('resumed');
  });

  it('pauses again from resumed under a new agreed deal, adding its days', () => {
    const actor = pausedTruce();
    arrange(
      actor,
      { type: 'OPERATION_RESUMED', by: 'israel' },
      { type: 'COUNTER_PROPOSAL', by: 'hamas', terms: { pauseDays: 3 } },
      { type: 'PROPOSAL_ACCEPTED', by: 'israel' },
    );

    const outcome = sendEvent(actor, { type: 'OPERATION_PAUSED', by: 'hamas' });

    expect(outcome.accepted).toBe(true);
    expect(valueOf(actor).operations).toBe('pausedForRelease');
    expect(contextOf(actor).pause).toMatchObject({ daysAgreed: 7, underProposal: 2 });
  });

  it('refuses a pause while operations are already paused, pointing to PAUSE_EXTENDED', () => {
    const actor = pausedTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'OPERATION_PAUSED', by: 'israel' }));

    expect(refusal.code).toBe('ALREADY_PAUSED');
    expect(refusal.message).toContain('PAUSE_EXTENDED');
  });

  it('refuses a pause during a ceasefire', () => {
    const actor = ceasefireTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'OPERATION_PAUSED', by: 'israel' }));

    expect(refusal.code).toBe('ALREADY_IN_CEASEFIRE');
    expect(refusal.message).toContain('ceasefire is already in force');
  });
});

describe('extending a pause', () => {
  it('adds the extension to the days agreed and stays paused', () => {
    const actor = pausedTruce();

    const outcome = sendEvent(actor, { type: 'PAUSE_EXTENDED', days: 2, date: '2023-11-27' });

    expect(outcome.accepted).toBe(true);
    expect(contextOf(actor).pause).toMatchObject({ daysAgreed: 6, since: '2023-11-24' });
    expect(valueOf(actor).operations).toBe('pausedForRelease');
  });

  it.each<[OperationsState, string]>([
    ['active', 'active'],
    ['resumed', 'resumed'],
    ['ceasefire', 'in a ceasefire'],
  ])('refuses an extension while operations are %s, saying they are %s', (operations, words) => {
    const actor = startTruce({ state: { operations } });

    const refusal = refusalOf(sendEvent(actor, { type: 'PAUSE_EXTENDED', days: 1 }));

    expect(refusal.code).toBe('NOT_PAUSED');
    expect(refusal.message).toContain(`operations are ${words}, not paused for release`);
  });

  it.each([0, -2, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2'])('refuses an extension by %s days', (days) => {
    const actor = pausedTruce();

    const refusal = refusalOf(sendEvent(actor, hostile({ type: 'PAUSE_EXTENDED', days })));

    expect(refusal.code).toBe('INVALID_COUNT');
    expect(refusal.message).toContain(`not ${String(days)}`);
    expect(contextOf(actor).pause.daysAgreed).toBe(4);
  });
});

describe('resuming operations', () => {
  it('counts the days a pause ran from the event dates when operations resume', () => {
    const actor = pausedTruce('2023-11-24');

    const outcome = sendEvent(actor, { type: 'OPERATION_RESUMED', by: 'israel', date: '2023-12-01' });

    expect(outcome.accepted).toBe(true);
    expect(valueOf(actor).operations).toBe('resumed');
    expect(contextOf(actor).pause).toEqual({ daysAgreed: 4, daysUsed: 7, since: null, underProposal: 1 });
  });

  it('adds up the days of successive pauses', () => {
    const actor = pausedTruce('2023-11-24');
    arrange(
      actor,
      { type: 'OPERATION_RESUMED', by: 'israel', date: '2023-12-01' },
      { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { pauseDays: 3 } },
      { type: 'PROPOSAL_ACCEPTED', by: 'israel' },
      { type: 'PROPOSAL_ACCEPTED', by: 'hamas' },
      { type: 'OPERATION_PAUSED', by: 'hamas', date: '2024-03-01' },
    );

    sendEvent(actor, { type: 'OPERATION_RESUMED', by: 'hamas', date: '2024-03-04' });

    expect(contextOf(actor).pause.daysUsed).toBe(10);
  });

  it('counts no days when the pause began undated', () => {
    const actor = startTruce();
    arrange(actor, ...agreedPauseDeal, { type: 'OPERATION_PAUSED', by: 'israel' });

    sendEvent(actor, { type: 'OPERATION_RESUMED', by: 'israel', date: '2023-12-01' });

    expect(contextOf(actor).pause.daysUsed).toBe(0);
  });

  it('counts no days when operations resume undated in a run that has no date: the day they resumed is not known', () => {
    const input = { agreement: { terms: { pauseDays: 4 }, since: '2023-11-24' } };
    const actor = startTruce({ input, state: { operations: 'pausedForRelease' } });

    arrange(actor, { type: 'OPERATION_RESUMED', by: 'israel' });

    expect(contextOf(actor).pause).toEqual({ daysAgreed: 4, daysUsed: 0, since: null, underProposal: null });
  });

  it('counts no days when operations resume on a date before the pause', () => {
    const actor = pausedTruce('2023-11-24');

    sendEvent(actor, { type: 'OPERATION_RESUMED', by: 'israel', date: '2023-11-20' });

    expect(contextOf(actor).pause.daysUsed).toBe(0);
  });

  // Regression: a resumption dated "soon" once made daysUsed NaN.
  it('counts no days when operations resume on a date that is not a real day', () => {
    const actor = pausedTruce('2023-11-24');

    sendEvent(actor, hostile({ type: 'OPERATION_RESUMED', by: 'israel', date: 'soon' }));

    expect(contextOf(actor).pause.daysUsed).toBe(0);
  });

  it('resumes after a ceasefire and clears when it began', () => {
    const actor = ceasefireTruce('2025-01-19');

    const outcome = sendEvent(actor, { type: 'OPERATION_RESUMED', by: 'israel', date: '2025-03-18' });

    expect(outcome.accepted).toBe(true);
    expect(valueOf(actor).operations).toBe('resumed');
    expect(contextOf(actor).ceasefireSince).toBeNull();
  });

  it.each<OperationsState>(['active', 'resumed'])('refuses to resume operations that are %s', (operations) => {
    const actor = startTruce({ state: { operations } });

    const refusal = refusalOf(sendEvent(actor, { type: 'OPERATION_RESUMED', by: 'israel' }));

    expect(refusal.code).toBe('NOTHING_TO_RESUME');
    expect(refusal.message).toContain(`operations are ${operations}`);
  });

  it('refuses a resumption announced by a mediator', () => {
    const actor = pausedTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'OPERATION_RESUMED', by: 'egypt' }));

    expect(refusal.code).toBe('NOT_A_PRINCIPAL');
    expect(refusal.message).toContain('Egypt');
  });

  it('refuses a resumption announced by a party not in the talks', () => {
    const actor = ceasefireTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'OPERATION_RESUMED', by: 'idf' }));

    expect(refusal.code).toBe('UNKNOWN_PARTY');
    expect(refusal.message).toContain('"idf"');
  });
});

describe('beginning a ceasefire', () => {
  it('begins a ceasefire under an agreed deal with ceasefire days', () => {
    const actor = startTruce();
    arrange(actor, ...agreedCeasefireDeal);

    const outcome = sendEvent(actor, { type: 'CEASEFIRE_BEGAN', by: 'hamas', date: '2025-01-19' });

    expect(outcome.accepted).toBe(true);
    expect(valueOf(actor).operations).toBe('ceasefire');
    expect(contextOf(actor).ceasefireSince).toBe('2025-01-19');
  });

  it('marks operations quiet under a ceasefire while it runs, and no longer once they resume', () => {
    const actor = ceasefireTruce('2025-01-19');
    expect(contextOf(actor).quiet).toBe('ceasefire');

    arrange(actor, { type: 'OPERATION_RESUMED', by: 'israel', date: '2025-03-18' });

    expect(contextOf(actor).quiet).toBeNull();
  });

  it('begins a ceasefire under an agreed deal that ends the war, announced by no one in particular', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'hamas', terms: { lastingCeasefire: true } }, { type: 'PROPOSAL_ACCEPTED', by: 'israel' });

    const outcome = sendEvent(actor, { type: 'CEASEFIRE_BEGAN' });

    expect(outcome.accepted).toBe(true);
    expect(valueOf(actor).operations).toBe('ceasefire');
  });

  it('refuses a ceasefire under an agreed deal with neither ceasefire days nor a lasting ceasefire', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'hamas', terms: { lastingCeasefire: false, ceasefireDays: 0 } }, { type: 'PROPOSAL_ACCEPTED', by: 'israel' });

    const refusal = refusalOf(sendEvent(actor, { type: 'CEASEFIRE_BEGAN', by: 'israel' }));

    expect(refusal.code).toBe('DEAL_HAS_NO_CEASEFIRE');
    expect(refusal.message).toContain('ceasefireDays');
    expect(refusal.message).toContain('lastingCeasefire');
  });

  it('refuses a ceasefire before every principal accepts', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'hamas', terms: { ceasefireDays: 42 } });

    const refusal = refusalOf(sendEvent(actor, { type: 'CEASEFIRE_BEGAN', by: 'hamas' }));

    expect(refusal.code).toBe('NO_AGREED_DEAL');
    expect(refusal.message).toContain('Israel has not accepted');
  });

  it('refuses a ceasefire announced by a party not in the talks', () => {
    const actor = startTruce();
    arrange(actor, ...agreedCeasefireDeal);

    const refusal = refusalOf(sendEvent(actor, { type: 'CEASEFIRE_BEGAN', by: 'france' }));

    expect(refusal.code).toBe('UNKNOWN_PARTY');
    expect(refusal.message).toContain('"france"');
  });

  it('ends a running pause when a ceasefire begins, counting the days it ran', () => {
    const actor = startTruce();
    arrange(
      actor,
      { type: 'PROPOSAL_TABLED', by: 'israel', terms: { pauseDays: 4, ceasefireDays: 42 } },
      { type: 'PROPOSAL_ACCEPTED', by: 'hamas' },
      { type: 'OPERATION_PAUSED', by: 'israel', date: '2023-11-24' },
    );

    // Within the pause's 4 days (its end day is 28 November): the deal is still in force.
    const outcome = sendEvent(actor, { type: 'CEASEFIRE_BEGAN', by: 'israel', date: '2023-11-27' });

    expect(outcome.accepted).toBe(true);
    expect(valueOf(actor).operations).toBe('ceasefire');
    expect(contextOf(actor).pause).toMatchObject({ daysUsed: 3, since: null });
    expect(contextOf(actor).ceasefireSince).toBe('2023-11-27');
  });

  it('refuses a ceasefire from a pause whose deal gives none', () => {
    const actor = pausedTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'CEASEFIRE_BEGAN', by: 'israel' }));

    expect(refusal.code).toBe('DEAL_HAS_NO_CEASEFIRE');
    expect(valueOf(actor).operations).toBe('pausedForRelease');
  });

  it('begins a ceasefire after operations resumed', () => {
    const actor = pausedTruce();
    arrange(actor, { type: 'OPERATION_RESUMED', by: 'israel' }, ...agreedCeasefireDeal);

    sendEvent(actor, { type: 'CEASEFIRE_BEGAN', by: 'israel' });

    expect(valueOf(actor).operations).toBe('ceasefire');
  });

  it('refuses a second ceasefire while one is in force', () => {
    const actor = ceasefireTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'CEASEFIRE_BEGAN', by: 'israel' }));

    expect(refusal.code).toBe('ALREADY_IN_CEASEFIRE');
  });
});

describe('launching operations', () => {
  it.each<OperationsState>(['active', 'resumed'])('counts an operation launched while operations are %s', (operations) => {
    const actor = startTruce({ state: { operations } });

    const outcome = sendEvent(actor, { type: 'OPERATION_LAUNCHED', by: 'israel', area: 'Rafah', date: '2024-05-06' });

    expect(outcome.accepted).toBe(true);
    expect(contextOf(actor).operationsLaunched).toBe(1);
    expect(valueOf(actor).operations).toBe(operations);
  });

  it('counts an operation with no area given', () => {
    const actor = startTruce();

    sendEvent(actor, { type: 'OPERATION_LAUNCHED', by: 'hamas' });

    expect(contextOf(actor).operationsLaunched).toBe(1);
  });

  it('refuses an operation during a pause, naming how to resume or report a violation', () => {
    const actor = pausedTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'OPERATION_LAUNCHED', by: 'israel', area: 'Khan Younis' }));

    expect(refusal.code).toBe('OPERATIONS_PAUSED');
    expect(refusal.message).toContain('paused for release');
    expect(refusal.message).toContain('OPERATION_RESUMED');
    expect(refusal.message).toContain('VIOLATION_REPORTED');
    expect(contextOf(actor).operationsLaunched).toBe(0);
  });

  it('refuses an operation during a ceasefire, naming how to resume or report a violation', () => {
    const actor = ceasefireTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'OPERATION_LAUNCHED', by: 'hamas' }));

    expect(refusal.code).toBe('OPERATIONS_PAUSED');
    expect(refusal.message).toContain('in a ceasefire');
    expect(refusal.message).toContain('OPERATION_RESUMED');
    expect(refusal.message).toContain('VIOLATION_REPORTED');
  });

  it('refuses an operation launched by a mediator', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'OPERATION_LAUNCHED', by: 'usa' }));

    expect(refusal.code).toBe('NOT_A_PRINCIPAL');
    expect(refusal.message).toContain('United States is a mediator');
  });

  it('refuses an operation launched by a party not in the talks', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'OPERATION_LAUNCHED', by: 'iran' }));

    expect(refusal.code).toBe('UNKNOWN_PARTY');
    expect(refusal.message).toContain('"iran"');
  });
});

describe('reporting violations', () => {
  it.each<OperationsState>(['active', 'pausedForRelease', 'ceasefire', 'resumed'])(
    'records a violation while operations are %s and changes no state',
    (operations) => {
      const actor = startTruce({ state: { operations, talks: 'accepted' } });
      const before = valueOf(actor);

      const outcome = sendEvent(actor, { type: 'VIOLATION_REPORTED', by: 'hamas', text: 'rockets fired', date: '2023-11-26' });

      expect(outcome.accepted).toBe(true);
      expect(valueOf(actor)).toEqual(before);
      expect(contextOf(actor).violationsReported).toBe(1);
    },
  );

  it.each(['', '   ', undefined])('refuses a violation report with text %j', (text) => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, hostile({ type: 'VIOLATION_REPORTED', by: 'israel', text })));

    expect(refusal.code).toBe('MISSING_TEXT');
    expect(contextOf(actor).violationsReported).toBe(0);
  });

  it('refuses a violation by a party not in the talks', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'VIOLATION_REPORTED', by: 'settlers', text: 'raid' }));

    expect(refusal.code).toBe('UNKNOWN_PARTY');
    expect(refusal.message).toContain('"settlers"');
  });
});

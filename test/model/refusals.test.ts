import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES, explainRefusal, sendEvent, type TruceEvent } from '../../src/model/index.js';
import { PARTY_LIST, arrange, contextOf, hostile, pausedTruce, refusalOf, startTruce } from './helpers.js';

describe('events the statechart does not know', () => {
  it.each(['TRUCE_SIGNED', 'proposal_tabled', '', 'toString', '__proto__'])('refuses an event of type %j, naming it', (type) => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, hostile({ type, by: 'israel' })));

    expect(refusal.code).toBe('UNKNOWN_EVENT');
    expect(refusal.message).toContain(`"${type}" is not an event`);
  });

  it('explains an event with no type as unknown', () => {
    const actor = startTruce();

    const refusal = explainRefusal(actor.getSnapshot(), hostile({ by: 'israel' }));

    expect(refusal?.code).toBe('UNKNOWN_EVENT');
    expect(refusal?.message).toContain('no type');
  });

  // XState would crash the actor on an event without a type, and stop it on `xstate.stop`:
  // sendEvent refuses them without passing them on, so the actor keeps running.
  it.each([{ by: 'israel' }, { type: 'xstate.stop' }, { type: 'xstate.error.actor.x', error: 1 }])(
    'refuses %j without stopping or breaking the actor',
    (event) => {
      const actor = startTruce();
      const before = actor.getSnapshot();

      const outcome = sendEvent(actor, hostile(event));

      expect(outcome.accepted).toBe(false);
      expect(outcome.snapshot).toBe(before);
      expect(actor.getSnapshot().status).toBe('active');
      expect(sendEvent(actor, { type: 'TALKS_OPENED' }).accepted).toBe(true);
    },
  );
});

describe('who may send an event', () => {
  it.each([null, 7, '', 'ISRAEL', '<script>alert(1)</script>'])('refuses a sender %j that is not a party, listing the parties', (by) => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, hostile({ type: 'STATEMENT', by, text: 'hello' })));

    expect(refusal.code).toBe('UNKNOWN_PARTY');
    expect(refusal.message).toContain(`"${String(by)}" is not a party`);
    expect(refusal.message).toContain(`the parties are ${PARTY_LIST}`);
  });

  it.each<TruceEvent>([
    { type: 'OPERATION_LAUNCHED', by: 'qatar' },
    { type: 'HOSTAGES_RELEASED', by: 'qatar', count: 1 },
    { type: 'PRISONERS_RELEASED', by: 'qatar', count: 1 },
  ])('refuses $type from a mediator, naming the principals', (event) => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, event));

    expect(refusal.code).toBe('NOT_A_PRINCIPAL');
    expect(refusal.message).toBe('Qatar is a mediator: only the principal parties (Israel, Hamas) can do this');
  });

  it.each<TruceEvent>([
    { type: 'VIOLATION_REPORTED', by: 'qatar', text: 'shelling reported' },
    { type: 'POSITION_STATED', by: 'egypt', text: 'Rafah is a red line' },
    { type: 'PROPOSAL_TABLED', by: 'usa', terms: { pauseDays: 6 } },
    { type: 'AID_DELIVERED', by: 'egypt', trucks: 100 },
  ])('lets a mediator send $type', (event) => {
    const actor = startTruce();

    expect(sendEvent(actor, event).accepted).toBe(true);
  });

  it('refuses a crossing closed by a mediator, and takes one closed by a principal or by no party named', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'CROSSING_CLOSED', by: 'egypt', crossing: 'rafah' }));

    expect(refusal).toEqual({ code: 'NOT_A_PRINCIPAL', message: 'Egypt is a mediator: only the principal parties (Israel, Hamas) close or open a crossing' });
    expect(sendEvent(actor, { type: 'CROSSING_CLOSED', by: 'israel', crossing: 'rafah' }).accepted).toBe(true);
    expect(sendEvent(actor, { type: 'CROSSING_CLOSED', crossing: 'kerem-shalom' }).accepted).toBe(true);
  });

  it('refuses a crossing opened by a mediator, even acting with a principal', () => {
    const actor = startTruce();
    arrange(actor, { type: 'CROSSING_CLOSED', crossing: 'rafah' });

    const refusal = refusalOf(sendEvent(actor, { type: 'CROSSING_OPENED', by: ['israel', 'qatar'], crossing: 'rafah' }));

    expect(refusal).toEqual({ code: 'NOT_A_PRINCIPAL', message: 'Qatar is a mediator: only the principal parties (Israel, Hamas) close or open a crossing' });
    expect(contextOf(actor).crossings).toEqual({ rafah: 'closed' });
  });
});

describe('a refused event', () => {
  // A truce with something in every part of the record, so a change would show.
  function busyTruce() {
    const actor = pausedTruce();
    arrange(
      actor,
      { type: 'CROSSING_CLOSED', crossing: 'rafah' },
      { type: 'POSITION_STATED', by: 'hamas', text: 'all for all' },
      { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 3 },
      { type: 'TALKS_OPENED', where: 'Doha', date: '2023-11-25' },
    );
    return actor;
  }

  it.each([
    hostile({ type: 'NOT_AN_EVENT' }),
    hostile({ type: 'STATEMENT', by: 'nobody', text: 'x' }),
    { type: 'OPERATION_LAUNCHED', by: 'israel', date: '2023-11-26' },
    { type: 'OPERATION_PAUSED', by: 'israel' },
    { type: 'PROPOSAL_REJECTED', by: 'israel' },
    hostile({ type: 'TALKS_STALLED', reason: ' ' }),
    { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 999, date: '2023-11-26' },
    { type: 'PHASE_BEGAN', phase: 2 },
    { type: 'TIME_PASSED', date: '2023-11-01' },
    hostile({ type: 'HOSTAGE_COUNT_REVISED', held: 2, deceased: 3 }),
    hostile({ type: 'PAUSE_EXTENDED', days: -1 }),
    { type: 'CROSSING_CLOSED', crossing: 'rafah' },
    { type: 'CROSSING_OPENED', crossing: 'erez' },
    hostile({ type: 'CASUALTIES_REPORTED', toll: Number.NaN }),
  ] as TruceEvent[])('$type (refused) leaves the snapshot the same object, its value and context unchanged', (event) => {
    const actor = busyTruce();
    const before = actor.getSnapshot();
    const copy = structuredClone({ value: before.value, context: before.context });

    const outcome = sendEvent(actor, event);

    expect(outcome.accepted).toBe(false);
    expect(outcome.snapshot).toBe(before);
    expect(actor.getSnapshot()).toBe(before);
    expect({ value: outcome.snapshot.value, context: outcome.snapshot.context }).toEqual(copy);
  });

  it('gives a code from the list of refusal codes and a message', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'OPERATION_RESUMED', by: 'israel' }));

    expect(REFUSAL_CODES).toContain(refusal.code);
    expect(refusal.message.length).toBeGreaterThan(0);
  });
});

describe('explaining refusals', () => {
  it('has nothing to explain for an event the machine would take', () => {
    const actor = startTruce();

    expect(explainRefusal(actor.getSnapshot(), { type: 'TALKS_OPENED' })).toBeNull();
  });

  it('has nothing to explain when one of the event’s transitions is taken though another is not: talks reopened with no proposal on the table', () => {
    const actor = startTruce();
    arrange(actor, { type: 'TALKS_STALLED' });

    expect(explainRefusal(actor.getSnapshot(), { type: 'TALKS_OPENED' })).toBeNull();
    expect(sendEvent(actor, { type: 'TALKS_OPENED' }).snapshot.value.talks).toBe('idle');
  });

  it('reports the first failing guard of a transition, in the order the guards are checked', () => {
    const actor = startTruce();

    // Unknown sender and invalid terms: senderIsKnown is checked before termsAreValid.
    const refusal = explainRefusal(actor.getSnapshot(), hostile({ type: 'PROPOSAL_TABLED', by: 'nobody', terms: { pauseDays: -1 } }));

    expect(refusal?.code).toBe('UNKNOWN_PARTY');
  });
});

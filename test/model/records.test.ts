import { describe, expect, it } from 'vitest';
import { sendEvent } from '../../src/model/index.js';
import { arrange, contextOf, hostile, refusalOf, startTruce, valueOf } from './helpers.js';

describe('positions and statements', () => {
  it("keeps each party's last stated position, with its date", () => {
    const actor = startTruce();
    arrange(actor, { type: 'POSITION_STATED', by: 'israel', text: 'no end to the war', date: '2024-05-01' });
    arrange(actor, { type: 'POSITION_STATED', by: 'hamas', text: 'a permanent ceasefire', date: '2024-05-02' });

    sendEvent(actor, { type: 'POSITION_STATED', by: 'israel', text: 'Rafah operation will go ahead', date: '2024-05-03' });

    expect(contextOf(actor).positions).toEqual({
      israel: { text: 'Rafah operation will go ahead', date: '2024-05-03' },
      hamas: { text: 'a permanent ceasefire', date: '2024-05-02' },
    });
  });

  it("keeps each party's last statement apart from its position", () => {
    const actor = startTruce();
    arrange(actor, { type: 'POSITION_STATED', by: 'qatar', text: 'talks continue' });

    sendEvent(actor, { type: 'STATEMENT', by: 'qatar', text: 'we are reassessing our role' });

    expect(contextOf(actor).statements).toEqual({ qatar: { text: 'we are reassessing our role', date: null } });
    expect(contextOf(actor).positions).toEqual({ qatar: { text: 'talks continue', date: null } });
  });

  it('records text as given, markup included', () => {
    const actor = startTruce();

    sendEvent(actor, { type: 'STATEMENT', by: 'usa', text: '<script>alert(1)</script>' });

    expect(contextOf(actor).statements.usa?.text).toBe('<script>alert(1)</script>');
  });

  it.each([
    ['POSITION_STATED', ''],
    ['POSITION_STATED', '\n\t'],
    ['STATEMENT', undefined],
    ['STATEMENT', 42],
  ])('refuses a %s with text %j', (type, text) => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, hostile({ type, by: 'hamas', text })));

    expect(refusal.code).toBe('MISSING_TEXT');
    expect(refusal.message).toContain('needs a text');
  });

  it.each(['POSITION_STATED', 'STATEMENT'])('refuses a %s by a party not in the talks', (type) => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, hostile({ type, by: 'jordan', text: 'hello' })));

    expect(refusal.code).toBe('UNKNOWN_PARTY');
    expect(refusal.message).toContain('"jordan"');
  });
});

describe('casualty figures', () => {
  it('records a death toll with its source and date', () => {
    const actor = startTruce();

    const outcome = sendEvent(actor, { type: 'CASUALTIES_REPORTED', toll: 34735, source: 'Gaza health ministry', date: '2024-05-06' });

    expect(outcome.accepted).toBe(true);
    expect(contextOf(actor).deathToll).toEqual({ count: 34735, source: 'Gaza health ministry', date: '2024-05-06' });
  });

  it('replaces the previous figure and records no source when none is given', () => {
    const actor = startTruce({ input: { deathToll: { count: 100, source: 'UN OCHA' } } });

    sendEvent(actor, { type: 'CASUALTIES_REPORTED', toll: 0 });

    expect(contextOf(actor).deathToll).toEqual({ count: 0, source: null, date: null });
  });

  it.each([-1, 1.5, Number.NaN, '34735', undefined])('refuses a death toll of %s', (toll) => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, hostile({ type: 'CASUALTIES_REPORTED', toll })));

    expect(refusal.code).toBe('INVALID_COUNT');
    expect(refusal.message).toContain(`not ${String(toll)}`);
    expect(contextOf(actor).deathToll).toBeNull();
  });
});

describe('the date of the record', () => {
  it("moves to each accepted event's date", () => {
    const actor = startTruce({ input: { date: '2023-10-07' } });
    arrange(actor, { type: 'TALKS_OPENED', where: 'Doha', date: '2023-11-15' });

    sendEvent(actor, { type: 'STATEMENT', by: 'qatar', text: 'close to a deal', date: '2023-11-21' });

    expect(contextOf(actor).date).toBe('2023-11-21');
  });

  it('stays put when an accepted event has no date', () => {
    const actor = startTruce({ input: { date: '2023-10-07' } });

    sendEvent(actor, { type: 'TALKS_OPENED' });

    expect(contextOf(actor).date).toBe('2023-10-07');
  });

  it.each(['2024-02-30', 'soon', '', 20231124])('stays put when an accepted event is dated %j, which is not a real day', (date) => {
    const actor = startTruce({ input: { date: '2023-10-07' } });

    const outcome = sendEvent(actor, hostile({ type: 'TALKS_OPENED', date }));

    expect(outcome.accepted).toBe(true);
    expect(contextOf(actor).date).toBe('2023-10-07');
  });

  it('does not move on a refused event', () => {
    const actor = startTruce({ input: { date: '2023-10-07' } });

    const outcome = sendEvent(actor, { type: 'PROPOSAL_ACCEPTED', by: 'hamas', date: '2023-11-22' });

    expect(outcome.accepted).toBe(false);
    expect(contextOf(actor).date).toBe('2023-10-07');
  });

  it('moves when an event changes a state through an eventless transition', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: { pauseDays: 4 }, date: '2023-11-21' });

    sendEvent(actor, { type: 'PROPOSAL_ACCEPTED', by: 'hamas', date: '2023-11-22' });

    expect(valueOf(actor).talks).toBe('accepted');
    expect(contextOf(actor).date).toBe('2023-11-22');
  });
});

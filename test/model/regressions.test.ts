/** Bugs found by the property and unit tests, kept as named cases so they stay fixed. */
import { describe, expect, it } from 'vitest';
import { sendEvent, startingSnapshot } from '../../src/model/index.js';
import { arrange, hostile, inputWith, refusalOf, startTruce } from './helpers.js';

describe('regressions', () => {
  it.each([
    { type: 'PROPOSAL_TABLED', terms: {} },
    { type: 'STATEMENT', text: 'said' },
    { type: 'POSITION_STATED', text: 'a position' },
    { type: 'VIOLATION_REPORTED', text: 'a violation' },
    { type: 'HOSTAGES_RELEASED', count: 1 },
  ])('refuses %j: an event that needs a sender must name one', (event) => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, hostile(event)));

    expect(refusal.code).toBe('UNKNOWN_PARTY');
    expect(refusal.message).toContain('must say which party');
  });

  it('still takes a crossing closure or a ceasefire that names no sender', () => {
    const actor = startTruce();

    expect(sendEvent(actor, { type: 'CROSSING_CLOSED', crossing: 'Rafah' }).accepted).toBe(true);
  });

  it('refuses counts above a billion, so that totals stay exact', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'PRISONERS_RELEASED', by: 'israel', count: Number.MAX_SAFE_INTEGER }));

    expect(refusal.code).toBe('INVALID_COUNT');
    expect(actor.getSnapshot().context.prisonersReleased).toBe(0);
  });

  it('starts with access closed when a crossing starts closed', () => {
    const snapshot = startingSnapshot({ input: inputWith({ crossings: { Rafah: 'closed' } }) });

    expect(snapshot.value.access).toBe('closed');
  });

  it('refuses to start with access closed when no crossing is closed', () => {
    expect(() => startingSnapshot({ input: inputWith(), state: { access: 'closed' } })).toThrow(/no crossing is closed/);
  });

  it('opens access again once the crossing that started closed opens', () => {
    const actor = startTruce({ input: { crossings: { Rafah: 'closed' } } });

    arrange(actor, { type: 'CROSSING_OPENED', crossing: 'Rafah' });

    expect(actor.getSnapshot().value.access).toBe('open');
  });
});

describe('optional words on events', () => {
  it.each([
    { type: 'TALKS_OPENED', where: '' },
    { type: 'TALKS_STALLED', reason: '   ' },
    { type: 'OPERATION_LAUNCHED', by: 'israel', area: 42 },
    { type: 'CASUALTIES_REPORTED', toll: 3, source: ['a'] },
  ])('refuses %j: where, reason, area and source must be text when given', (event) => {
    const actor = startTruce();
    const before = actor.getSnapshot();

    const refusal = refusalOf(sendEvent(actor, hostile(event)));

    expect(refusal.code).toBe('MISSING_TEXT');
    expect(actor.getSnapshot()).toBe(before);
  });
});

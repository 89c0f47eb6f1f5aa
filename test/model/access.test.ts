import { describe, expect, it } from 'vitest';
import { sendEvent } from '../../src/model/index.js';
import { arrange, contextOf, hostile, refusalOf, startTruce, valueOf } from './helpers.js';

describe('closing crossings', () => {
  it('closes aid access when a crossing closes', () => {
    const actor = startTruce();

    const outcome = sendEvent(actor, { type: 'CROSSING_CLOSED', by: 'israel', crossing: 'rafah', date: '2024-05-07' });

    expect(outcome.accepted).toBe(true);
    expect(valueOf(actor).access).toBe('closed');
    expect(contextOf(actor).crossings).toEqual({ rafah: 'closed' });
  });

  it('closes a second crossing while access is already closed', () => {
    const actor = startTruce();
    arrange(actor, { type: 'CROSSING_CLOSED', crossing: 'rafah' });

    const outcome = sendEvent(actor, { type: 'CROSSING_CLOSED', crossing: 'kerem-shalom' });

    expect(outcome.accepted).toBe(true);
    expect(contextOf(actor).crossings).toEqual({ rafah: 'closed', 'kerem-shalom': 'closed' });
  });

  it('closes a crossing that was open at the start', () => {
    const actor = startTruce({ input: { crossings: { rafah: 'open', erez: 'open' } } });

    sendEvent(actor, { type: 'CROSSING_CLOSED', crossing: 'erez' });

    expect(contextOf(actor).crossings).toEqual({ rafah: 'open', erez: 'closed' });
    expect(valueOf(actor).access).toBe('closed');
  });

  it('refuses to close a crossing that is already closed, naming it', () => {
    const actor = startTruce();
    arrange(actor, { type: 'CROSSING_CLOSED', crossing: 'rafah' });

    const refusal = refusalOf(sendEvent(actor, { type: 'CROSSING_CLOSED', crossing: 'rafah' }));

    expect(refusal.code).toBe('CROSSING_ALREADY_CLOSED');
    expect(refusal.message).toContain('rafah crossing is already closed');
  });

  it.each(['', '  ', undefined, 7])('refuses to close a crossing named %j', (crossing) => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, hostile({ type: 'CROSSING_CLOSED', crossing })));

    expect(refusal.code).toBe('MISSING_TEXT');
    expect(refusal.message).toContain('name of the crossing');
    expect(valueOf(actor).access).toBe('open');
  });

  it('refuses a closure by a party not in the talks', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'CROSSING_CLOSED', by: 'cogat', crossing: 'rafah' }));

    expect(refusal.code).toBe('UNKNOWN_PARTY');
    expect(refusal.message).toContain('"cogat"');
  });
});

describe('opening crossings', () => {
  it('opens aid access when the last closed crossing opens', () => {
    const actor = startTruce();
    arrange(actor, { type: 'CROSSING_CLOSED', crossing: 'rafah' });

    const outcome = sendEvent(actor, { type: 'CROSSING_OPENED', by: 'israel', crossing: 'rafah' });

    expect(outcome.accepted).toBe(true);
    expect(valueOf(actor).access).toBe('open');
    expect(contextOf(actor).crossings).toEqual({ rafah: 'open' });
  });

  it('keeps aid access closed while another crossing is still closed', () => {
    const actor = startTruce();
    arrange(actor, { type: 'CROSSING_CLOSED', crossing: 'rafah' }, { type: 'CROSSING_CLOSED', crossing: 'kerem-shalom' });

    sendEvent(actor, { type: 'CROSSING_OPENED', crossing: 'kerem-shalom' });

    expect(valueOf(actor).access).toBe('closed');
    expect(contextOf(actor).crossings).toEqual({ rafah: 'closed', 'kerem-shalom': 'open' });
  });

  it('refuses to open a crossing that is not closed, listing those that are', () => {
    const actor = startTruce();
    arrange(actor, { type: 'CROSSING_CLOSED', crossing: 'rafah' });

    const refusal = refusalOf(sendEvent(actor, { type: 'CROSSING_OPENED', crossing: 'kerem-shalom' }));

    expect(refusal.code).toBe('CROSSING_NOT_CLOSED');
    expect(refusal.message).toContain('kerem-shalom crossing is not closed');
    expect(refusal.message).toContain('closed now: rafah');
  });

  it('refuses to open a crossing while aid access is open', () => {
    const actor = startTruce();

    const refusal = refusalOf(sendEvent(actor, { type: 'CROSSING_OPENED', crossing: 'rafah' }));

    expect(refusal.code).toBe('CROSSING_NOT_CLOSED');
    expect(refusal.message).toContain('no crossing is closed');
  });

  it('refuses to open a crossing without a name', () => {
    const actor = startTruce();
    arrange(actor, { type: 'CROSSING_CLOSED', crossing: 'rafah' });

    const refusal = refusalOf(sendEvent(actor, hostile({ type: 'CROSSING_OPENED', crossing: '' })));

    expect(refusal.code).toBe('MISSING_TEXT');
  });

  it('refuses an opening by a party not in the talks', () => {
    const actor = startTruce();
    arrange(actor, { type: 'CROSSING_CLOSED', crossing: 'rafah' });

    const refusal = refusalOf(sendEvent(actor, { type: 'CROSSING_OPENED', by: 'unrwa', crossing: 'rafah' }));

    expect(refusal.code).toBe('UNKNOWN_PARTY');
    expect(valueOf(actor).access).toBe('closed');
  });

  it('opens a crossing that was closed at the start, when the run starts with access closed', () => {
    const actor = startTruce({ input: { crossings: { rafah: 'closed', erez: 'open' } }, state: { access: 'closed' } });

    sendEvent(actor, { type: 'CROSSING_OPENED', crossing: 'rafah' });

    expect(valueOf(actor).access).toBe('open');
  });
});

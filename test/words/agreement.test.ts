/** The agreement in words: what the timeline's summary, play, the viewer and the handout say of the deal in force. */
import { describe, expect, it } from 'vitest';
import type { TruceEvent } from '../../src/model/index.js';
import { agreementInWords, factsInWords } from '../../src/words/index.js';
import { arrange, contextOf, startTruce } from '../model/helpers.js';

function after(...events: TruceEvent[]) {
  const actor = startTruce();
  arrange(actor, ...events);
  return contextOf(actor);
}

const november: TruceEvent[] = [
  { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { pauseDays: 4, hostages: 50, prisoners: 150 }, date: '2023-11-22' },
  { type: 'PROPOSAL_ACCEPTED', by: ['israel', 'hamas'], date: '2023-11-22' },
];

describe('agreementInWords', () => {
  it('says nothing before any deal', () => {
    expect(agreementInWords(after())).toBeUndefined();
  });

  it('says a deal whose days have not begun, and what it provides', () => {
    expect(agreementInWords(after(...november))).toBe(
      "Agreement: in force (proposal by Qatar: pause 4 days, 50 hostages, 150 prisoners) · its days have not begun (they run from the pause or ceasefire it provides) · 0 of 50 hostages freed or returned, 0 of 150 prisoners freed",
    );
  });

  it('gives the end day and the days left by the clock, and what is done against what is due, beyond it too', () => {
    const context = after(
      ...november,
      { type: 'OPERATION_PAUSED', by: 'israel', date: '2023-11-24' },
      { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 13, date: '2023-11-25' },
      { type: 'PRISONERS_RELEASED', by: 'israel', count: 160, date: '2023-11-26' },
    );

    expect(agreementInWords(context)).toBe(
      "Agreement: in force (proposal by Qatar: pause 4 days, 50 hostages, 150 prisoners) · days running since 24 November 2023; end day 28 November 2023 (2 days left) · 13 of 50 hostages freed or returned, 160 of 150 prisoners freed, 10 beyond the deal",
    );
  });

  it('says the phase, the next one still to be negotiated, and the aid agreed a day', () => {
    const context = after(
      { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { phases: [{ days: 42, hostages: 33 }, { toBeNegotiated: true }], aidTrucksPerDay: 600 }, date: '2025-01-15' },
      { type: 'PROPOSAL_ACCEPTED', by: ['israel', 'hamas'], date: '2025-01-18' },
      { type: 'CEASEFIRE_BEGAN', date: '2025-01-19' },
      { type: 'AID_DELIVERED', trucks: 630, date: '2025-01-19' },
    );

    expect(agreementInWords(context)).toContain('phase 1 of 2 (phase 2 still to be negotiated) · phase 1: 0 of 33 hostages freed or returned, 630 aid trucks (600 a day agreed)');
  });

  it('says a lapsed agreement ran out after its end day, and a broken one when operations resumed', () => {
    const lapsed = after(...november, { type: 'OPERATION_PAUSED', by: 'israel', date: '2023-11-24' }, { type: 'TIME_PASSED', date: '2023-11-30' });
    const broken = after(...november, { type: 'OPERATION_PAUSED', by: 'israel', date: '2023-11-24' }, { type: 'OPERATION_RESUMED', by: 'israel', date: '2023-11-26' });

    expect(agreementInWords(lapsed)).toBe('Agreement: lapsed after 28 November 2023 (its agreed days ran out)');
    expect(agreementInWords(broken)).toBe('Agreement: broken on 26 November 2023 (operations resumed, before its end day, 28 November 2023)');
  });

  it('says a lasting ceasefire has no end day, and names its guarantors', () => {
    const actor = startTruce({ input: { parties: [...contextOf(startTruce()).parties, { id: 'russia', name: 'Russia', role: 'guarantor' }] } });
    arrange(
      actor,
      { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { lastingCeasefire: true }, date: '2025-10-09' },
      { type: 'PROPOSAL_ACCEPTED', by: ['israel', 'hamas', 'russia'], date: '2025-10-09' },
      { type: 'CEASEFIRE_BEGAN', date: '2025-10-10' },
    );

    expect(agreementInWords(contextOf(actor))).toBe(
      "Agreement: in force (proposal by Qatar: lasting ceasefire) · days running since 10 October 2025, with no end day (a lasting ceasefire) · guaranteed by Russia",
    );
  });

  it('is one of the facts of a moment, after the hostages', () => {
    const facts = factsInWords(after(...november));

    expect(facts[1]).toMatch(/^Agreement: in force/);
  });
});

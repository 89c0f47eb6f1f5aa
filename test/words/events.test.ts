/**
 * Events in plain words: what the timeline, the viewer and the exercises show
 * a student for each step. Written after mutation testing showed that no test
 * read these sentences.
 */
import { describe, expect, it } from 'vitest';
import { describeEvent, describeTerms, proposalOf } from '../../src/words/index.js';
import { parties } from '../model/helpers.js';

describe('describeTerms', () => {
  it('names every term, in a fixed order, with singular and plural words', () => {
    expect(
      describeTerms({
        pauseDays: 4,
        ceasefireDays: 42,
        lastingCeasefire: true,
        phases: 3,
        hostages: 50,
        prisoners: 150,
        aidTrucksPerDay: 200,
        withdrawal: true,
      }),
    ).toBe('pause 4 days, ceasefire 42 days, lasting ceasefire, 3 phases, 50 hostages, 150 prisoners, 200 aid trucks a day, withdrawal');
  });

  it('says a list of phases by its first phase’s days and those still to be negotiated, and an amendment first', () => {
    expect(describeTerms({ phases: [{ days: 42 }, { toBeNegotiated: true }, { toBeNegotiated: true }] })).toBe('3 phases, phase 1: 42 days, phases 2 and 3 to be negotiated');
    expect(describeTerms({ phases: [{}, { toBeNegotiated: true }] })).toBe('2 phases, phase 2 to be negotiated');
    expect(describeTerms({ amends: true, ceasefireDays: 50 })).toBe('amends the agreement, ceasefire 50 days');
  });

  it('says the days of every phase that gives them', () => {
    expect(describeTerms({ phases: [{ days: 42 }, { days: 28 }, { toBeNegotiated: true }] })).toBe('3 phases, phase 1: 42 days, phase 2: 28 days, phase 3 to be negotiated');
  });

  it('says what an amendment agrees, phase by phase, not a number of phases the agreement does not have', () => {
    expect(describeTerms({ amends: true, phases: [{}, { days: 42 }] })).toBe('amends the agreement, phase 2: 42 days');
    expect(describeTerms({ amends: true, phases: [{}, { hostages: 24 }] })).toBe('amends the agreement, phase 2 agreed');
    expect(describeTerms({ amends: true, phases: [{}] })).toBe('amends the agreement');
  });

  it('says one of each in the singular', () => {
    expect(describeTerms({ pauseDays: 1, ceasefireDays: 1, phases: 1, hostages: 1, prisoners: 1 })).toBe(
      'pause 1 day, ceasefire 1 day, 1 phase, 1 hostage, 1 prisoner',
    );
  });

  it('says what a deal leaves out when a term says no', () => {
    expect(describeTerms({ lastingCeasefire: false, withdrawal: false })).toBe('no lasting ceasefire, no withdrawal');
  });

  it('quotes a withdrawal given in words', () => {
    expect(describeTerms({ withdrawal: 'from the Philadelphi corridor' })).toBe('withdrawal: from the Philadelphi corridor');
  });

  it('counts zero in the plural', () => {
    expect(describeTerms({ pauseDays: 0, hostages: 0 })).toBe('pause 0 days, 0 hostages');
  });

  it('is empty for terms that give nothing', () => {
    expect(describeTerms({})).toBe('');
  });
});

describe('describeEvent', () => {
  const say = (event: Parameters<typeof describeEvent>[0]) => describeEvent(event, parties);

  it('names parties by their name, not their id', () => {
    expect(say({ type: 'PROPOSAL_ACCEPTED', by: 'usa' })).toBe('United States accepts the proposal');
  });

  it('says "someone" when an event sent past the schema names no party', () => {
    expect(describeEvent({ type: 'PROPOSAL_ACCEPTED' } as unknown as Parameters<typeof describeEvent>[0], parties)).toBe('someone accepts the proposal');
  });

  it('names a party the scenario does not know by its id', () => {
    expect(say({ type: 'PROPOSAL_ACCEPTED', by: 'hezbollah' })).toBe('hezbollah accepts the proposal');
  });

  it('says where a round of talks opens, when it is known', () => {
    expect(say({ type: 'TALKS_OPENED', where: 'Cairo' })).toBe('A round of talks opens in Cairo');
    expect(say({ type: 'TALKS_OPENED' })).toBe('A round of talks opens');
  });

  it('tells a proposal from a counter-proposal and gives its terms', () => {
    expect(say({ type: 'PROPOSAL_TABLED', by: 'qatar', terms: { pauseDays: 4 } })).toBe('Qatar puts forward a proposal (pause 4 days)');
    expect(say({ type: 'COUNTER_PROPOSAL', by: 'hamas', terms: { hostages: 33 } })).toBe('Hamas puts forward a counter-proposal (33 hostages)');
  });

  it('leaves out the brackets for a proposal without terms', () => {
    expect(say({ type: 'PROPOSAL_TABLED', by: 'egypt', terms: {} })).toBe('Egypt puts forward a proposal');
  });

  it('gives the reason of a rejection and of a stall when there is one', () => {
    expect(say({ type: 'PROPOSAL_REJECTED', by: 'israel', reason: 'no guarantees' })).toBe('Israel rejects the proposal: no guarantees');
    expect(say({ type: 'PROPOSAL_REJECTED', by: 'israel' })).toBe('Israel rejects the proposal');
    expect(say({ type: 'TALKS_STALLED', reason: 'delegations leave' })).toBe('Talks stall: delegations leave');
    expect(say({ type: 'TALKS_STALLED' })).toBe('Talks stall');
  });

  it('says where an operation is launched, when it is known', () => {
    expect(say({ type: 'OPERATION_LAUNCHED', by: 'israel', area: 'Rafah' })).toBe('Israel launches an operation in Rafah');
    expect(say({ type: 'OPERATION_LAUNCHED', by: 'israel' })).toBe('Israel launches an operation');
  });

  it('describes pauses, extensions, resumptions and ceasefires', () => {
    expect(say({ type: 'OPERATION_PAUSED', by: 'israel' })).toBe('Israel pauses operations for the release of hostages');
    expect(say({ type: 'PAUSE_EXTENDED', days: 2 })).toBe('The pause is extended by 2 days');
    expect(say({ type: 'PAUSE_EXTENDED', days: 1 })).toBe('The pause is extended by 1 day');
    expect(say({ type: 'OPERATION_RESUMED', by: 'israel' })).toBe('Israel resumes operations');
    expect(say({ type: 'CEASEFIRE_BEGAN' })).toBe('A ceasefire begins');
    // Named as a crossing's closure is: else play's debrief read "A ceasefire begins" twice, marked different.
    expect(say({ type: 'CEASEFIRE_BEGAN', by: 'qatar' })).toBe('A ceasefire begins (Qatar)');
  });

  it('says a violation is a claim: alleged, or by whom, never a fact', () => {
    expect(say({ type: 'VIOLATION_REPORTED', by: 'hamas', text: 'rockets fired' })).toBe('A violation by Hamas is alleged: rockets fired');
    expect(say({ type: 'VIOLATION_REPORTED', by: 'hamas', claimant: 'israel', text: 'rockets fired' })).toBe('Israel accuses Hamas of a violation: rockets fired');
    expect(say({ type: 'VIOLATION_REPORTED', by: 'israel', claimant: ['egypt', 'qatar'], text: 'strikes' })).toBe('Egypt and Qatar accuse Israel of a violation: strikes');
  });

  it('names parties acting together, with the verb agreeing', () => {
    expect(say({ type: 'PROPOSAL_TABLED', by: ['qatar', 'egypt'], terms: {} })).toBe('Qatar and Egypt put forward a proposal');
    expect(say({ type: 'PROPOSAL_ACCEPTED', by: ['israel', 'hamas'] })).toBe('Israel and Hamas accept the proposal');
    expect(say({ type: 'STATEMENT', by: ['israel', 'hamas', 'qatar'], text: 'talks continue' })).toBe('Israel, Hamas and Qatar: talks continue');
  });

  it('says what the agreement events do', () => {
    expect(say({ type: 'AGREEMENT_EXTENDED', days: 2, by: 'qatar' })).toBe('The agreement is extended by 2 days (Qatar)');
    expect(say({ type: 'PHASE_BEGAN', phase: 2 })).toBe('Phase 2 of the agreement begins');
    expect(say({ type: 'TIME_PASSED' })).toBe('Time passes');
    expect(say({ type: 'HOSTAGE_COUNT_REVISED', held: 137, deceased: 10, source: 'PM office' })).toBe('Hostage figures revised: 137 held, 10 of them reported dead (PM office)');
    expect(say({ type: 'AID_DELIVERED', trucks: 1, crossing: 'Rafah' })).toBe('1 aid truck enters through Rafah');
    expect(say({ type: 'AID_DELIVERED', trucks: 600 })).toBe('600 aid trucks enter');
  });

  it('marks a release under a separate arrangement as outside the deal', () => {
    expect(say({ type: 'HOSTAGES_RELEASED', by: 'hamas', count: 5, outsideDeal: true })).toBe('Hamas releases hostages: 5 hostages freed (outside the deal)');
    expect(say({ type: 'PRISONERS_RELEASED', by: 'israel', count: 30, outsideDeal: true })).toBe('Israel releases 30 prisoners (outside the deal)');
  });

  it('counts the living freed and the bodies handed back separately', () => {
    expect(say({ type: 'HOSTAGES_RELEASED', by: 'hamas', count: 3, deceased: 1 })).toBe('Hamas releases hostages: 2 hostages freed, 1 body handed back');
    expect(say({ type: 'HOSTAGES_RELEASED', by: 'hamas', count: 1 })).toBe('Hamas releases hostages: 1 hostage freed');
    expect(say({ type: 'HOSTAGES_RELEASED', by: 'hamas', count: 2, deceased: 2 })).toBe('Hamas releases hostages: 2 bodies handed back');
    expect(say({ type: 'HOSTAGES_RELEASED', by: 'hamas', count: 2, deceased: 0 })).toBe('Hamas releases hostages: 2 hostages freed');
  });

  it('counts deaths reported and prisoners released', () => {
    expect(say({ type: 'HOSTAGE_DEATHS_REPORTED', count: 1 })).toBe('Deaths of 1 hostage are reported');
    expect(say({ type: 'HOSTAGE_DEATHS_REPORTED', count: 6 })).toBe('Deaths of 6 hostages are reported');
    expect(say({ type: 'PRISONERS_RELEASED', by: 'israel', count: 39 })).toBe('Israel releases 39 prisoners');
    expect(say({ type: 'PRISONERS_RELEASED', by: 'israel', count: 1 })).toBe('Israel releases 1 prisoner');
  });

  it('names a crossing, and who closed or opened it when the event says', () => {
    expect(say({ type: 'CROSSING_CLOSED', by: 'israel', crossing: 'Rafah' })).toBe('The Rafah crossing closes (Israel)');
    expect(say({ type: 'CROSSING_CLOSED', crossing: 'Rafah' })).toBe('The Rafah crossing closes');
    expect(say({ type: 'CROSSING_OPENED', by: 'egypt', crossing: 'Rafah' })).toBe('The Rafah crossing opens (Egypt)');
    expect(say({ type: 'CROSSING_OPENED', crossing: 'Kerem Shalom' })).toBe('The Kerem Shalom crossing opens');
  });

  it('quotes positions and statements after the party that made them', () => {
    expect(say({ type: 'POSITION_STATED', by: 'hamas', text: 'an end to the war' })).toBe('Hamas (position): an end to the war');
    expect(say({ type: 'STATEMENT', by: 'qatar', text: 'talks continue' })).toBe('Qatar: talks continue');
  });

  it('writes a death toll with thousands separated, and its source when given', () => {
    expect(say({ type: 'CASUALTIES_REPORTED', toll: 34789, source: 'Gaza health ministry' })).toBe(
      'Death toll reported: at least 34,789 (Gaza health ministry)',
    );
    expect(say({ type: 'CASUALTIES_REPORTED', toll: 1200 })).toBe('Death toll reported: at least 1,200');
  });
});

describe('names and numbers in sentences', () => {
  it('writes counts with thousands separators, as the totals do', () => {
    expect(describeEvent({ type: 'PRISONERS_RELEASED', by: 'israel', count: 1968 }, parties)).toBe('Israel releases 1,968 prisoners');
    expect(describeEvent({ type: 'PRISONERS_RELEASED', by: 'israel', count: 1 }, parties)).toBe('Israel releases 1 prisoner');
  });

  it('says whose proposal it is with a possessive for one party and "by" for several', () => {
    expect(proposalOf(parties, 'qatar')).toBe("Qatar's proposal");
    expect(proposalOf(parties, ['qatar', 'egypt', 'usa'], 'counter-proposal')).toBe('the counter-proposal by Qatar, Egypt and United States');
  });
});

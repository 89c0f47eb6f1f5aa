/**
 * The words of each refusal, in full: what a student reads when the model says
 * no. The other tests check the codes; these check that the message names the
 * parties, numbers and crossings involved and says what would be needed instead.
 * Written after mutation testing showed messages could be emptied unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { sendEvent, type Party, type TruceEvent } from '../../src/model/index.js';
import { agreedCeasefireDeal, agreedPauseDeal, arrange, ceasefireTruce, hostile, parties, pausedTruce, refusalOf, startTruce, type TruceActor } from './helpers.js';

/** The Gaza parties and Russia, a guarantor: one that may sign a deal without being needed for it. */
const withGuarantor: Party[] = [...parties, { id: 'russia', name: 'Russia', role: 'guarantor' }];

/** A truce with a proposal by Qatar on the table, which no one has answered. */
function proposalOnTable(input: { parties?: Party[] } = {}): TruceActor {
  const actor = startTruce({ input });
  arrange(actor, { type: 'PROPOSAL_TABLED', by: 'qatar', terms: {} });
  return actor;
}

/** The refusal `event` gets from `actor`, as `CODE: message`. */
function refusalText(actor: TruceActor, event: TruceEvent): string {
  const refusal = refusalOf(sendEvent(actor, event));
  return `${refusal.code}: ${refusal.message}`;
}

describe('a refusal about the sender', () => {
  it('asks for a sender when the event names none', () => {
    expect(refusalText(startTruce(), hostile({ type: 'OPERATION_LAUNCHED' }))).toBe(
      'UNKNOWN_PARTY: the event must say which party it comes from (by: one of israel, hamas, egypt, qatar, usa)',
    );
  });

  it('names a sender that is not a party and lists the parties', () => {
    expect(refusalText(startTruce(), { type: 'STATEMENT', by: 'hezbollah', text: 'x' })).toBe(
      'UNKNOWN_PARTY: "hezbollah" is not a party to these talks; the parties are israel, hamas, egypt, qatar, usa',
    );
  });

  it('checks a sender that an event may leave out only when it is named', () => {
    expect(refusalText(startTruce(), { type: 'CROSSING_CLOSED', by: 'jordan', crossing: 'Rafah' })).toBe(
      'UNKNOWN_PARTY: "jordan" is not a party to these talks; the parties are israel, hamas, egypt, qatar, usa',
    );
    expect(sendEvent(startTruce(), { type: 'CROSSING_CLOSED', crossing: 'Rafah' }).accepted).toBe(true);
  });

  it('says only the principals accept a deal, naming the mediator refused, and says nothing of guarantors when there are none', () => {
    expect(refusalText(proposalOnTable(), { type: 'PROPOSAL_ACCEPTED', by: 'egypt' })).toBe(
      'NOT_A_PRINCIPAL: Egypt is a mediator: only the principal parties (Israel, Hamas) accept a deal',
    );
  });

  it('names the one party of a joint acceptance that may not accept, not the principal or the guarantor beside it', () => {
    const actor = proposalOnTable({ parties: withGuarantor });

    expect(refusalText(actor, { type: 'PROPOSAL_ACCEPTED', by: ['hamas', 'russia', 'qatar'] })).toBe(
      'NOT_A_PRINCIPAL: Qatar is a mediator: only the principal parties (Israel, Hamas) accept a deal, and a guarantor (Russia) may accept it as its guarantor',
    );
    expect(sendEvent(actor, { type: 'PROPOSAL_ACCEPTED', by: ['hamas', 'russia'] }).accepted).toBe(true);
  });
});

describe('a refusal about the proposal', () => {
  it('says terms must be whole numbers and known terms', () => {
    expect(refusalText(startTruce(), hostile({ type: 'PROPOSAL_TABLED', by: 'qatar', terms: { pauseDays: 1.5 } }))).toBe(
      'INVALID_TERMS: the terms are not valid: days and counts must be whole numbers of at least 0, and only known terms may be given',
    );
  });

  it('says a proposal must be tabled before it is answered', () => {
    expect(refusalText(startTruce(), { type: 'PROPOSAL_ACCEPTED', by: 'hamas' })).toBe(
      'NO_PROPOSAL: there is no proposal on the table to answer; one must be tabled first (PROPOSAL_TABLED)',
    );
  });

  it('names the party that already accepted, and what would let it change its answer', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: {} });

    expect(refusalText(actor, { type: 'PROPOSAL_REJECTED', by: 'israel' })).toBe(
      'ALREADY_ACCEPTED: Israel has already accepted the proposal on the table; to change its answer, a new proposal or counter-proposal is needed',
    );
  });

  it('names the party that already rejected', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'qatar', terms: {} }, { type: 'PROPOSAL_REJECTED', by: 'hamas' });

    expect(refusalText(actor, { type: 'PROPOSAL_REJECTED', by: 'hamas' })).toBe('ALREADY_REJECTED: Hamas has already rejected the proposal on the table');
  });

  it('names the party of a joint rejection that already accepted, not the one that may still reject', () => {
    const actor = proposalOnTable();
    arrange(actor, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' });

    expect(refusalText(actor, { type: 'PROPOSAL_REJECTED', by: ['israel', 'hamas'] })).toBe(
      'ALREADY_ACCEPTED: Hamas has already accepted the proposal on the table; to change its answer, a new proposal or counter-proposal is needed',
    );
    expect(sendEvent(actor, { type: 'PROPOSAL_REJECTED', by: 'israel' }).accepted).toBe(true);
  });

  it('names a guarantor that has already signed the proposal on the table', () => {
    const actor = proposalOnTable({ parties: withGuarantor });
    arrange(actor, { type: 'PROPOSAL_ACCEPTED', by: 'russia' });

    expect(refusalText(actor, { type: 'PROPOSAL_ACCEPTED', by: 'russia' })).toBe(
      'ALREADY_ACCEPTED: Russia has already accepted the proposal on the table; to change its answer, a new proposal or counter-proposal is needed',
    );
  });

  it('says an amendment on the table cannot be accepted once the agreement it amends was broken, and when it was', () => {
    const actor = ceasefireTruce('2025-01-19');
    arrange(
      actor,
      { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { amends: true, ceasefireDays: 7 }, date: '2025-01-20' },
      { type: 'OPERATION_RESUMED', by: 'israel', date: '2025-01-25' },
    );

    expect(refusalText(actor, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' })).toBe(
      'NO_AGREED_DEAL: the proposal on the table amends an agreement, and none is in force now: the agreement was broken on 2025-01-25: operations resumed before its end day',
    );
  });
});

describe('a refusal about the deal behind a pause or a ceasefire', () => {
  it('says there is no deal when no proposal is on the table', () => {
    expect(refusalText(startTruce(), { type: 'OPERATION_PAUSED', by: 'israel' })).toBe(
      'NO_AGREED_DEAL: there is no deal: operations pause or stop only under an agreement every principal has accepted',
    );
  });

  it('names the principal that has not accepted the proposal on the table', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'israel', terms: { pauseDays: 4 } });

    expect(refusalText(actor, { type: 'OPERATION_PAUSED', by: 'israel' })).toBe('NO_AGREED_DEAL: there is no agreed deal yet: Hamas has not accepted the proposal on the table');
  });

  it('names both principals when neither has accepted the proposal on the table', () => {
    const actor = startTruce();
    arrange(actor, { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { ceasefireDays: 42 } });

    expect(refusalText(actor, { type: 'CEASEFIRE_BEGAN' })).toBe('NO_AGREED_DEAL: there is no agreed deal yet: Israel, Hamas have not accepted the proposal on the table');
  });

  it('says the agreed deal gives no pause', () => {
    const actor = startTruce();
    arrange(actor, ...agreedCeasefireDeal);

    expect(refusalText(actor, { type: 'OPERATION_PAUSED', by: 'israel' })).toBe('DEAL_HAS_NO_PAUSE: the agreed deal gives no pause: its terms have no pauseDays');
  });

  it('says a deal pauses operations once, and what allows another pause', () => {
    const actor = pausedTruce();
    arrange(actor, { type: 'OPERATION_RESUMED', by: 'israel' });

    expect(refusalText(actor, { type: 'OPERATION_PAUSED', by: 'israel' })).toBe(
      'PAUSE_ALREADY_USED: operations have already paused once under this deal; another pause needs a new agreed deal (or PAUSE_EXTENDED while paused)',
    );
  });

  it('says the agreement was broken, on the day operations resumed when the run has dates', () => {
    const dated = ceasefireTruce('2025-01-19');
    arrange(dated, { type: 'OPERATION_RESUMED', by: 'israel', date: '2025-01-25' });
    const undated = startTruce();
    arrange(undated, ...agreedCeasefireDeal, { type: 'CEASEFIRE_BEGAN' }, { type: 'OPERATION_RESUMED', by: 'israel' });

    expect(refusalText(dated, { type: 'CEASEFIRE_BEGAN' })).toBe('NO_AGREED_DEAL: the agreement was broken on 2025-01-25: operations resumed before its end day');
    expect(refusalText(undated, { type: 'CEASEFIRE_BEGAN' })).toBe('NO_AGREED_DEAL: the agreement was broken: operations resumed before its end day');
  });

  it('says the agreed deal gives no ceasefire', () => {
    const actor = startTruce();
    arrange(actor, ...agreedPauseDeal);

    expect(refusalText(actor, { type: 'CEASEFIRE_BEGAN' })).toBe(
      'DEAL_HAS_NO_CEASEFIRE: the agreed deal gives no ceasefire: its terms have neither ceasefireDays, nor days for its phase, nor lastingCeasefire: true',
    );
  });
});

describe('a refusal about extending an agreement or beginning its next phase', () => {
  /** A truce under a deal both principals accepted at once, with these terms. */
  function agreed(terms: Record<string, unknown>): TruceActor {
    const actor = startTruce();
    arrange(actor, hostile({ type: 'PROPOSAL_TABLED', by: 'qatar', terms }), { type: 'PROPOSAL_ACCEPTED', by: ['israel', 'hamas'] });
    return actor;
  }

  it('says a lasting ceasefire has no end day to extend', () => {
    expect(refusalText(agreed({ lastingCeasefire: true }), { type: 'AGREEMENT_EXTENDED', days: 3 })).toBe(
      'AGREEMENT_HAS_NO_END: the agreement is a lasting ceasefire: it has no end day to extend',
    );
  });

  it('says a deal that gives no days has no end day to extend, and which terms would give one', () => {
    expect(refusalText(agreed({ hostages: 3 }), { type: 'AGREEMENT_EXTENDED', days: 3 })).toBe(
      'AGREEMENT_HAS_NO_END: the agreement gives no days (no pauseDays, ceasefireDays or days for its phase): there is no end day to extend',
    );
  });

  it('gives the form of a phase number, and the value found', () => {
    expect(refusalText(agreed({ ceasefireDays: 42, phases: 3 }), hostile({ type: 'PHASE_BEGAN', phase: 1.5 }))).toBe(
      'INVALID_COUNT: a phase is a whole number (2 for the second), not 1.5',
    );
  });

  it('counts the phases of a deal that has one in the singular, and those of a deal with several in the plural', () => {
    expect(refusalText(agreed({ ceasefireDays: 42 }), { type: 'PHASE_BEGAN', phase: 2 })).toBe('PHASE_OUT_OF_ORDER: the agreement has 1 phase: there is no phase 2');
    expect(refusalText(agreed({ ceasefireDays: 42, phases: 3 }), { type: 'PHASE_BEGAN', phase: 4 })).toBe('PHASE_OUT_OF_ORDER: the agreement has 3 phases: there is no phase 4');
  });
});

describe('a refusal about the state of operations', () => {
  it('says operations in a ceasefire must resume before an operation', () => {
    expect(refusalText(ceasefireTruce(), { type: 'OPERATION_LAUNCHED', by: 'israel' })).toBe(
      'OPERATIONS_PAUSED: operations are in a ceasefire: resume operations first (OPERATION_RESUMED), or report a violation (VIOLATION_REPORTED)',
    );
  });

  it('says operations paused for release must resume before an operation', () => {
    expect(refusalText(pausedTruce(), { type: 'OPERATION_LAUNCHED', by: 'israel' })).toBe(
      'OPERATIONS_PAUSED: operations are paused for release: resume operations first (OPERATION_RESUMED), or report a violation (VIOLATION_REPORTED)',
    );
  });

  it('says a running pause is lengthened, not paused again', () => {
    expect(refusalText(pausedTruce(), { type: 'OPERATION_PAUSED', by: 'israel' })).toBe(
      'ALREADY_PAUSED: operations are already paused for release; a pause is lengthened with PAUSE_EXTENDED',
    );
  });

  it('says a ceasefire is already in force, to a pause or to another ceasefire', () => {
    expect(refusalText(ceasefireTruce(), { type: 'OPERATION_PAUSED', by: 'israel' })).toBe('ALREADY_IN_CEASEFIRE: a ceasefire is already in force');
    expect(refusalText(ceasefireTruce(), { type: 'CEASEFIRE_BEGAN' })).toBe('ALREADY_IN_CEASEFIRE: a ceasefire is already in force');
  });

  it('says only a running pause can be extended, naming the state operations are in', () => {
    expect(refusalText(startTruce(), { type: 'PAUSE_EXTENDED', days: 1 })).toBe(
      'NOT_PAUSED: operations are active, not paused for release: only a running pause can be extended',
    );
    expect(refusalText(ceasefireTruce(), { type: 'PAUSE_EXTENDED', days: 1 })).toBe(
      'NOT_PAUSED: operations are in a ceasefire, not paused for release: only a running pause can be extended',
    );
  });

  it('says operations resume only after a pause or a ceasefire, naming the state they are in', () => {
    expect(refusalText(startTruce(), { type: 'OPERATION_RESUMED', by: 'israel' })).toBe(
      'NOTHING_TO_RESUME: operations are active: they resume only after a pause for release or a ceasefire',
    );
    expect(refusalText(startTruce({ state: { operations: 'resumed' } }), { type: 'OPERATION_RESUMED', by: 'israel' })).toBe(
      'NOTHING_TO_RESUME: operations are resumed: they resume only after a pause for release or a ceasefire',
    );
  });
});

describe('a refusal about counts', () => {
  it('gives the range of days a pause may be extended by, and the value found', () => {
    expect(refusalText(pausedTruce(), hostile({ type: 'PAUSE_EXTENDED', days: 0 }))).toBe(
      'INVALID_COUNT: an extension is a whole number of days (1 to 1,000,000,000), not 0',
    );
  });

  it('gives the range of a count, and the value found', () => {
    expect(refusalText(startTruce(), hostile({ type: 'PRISONERS_RELEASED', by: 'israel', count: 2.5 }))).toBe(
      'INVALID_COUNT: count must be a whole number from 1 to 1,000,000,000, not 2.5',
    );
  });

  it('gives the range of the dead among those released, and the value found', () => {
    expect(refusalText(startTruce(), hostile({ type: 'HOSTAGES_RELEASED', by: 'hamas', count: 2, deceased: 3 }))).toBe(
      'INVALID_COUNT: deceased must be a whole number from 0 to count (2), not 3',
    );
  });

  it('gives the range of the aid trucks delivered, and the value found', () => {
    expect(refusalText(startTruce(), hostile({ type: 'AID_DELIVERED', trucks: 0 }))).toBe('INVALID_COUNT: trucks must be a whole number from 1 to 1,000,000,000, not 0');
  });

  it('says the revised figures are whole numbers with no more dead than held, and gives the figures found', () => {
    expect(refusalText(startTruce(), hostile({ type: 'HOSTAGE_COUNT_REVISED', held: 3, deceased: 4 }))).toBe(
      'INVALID_COUNT: held and deceased are whole numbers, with deceased no more than held (those held include the dead), not held 3 and deceased 4',
    );
  });

  it('gives the range of a death toll, and the value found', () => {
    expect(refusalText(startTruce(), hostile({ type: 'CASUALTIES_REPORTED', toll: -1 }))).toBe(
      'INVALID_COUNT: a death toll is a whole number from 0 to 1,000,000,000, not -1',
    );
  });

  it('says how many hostages are held when more are released', () => {
    expect(refusalText(startTruce(), { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 21 })).toBe('NOT_ENOUGH_HOSTAGES: cannot release 21: 20 hostages are held');
  });

  it('says how many of those held are dead when more bodies are handed back', () => {
    expect(refusalText(startTruce(), { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 5, deceased: 4 })).toBe(
      'NOT_ENOUGH_DECEASED: cannot hand back 4 bodies: 3 of those held are reported dead',
    );
  });

  it('says how many of those held are alive when more are freed alive', () => {
    expect(refusalText(startTruce(), { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 19, deceased: 1 })).toBe(
      'NOT_ENOUGH_LIVING_HOSTAGES: cannot free 18 alive: 17 of those held are alive',
    );
  });

  it('says how many of those held are alive when more deaths are reported', () => {
    expect(refusalText(startTruce(), { type: 'HOSTAGE_DEATHS_REPORTED', count: 18 })).toBe(
      'NOT_ENOUGH_LIVING_HOSTAGES: cannot report 18 deaths: 17 of those held are reported alive',
    );
  });
});

describe('a refusal about time', () => {
  it('says time cannot go back, giving the day of the last event and the day found', () => {
    const actor = startTruce();
    arrange(actor, { type: 'TIME_PASSED', date: '2023-11-22' });

    expect(refusalText(actor, { type: 'TIME_PASSED', date: '2023-11-21' })).toBe(
      'INVALID_DATE: time cannot go back: the last event was on 2023-11-22, and this one is dated 2023-11-21',
    );
  });

  it.each([
    ['no date', {}],
    ['a day not in the calendar', { date: '2023-11-31' }],
    ['a date given as a list', { date: ['2023-12-01'] }],
  ])('says time passes to a real date, given %s', (_given, fields) => {
    expect(refusalText(startTruce(), hostile({ type: 'TIME_PASSED', ...fields }))).toBe(
      'INVALID_DATE: time passes to a date: the event needs a real date (a scenario step gives its own)',
    );
  });
});

describe('a refusal about words and crossings', () => {
  it('asks for the text of a statement', () => {
    expect(refusalText(startTruce(), hostile({ type: 'STATEMENT', by: 'qatar', text: '  ' }))).toBe(
      'MISSING_TEXT: the event needs a text saying what was said or reported',
    );
  });

  it('names the optional words given empty, and what was found', () => {
    expect(refusalText(startTruce(), hostile({ type: 'TALKS_OPENED', where: '' }))).toBe('MISSING_TEXT: where must be some text when given, not ""');
    expect(refusalText(startTruce(), hostile({ type: 'TALKS_STALLED', reason: ' ' }))).toBe('MISSING_TEXT: reason must be some text when given, not " "');
    expect(refusalText(startTruce(), hostile({ type: 'CASUALTIES_REPORTED', toll: 1, source: 7 }))).toBe('MISSING_TEXT: source must be some text when given, not 7');
  });

  it('asks for the name of the crossing', () => {
    expect(refusalText(startTruce(), hostile({ type: 'CROSSING_CLOSED', crossing: '' }))).toBe('MISSING_TEXT: the event needs the name of the crossing');
  });

  it('names a crossing closed twice', () => {
    const actor = startTruce();
    arrange(actor, { type: 'CROSSING_CLOSED', crossing: 'Rafah' });

    expect(refusalText(actor, { type: 'CROSSING_CLOSED', crossing: 'Rafah' })).toBe('CROSSING_ALREADY_CLOSED: the Rafah crossing is already closed');
  });

  it('names a crossing opened that is not closed, and the crossings closed now (not those open again)', () => {
    const actor = startTruce();
    arrange(
      actor,
      { type: 'CROSSING_CLOSED', crossing: 'Rafah' },
      { type: 'CROSSING_CLOSED', crossing: 'Erez' },
      { type: 'CROSSING_CLOSED', crossing: 'Zikim' },
      { type: 'CROSSING_OPENED', crossing: 'Erez' },
    );

    expect(refusalText(actor, { type: 'CROSSING_OPENED', crossing: 'Kerem Shalom' })).toBe(
      'CROSSING_NOT_CLOSED: the Kerem Shalom crossing is not closed (closed now: Rafah, Zikim)',
    );
  });

  it('says aid access is open when a crossing is opened with none closed', () => {
    expect(refusalText(startTruce(), { type: 'CROSSING_OPENED', crossing: 'Rafah' })).toBe('CROSSING_NOT_CLOSED: aid access is open: no crossing is closed');
  });
});

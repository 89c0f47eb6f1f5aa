/**
 * The words of each refusal, in full: what a student reads when the model says
 * no. The other tests check the codes; these check that the message names the
 * parties, numbers and crossings involved and says what would be needed instead.
 * Written after mutation testing showed messages could be emptied unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { sendEvent, type TruceEvent } from '../../src/model/index.js';
import { agreedCeasefireDeal, agreedPauseDeal, arrange, ceasefireTruce, hostile, pausedTruce, refusalOf, startTruce, type TruceActor } from './helpers.js';

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

  it('says the agreed deal gives no ceasefire', () => {
    const actor = startTruce();
    arrange(actor, ...agreedPauseDeal);

    expect(refusalText(actor, { type: 'CEASEFIRE_BEGAN' })).toBe(
      'DEAL_HAS_NO_CEASEFIRE: the agreed deal gives no ceasefire: its terms have neither ceasefireDays, nor days for its phase, nor lastingCeasefire: true',
    );
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

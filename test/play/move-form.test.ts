/**
 * The questions a move asks before it is made (src/play/move-form.ts): their words, their defaults,
 * what is asked for a new deal and for an amendment, how answers are read, and the event made from
 * them. Called directly, without a terminal: what a student sees at each prompt of `truce play`.
 */
import { describe, expect, it } from 'vitest';
import { buildEvent, formFor, partiesAnswer, readAnswer, type FormField } from '../../src/play/move-form.js';
import { play, type Session } from '../../src/play/session.js';
import type { EventType } from '../../src/model/index.js';
import { atTurn, sessionOf } from './sessions.js';

const PAUSE = 'scenarios/pause-2023-11.yaml';
const JANUARY = 'scenarios/ceasefire-2025-01.yaml';
const OCTOBER = 'scenarios/ceasefire-2025-10.yaml';

/** Plays an event that must be accepted. */
function accepted(session: Session, event: Parameters<typeof play>[1]): Session {
  const outcome = play(session, event);
  expect(outcome.messages[0], JSON.stringify(event)).toMatchObject({ kind: 'accepted' });
  return outcome.session;
}

const field = (fields: FormField[], path: string) => fields.find((candidate) => candidate.path === path);

describe('the questions of a move', () => {
  it('are put in words, each move its own', async () => {
    // Turn 5 of the pause: the agreement is in force, so a release asks whether it is outside the deal.
    const session = await atTurn(PAUSE, 4);
    const labels = (type: EventType, sender?: string) => formFor(session, type, sender).map((question) => question.label);

    expect(labels('TALKS_OPENED')).toEqual(['where the talks are held']);
    expect(labels('PROPOSAL_REJECTED', 'hamas')).toEqual(['the reason']);
    expect(labels('TALKS_STALLED')).toEqual(['the reason']);
    expect(labels('OPERATION_LAUNCHED', 'israel')).toEqual(['the area']);
    expect(labels('PAUSE_EXTENDED')).toEqual(['by how many days']);
    expect(labels('VIOLATION_REPORTED', 'hamas')).toEqual(['who makes the claim', 'what is alleged']);
    expect(labels('HOSTAGES_RELEASED', 'hamas')).toEqual([
      'how many',
      'how many of them are bodies',
      "released outside the deal's count, under a separate arrangement",
    ]);
    expect(labels('HOSTAGE_COUNT_REVISED')).toEqual([
      'hostages held, the dead included, as now reported',
      'how many of those held are dead, as now reported',
      'who gives the new figures',
      'what the revision is about',
    ]);
    expect(labels('CROSSING_CLOSED', 'israel')).toEqual(['which crossing']);
    expect(labels('AID_DELIVERED', 'egypt')).toEqual(['how many aid trucks', 'through which crossing']);
    expect(labels('STATEMENT', 'qatar')).toEqual(['what is said or reported']);
    expect(labels('CASUALTIES_REPORTED')).toEqual(['the death toll', 'who gives the figure']);
  });

  it('let the player name no one as the claimant of a violation, or any party, when every party is played', async () => {
    const session = await sessionOf(PAUSE);
    const claimant = field(formFor(session, 'VIOLATION_REPORTED', 'israel'), 'claimant')!;

    expect(claimant).toMatchObject({ kind: 'party', optional: true });
    expect(claimant.parties!.map((party) => party.id)).toEqual(['israel', 'hamas', 'qatar', 'egypt', 'usa']);
    expect(claimant.default).toBeUndefined();
  });

  it('make the party played the claimant of a violation it reports', async () => {
    const session = await sessionOf(PAUSE, 'hamas');
    const claimant = field(formFor(session, 'VIOLATION_REPORTED', 'israel'), 'claimant')!;

    expect(claimant).toMatchObject({ kind: 'party', optional: true, default: 'hamas' });
    expect(claimant.parties!.map((party) => party.id)).toEqual(['hamas']);
  });
});

describe('a new deal', () => {
  it('offers the terms of the proposal on the table, yes/no ones as yes or no, and a withdrawal as yes, no or words', async () => {
    // 29 September 2025: the US plan, a lasting ceasefire with "a staged Israeli withdrawal".
    const session = await sessionOf(OCTOBER);
    const fields = formFor(session, 'PROPOSAL_TABLED', 'usa');

    expect(field(fields, 'terms.lastingCeasefire')).toMatchObject({ label: 'whether the deal ends the war (lastingCeasefire)', kind: 'yes-no', default: 'yes' });
    expect(field(fields, 'terms.withdrawal')).toMatchObject({ label: 'troop withdrawal: yes/no, or what it is (withdrawal)', kind: 'yes-no-or-text', default: 'a staged Israeli withdrawal' });
    expect(field(fields, 'terms.hostages')).toMatchObject({ kind: 'whole', default: '48' });
  });

  it('offers "no" for a yes/no term the proposal on the table says no to', async () => {
    const session = accepted(await sessionOf(PAUSE), { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { pauseDays: 4, lastingCeasefire: false } });

    expect(field(formFor(session, 'COUNTER_PROPOSAL', 'hamas'), 'terms.lastingCeasefire')).toMatchObject({ kind: 'yes-no', default: 'no' });
  });

  it('always asks for the days of pause and of ceasefire, the hostages and the prisoners, even when the proposal on the table has none', async () => {
    // 8 October 2025: the first phase on the table gives its hostages in the phase, none overall.
    const session = await atTurn(OCTOBER, 4);
    const fields = formFor(session, 'COUNTER_PROPOSAL', 'hamas');

    expect(session.snapshot.context.proposal!.terms).not.toHaveProperty('hostages');
    expect(fields.map((question) => question.path)).toEqual([
      'terms.pauseDays',
      'terms.ceasefireDays',
      'terms.phases',
      'terms.hostages',
      'terms.prisoners',
      'terms.lastingCeasefire',
      'terms.note',
    ]);
  });

  it('offers to keep the phases on the table, described, or to drop them', async () => {
    const session = await atTurn(JANUARY, 1);
    const phases = field(formFor(session, 'COUNTER_PROPOSAL', 'hamas'), 'terms.phases')!;

    expect(phases).toMatchObject({
      label: 'keep the phases of the proposal on the table (3 phases, phase 1: 42 days, phases 2 and 3 to be negotiated)? yes, no, or a number of phases (phases)',
      kind: 'phases',
      optional: true,
      default: 'yes',
    });
    expect(readAnswer(phases, '-')).toEqual({ ok: true, value: undefined });
    // The other terms are asked as themselves, not as phases to keep.
    expect(field(formFor(session, 'COUNTER_PROPOSAL', 'hamas'), 'terms.hostages')).toMatchObject({ kind: 'whole' });
  });

  it('asks for a number of phases as a number, when the proposal on the table gives only how many', async () => {
    const session = accepted(await sessionOf(PAUSE), { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { phases: 3, ceasefireDays: 42 } });

    expect(field(formFor(session, 'COUNTER_PROPOSAL', 'hamas'), 'terms.phases')).toMatchObject({
      label: 'how many phases the deal has, or a list of them with the terms of each (phases)',
      kind: 'whole',
      default: '3',
    });
  });

  it('never amends the agreement in force, even in answer to an amendment', async () => {
    let session = await atTurn(PAUSE, 4);
    session = accepted(session, { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { amends: true, pauseDays: 2 } });
    const fields = formFor(session, 'COUNTER_PROPOSAL', 'hamas');

    expect(session.snapshot.context.proposal!.terms.amends).toBe(true);
    expect(fields.map((question) => question.path)).not.toContain('terms.amends');
    expect(fields.map((question) => question.path)).toContain('terms.pauseDays');
  });
});

describe('an amendment', () => {
  it('asks, blank, for days to add and the other terms, and amends the agreement without asking', async () => {
    const session = await atTurn(PAUSE, 4);
    const fields = formFor(session, 'PROPOSAL_TABLED', 'qatar', 'amendment');

    expect(fields.map((question) => [question.path, question.label])).toEqual([
      ['terms.amends', 'amends the agreement in force'],
      ['terms.pauseDays', 'days of pause to add to the current phase (pauseDays)'],
      ['terms.ceasefireDays', 'days of ceasefire to add to the current phase (ceasefireDays)'],
      ['terms.lastingCeasefire', 'make the agreement a lasting ceasefire (lastingCeasefire)'],
      ['terms.hostages', 'hostages to be released (living or dead) (hostages)'],
      ['terms.prisoners', 'prisoners to be released (prisoners)'],
      ['terms.note', 'anything else, in words (note)'],
    ]);
    const amends = fields[0]!;
    expect(readAnswer(amends, '')).toEqual({ ok: true, value: true });
    expect(readAnswer(amends, 'no')).toEqual({ ok: true, value: true });
  });

  it('made with two days more of pause, amends the agreement in force', async () => {
    const session = await atTurn(PAUSE, 4);
    const fields = formFor(session, 'PROPOSAL_TABLED', 'qatar', 'amendment');
    const typed: Record<string, string> = { 'terms.pauseDays': '2' };
    const values = Object.fromEntries(fields.map((question) => [question.path, (readAnswer(question, typed[question.path] ?? '') as { value?: unknown }).value]));

    expect(buildEvent('PROPOSAL_TABLED', 'qatar', values)).toEqual({ ok: true, value: { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { amends: true, pauseDays: 2 } } });
  });

  it('asks for the days of the last phase when the agreement leaves them to be negotiated', async () => {
    // October 2025: a lasting ceasefire in two phases, the second to be negotiated.
    const session = await atTurn(OCTOBER, 6);
    const phase = field(formFor(session, 'PROPOSAL_TABLED', 'usa', 'amendment'), 'terms.phases');

    expect(phase).toMatchObject({ label: 'days of phase 2, which the agreement leaves to be negotiated: agree them (phases)', kind: 'phase-days', phase: 2 });
  });

  it('no longer asks for the days of the next phase once they are agreed', async () => {
    let session = await atTurn(JANUARY, 5);
    expect(field(formFor(session, 'PROPOSAL_TABLED', 'qatar', 'amendment'), 'terms.phases')).toMatchObject({ phase: 2 });
    session = accepted(session, { type: 'PROPOSAL_TABLED', by: ['qatar', 'egypt'], terms: { amends: true, phases: [{}, { days: 42 }] } });
    session = accepted(session, { type: 'PROPOSAL_ACCEPTED', by: 'hamas' });
    session = accepted(session, { type: 'PROPOSAL_ACCEPTED', by: 'israel' });

    expect(session.snapshot.context.agreement!.phase).toBe(1);
    expect(formFor(session, 'PROPOSAL_TABLED', 'qatar', 'amendment').map((question) => question.path)).not.toContain('terms.phases');
  });
});

describe('an answer', () => {
  const count: FormField = { path: 'count', label: 'how many', kind: 'count', optional: false, default: '5' };
  const withdrawal: FormField = { path: 'terms.withdrawal', label: 'troop withdrawal', kind: 'yes-no-or-text', optional: true };
  const list = [{ days: 42 }, { toBeNegotiated: true }];
  const phases: FormField = { path: 'terms.phases', label: 'phases', kind: 'phases', optional: true, default: 'yes', value: list };

  it('is read without the spaces around it, and spaces alone take the default', () => {
    expect(readAnswer(count, ' 7 ')).toEqual({ ok: true, value: 7 });
    expect(readAnswer(count, '   ')).toEqual({ ok: true, value: 5 });
  });

  it('of a number is refused when it has words besides the digits', () => {
    const refusal = { ok: false, problems: [{ code: 'invalid', message: 'type a whole number of at least 1' }] };
    expect(readAnswer(count, '3 trucks')).toEqual(refusal);
    expect(readAnswer(count, 'about 3')).toEqual(refusal);
  });

  it('to a withdrawal is yes, no, or words that say what it is', () => {
    expect(readAnswer(withdrawal, 'yes')).toEqual({ ok: true, value: true });
    expect(readAnswer(withdrawal, 'No')).toEqual({ ok: true, value: false });
    for (const words of ['yes, in stages', 'no troops in the towns', 'a phased withdrawal, to be completed by January', 'a pull-back from every town']) {
      expect(readAnswer(withdrawal, words)).toEqual({ ok: true, value: words });
    }
  });

  it('to a yes/no question is yes or no, not words that begin or end like them', () => {
    const lasting: FormField = { path: 'terms.lastingCeasefire', label: 'lasting', kind: 'yes-no', optional: true };
    for (const words of ['yes, if it holds', 'surely', 'not yet', 'only if the war is over then']) {
      expect(readAnswer(lasting, words)).toEqual({ ok: false, problems: [{ code: 'invalid', message: 'type yes or no' }] });
    }
  });

  it('about the phases on the table is yes, no, or a number of phases, and nothing else', () => {
    expect(readAnswer(phases, 'Y')).toEqual({ ok: true, value: list });
    expect(readAnswer(phases, 'n')).toEqual({ ok: true, value: undefined });
    expect(readAnswer(phases, '12')).toEqual({ ok: true, value: 12 });
    expect(readAnswer(phases, '0')).toEqual({ ok: false, problems: [{ code: 'invalid', message: 'type a whole number of at least 1' }] });
    for (const words of ['any', 'yes please', 'maybe ten', 'none of them', '2 phases', 'phase 2']) {
      expect(readAnswer(phases, words), words).toEqual({ ok: false, problems: [{ code: 'invalid', message: 'type yes, no, or a number of phases' }] });
    }
  });

  it('of the days of a phase is a number of at least 1, for the phase asked', () => {
    const phaseThree: FormField = { path: 'terms.phases', label: 'days of phase 3', kind: 'phase-days', optional: true, phase: 3 };

    expect(readAnswer(phaseThree, '30')).toEqual({ ok: true, value: [{}, {}, { days: 30 }] });
    expect(readAnswer(phaseThree, '0')).toEqual({ ok: false, problems: [{ code: 'invalid', message: 'type a whole number of at least 1' }] });
  });
});

describe('parties named', () => {
  it('by their name, in any case, as well as by id', async () => {
    const { parties } = (await sessionOf(PAUSE)).setup.scenario;
    const party: FormField = { path: 'claimant', label: 'who makes the claim', kind: 'party', optional: true, parties };

    expect(readAnswer(party, 'united states')).toEqual({ ok: true, value: 'usa' });
    expect(partiesAnswer('Qatar and United States', parties)).toEqual({ ok: true, value: ['qatar', 'usa'] });
  });

  it('together pass over empty names and repeats, and need at least one', async () => {
    const { parties } = (await sessionOf(PAUSE)).setup.scenario;

    expect(partiesAnswer('qatar, , egypt,', parties)).toEqual({ ok: true, value: ['qatar', 'egypt'] });
    expect(partiesAnswer('qatar and Qatar', parties)).toEqual({ ok: true, value: 'qatar' });
    expect(partiesAnswer(' , and ', parties)).toEqual({ ok: false, problems: [{ code: 'invalid', message: 'name at least one party' }] });
  });
});

describe('the event made', () => {
  it('holds only the answers given: a question left blank leaves nothing behind', () => {
    const built = buildEvent('HOSTAGES_RELEASED', 'hamas', { count: 10, deceased: undefined, outsideDeal: undefined });

    expect(built).toStrictEqual({ ok: true, value: { type: 'HOSTAGES_RELEASED', by: 'hamas', count: 10 } });
  });

  it('says everything missing, wrong or out of place, field by field, a term by its place in the terms', () => {
    expect(buildEvent('HOSTAGE_COUNT_REVISED', undefined, {})).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/^held: .+; deceased: .+$/) }] });
    expect(buildEvent('COUNTER_PROPOSAL', 'hamas', { 'terms.pauseDays': 2.5 })).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/^terms\.pauseDays: /) }] });
    expect(buildEvent('TALKS_OPENED', undefined, { place: 'Cairo' })).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/^event: .*"place"/) }] });
  });
});

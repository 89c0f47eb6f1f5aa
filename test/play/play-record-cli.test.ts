/** `truce play` on and off the record, driven through piped answers (numbered menus), in this process. */
import { afterAll, describe, expect, it } from 'vitest';
import { scratchFolder } from '../cli/helpers.js';
import { converseInProcess, optionNumber, type Conversation } from './conversation.js';

const RAFAH = 'scenarios/rafah-2024-05.yaml';
const MENU = /What happens next\? \[1-\d+\]> /;
const HISTORY = 'Let this turn go as it did in history';
const PASS = 'Let this turn pass with nothing happening';

const scratch = scratchFolder();
afterAll(() => scratch.remove());

function choose(talk: Conversation, menu: string, label: string): void {
  talk.type(`${optionNumber(menu, label)}\n`);
}

describe.concurrent('truce play, on and off the record', () => {
  it("offers history's move only while the path follows the record, then a turn with nothing happening", async () => {
    const talk = converseInProcess(['play', RAFAH, '--as', 'israel']);
    const first = await talk.until(MENU);
    choose(talk, first, 'Open a round of talks');
    await talk.until(/where the talks are held.*> /);
    talk.type('\n');
    const second = await talk.until(MENU);
    // History's own move of turn 2, made by hand: off the record, it is not "the same as history".
    choose(talk, second, 'Close a crossing');
    await talk.until(/which crossing.*> /);
    talk.type('Kerem Shalom\n');
    choose(talk, await talk.until(MENU), PASS);
    const third = await talk.until(MENU);
    choose(talk, third, 'End the session');
    const debrief = await talk.until(/prisoners freed.*\n/);

    expect(first).toMatch(new RegExp(`^\\s+\\d+\\. ${HISTORY}$`, 'm'));
    expect(first).not.toContain(PASS);
    expect(second).toContain("Your path leaves the record here: from now on, history's moves no longer apply, and the turns are yours to play.");
    expect(second).not.toContain(HISTORY);
    expect(second).toMatch(/^\s+\d+\. Let this turn pass with nothing happening \(you left the record at turn 1\)$/m);
    expect(third).toContain('Nothing happens this turn.');
    expect(third).toContain('── 2024-05-06 · turn 4 of 18 ──');
    expect(debrief).toMatch(/turn 1\n {2}history: Talks stall: .*\n {2}you: {5}A round of talks opens {2}✗ different: your path leaves the record here\n/);
    expect(debrief).toMatch(/turn 2\n {2}history: The Kerem Shalom crossing closes \(Israel\)\n {2}you: {5}The Kerem Shalom crossing closes \(Israel\) {2}· off the record, not compared\n/);
    expect(debrief).toMatch(/turn 3\n {2}history: .*\n {2}you: {5}nothing happened \(you let the turn pass\) {2}· off the record, not compared\n/);
    expect(debrief).not.toContain('same as history');
    expect(debrief).toContain('You played 3 turns of the 18 in the record; 0 went as in history.');
    expect(debrief).toContain('You first left the historical path at turn 1 (2024-05-05); the 2 turns after it are your own path, not compared with history.');
    expect(await talk.exited).toBe(0);
  });

  it("moves on when the rules refuse history's move, as the record has it, and the debrief says the refusal once", async () => {
    const file = scratch.write(
      'refused-first.yaml',
      `id: refused-first
title: An answer before any proposal
summary: Hamas answers before anything is tabled, which the rules refuse; then Qatar tables a proposal.
sources: [{ id: notes, title: Notes }]
parties: [{ id: israel, name: Israel, role: principal }, { id: hamas, name: Hamas, role: principal }, { id: qatar, name: Qatar, role: mediator }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 }, date: 2023-11-20 }
steps:
  - { id: early-answer, date: 2023-11-20, event: { type: PROPOSAL_ACCEPTED, by: hamas }, source: notes, expect: { refused: true } }
  - { id: talks-stall, date: 2023-11-21, event: { type: TALKS_STALLED, reason: The delegation leaves. }, source: notes }
  - { id: tabled, date: 2023-11-22, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4 } }, source: notes }
`,
    );
    const talk = converseInProcess(['play', file]);
    choose(talk, await talk.until(MENU), HISTORY);
    const second = await talk.until(MENU);
    for (let time = 0; time < 3; time++) {
      choose(talk, await (time === 0 ? Promise.resolve(second) : talk.until(MENU)), 'Try a move the rules refuse now');
      choose(talk, await talk.until(/Which move\? \[1-\d+\]> /), 'Accept the proposal');
      choose(talk, await talk.until(/Which party\? \[1-\d+\]> /), 'Hamas');
    }
    choose(talk, await talk.until(MENU), 'End the session');
    const debrief = await talk.until(/prisoners freed.*\n/);

    expect(second).toContain('✗ Refused: Hamas accepts the proposal. Why: there is no proposal on the table to answer');
    expect(second).toContain('The rules refused this move in the record too, so this turn passes with nothing happening, as it did in history.');
    expect(second).toContain('── 2023-11-21 · turn 2 of 3 ──');
    expect(second).toMatch(new RegExp(`^\\s+\\d+\\. ${HISTORY}$`, 'm'));
    expect(debrief).toMatch(/turn 1\n {2}history: Hamas accepts the proposal \(refused\)\n {2}you: {5}Hamas accepts the proposal \(refused\) {2}✓ same as history\n/);
    expect(debrief).toContain(
      'Moves the rules refused (4):\n' +
        '  - Turn 1: Hamas accepts the proposal: refused, because there is no proposal on the table to answer; one must be tabled first (PROPOSAL_TABLED) [NO_PROPOSAL] (tried 4 times).\n\n',
    );
    expect(debrief.match(/NO_PROPOSAL/g)).toHaveLength(1);
    expect(debrief).not.toContain('Why:');
    expect(await talk.exited).toBe(0);
  });
});

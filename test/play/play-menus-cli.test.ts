/** `truce play`'s menus: only the moves the rules allow, a way back from every sub-menu, and forms that start from what fits. */
import { describe, expect, it } from 'vitest';
import { converseInProcess, optionNumber, type Conversation } from './conversation.js';

const RAFAH = 'scenarios/rafah-2024-05.yaml';
const JANUARY = 'scenarios/ceasefire-2025-01.yaml';
const MENU = /What happens next\? \[1-\d+\]> /;
const PARTY = /Which party\? \[1-\d+\]> /;
const HISTORY = 'Let this turn go as it did in history';

function choose(talk: Conversation, menu: string, label: string): void {
  talk.type(`${optionNumber(menu, label)}\n`);
}

/** The options of the numbered menu that ends `printed`, in order. */
function optionsOf(printed: string): string[] {
  const lines = printed.split('\n');
  const options: string[] = [];
  for (let index = lines.length - 2; index >= 0 && /^\s+\d+\. /.test(lines[index]!); index--) options.unshift(lines[index]!.replace(/^\s+\d+\. /, ''));
  return options;
}

describe.concurrent('truce play menus', () => {
  it('offer a mediator no crossing to close and no counter-proposal with nothing on the table, and say why when tried', async () => {
    const talk = converseInProcess(['play', RAFAH, '--as', 'qatar']);
    const menu = await talk.until(MENU);
    choose(talk, menu, 'Try a move the rules refuse now');
    const refused = await talk.until(/Which move\? \[1-\d+\]> /);
    talk.endInput();

    expect(menu).not.toMatch(/^\s+\d+\. Close a crossing/m);
    expect(menu).not.toMatch(/^\s+\d+\. Answer with a counter-proposal/m);
    expect(menu).toMatch(/^\s+\d+\. Put a proposal on the table — Qatar$/m);
    expect(refused).toMatch(/^\s+\d+\. Answer with a counter-proposal — refused now: there is no proposal on the table to answer; one must be tabled first \(PROPOSAL_TABLED\)$/m);
    expect(refused).toMatch(/^\s+\d+\. Close a crossing — refused now: Qatar is a mediator: only the principal parties \(Israel, Hamas\) close or open a crossing$/m);
    expect(await talk.exited).toBe(0);
  });

  it('offer a crossing to close to the principals only, when every party is played', async () => {
    const talk = converseInProcess(['play', RAFAH]);
    const menu = await talk.until(MENU);
    choose(talk, menu, 'Close a crossing');
    const parties = await talk.until(PARTY);
    talk.endInput();

    expect(menu).toMatch(/^\s+\d+\. Close a crossing — Israel, Hamas$/m);
    expect(optionsOf(parties)).toEqual(['No party named', 'Israel', 'Hamas', 'Several of them, together', 'Back']);
    expect(await talk.exited).toBe(0);
  });

  it('go back from "Which party?" to the same turn, with nothing played', async () => {
    const talk = converseInProcess(['play', RAFAH]);
    choose(talk, await talk.until(MENU), 'Put a proposal on the table');
    const parties = await talk.until(PARTY);
    choose(talk, parties, 'Back');
    const again = await talk.until(MENU);
    choose(talk, again, 'End the session');
    const debrief = await talk.until(/Final states:/);

    expect(optionsOf(parties).at(-1)).toBe('Back');
    expect(again).toContain('── 2024-05-05 · turn 1 of 18 ──');
    expect(again).not.toContain('✓');
    expect(again).not.toContain('✗');
    expect(debrief).toContain('You made no move.');
    expect(await talk.exited).toBe(0);
  });

  it('go back from "What kind of proposal?" and from "Who makes the claim?"', async () => {
    const talk = converseInProcess(['play', JANUARY]);
    for (let turn = 1; turn <= 5; turn++) choose(talk, await talk.until(MENU), HISTORY);
    choose(talk, await talk.until(MENU), 'Put a proposal on the table');
    choose(talk, await talk.until(PARTY), 'Qatar');
    const kinds = await talk.until(/What kind of proposal\? \[1-3\]> /);
    choose(talk, kinds, 'Back');
    choose(talk, await talk.until(MENU), 'Report a violation');
    choose(talk, await talk.until(/Which party is accused\? \[1-\d+\]> /), 'Israel');
    const claimants = await talk.until(/Who makes the claim\? \[1-\d+\]> /);
    choose(talk, claimants, 'Back');
    const again = await talk.until(MENU);
    talk.endInput();

    expect(optionsOf(kinds)).toEqual([
      'A new deal (it replaces the agreement in force once every principal accepts it)',
      'An amendment (its terms merge into the agreement in force once every principal accepts it)',
      'Back',
    ]);
    expect(optionsOf(claimants).at(-1)).toBe('Back');
    expect(again).toContain('── 2025-01-19 · turn 6 of 29 ──');
    expect(again).not.toContain('✓');
    expect(await talk.exited).toBe(0);
  });

  it("start a counter-proposal's note blank, not with the note of the proposal it answers", async () => {
    const talk = converseInProcess(['play', RAFAH, '--as', 'israel']);
    for (let turn = 1; turn <= 4; turn++) choose(talk, await talk.until(MENU), HISTORY);
    choose(talk, await talk.until(MENU), 'Answer with a counter-proposal');
    await talk.until(/\(pauseDays\).*> /);
    talk.type('\n');
    // The terms are those on the table (the 42-day ceasefire in 3 phases), to change as wanted...
    await talk.until(/\(ceasefireDays\) \(- for none\) \[42\]> /);
    talk.type('\n');
    for (const term of ['phases', 'hostages', 'prisoners', 'lastingCeasefire']) {
      await talk.until(new RegExp(`\\(${term}\\).*> `));
      talk.type('\n');
    }
    // ... but the note was the mediators' ("Reported as three phases of 42 days each."): it is not repeated.
    const note = await talk.until(/\(note\).*> /);
    talk.endInput();

    expect(note).toMatch(/anything else, in words \(note\) \(- for none\)> $/);
    expect(note).not.toContain('Reported as three phases');
    expect(await talk.exited).toBe(0);
  });

  it('echo what is typed with its control characters escaped, and take no text that carries one', async () => {
    const talk = converseInProcess(['play', RAFAH]);
    choose(talk, await talk.until(MENU), 'Make a statement');
    await talk.until(PARTY);
    talk.type('\u001b[2J1\n');
    const again = await talk.until(PARTY);
    talk.type('1\n');
    await talk.until(/what is said or reported.*> /);
    talk.type('We leave \u001b[1A\u001b[2K now\n');
    const after = await talk.until(MENU);
    talk.endInput();
    await talk.until(/Final states:/);

    expect(talk.transcript()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(again.startsWith('\\u001b[2J1\nType a number from 1 to 7.\n')).toBe(true);
    expect(after).toContain('We leave \\u001b[1A\\u001b[2K now\n');
    expect(after).toContain('That move is not complete: text: contains a control character (U+001B)');
    expect(after).toContain('── 2024-05-05 · turn 1 of 18 ──');
    expect(await talk.exited).toBe(0);
  });
});

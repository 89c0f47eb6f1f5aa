/** `truce play` driven as a student would drive it, through piped answers (numbered menus), in this process. */
import { afterAll, describe, expect, it } from 'vitest';
import { scratchFolder } from '../cli/helpers.js';
import { converseInProcess, optionNumber, type Conversation } from './conversation.js';

const NOVEMBER = 'scenarios/pause-2023-11.yaml';
const JANUARY = 'scenarios/ceasefire-2025-01.yaml';
const MENU = /What happens next\? \[1-\d+\]> /;
const PARTY = /Which party\? \[1-\d+\]> /;

const scratch = scratchFolder();
afterAll(() => scratch.remove());

/** Chooses the menu line that starts with `label`, from the menu just printed. */
function choose(talk: Conversation, menu: string, label: string): void {
  talk.type(`${optionNumber(menu, label)}\n`);
}

describe.concurrent('truce play (numbered prompts)', () => {
  it('lists the moves the rules allow at the start, with the parties that can make them', async () => {
    const talk = converseInProcess(['play', NOVEMBER]);
    const menu = await talk.until(MENU);
    talk.endInput();

    expect(menu).toContain('── 2023-11-22 · turn 1 of 24 ──');
    expect(menu).toContain('talks idle · operations active · access open · agreement none');
    expect(menu).toContain('Hostages: 242 held (0 reported dead), 0 freed');
    expect(menu).toContain('On the table: no proposal');
    // No agreement yet: no line for it, and no days to let pass.
    expect(menu).not.toContain('Agreement:');
    expect(menu).not.toMatch(/^\s+\d+\. Let the days pass/m);
    expect(menu).toMatch(/^\s+\d+\. Put a proposal on the table — Israel, Hamas, Qatar, Egypt, United States$/m);
    expect(menu).toMatch(/^\s+\d+\. Release prisoners — Israel, Hamas$/m);
    // Nothing to answer yet, no deal to pause under: not offered.
    expect(menu).not.toMatch(/^\s+\d+\. Accept the proposal/m);
    expect(menu).not.toMatch(/^\s+\d+\. Pause operations/m);
    expect(await talk.exited).toBe(0);
  });

  it('explains a refused move and stays in the same turn', async () => {
    const talk = converseInProcess(['play', NOVEMBER]);
    choose(talk, await talk.until(MENU), 'Try a move the rules refuse now');
    const refused = await talk.until(/Which move\? \[1-\d+\]> /);
    expect(refused).toMatch(/Pause operations for the release of hostages — refused now: there is no deal/);
    choose(talk, refused, 'Pause operations for the release of hostages');
    choose(talk, await talk.until(PARTY), 'Israel');
    const after = await talk.until(MENU);
    talk.endInput();

    expect(after).toContain('✗ Refused: Israel pauses operations for the release of hostages. Why: there is no deal');
    expect(after).toContain('[NO_AGREED_DEAL]');
    expect(after).toContain('turn 1 of 24');
    expect(await talk.exited).toBe(0);
  });

  it('makes an accepted move with the answers given, and the state changes', async () => {
    const talk = converseInProcess(['play', NOVEMBER]);
    choose(talk, await talk.until(MENU), 'Put a proposal on the table');
    choose(talk, await talk.until(PARTY), 'Qatar');
    await talk.until(/\(pauseDays\) \(- for none\)( \[\d+\])?> /);
    talk.type('3\n');
    await talk.until(/\(ceasefireDays\).*> /);
    talk.type('\n');
    await talk.until(/\(hostages\).*> /);
    talk.type('30\n');
    await talk.until(/\(prisoners\).*> /);
    talk.type('90\n');
    await talk.until(/\(lastingCeasefire\).*> /);
    talk.type('no\n');
    await talk.until(/\(note\).*> /);
    talk.type('-\n');
    const after = await talk.until(MENU);
    talk.endInput();

    expect(after).toContain('✓ Qatar puts forward a proposal (pause 3 days, no lasting ceasefire, 30 hostages, 90 prisoners)');
    expect(after).toContain('turn 2 of 24');
    expect(after).toContain('talks proposal · operations active · access open · agreement none');
    expect(after).toContain("On the table: Qatar's proposal (pause 3 days, no lasting ceasefire, 30 hostages, 90 prisoners) — accepted by no one; still to accept: Israel, Hamas");
    expect(after).toMatch(/^\s+\d+\. Accept the proposal — Israel, Hamas$/m);
    expect(await talk.exited).toBe(0);
  });

  it('asks again when an answer is not a number', async () => {
    const talk = converseInProcess(['play', NOVEMBER]);
    choose(talk, await talk.until(MENU), 'Report deaths of hostages');
    await talk.until(/how many \[1\]> /);
    talk.type('several\n');
    await talk.until(/type a whole number of at least 1\nhow many \[1\]> /);
    talk.type('2\n');
    const after = await talk.until(MENU);
    talk.endInput();

    expect(after).toContain('✓ Deaths of 2 hostages are reported');
    expect(after).toContain('Hostages: 242 held (2 reported dead)');
    expect(await talk.exited).toBe(0);
  });

  it('ends with a debrief comparing the path taken with the history, the agreement region too', async () => {
    const talk = converseInProcess(['play', NOVEMBER]);
    choose(talk, await talk.until(MENU), 'Let this turn go as it did in history');
    const afterFirst = await talk.until(MENU);
    choose(talk, afterFirst, 'Let this turn go as it did in history');
    choose(talk, await talk.until(MENU), 'Let the talks stall');
    await talk.until(/reason \(- for none\)> /);
    talk.type('\n');
    choose(talk, await talk.until(MENU), 'End the session and see the debrief');
    const debrief = await talk.until(/history: Agreement: .*\n/);

    expect(afterFirst).toContain('✓ Qatar puts forward a proposal (pause 4 days, 50 hostages, 150 prisoners)');
    expect(debrief).toContain('══ Debrief: your path and what happened ══');
    expect(debrief).toMatch(/2023-11-22 {2}turn 2\n {2}history: Israel accepts the proposal\n {2}you: {5}Israel accepts the proposal {2}✓ same as history/);
    expect(debrief).toMatch(/turn 3\n {2}history: Hamas accepts the proposal\n {2}you: {5}Talks stall {2}✗ different: your path leaves the record here\n {2}agreement after it: yours none, history's inForce\n/);
    expect(debrief).toContain('You played 3 turns of the 24 in the record; 2 went as in history.');
    expect(debrief).toContain('You first left the historical path at turn 3 (2023-11-22).');
    expect(debrief).toMatch(/^ {2}talks +stalled +accepted$/m);
    expect(debrief).toMatch(/^ {2}agreement +none +inForce$/m);
    expect(debrief).toContain('history (after turn 3)');
    expect(debrief).toMatch(/^Agreements:\n {2}you: {5}Agreement: none\n {2}history: Agreement: in force \(proposal by Qatar: pause 4 days, 50 hostages, 150 prisoners\) · its days have not begun/m);
    expect(await talk.exited).toBe(0);
  });

  it('shows the agreement each turn: its end day and days left, its phase, and what is due against what is done', async () => {
    const talk = converseInProcess(['play', JANUARY]);
    for (let turn = 1; turn <= 5; turn++) choose(talk, await talk.until(MENU), 'Let this turn go as it did in history');
    const menu = await talk.until(MENU);
    choose(talk, menu, 'Try a move the rules refuse now');
    const refused = await talk.until(/Which move\? \[1-\d+\]> /);
    talk.endInput();

    expect(menu).toContain('── 2025-01-19 · turn 6 of 29 ──');
    expect(menu).toContain('talks accepted · operations ceasefire · access open · agreement inForce');
    expect(menu).toMatch(/^Agreement: in force .*; end day 2 March 2025 \(42 days left\) · phase 1 of 3 \(phase 2 still to be negotiated\) · phase 1: 0 of 33 hostages freed or returned/m);
    expect(menu).toMatch(/^\s+\d+\. Extend the agreement — Israel, Hamas, Qatar, Egypt, United States$/m);
    expect(menu).toMatch(/^\s+\d+\. Let the days pass$/m);
    expect(menu).not.toMatch(/^\s+\d+\. Begin the next phase/m);
    expect(refused).toMatch(/^\s+\d+\. Begin the next phase of the agreement — refused now: the terms of phase 2 are still to be negotiated/m);
    expect(await talk.exited).toBe(0);
  });

  it('lets the pause lapse when its days pass without an extension, and says so', async () => {
    const talk = converseInProcess(['play', NOVEMBER]);
    // Up to the first extension (turn 14, 27 November), as it happened.
    for (let turn = 1; turn <= 13; turn++) choose(talk, await talk.until(MENU), 'Let this turn go as it did in history');
    const before = await talk.until(MENU);
    choose(talk, before, 'Let the days pass');
    choose(talk, await talk.until(MENU), 'Let the days pass');
    choose(talk, await talk.until(MENU), 'Let the days pass');
    const after = await talk.until(MENU);
    talk.endInput();

    expect(before).toMatch(/end day 28 November 2023 \(1 day left\)/);
    expect(before).toMatch(/^\s+\d+\. Extend the pause$/m);
    expect(after).toContain('✓ Time passes\nTime passes to 29 November 2023. Agreement: lapsed after 28 November 2023 (its agreed days ran out)');
    expect(after).toContain('── 2023-11-29 · turn 17 of 24 ──');
    expect(after).toContain('talks accepted · operations pausedForRelease · access open · agreement lapsed');
    expect(after).not.toMatch(/^\s+\d+\. Extend the pause$/m);
    expect(after).not.toMatch(/^\s+\d+\. Let the days pass$/m);
    expect(await talk.exited).toBe(0);
  });

  it('tables a joint amendment that agrees the next phase, which can then begin', async () => {
    const talk = converseInProcess(['play', JANUARY]);
    for (let turn = 1; turn <= 5; turn++) choose(talk, await talk.until(MENU), 'Let this turn go as it did in history');
    choose(talk, await talk.until(MENU), 'Put a proposal on the table');
    choose(talk, await talk.until(PARTY), 'Several of them, together');
    await talk.until(/Which parties, together\? .*> /);
    talk.type('qatar, egipt\n');
    const misspelt = await talk.until(/Which parties, together\? .*> /);
    talk.type('Qatar and Egypt\n');
    choose(talk, await talk.until(/What kind of proposal\? \[1-3\]> /), 'An amendment');
    for (const answer of ['', '', '42', '', '', '', '']) {
      await talk.until(/\(- for none\)> /);
      talk.type(`${answer}\n`);
    }
    choose(talk, await talk.until(MENU), 'Accept the proposal');
    choose(talk, await talk.until(PARTY), 'Hamas');
    choose(talk, await talk.until(MENU), 'Accept the proposal');
    const agreed = await talk.until(MENU);
    choose(talk, agreed, 'Begin the next phase of the agreement');
    await talk.until(/the phase that begins.*\[2\]> /);
    talk.type('\n');
    const begun = await talk.until(MENU);
    talk.endInput();

    expect(misspelt).toContain('no party "egipt" (did you mean "egypt"?)');
    expect(agreed).toContain('✓ Israel accepts the proposal');
    expect(agreed).toMatch(/^Agreement: in force .*phase 1 of 3 ·/m);
    expect(begun).toContain('✓ Phase 2 of the agreement begins');
    expect(begun).toMatch(/^Agreement: in force .*days running since 25 January 2025; end day 8 March 2025 \(28 days left\) · phase 2 of 3 \(phase 3 still to be negotiated\)/m);
    const end = await talk.until(/history: Agreement: .*\n/);
    expect(end).toMatch(/turn 6\n {2}history: Hamas releases hostages: 3 hostages freed\n {2}you: {5}Qatar and Egypt put forward a proposal \(amends the agreement, phase 2: 42 days\) {2}✗ different/);
    expect(await talk.exited).toBe(0);
  });

  it('names who makes a claim from a menu, and asks whether a release is outside the deal', async () => {
    const talk = converseInProcess(['play', JANUARY]);
    for (let turn = 1; turn <= 5; turn++) choose(talk, await talk.until(MENU), 'Let this turn go as it did in history');
    choose(talk, await talk.until(MENU), 'Report a violation');
    choose(talk, await talk.until(/Which party is accused\? \[1-\d+\]> /), 'Israel');
    choose(talk, await talk.until(/Who makes the claim\? \[1-\d+\]> /), 'Hamas');
    await talk.until(/what is alleged.*> /);
    talk.type('Hamas says aid is held back.\n');
    const claimed = await talk.until(MENU);
    choose(talk, claimed, 'Release hostages');
    choose(talk, await talk.until(PARTY), 'Hamas');
    // The default is what the phase in force provides (33), within the living held.
    await talk.until(/how many \[33\]> /);
    talk.type('5\n');
    await talk.until(/how many of them are bodies \(- for none\)> /);
    talk.type('\n');
    await talk.until(/released outside the deal's count, under a separate arrangement \[no\]> /);
    talk.type('yes\n');
    const after = await talk.until(MENU);
    talk.endInput();

    expect(claimed).toContain('✓ Hamas accuses Israel of a violation: Hamas says aid is held back.');
    expect(after).toContain('✓ Hamas releases hostages: 5 hostages freed (outside the deal)');
    expect(after).toContain('Hostages: 92 held (43 reported dead), 5 freed');
    expect(after).toMatch(/phase 1: 0 of 33 hostages freed or returned/);
    expect(await talk.exited).toBe(0);
  });

  it('ends by itself when the history runs out', async () => {
    const file = scratch.write(
      'two-steps.yaml',
      `id: two-steps
title: Two steps
summary: A proposal and an answer.
sources: [{ id: notes, title: Notes }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }, { id: qatar, name: Qatar, role: mediator }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
  - { id: tabled, date: 2023-11-20, event: { type: PROPOSAL_TABLED, by: qatar, terms: { pauseDays: 4 } }, source: notes }
  - { id: answer, date: 2023-11-21, event: { type: PROPOSAL_REJECTED, by: hamas }, source: notes }
`,
    );
    const talk = converseInProcess(['play', file]);
    choose(talk, await talk.until(MENU), 'Let this turn go as it did in history');
    choose(talk, await talk.until(MENU), 'Let this turn go as it did in history');
    const end = await talk.until(/prisoners freed.*\n/);

    expect(end).toContain('That was the last step of the history: the session is over.');
    expect(end).toContain('You played 2 turns of the 2 in the record; 2 went as in history.');
    expect(end).toContain('history (end)');
    expect(await talk.exited).toBe(0);
  });

  it('offers only the moves of the party played with --as', async () => {
    const talk = converseInProcess(['play', NOVEMBER, '--as', 'hamas']);
    const menu = await talk.until(MENU);
    talk.endInput();

    expect(menu).toContain('You play Hamas');
    expect(menu).toMatch(/^\s+\d+\. Put a proposal on the table — Hamas$/m);
    expect(menu).toMatch(/^\s+\d+\. Open a round of talks$/m);
    expect(menu).not.toMatch(/— Israel/);
    expect(menu).toMatch(/^\s+\d+\. Report a violation — about Israel, Hamas, Qatar, Egypt, United States$/m);
    expect(await talk.exited).toBe(0);
  });

  it('takes the first words of a choice as well as its number', async () => {
    const talk = converseInProcess(['play', NOVEMBER]);
    await talk.until(MENU);
    talk.type('let this turn\n');
    await talk.until(MENU);
    talk.type('let\n');
    const ambiguous = await talk.until(MENU);
    talk.type('end\n');
    const end = await talk.until(/Final states:/);

    expect(ambiguous).toContain('Type a number from 1 to');
    expect(ambiguous).toContain(', or more of the words.');
    expect(end).toContain('You played 1 turn of the 24 in the record; 1 went as in history.');
    expect(await talk.exited).toBe(0);
  });

  it('stops with a debrief when the input ends', async () => {
    const talk = converseInProcess(['play', NOVEMBER]);
    await talk.until(MENU);
    talk.endInput();
    const end = await talk.until(/Final states:/);

    expect(end).toContain('You played 0 turns of the 24 in the record; 0 went as in history.');
    expect(await talk.exited).toBe(0);
  });

  it('refuses an unknown party for --as, exit 2, with a suggestion', async () => {
    const talk = converseInProcess(['play', NOVEMBER, '--as', 'hamass']);
    const code = await talk.exited;

    expect(code).toBe(2);
    expect(talk.transcript()).toBe('truce play: no party "hamass" in pause-2023-11 (did you mean "hamas"?); parties: israel, hamas, qatar, egypt, usa\n');
  });

  it('plays the May 2024 scenario when none is named', async () => {
    const talk = converseInProcess(['play']);
    const menu = await talk.until(MENU);
    talk.endInput();

    expect(menu).toContain('Rafah and the Cairo talks, May 2024');
    expect(menu).toContain('── 2024-05-05 · turn 1 of 18 ──');
    expect(await talk.exited).toBe(0);
  });
});

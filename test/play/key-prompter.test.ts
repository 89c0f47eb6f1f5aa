/**
 * The arrow-key menus, in this process: a stand-in terminal (a stream that
 * says it is one) takes the keys a player would press, and the test reads
 * what was drawn. `play-terminal.test.ts` drives the same menus through a
 * real pseudo-terminal.
 */
import { describe, expect, it } from 'vitest';
import { KEYS, standInTerminal } from './stand-in-terminal.js';

const { UP, DOWN, ENTER, BACKSPACE, CTRL_C, ESCAPE } = KEYS;

const OPTIONS = ['Open a round of talks', 'Put a proposal on the table', 'End the session'];

describe('a menu', () => {
  it('starts on the first option, moves with the arrow keys and j/k, wraps around, and chooses with Enter', async () => {
    const terminal = standInTerminal();
    const chosen = terminal.prompter.choose('What happens next?', OPTIONS);

    terminal.press(DOWN);
    terminal.press('j');
    terminal.press('j');
    terminal.press(UP);
    terminal.press('k');
    terminal.press(DOWN);
    terminal.press(ENTER);

    // 0 → 1 → 2 → 0 (past the end) → 2 (before the start) → 1 → 2.
    expect(await chosen).toBe(2);
    expect(terminal.drawn()).toContain('What happens next?  (↑/↓ to move, Enter to choose)\n[❯ Open a round of talks]\n  Put a proposal on the table\n');
    expect(terminal.drawn()).toMatch(/What happens next\? End the session\n/);
    terminal.prompter.close();
  });

  it('jumps to a line by its number, and ignores a number past the end', async () => {
    const terminal = standInTerminal();
    const chosen = terminal.prompter.choose('Which?', OPTIONS);

    terminal.press('9');
    terminal.press('2');
    terminal.press(ENTER);

    expect(await chosen).toBe(1);
    terminal.prompter.close();
  });

  it.each([['q'], [ESCAPE], [CTRL_C]])('stops with %j, saying so', async (key) => {
    const terminal = standInTerminal();
    const chosen = terminal.prompter.choose('What happens next?', OPTIONS);

    terminal.press(key);

    expect(await chosen).toBeNull();
    expect(terminal.drawn()).toContain('What happens next? (stopped)');
    terminal.prompter.close();
  });

  it('cuts an option too long for the terminal with an ellipsis', async () => {
    const terminal = standInTerminal();
    const chosen = terminal.prompter.choose('Which?', ['x'.repeat(60)]);
    terminal.press(ENTER);
    await chosen;

    expect(terminal.drawn()).toContain(`[❯ ${'x'.repeat(35)}…]`);
    terminal.prompter.close();
  });

  it('keeps keys pressed before it is shown, for the next question', async () => {
    const terminal = standInTerminal();

    terminal.press(DOWN);
    terminal.press(ENTER);
    await new Promise<void>((resolve) => setImmediate(resolve));
    const chosen = terminal.prompter.choose('Which?', OPTIONS);

    expect(await chosen).toBe(1);
    terminal.prompter.close();
  });
});

describe('a question', () => {
  it('takes what is typed, with Backspace, and shows the default in brackets', async () => {
    const terminal = standInTerminal();
    const answer = terminal.prompter.ask('How many', '4');

    terminal.press('1');
    terminal.press('2');
    terminal.press(BACKSPACE);
    terminal.press('5');
    terminal.press(ENTER);

    expect(await answer).toBe('15');
    expect(terminal.drawn()).toContain('How many [4]: 12\b \b5\n');
    terminal.prompter.close();
  });

  it('gives an empty answer for Enter alone (the caller then takes the default), and none for Ctrl-C', async () => {
    const terminal = standInTerminal();
    const empty = terminal.prompter.ask('Where');
    terminal.press(ENTER);
    expect(await empty).toBe('');

    const stopped = terminal.prompter.ask('Where');
    terminal.press(CTRL_C);
    expect(await stopped).toBeNull();
    terminal.prompter.close();
  });

  it('ignores Backspace on an empty line and control keys', async () => {
    const terminal = standInTerminal();
    const answer = terminal.prompter.ask('Where');

    terminal.press(BACKSPACE);
    terminal.press('\u0001');
    terminal.press('a');
    terminal.press(ENTER);

    expect(await answer).toBe('a');
    expect(terminal.drawn()).toBe('Where: a\n');
    terminal.prompter.close();
  });
});

describe('the terminal', () => {
  it('is in raw mode while the session runs, and given back when it closes', () => {
    const terminal = standInTerminal();
    expect(terminal.input.rawMode).toBe(true);

    terminal.prompter.close();

    expect(terminal.input.rawMode).toBe(false);
    expect(terminal.drawn()).toContain('\u001b[?25h');
  });
});

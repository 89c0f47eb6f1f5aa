/**
 * The arrow-key menus and questions, key by key: what each key a player may
 * press does to the menu drawn on the terminal, or to the line being typed.
 * A stand-in terminal (a stream that says it is one) takes the keys, as in
 * key-prompter.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { KEYS, standInTerminal } from './stand-in-terminal.js';

const { UP, DOWN, ENTER, LINE_FEED, BACKSPACE, TAB, CTRL_A, CTRL_D } = KEYS;

const OPTIONS = ['Open a round of talks', 'Put a proposal on the table', 'End the session'];

/** The menu as drawn with the option at `selected` highlighted, for the stand-in's highlight. */
function menu(question: string, options: readonly string[], selected: number): string {
  return `${question}  (↑/↓ to move, Enter to choose)\n${options.map((option, index) => (index === selected ? `[❯ ${option}]` : `  ${option}`)).join('\n')}\n`;
}

describe('a menu on the terminal', () => {
  it('hides the cursor, redraws itself in place over the question and its options, and leaves the choice on one line with the cursor shown again', async () => {
    const terminal = standInTerminal();
    const chosen = terminal.prompter.choose('Which?', ['Talks', 'Proposal']);

    terminal.press(DOWN, ENTER);

    expect(await chosen).toBe(1);
    // Up three lines (the question and two options), then clear to the end of the screen.
    const up = '\u001b[3A\u001b[0J';
    expect(terminal.drawn()).toBe(`\u001b[?25l${menu('Which?', ['Talks', 'Proposal'], 0)}${up}${menu('Which?', ['Talks', 'Proposal'], 1)}${up}Which? Proposal\n\u001b[?25h`);
    terminal.prompter.close();
  });

  it('shows an option exactly as wide as the terminal allows in full', async () => {
    const terminal = standInTerminal();
    // 40 columns, less the four of the marker and margin.
    const option = 'x'.repeat(36);
    const chosen = terminal.prompter.choose('Which?', [option]);
    terminal.press(ENTER);
    await chosen;

    expect(terminal.drawn()).toContain(`[❯ ${option}]`);
    expect(terminal.drawn()).not.toContain('…');
    terminal.prompter.close();
  });

  it('cuts an option of wide characters by the columns they take, so that it stays on one line', async () => {
    const terminal = standInTerminal();
    // 20 characters of two columns each: 40 columns, in the 36 there are; 17 of them and … take 35.
    const option = '停火谈判'.repeat(5);
    const chosen = terminal.prompter.choose('Which?', [option]);
    terminal.press(ENTER);
    await chosen;

    expect(terminal.drawn()).toContain(`[❯ ${Array.from(option).slice(0, 17).join('')}…]`);
    terminal.prompter.close();
  });

  it('chooses with a line feed as with Enter', async () => {
    const terminal = standInTerminal();
    const chosen = terminal.prompter.choose('Which?', OPTIONS);

    terminal.press(DOWN, LINE_FEED);

    expect(await chosen).toBe(1);
    terminal.prompter.close();
  });

  it('jumps to the last line by its number, and ignores 0, a number past the end and other keys', async () => {
    const terminal = standInTerminal();
    const last = terminal.prompter.choose('Which?', OPTIONS);
    terminal.press('3', ENTER);
    expect(await last).toBe(2);

    const drawnBefore = terminal.drawn().length;
    const unmoved = terminal.prompter.choose('Which?', OPTIONS);
    terminal.press('0', '9', 'x', ' ', TAB, ENTER);
    expect(await unmoved).toBe(0);
    // Drawn once, then the choice: none of those keys redrew the menu.
    expect(terminal.drawn().slice(drawnBefore).match(/\(↑\/↓ to move, Enter to choose\)/g)).toHaveLength(1);
    terminal.prompter.close();
  });

  it('stops with Ctrl-D, as with Ctrl-C', async () => {
    const terminal = standInTerminal();
    const chosen = terminal.prompter.choose('What happens next?', OPTIONS);

    terminal.press(CTRL_D);

    expect(await chosen).toBeNull();
    expect(terminal.drawn()).toContain('What happens next? (stopped)');
    terminal.prompter.close();
  });

  it('does not stop for the letters c and d, nor for another Ctrl key', async () => {
    const terminal = standInTerminal();
    const chosen = terminal.prompter.choose('What happens next?', OPTIONS);

    terminal.press('c', 'd', CTRL_A, DOWN, ENTER);

    expect(await chosen).toBe(1);
    expect(terminal.drawn()).not.toContain('(stopped)');
    terminal.prompter.close();
  });

  it('keeps every key typed ahead, across several menus in a row', async () => {
    const terminal = standInTerminal();

    terminal.press(DOWN, ENTER, DOWN, DOWN, ENTER);
    const first = terminal.prompter.choose('First?', OPTIONS);
    expect(await first).toBe(1);
    const second = terminal.prompter.choose('Second?', OPTIONS);
    expect(await second).toBe(2);
    terminal.prompter.close();
  });
});

describe('a question on the terminal', () => {
  it('keeps the letters c and d and spaces as typed, and takes a line feed as Enter', async () => {
    const terminal = standInTerminal();
    const answer = terminal.prompter.ask('What is said');

    terminal.press('c', 'd', ' ', 'c', LINE_FEED);

    expect(await answer).toBe('cd c');
    expect(terminal.drawn()).toBe('What is said: cd c\n');
    terminal.prompter.close();
  });

  it('stops with Ctrl-D, as with Ctrl-C', async () => {
    const terminal = standInTerminal();
    const answer = terminal.prompter.ask('What is said');

    terminal.press('a', CTRL_D);

    expect(await answer).toBeNull();
    terminal.prompter.close();
  });

  it('takes back only the last character on Backspace', async () => {
    const terminal = standInTerminal();
    const answer = terminal.prompter.ask('Where');

    terminal.press('D', 'o', 'h', 'x', BACKSPACE, 'a', ENTER);

    expect(await answer).toBe('Doha');
    terminal.prompter.close();
  });

  it('keeps a character outside the basic plane, such as an emoji, and takes it back whole on Backspace', async () => {
    const terminal = standInTerminal();
    const answer = terminal.prompter.ask('Note');

    terminal.press('o', 'k', ' ', '👍', '🕊', BACKSPACE, ENTER);

    expect(await answer).toBe('ok 👍');
    terminal.prompter.close();
  });

  it('erases both columns of a wide character on Backspace', async () => {
    const terminal = standInTerminal();
    const answer = terminal.prompter.ask('Where');

    terminal.press('a', '中', BACKSPACE, ENTER);

    expect(await answer).toBe('a');
    expect(terminal.drawn()).toBe('Where: a中\b\b  \b\b\n');
    terminal.prompter.close();
  });

  it('takes back a character made of several (an accent, a family emoji) whole on Backspace', async () => {
    const terminal = standInTerminal();
    const answer = terminal.prompter.ask('Note');

    terminal.press('e', '\u0301', BACKSPACE, 'o', 'k', '👨', '\u200d', '👩', '\u200d', '👧', BACKSPACE, ENTER);

    expect(await answer).toBe('ok');
    terminal.prompter.close();
  });

  it('ignores the arrow keys and Tab', async () => {
    const terminal = standInTerminal();
    const answer = terminal.prompter.ask('Where');

    terminal.press('C', UP, 'a', DOWN, TAB, 'i', 'r', 'o', ENTER);

    expect(await answer).toBe('Cairo');
    expect(terminal.drawn()).toBe('Where: Cairo\n');
    terminal.prompter.close();
  });
});

describe('the terminal, once the session is over', () => {
  it('no longer listens for keys', () => {
    const terminal = standInTerminal();
    expect(terminal.input.listenerCount('keypress')).toBe(1);

    terminal.prompter.close();

    expect(terminal.input.listenerCount('keypress')).toBe(0);
  });
});

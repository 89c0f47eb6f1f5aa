/**
 * `truce play` on a terminal: the arrow-key menus, driven through a
 * pseudo-terminal made by util-linux `script` (in every Debian system, as
 * part of bsdutils). The command must see a terminal on stdin and stdout.
 */
import { describe, expect, it } from 'vitest';
import { converse } from './conversation.js';

const DOWN = '\u001b[B';
const ENTER = '\r';

describe('truce play (arrow-key menus on a terminal)', () => {
  it('moves through the menu with the arrow keys, asks the answers, and ends with q', async () => {
    const talk = converse(['play', 'scenarios/pause-2023-11.yaml'], { terminal: true });
    await talk.until(/What happens next\? {2}\(↑\/↓ to move, Enter to choose\)\r?\n❯ Open a round of talks/);
    talk.type(DOWN);
    // The menu is drawn again with the cursor on the second line (after moving up over the old one).
    await talk.until(/\u001b\[\d+A\u001b\[0JWhat happens next\?.*\r?\n {2}Open a round of talks\r?\n❯ Put a proposal on the table/);
    talk.type(ENTER);
    await talk.until(/Which party\?.*\r?\n❯ Israel/);
    talk.type('3');
    await talk.until(/❯ Qatar/);
    talk.type(ENTER);
    await talk.until(/\(pauseDays\) \(- for none\) \[4\]: /);
    talk.type(`5${ENTER}`);
    for (const term of ['ceasefireDays', 'hostages', 'prisoners', 'lastingCeasefire', 'note']) {
      await talk.until(new RegExp(`\\(${term}\\).*: `));
      talk.type(ENTER);
    }
    const accepted = await talk.until(/What happens next\?/);
    talk.type('q');
    const debrief = await talk.until(/prisoners freed.*\r?\n/);

    expect(accepted).toContain('✓ Qatar puts forward a proposal (pause 5 days, 50 hostages, 150 prisoners)');
    expect(accepted).toContain('turn 2 of 24');
    expect(debrief).toContain('What happens next? (stopped)');
    expect(debrief).toMatch(/you: {5}Qatar puts forward a proposal \(pause 5 days, 50 hostages, 150 prisoners\) {2}✓ same as history/);
    expect(await talk.exited).toBe(0);
  });
});

/** The lines of the last menu drawn in `screen` (after its question), without the cursor mark. */
function menuLines(screen: string): string[] {
  const drawn = screen.slice(screen.lastIndexOf('What happens next?'));
  return drawn.split(/\r?\n/).slice(1).filter((line) => /^(❯| ) /.test(line)).map((line) => line.slice(2));
}

describe('truce play on a terminal, off the record', () => {
  it('goes back from "Which party?", and once the path has left the record offers to let a turn pass instead of history', async () => {
    const talk = converse(['play', 'scenarios/pause-2023-11.yaml'], { terminal: true });
    await talk.until(/What happens next\? {2}\(↑\/↓ to move, Enter to choose\)\r?\n❯ Open a round of talks/);
    talk.type(DOWN);
    await talk.until(/❯ Put a proposal on the table/);
    talk.type(ENTER);
    const parties = await talk.until(/Which party\?.*\r?\n❯ Israel(.*\r?\n)*? {2}Back\r?\n/);
    talk.type('7');
    await talk.until(/❯ Back/);
    talk.type(ENTER);
    const menu = await talk.until(/What happens next\? {2}\(↑\/↓ to move, Enter to choose\)\r?\n❯ Open a round of talks(.*\r?\n)*? {2}End the session and see the debrief\r?\n/);
    const stall = menuLines(menu).findIndex((line) => line.startsWith('Let the talks stall'));
    talk.type(DOWN.repeat(stall));
    await talk.until(/❯ Let the talks stall/);
    talk.type(ENTER);
    await talk.until(/reason \(- for none\): /);
    talk.type(ENTER);
    const next = await talk.until(/What happens next\? {2}\(↑\/↓ to move, Enter to choose\)(.*\r?\n)*? {2}End the session and see the debrief\r?\n/);
    talk.type('q');
    await talk.until(/prisoners freed.*\r?\n/);

    expect(parties).toMatch(/Which party\? {2}\(↑\/↓ to move, Enter to choose\)\r?\n❯ Israel\r?\n {2}Hamas\r?\n {2}Qatar\r?\n {2}Egypt\r?\n {2}United States\r?\n {2}Several of them, together\r?\n {2}Back\r?\n/);
    expect(menu).toContain('Which party? Back');
    expect(menu).toContain('turn 1 of 24');
    expect(next).toContain('✓ Talks stall');
    expect(menuLines(next)).toContain('Let this turn pass with nothing happening (you left the record at turn 1)');
    expect(menuLines(next)).not.toContain('Let this turn go as it did in history');
    expect(await talk.exited).toBe(0);
  });
});

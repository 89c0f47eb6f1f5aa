/**
 * The numbered menus and questions of `truce play` on a pipe, answer by
 * answer: which answers choose an option, what a wrong one gets, and what
 * happens when there is no input at all.
 */
import { describe, expect, it } from 'vitest';
import type { LineSource } from '../../src/files/index.js';
import { linePrompter } from '../../src/play/index.js';

/** Lines piped in, one answer each, then the end of the input; `closed` says whether the prompter let go of it. */
function piped(...lines: string[]) {
  const waiting = [...lines];
  let closed = false;
  const source: LineSource = {
    nextLine: async () => waiting.shift() ?? null,
    close() {
      closed = true;
    },
  };
  let printed = '';
  const prompter = linePrompter(source, (text) => {
    printed += text;
  });
  return { prompter, printed: () => printed, closed: () => closed };
}

const OPTIONS = ['Open a round of talks', 'Put a proposal on the table', 'Pause operations'];

describe('a numbered menu', () => {
  it('takes a number with spaces around it', async () => {
    const { prompter } = piped('  2 ');

    expect(await prompter.choose('What happens next?', OPTIONS)).toBe(1);
  });

  it('takes the number of the last option', async () => {
    const { prompter } = piped('3');

    expect(await prompter.choose('What happens next?', OPTIONS)).toBe(2);
  });

  it.each([['0'], ['4'], ['1.5'], ['2x'], ['x2']])('asks again after %j, which is not the number of an option', async (answer) => {
    const { prompter, printed } = piped(answer, '2');

    expect(await prompter.choose('What happens next?', OPTIONS)).toBe(1);
    expect(printed()).toBe(
      [
        '   1. Open a round of talks',
        '   2. Put a proposal on the table',
        '   3. Pause operations',
        `What happens next? [1-3]> ${answer}`,
        'Type a number from 1 to 3.',
        'What happens next? [1-3]> 2',
        '',
      ].join('\n'),
    );
  });

  it('asks again after an empty answer, even when there is only one option', async () => {
    const { prompter, printed } = piped('', '   ', '1');

    expect(await prompter.choose('Which party?', ['Qatar'])).toBe(0);
    expect(printed()).toBe(['   1. Qatar', 'Which party? [1-1]> ', 'Type a number from 1 to 1.', 'Which party? [1-1]>    ', 'Type a number from 1 to 1.', 'Which party? [1-1]> 1', ''].join('\n'));
  });

  it('asks for more of the words when the beginning typed fits several options', async () => {
    const { prompter, printed } = piped('p', 'pause');

    expect(await prompter.choose('What happens next?', OPTIONS)).toBe(2);
    expect(printed()).toContain('What happens next? [1-3]> p\nType a number from 1 to 3, or more of the words.\n');
  });
});

describe('a prompter with no input at all', () => {
  it('ends the menus and questions at once, and closes without complaint', async () => {
    let printed = '';
    const prompter = linePrompter(null, (text) => {
      printed += text;
    });

    expect(await prompter.choose('What happens next?', OPTIONS)).toBeNull();
    expect(await prompter.ask('Where')).toBeNull();
    expect(() => prompter.close()).not.toThrow();
    expect(printed).toContain('What happens next? [1-3]> ');
  });
});

describe('closing the prompter', () => {
  it('stops reading the input, so that it does not keep the process alive', () => {
    const { prompter, closed } = piped();

    prompter.close();

    expect(closed()).toBe(true);
  });
});

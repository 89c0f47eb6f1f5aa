/** The columns text takes on a terminal (columns.ts): wide characters two, accents none, a character made of several one. */
import { describe, expect, it } from 'vitest';
import { columnsOf, fitColumns, lastCharacter } from '../../src/play/columns.js';

describe('columns on a terminal', () => {
  it.each([
    ['Doha', 4],
    ['中', 2],
    ['🕊️', 2],
    ['e\u0301', 1],
    ['', 0],
  ])('%j takes %i columns', (text, columns) => {
    expect(columnsOf(text)).toBe(columns);
  });

  it.each([
    ['Cairo', 'o'],
    ['ok 👍', '👍'],
    ['ok 👨\u200d👩\u200d👧', '👨\u200d👩\u200d👧'],
    ['cafe\u0301', 'e\u0301'],
    ['', ''],
  ])('the last character of %j is %j', (text, last) => {
    expect(lastCharacter(text)).toBe(last);
  });

  it('leaves text that fits as it is, to the last column', () => {
    expect(fitColumns('Rafah', 5)).toBe('Rafah');
    expect(fitColumns('中中', 4)).toBe('中中');
  });

  it('cuts text that does not fit at a whole character, with … in the last column', () => {
    expect(fitColumns('Rafah crossing', 6)).toBe('Rafah…');
    // Two columns each: two of them and … take 5 of 6; a third would take 7.
    expect(fitColumns('中中中中', 6)).toBe('中中…');
    expect(fitColumns('ok 👨\u200d👩\u200d👧 family', 6)).toBe('ok 👨\u200d👩\u200d👧…');
  });
});

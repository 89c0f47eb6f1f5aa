/** A remembered function gives the same answers as the function, computes each once, and forgets all past its limit. */
import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/model/remember.js';

describe('remembered', () => {
  it('computes an answer once, and again only after it forgot everything at its limit', () => {
    const asked: string[] = [];
    const length = remembered((key: string) => {
      asked.push(key);
      return key.length;
    }, 2);

    expect([length('a'), length('bb'), length('a'), length('bb')]).toEqual([1, 2, 1, 2]);
    expect(asked).toEqual(['a', 'bb']);
    expect(length('ccc')).toBe(3);
    expect(length('a')).toBe(1);
    expect(asked).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});

describe('remembered, asked two questions in turn', () => {
  it('answers both from memory, and tells numbers apart from one another', () => {
    const asked: number[] = [];
    const doubled = remembered((key: number) => {
      asked.push(key);
      return key * 2;
    }, 100);
    const answers = [1, 2, 1, 2, 3, 1, 0, 0].map(doubled);
    expect(answers).toEqual([2, 4, 2, 4, 6, 2, 0, 0]);
    // 1 comes back from the map after 3 pushed it out of the last two; 0 (a falsy key and answer) is remembered too.
    expect(asked).toEqual([1, 2, 3, 0]);
  });
});

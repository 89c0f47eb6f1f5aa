/** A remembered function gives the same answers as the function, computes each once, and forgets all past its limit. */
import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/model/remember.js';

describe('remembered', () => {
  it('computes an answer once, and again only after it forgot everything at its limit', () => {
    const asked: string[] = [];
    const length = remembered((key) => {
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

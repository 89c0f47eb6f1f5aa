/** Each run's own stream of draws, from the master seed and the run's number alone. */
import { describe, expect, it } from 'vitest';
import { Draws, runState } from '../../src/simulate/random.js';

describe('the draws of a run', () => {
  it('differ for every run number and seed among a hundred thousand, and are never the stuck all-zero state', () => {
    const seen = new Set<string>();
    for (let index = 0; index < 100_000; index++) seen.add(runState(1, index).join(','));
    for (let seed = 0; seed < 1000; seed++) seen.add(runState(seed, 0).join(','));

    expect(seen.size).toBe(100_000 + 999);
    expect(seen.has('0,0,0,0')).toBe(false);
  });

  it('are the same for the same seed and run, whenever they are made', () => {
    const draw = (draws: Draws) => [draws.fraction(), draws.between(1, 6), draws.shuffled(['a', 'b', 'c', 'd']).join('')];

    expect(draw(new Draws(42, 7))).toEqual(draw(new Draws(42, 7)));
    expect(draw(new Draws(42, 7))).not.toEqual(draw(new Draws(42, 8)));
  });

  it('come up as often as the chance says, and never for 0 or always for 1', () => {
    const draws = new Draws(3, 0);
    let hits = 0;
    for (let i = 0; i < 20_000; i++) if (draws.happens(0.3)) hits++;

    // 20,000 tosses: the share lies within 0.3 ± 0.02 unless the generator is broken (over 6 standard errors).
    expect(Math.abs(hits / 20_000 - 0.3)).toBeLessThan(0.02);
    expect([...Array(100)].some(() => draws.happens(0))).toBe(false);
    expect([...Array(100)].every(() => draws.happens(1))).toBe(true);
  });
});

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

  it('give fractions spread evenly over [0, 1): a coin with chance 0.3 comes up about 30% of the time', () => {
    const draws = new Draws(3, 0);
    const fractions = Array.from({ length: 20_000 }, () => draws.fraction());

    // 20,000 tosses: the share lies within 0.3 ± 0.02 unless the generator is broken (over 6 standard errors).
    expect(Math.abs(fractions.filter((value) => value < 0.3).length / 20_000 - 0.3)).toBeLessThan(0.02);
    expect(fractions.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

/**
 * Seeded randomness. Each run has its own generator, made from the master
 * seed and the run's index alone, so a run draws the same numbers whichever
 * worker, shard or machine runs it, and in whatever order: the same seed gives
 * the same bytes, whatever `--workers` and `--shard` say.
 *
 * The generator is pure-rand's xoroshiro128+; its 128 bits of state come from
 * SplitMix32 over (seed, index), so runs do not share a stream (a 32-bit seed
 * per run would repeat among a million runs).
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** SplitMix32's step: a well-mixed 32-bit value from any 32-bit input. */
function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}

/** The four state words of run `index` under `seed`; never all zero (xoroshiro's one state that stays put). */
export function runState(seed: number, index: number): [number, number, number, number] {
  const base = mix32(mix32(seed) ^ mix32(index + 0x632be5ab));
  const words: [number, number, number, number] = [mix32(base), mix32(base + 1), mix32(base + 2), mix32(base + 3 + index)];
  if (words.every((word) => word === 0)) words[0] = 1;
  return words;
}

/** A run's draws: a fraction, a whole number, a shuffle. Mutable, as pure-rand's generators are since v7. */
export class Draws {
  private readonly generator: RandomGenerator;

  constructor(seed: number, index: number) {
    this.generator = xoroshiro128plusFromState(runState(seed, index));
  }

  /** A whole number from `from` to `to`, both included. */
  between(from: number, to: number): number {
    return uniformInt(this.generator, from, to);
  }

  /** A number in [0, 1). */
  fraction(): number {
    return uniformFloat64(this.generator);
  }

  /** The items in a random order (Fisher–Yates); `items` is left as it was. */
  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.between(0, i);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
}

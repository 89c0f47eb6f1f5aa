/**
 * Grids, samples and the screen of which assumptions move which outcome.
 * The screen must find an effect that is there (accept moves whether a deal
 * takes force) and call noise what is not (a parameter no run ever uses).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { gridPoints, parseSweep, rangedParameters, runBatch, samplePoints, screen, withinNoise, type Assumptions, type Sweep } from '../../src/simulate/index.js';
import { criticalValue, normalQuantile, spearman } from '../../src/simulate/sensitivity.js';
import { loadEdited, setupOf, shipped, SYMMETRIC } from './support.js';

let symmetric: Assumptions;
beforeAll(async () => {
  symmetric = await shipped(SYMMETRIC);
});

const sweep = (text: string): Sweep => {
  const parsed = parseSweep(text, ['israel', 'hamas', 'qatar']);
  if (!parsed.ok) throw new Error(parsed.problems[0]!.message);
  return parsed.value;
};

describe('--sweep', () => {
  it('reads low, high and steps into evenly spaced values, both ends included', () => {
    expect(sweep('accept=0.1:0.3:3')).toEqual({ key: 'accept', name: 'accept', party: null, values: [0.1, 0.2, 0.3] });
    expect(sweep('resume.israel=0:0.1:5').values).toEqual([0, 0.025, 0.05, 0.075, 0.1]);
  });

  it('says what is wrong with a sweep, suggesting the parameter or party meant', () => {
    const problem = (text: string) => (parseSweep(text, ['israel', 'hamas']) as { problems: Array<{ message: string }> }).problems[0]!.message;

    expect(problem('acept=0:1:3')).toMatch(/^--sweep: unknown parameter "acept" \(did you mean "accept"\?\); parameters: propose, /);
    expect(problem('accept.isreal=0:1:3')).toMatch(/unknown party "isreal" \(did you mean "israel"\?\)/);
    expect(problem('accept=0.5:0.2:3')).toBe('--sweep accept: low and high are chances, 0 ≤ low ≤ high ≤ 1; found 0.5:0.2');
    expect(problem('accept=0:1:1')).toMatch(/steps is a whole number from 2 to 1000/);
    expect(problem('accept=0-1')).toMatch(/^--sweep needs <parameter>=<low>:<high>:<steps>/);
  });

  it('makes every combination of the values swept, the others as the assumptions give them', () => {
    const points = gridPoints(symmetric, [sweep('accept=0.1:0.3:3'), sweep('resume.israel=0:0.1:2')]);

    expect(points).toHaveLength(6);
    expect(points.map((point) => [point.shared.accept, point.byParty.israel?.resume])).toEqual([
      [0.1, 0], [0.1, 0.1], [0.2, 0], [0.2, 0.1], [0.3, 0], [0.3, 0.1],
    ]);
    expect(points.every((point) => point.shared.reject === symmetric.parameters.reject.value)).toBe(true);
  });
});

describe('--sample', () => {
  it('uses each fifth of every range exactly once in five sets (a Latin hypercube), the same for the same seed', () => {
    const points = samplePoints(symmetric, 5, 3);

    for (const { name, range } of rangedParameters(symmetric)) {
      const slices = points.map((point) => Math.min(4, Math.floor(((point.shared[name] - range[0]) / (range[1] - range[0])) * 5))).sort();
      expect(slices, name).toEqual([0, 1, 2, 3, 4]);
    }
    expect(samplePoints(symmetric, 5, 3)).toEqual(points);
    expect(samplePoints(symmetric, 5, 4)).not.toEqual(points);
  });
});

describe('the screen', () => {
  it('finds that accepting moves whether a deal takes force, and calls a parameter that changes nothing noise', () => {
    // `reject` is swept only for a party that can never reject (Qatar, a mediator: only principals answer): it changes no run.
    const points = gridPoints(symmetric, [sweep('accept=0.01:0.4:3'), sweep('reject.qatar=0:1:2')]);
    const rows = runBatch(setupOf(symmetric, 40, 5), { points, runsPerPoint: 40 }, 0, points.length * 40);
    const [accept, reject] = screen(rows, [{ key: 'accept', slices: 3 }, { key: 'reject.qatar', slices: 2 }], 40, true);

    expect(accept!.groups.map((group) => group.runs)).toEqual([80, 80, 80]);
    expect(withinNoise(accept!, 'tookForce')).toBe(false);
    expect(accept!.spearman.tookForce).toBeGreaterThan(0.2);
    // Common random numbers: a run differs from its twin only where the parameter mattered, and this one never does.
    expect(reject!.effect).toEqual(Object.fromEntries(Object.keys(reject!.effect).map((name) => [name, 0])));
  });

  it('calls an assumption that changes nothing noise in a sample, however its highest and lowest slices happen to fall', () => {
    // Qatar's chance to reject, given a range: Qatar is a mediator and never answers, so no run depends on it.
    const loaded = loadEdited((text) => `${text}parties:\n  qatar:\n    reject: { range: [0, 1], rationale: An assumption for the test. }\n`);
    if (!loaded.ok) throw new Error(loaded.problems[0]!.message);
    const points = samplePoints(loaded.value, 30, 8);
    const rows = runBatch(setupOf(loaded.value, 30, 8), { points, runsPerPoint: 10 }, 0, points.length * 10);
    const effects = screen(rows, rangedParameters(loaded.value).map(({ key }) => ({ key, slices: 5 })), 10, false);
    const rejectByQatar = effects.find((effect) => effect.parameter === 'reject.qatar')!;

    for (const outcome of ['tookForce', 'lapsed', 'broke', 'hostagesFreed', 'prisonersFreed', 'pauseDays', 'ceasefireDays'] as const) {
      expect(withinNoise(rejectByQatar, outcome), outcome).toBe(true);
    }
  });

  it('says too few sets of values can tell nothing, rather than calling noise an effect', () => {
    const points = samplePoints(symmetric, 6, 2);
    const rows = runBatch(setupOf(symmetric, 20, 2), { points, runsPerPoint: 5 }, 0, 30);
    const [effect] = screen(rows, [{ key: 'accept', slices: 5 }], 5, false);

    expect(Object.values(effect!.margin).every((margin) => margin === null)).toBe(true);
    expect(withinNoise(effect!, 'tookForce')).toBe(true);
  });

  it('takes its critical values from the normal and t quantiles, shared among every pair of groups', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
    expect(criticalValue(2, Number.POSITIVE_INFINITY)).toBeCloseTo(1.959964, 5);
    // Five groups: ten pairs, each at 0.5%: z(0.9975).
    expect(criticalValue(5, Number.POSITIVE_INFINITY)).toBeCloseTo(2.807034, 5);
    // Student's t with 10 degrees of freedom at 0.975 is 2.228.
    expect(criticalValue(2, 10)).toBeCloseTo(2.228, 2);
  });

  it('ranks as Spearman did: +1 for any increasing relation, −1 for a decreasing one, ties averaged', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 50 }), (xs) => {
        expect(spearman(xs, xs.map((x) => x ** 3))).toBeCloseTo(1, 10);
        expect(spearman(xs, xs.map((x) => -x))).toBeCloseTo(-1, 10);
      }),
    );
    expect(spearman([1, 2, 3, 4], [1, 1, 2, 2])).toBeCloseTo(0.8944, 4);
    expect(spearman([1, 2, 3], [5, 5, 5])).toBe(0);
  });
});

/**
 * The sets of parameter values a simulation runs: the plain one, a grid
 * (`--sweep accept=0.05:0.3:6`, one axis per parameter swept), or a Latin
 * hypercube sample over the ranges the assumptions give (`--sample 50`): n
 * sets in which every parameter's range is cut into n slices and each slice
 * is used once, so few sets cover every range evenly.
 */
import type { Result } from '../files/index.js';
import { didYouMean } from '../words/index.js';
import { plainParameters, type Assumptions } from './load-assumptions.js';
import { isParameterName, PARAMETER_NAMES, type ParameterName, type RunParameters } from './parameters.js';
import { Draws } from './random.js';

/** One axis of a grid: a parameter (of every party, or of one) and its values. */
export interface Sweep {
  key: string;
  name: ParameterName;
  party: string | null;
  values: number[];
}

/** Values as the outputs write them: no float noise (0.30000000000000004) in a CSV. */
const tidy = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * A `--sweep` value, `<param>=<lo>:<hi>:<steps>`, read against the assumptions' parties.
 * @example parseSweep('accept=0.05:0.3:6', ['israel', 'hamas']) // { ok: true, value: { key: 'accept', values: [0.05, 0.1, ...] } }
 */
export function parseSweep(text: string, parties: readonly string[]): Result<Sweep> {
  const fail = (message: string): Result<Sweep> => ({ ok: false, problems: [{ code: 'invalid', message }] });
  const match = /^([A-Za-z]+)(?:\.([^=]+))?=([^:]+):([^:]+):([^:]+)$/.exec(text);
  if (!match) return fail(`--sweep needs <parameter>=<low>:<high>:<steps>, e.g. accept=0.05:0.3:6; found "${text}"`);
  const [, name, party, lowText, highText, stepsText] = match as unknown as [string, string, string | undefined, string, string, string];
  if (!isParameterName(name)) return fail(`--sweep: unknown parameter "${name}"${didYouMean(name, PARAMETER_NAMES)}; parameters: ${PARAMETER_NAMES.join(', ')}`);
  if (party !== undefined && !parties.includes(party)) return fail(`--sweep: unknown party "${party}"${didYouMean(party, parties)}; the parties at the start: ${parties.join(', ')}`);
  const low = Number(lowText);
  const high = Number(highText);
  const steps = Number(stepsText);
  if (!(low >= 0 && high <= 1 && low <= high)) return fail(`--sweep ${name}: low and high are chances, 0 ≤ low ≤ high ≤ 1; found ${lowText}:${highText}`);
  if (!(Number.isInteger(steps) && steps >= 2 && steps <= 1000)) return fail(`--sweep ${name}: steps is a whole number from 2 to 1000 (the values from low to high, both included); found "${stepsText}"`);
  const values = Array.from({ length: steps }, (_, i) => tidy(low + ((high - low) * i) / (steps - 1)));
  return { ok: true, value: { key: party === undefined ? name : `${name}.${party}`, name, party: party ?? null, values } };
}

function withValue(parameters: RunParameters, sweep: Pick<Sweep, 'name' | 'party'>, value: number): RunParameters {
  if (sweep.party === null) return { ...parameters, shared: { ...parameters.shared, [sweep.name]: value } };
  return { ...parameters, byParty: { ...parameters.byParty, [sweep.party]: { ...parameters.byParty[sweep.party], [sweep.name]: value } } };
}

/** Every combination of the swept values (the first sweep varies slowest), the other parameters as the assumptions give them. */
export function gridPoints(assumptions: Assumptions, sweeps: readonly Sweep[]): RunParameters[] {
  return sweeps.reduce<RunParameters[]>((points, sweep) => points.flatMap((point) => sweep.values.map((value) => withValue(point, sweep, value))), [plainParameters(assumptions)]);
}

/** The parameters that have a range, each with it: what a sample varies. */
export function rangedParameters(assumptions: Assumptions): Array<{ key: string; name: ParameterName; party: string | null; range: readonly [number, number] }> {
  const shared = PARAMETER_NAMES.flatMap((name) => {
    const range = assumptions.parameters[name].range;
    return range ? [{ key: name, name, party: null, range }] : [];
  });
  const own = Object.keys(assumptions.parties)
    .sort()
    .flatMap((party) =>
      PARAMETER_NAMES.flatMap((name) => {
        const range = assumptions.parties[party]![name]?.range;
        return range ? [{ key: `${name}.${party}`, name, party, range }] : [];
      }),
    );
  return [...shared, ...own];
}

/**
 * `count` sets of values by Latin hypercube sampling over every range, drawn from the master seed
 * (a stream of its own, apart from every run's).
 */
export function samplePoints(assumptions: Assumptions, count: number, seed: number): RunParameters[] {
  const draws = new Draws(seed, -1);
  const axes = rangedParameters(assumptions).map((axis) => {
    const slices = draws.shuffled(Array.from({ length: count }, (_, i) => i));
    const [low, high] = axis.range;
    return { axis, values: slices.map((slice) => tidy(low + ((slice + draws.fraction()) / count) * (high - low))) };
  });
  return Array.from({ length: count }, (_, i) => axes.reduce((point, { axis, values }) => withValue(point, axis, values[i]!), plainParameters(assumptions)));
}

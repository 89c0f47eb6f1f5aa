import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { scenarioAsYaml } from '../../scenario/index.js';
import {
  gridPoints,
  MAX_DAYS,
  MAX_RUNS,
  parseSweep,
  plainParameters,
  rangedParameters,
  samplePoints,
  readAssumptionsFile,
  runAll,
  runOnce,
  runScenario,
  runSetup,
  pointOf,
  replicateOf,
  shardRange,
  totalRuns,
  type Assumptions,
  type Plan,
  type Provenance,
  type Shard,
} from '../../simulate/index.js';
import { count } from '../../words/index.js';
import { defineCommand, EXIT, UsageError, wholeNumber } from '../command.js';
import { reportProblems } from '../load-for-cli.js';
import { MAX_SIZE_OPTION, readLimit } from '../max-size.js';
import { packagePath, packageVersion } from '../package-files.js';
import { progressBar } from '../progress.js';
import { mergeOutputs } from './simulate-merge.js';
import { writeResults } from './simulate-results.js';

/** `k/n`: the k-th of n slices, k from 1 to n. */
function parseShard(text: string, flag: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const k = Number(match?.[1]);
  const n = Number(match?.[2]);
  if (!match || !(n >= 1 && n <= 100_000 && k >= 1 && k <= n)) throw new UsageError(`${flag} needs k/n, the k-th of n slices (1 ≤ k ≤ n), e.g. 2/4; found "${text}"`);
  return { k, n };
}

const SIMULATE_OPTIONS = {
  runs: { type: 'string', value: '<n>', parse: wholeNumber(1, MAX_RUNS), description: 'how many runs (default: the file’s runs, else 1000)' },
  days: { type: 'string', value: '<n>', parse: wholeNumber(1, MAX_DAYS), description: 'how many days each run lasts (default: the file’s days, else 60)' },
  seed: { type: 'string', value: '<n>', parse: wholeNumber(0, 0xffff_ffff), description: 'the master seed; each run’s draws come from it and the run’s number (default: the file’s seed, else 1)' },
  workers: { type: 'string', value: '<n>', parse: wholeNumber(1, 256), description: 'worker threads (default: the cores); the results are the same whatever the number' },
  shard: { type: 'string', value: '<k/n>', parse: parseShard, description: 'make only the k-th of n slices of the runs (for several machines; combine with merge)' },
  out: { type: 'string', value: '<dir>', description: 'write runs.csv, runs.parquet, summary.json and simulation.json into this folder' },
  json: { type: 'boolean', description: 'print the summary as JSON (for other tools)' },
  html: { type: 'string', value: '<file>', description: 'write a report as one HTML page (charts, a few runs day by day, the assumptions), offline and for a projector' },
  sweep: { type: 'string', value: '<param>=<lo>:<hi>:<steps>', multiple: true, description: 'run every combination of these values (repeat for a grid), --runs runs each; accept.israel for one party' },
  sample: { type: 'string', value: '<n>', parse: wholeNumber(2, 100_000), description: 'run n sets of values drawn over the ranges the file gives (Latin hypercube), --runs runs each' },
  trace: { type: 'string', value: '<run>', parse: wholeNumber(0, MAX_RUNS - 1), description: 'print run number <run> as a scenario file that truce run replays' },
  ...MAX_SIZE_OPTION,
} as const;

export const simulateCommand = defineCommand({
  name: 'simulate',
  summary: 'Many seeded runs of the talks under stated assumptions: how often each outcome comes (exploratory, not a forecast)',
  description:
    'Each run starts where the assumptions file says and lasts a number of days. On each day each party may make one move,\n' +
    'chosen among the moves the statechart allows at that moment, with the chances the file states; a refused move is\n' +
    'never made. The same seed gives the same figures, byte for byte, whatever --workers and --shard.\n' +
    '`truce simulate merge <dir...>` combines the --out folders of the shards of one simulation.',
  positionals: [{ name: 'assumptions', description: 'an assumptions file (.yaml or .json), e.g. assumptions/symmetric.yaml; or merge <dir...>', variadic: true }],
  options: SIMULATE_OPTIONS,
  examples: [
    'truce simulate assumptions/symmetric.yaml',
    'truce simulate assumptions/rafah-2024-05.yaml --runs 5000 --days 90 --out results/',
    'truce simulate assumptions/rafah-2024-05.yaml --json > summary.json',
    'truce simulate assumptions/symmetric.yaml --trace 17 > run-17.yaml && truce run run-17.yaml',
    'truce simulate assumptions/symmetric.yaml --shard 1/2 --out part-1 && truce simulate merge part-1 part-2 --json',
  ],
  exitCodes: [
    { code: EXIT.ok, meaning: 'the runs were made (or merged) and the results printed or written' },
    { code: EXIT.badInput, meaning: 'the assumptions file or its scenario is broken, an option is wrong, an output cannot be written, or merged folders do not belong together' },
  ],
  async run({ positionals, options }, io) {
    if (positionals[0] === 'merge') return mergeOutputs(positionals.slice(1), options, io);
    if (positionals.length > 1) throw new UsageError(`give one assumptions file, found ${positionals.length} (to combine shards: truce simulate merge <dir...>)`);
    const file = positionals[0]!;
    const limit = readLimit(options['max-size']);
    const loaded = await readAssumptionsFile(file, limit);
    if (!loaded.ok) {
      reportProblems(io, loaded.problems);
      return EXIT.badInput;
    }
    const assumptions = loaded.value;
    const setup = runSetup(assumptions, { days: options.days, seed: options.seed });
    const plan = planFor(assumptions, options.sweep, options.sample, options.runs ?? assumptions.runs, setup.seed);
    const total = totalRuns(plan);
    if (total > MAX_RUNS) throw new UsageError(`that makes ${total} runs (${plan.points.length} sets of values × ${plan.runsPerPoint} runs); at most ${MAX_RUNS} — lower --runs, the steps of --sweep or --sample`);

    if (options.trace !== undefined && (options.out !== undefined || options.html !== undefined || options.json)) {
      throw new UsageError('--trace prints one run as a scenario file; it does not go with --out, --html or --json (run the command once for each)');
    }
    if (options.trace !== undefined) {
      if (options.trace >= total) throw new UsageError(`--trace needs a run number from 0 to ${total - 1} (there are ${total} runs), found ${options.trace}`);
      const traced = runOnce(setup, plan.points[pointOf(plan, options.trace)]!, replicateOf(plan, options.trace), true);
      const scenario = runScenario(setup, assumptions.id, options.trace, traced.events!, traced.outcome);
      io.stdout(scenarioAsYaml(scenario, `generated by truce simulate (${assumptions.id}, run ${options.trace}, seed ${setup.seed}): replay it with truce run`));
      return EXIT.ok;
    }

    const { from, to } = shardRange(total, options.shard ?? null);
    // Every row is kept in memory until the runs are summarised: more than this in one process is for shards.
    if (to - from > MAX_RUNS_IN_ONE_PROCESS) {
      throw new UsageError(`that is ${count(to - from)} runs in one process; at most ${count(MAX_RUNS_IN_ONE_PROCESS)} — spread them over several with --shard k/n, then truce simulate merge`);
    }
    const workers = Math.min(options.workers ?? availableParallelism(), Math.max(1, to - from));
    const bar = !options.json && io.isTTY ? progressBar(to - from, io.stderr) : null;
    const rows = await runAll(
      { setup, plan, from, to, task: { file, sha256: assumptions.sha256, maxBytes: limit.maxBytes!, overrides: { days: options.days, seed: options.seed } } },
      { workers, workerFile: new URL(`file://${packagePath('dist/cli/simulate-worker.js')}`), progress: bar?.update },
    );
    bar?.done();
    const provenance = provenanceOf(assumptions, setup.seed, setup.days, plan);
    // A few runs day by day, for the report: the same ones whichever shard makes them (any process can make any run).
    const samples = sampleRuns(plan).map((run) => ({ run, days: runOnce(setup, plan.points[pointOf(plan, run)]!, replicateOf(plan, run), true).days! }));
    const report = { assumptions: { parameters: assumptions.parameters, parties: assumptions.parties, sources: assumptions.sources, summary: assumptions.summary }, samples };
    return writeResults({ rows, plan, provenance, shard: options.shard ?? null, from, to, total, out: options.out, json: options.json, html: options.html, report, inputs: [file] }, io);
  },
});

export function provenanceOf(assumptions: Assumptions, seed: number, days: number, plan: Plan): Provenance {
  return {
    seed,
    days,
    assumptions: { id: assumptions.id, title: assumptions.title, file: basename(assumptions.file), sha256: assumptions.sha256, version: assumptions.version },
    start: assumptions.start.label,
    model: packageVersion(),
    points: plan.points.length,
    runsPerPoint: plan.runsPerPoint,
    design: plan.design,
    varied: plan.varied,
    differences: Object.entries(assumptions.parties).flatMap(([party, own]) => Object.entries(own).map(([parameter, assumed]) => ({ party, parameter, value: assumed!.value }))),
  };
}

/** Runs no single process makes more of: each keeps about 2 KB in memory until the summary is made. */
const MAX_RUNS_IN_ONE_PROCESS = 1_000_000;

/** The runs the report shows day by day: the first of the first, the middle and the last set of values (the first three runs when there is one set). */
function sampleRuns(plan: Plan): number[] {
  const sets = plan.points.length;
  if (sets === 1) return Array.from({ length: Math.min(3, plan.runsPerPoint) }, (_, run) => run);
  return [...new Set([0, Math.floor((sets - 1) / 2), sets - 1])].map((point) => point * plan.runsPerPoint);
}

/** The sets of values to run: the plain one, a grid of the sweeps, or a sample over the ranges. */
function planFor(assumptions: Assumptions, sweepTexts: string[], sample: number | undefined, runsPerPoint: number, seed: number): Plan {
  if (sweepTexts.length > 0 && sample !== undefined) throw new UsageError('give --sweep or --sample, not both: a grid of chosen values, or a sample over the ranges');
  if (sample !== undefined) {
    const ranged = rangedParameters(assumptions);
    if (ranged.length === 0) throw new UsageError('--sample draws over the ranges the assumptions give, and this file gives none (add range: [low, high] to a parameter)');
    return { points: samplePoints(assumptions, sample, seed), runsPerPoint, design: 'sample', varied: ranged.map(({ key, range }) => ({ key, slices: 5, from: range[0], to: range[1], assumed: range })) };
  }
  if (sweepTexts.length === 0) return { points: [plainParameters(assumptions)], runsPerPoint, design: 'plain', varied: [] };
  const parties = assumptions.start.snapshot.context.parties.map((party) => party.id);
  const sweeps = sweepTexts.map((text) => {
    const parsed = parseSweep(text, parties);
    if (!parsed.ok) throw new UsageError(parsed.problems[0]!.message);
    return parsed.value;
  });
  const twice = sweeps.find((sweep, index) => sweeps.findIndex((other) => other.key === sweep.key) !== index);
  if (twice) throw new UsageError(`--sweep ${twice.key} is given twice; give each parameter one range of values`);
  const assumedRange = (sweep: (typeof sweeps)[number]) => (sweep.party === null ? assumptions.parameters[sweep.name].range : (assumptions.parties[sweep.party]?.[sweep.name]?.range ?? assumptions.parameters[sweep.name].range));
  const varied = sweeps.map((sweep) => ({ key: sweep.key, slices: sweep.values.length, from: sweep.values[0]!, to: sweep.values.at(-1)!, assumed: assumedRange(sweep) }));
  return { points: gridPoints(assumptions, sweeps), runsPerPoint, design: 'grid', varied };
}

/**
 * What the simulation's engine buys, measured in one run against baselines
 * measured in the same run:
 *   - stepping: the same event sequences (moves of simulated runs) through a
 *     live XState actor, through the compiled engine, and through a plain
 *     reducer over the same rules (the independent reference model of the
 *     tests); steps a second and the ratios, with the line
 *     `engine speedup over XState actor: <ratio>x` (goal: at least 20);
 *   - the listing of allowed moves at each moment of those runs, as play
 *     lists them (on the machine, every event tried with `step`) and as the
 *     engine does (its table, no refusal explained) (goal: at least 100x);
 *   - the cost of 10 times as many runs, twice (10k to 100k to 1M, or 1k to
 *     10k to 100k with --quick): about 10 each time when a run costs the same
 *     however many there are (goal: at most 11).
 *
 * Exits 1 when a goal is missed or the three steppers end runs differently.
 */
import { spawnSync } from 'node:child_process';
import { createActor } from 'xstate';
import { engineStep, engineValue, fromSnapshot, truceMachine, type EngineState, type TruceEvent } from '../src/model/index.js';
import { allowedMoves, allowedMovesAt, DEFAULT_INPUT } from '../src/moves/index.js';
import { plainParameters, readAssumptionsFile, runBatch, runOnce, runSetup } from '../src/simulate/index.js';
import { initialRefState, step as referenceStep, type RefState } from '../test/reference/reference-model.js';
import { format, measure, measureSettled } from './measure.js';

const quick = process.argv.includes('--quick');
const SAMPLE_RUNS = quick ? 100 : 300;
/**
 * Each stepper and each listing runs for the same CPU time before and while it is measured, however
 * long one pass over the runs takes it (the actor's takes ten times the engine's).
 */
const SETTLED = quick ? { warmMs: 300, roundMs: 150, rounds: 3 } : { warmMs: 1_500, roundMs: 500, rounds: 5 };

// Run from the repository's root (npm run bench).
const loaded = await readAssumptionsFile('assumptions/symmetric.yaml');
if (!loaded.ok) throw new Error(loaded.problems[0]!.message);
const assumptions = loaded.value;
const setup = runSetup(assumptions, { days: 60, seed: 1 });
const parameters = plainParameters(assumptions);
const start = setup.start;

/** The moves of simulated runs: real sequences the rules accept, of every kind the policy makes. */
const sequences: TruceEvent[][] = Array.from({ length: SAMPLE_RUNS }, (_, run) => runOnce(setup, parameters, run, true).events!.map(({ event }) => event));
const totalSteps = sequences.reduce((sum, events) => sum + events.length, 0);

function throughActor(): string[] {
  return sequences.map((events) => {
    const actor = createActor(truceMachine, { input: DEFAULT_INPUT, snapshot: start.snapshot }).start();
    for (const event of events) actor.send(event);
    const final = actor.getSnapshot();
    actor.stop();
    return JSON.stringify(final.value);
  });
}

function throughEngine(): string[] {
  return sequences.map((events) => {
    let state: EngineState = fromSnapshot(start.snapshot);
    for (const event of events) state = engineStep(state, event).state;
    return JSON.stringify(engineValue(state));
  });
}

const referenceStart = initialRefState({
  parties: DEFAULT_INPUT.parties.map(({ id, role }) => ({ id, role: role! })),
  hostages: DEFAULT_INPUT.hostages,
  crossings: { ...DEFAULT_INPUT.crossings },
  date: start.date,
});

function throughReducer(): string[] {
  return sequences.map((events) => {
    let state: RefState = referenceStart;
    for (const event of events) state = referenceStep(state, event).state;
    return JSON.stringify(state.value);
  });
}

/**
 * Each stepper is measured in a process of its own (this file, run again with `--only <name>`):
 * the actor and the engine call the same guards and reducers, and in one process each would slow
 * the other down (V8 optimises a function for the kinds of objects it has seen, and the actor's
 * contexts are built differently from the engine's). In a simulation's workers only the engine runs.
 */
const steppers = { actor: throughActor, engine: throughEngine, reducer: throughReducer } as const;
type StepperName = keyof typeof steppers;

/** One stepper, warmed up, then measured: what a process run with `--only` prints. */
function measureAlone(name: StepperName): { ms: number; result: string[] } {
  return measureSettled(steppers[name], SETTLED);
}

/** Runs this benchmark again to measure one stepper alone; its figures come back on stdout as JSON. */
function inItsOwnProcess(name: string): { ms: number; result: unknown } {
  const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, ...process.argv.slice(2), '--only', name], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`the ${name} measurement failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as { ms: number; result: unknown };
}

/** The moments at which moves are listed: after each move of the first runs. */
function listingMoments(): EngineState[] {
  return sequences.slice(0, quick ? 10 : 30).flatMap((events) => {
    let state: EngineState = fromSnapshot(start.snapshot);
    return events.map((event) => (state = engineStep(state, event).state));
  });
}

/** The allowed moves listed at every moment, for no party in particular: as play lists them (`step` on the machine) or from the engine's table. */
function measureListing(name: string): { ms: number; result: number[] } {
  const moments = listingMoments();
  const vocabulary = setup.policy.vocabulary;
  const snapshots = moments.map((state) => truceMachine.resolveState({ value: engineValue(state), context: state.context }));
  const list =
    name === 'listing-step'
      ? () => snapshots.map((snapshot) => allowedMoves({ snapshot, vocabulary, as: null }).length)
      : () => moments.map((state) => allowedMovesAt(state, vocabulary, null).length);
  return measureSettled(list, SETTLED);
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]! : null;
if (only !== null) {
  const figures = Object.hasOwn(steppers, only) ? measureAlone(only as StepperName) : measureListing(only);
  process.stdout.write(JSON.stringify(figures));
  process.exit(0);
}

const actor = inItsOwnProcess('actor');
const engine = inItsOwnProcess('engine');
const reducer = inItsOwnProcess('reducer');
const agree = JSON.stringify(actor.result) === JSON.stringify(engine.result) && JSON.stringify(engine.result) === JSON.stringify(reducer.result);

const perSecond = (ms: number) => Math.round((totalSteps / ms) * 1000).toLocaleString('en-US').padStart(12);
console.log(
  [
    `Stepping ${totalSteps.toLocaleString('en-US')} moves of ${SAMPLE_RUNS} simulated runs (60 days, assumptions/symmetric.yaml), each stepper in a fresh process:`,
    `                       CPU      per step   steps a second   vs the actor`,
    `  XState actor   ${format.ms(actor.ms)}  ${format.perStep(actor.ms, totalSteps)}  ${perSecond(actor.ms)}   ${format.ratio(1)}`,
    `  compiled engine${format.ms(engine.ms)}  ${format.perStep(engine.ms, totalSteps)}  ${perSecond(engine.ms)}   ${format.ratio(actor.ms / engine.ms)}`,
    `  plain reducer  ${format.ms(reducer.ms)}  ${format.perStep(reducer.ms, totalSteps)}  ${perSecond(reducer.ms)}   ${format.ratio(actor.ms / reducer.ms)}`,
    `  the three end every run in the same states: ${agree}`,
    `engine speedup over XState actor: ${(actor.ms / engine.ms).toFixed(1)}x`,
  ].join('\n'),
);

const moments = listingMoments();
const listedByStep = inItsOwnProcess('listing-step');
const listedByTable = inItsOwnProcess('listing-table');
const sameLists = JSON.stringify(listedByStep.result) === JSON.stringify(listedByTable.result);
const listingSpeedup = listedByStep.ms / listedByTable.ms;
console.log(
  [
    '',
    `Listing the allowed moves at ${moments.length.toLocaleString('en-US')} moments:`,
    `  with step, on the machine  ${format.ms(listedByStep.ms)}  ${format.perStep(listedByStep.ms, moments.length)} a listing`,
    `  from the engine's table    ${format.ms(listedByTable.ms)}  ${format.perStep(listedByTable.ms, moments.length)} a listing`,
    `  the same moves: ${sameLists}`,
    `allowed-move listing speedup: ${listingSpeedup.toFixed(1)}x`,
  ].join('\n'),
);

// The cost of many runs, single-threaded: short runs, so the largest count fits in a benchmark.
const shortSetup = runSetup(assumptions, { days: 5, seed: 1 });
const counts = quick ? [1_000, 10_000, 100_000] : [10_000, 100_000, 1_000_000];
const costOf = (runs: number) => measure(() => runBatch(shortSetup, { points: [parameters], runsPerPoint: runs }, 0, runs).length, 1).ms;
costOf(counts[0]!);
const costs = counts.map(costOf);
const growth = [costs[1]! / costs[0]!, costs[2]! / costs[1]!];
console.log(
  [
    '',
    `Runs of 5 days, one thread:`,
    ...counts.map((runs, index) => `  ${runs.toLocaleString('en-US').padStart(9)} runs  ${format.ms(costs[index]!)}  ${format.perStep(costs[index]!, runs)} a run`),
    `  10x the runs: ${format.ratio(growth[0]!)}, then ${format.ratio(growth[1]!)} (about 10 when a run costs the same however many there are)`,
  ].join('\n'),
);

const goals = [
  { name: 'engine speedup over the XState actor', figure: actor.ms / engine.ms, atLeast: 20 },
  { name: 'allowed-move listing speedup', figure: listingSpeedup, atLeast: 100 },
];
let missed = !agree || !sameLists;
for (const { name, figure, atLeast } of goals) {
  const holds = figure >= atLeast;
  console.log(`  ${holds ? 'meets' : 'MISSES'} the goal: ${name} ${figure.toFixed(1)}x (at least ${atLeast}x)`);
  missed ||= !holds;
}
const largest = growth[1]!;
console.log(`  ${largest <= 11 ? 'meets' : 'MISSES'} the goal: ${counts[2]!.toLocaleString('en-US')} runs cost ${largest.toFixed(2)}x ${counts[1]!.toLocaleString('en-US')} (at most 11)`);
missed ||= largest > 11;
process.exitCode = missed ? 1 : 0;

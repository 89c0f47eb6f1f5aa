/**
 * Does replay cost grow linearly with the length of a scenario?
 *
 * Measures, in one run on the built code (dist/; `npm run bench` builds it):
 *   - replay:   replayScenario() on a generated scenario of N steps (the whole
 *               scenario layer: refusal reasons, descriptions, expectations, the trace);
 *   - baseline: the same events sent in a plain loop to a bare XState actor of the
 *               same machine, with nothing recorded (what the statechart alone costs);
 * at N = 10,000 and N = 100,000, and reports ratios, never absolute times as a
 * verdict: 100k/10k should be about 10 when the cost per step stays the same, and
 * replay/baseline is the scenario layer's overhead. A third workload, where every
 * step appends to a record that grows (rounds, violations, operations), shows how
 * appending behaves at length. Each figure is the fastest of a few repeats, which
 * is the least disturbed by other work on a shared machine, and is CPU time,
 * which does not count the time other processes held the CPU.
 *
 * Usage: npm run bench   (or: node --expose-gc bench/replay-long-scenario.mjs [--quick])
 * Exits 1 when the 100k replay is not ok, 0 otherwise: the ratios are for people to read.
 */
import { performance } from 'node:perf_hooks';
import { createActor } from 'xstate';
import { truceMachine } from '../dist/model/machine.js';
import { startingSnapshot } from '../dist/model/snapshot.js';
import { replayScenario, scenarioInput } from '../dist/scenario/replay.js';
import { STEPS_PER_ROUND, longScenario, recordsOnlyScenario } from './long-scenario.mjs';

const quick = process.argv.includes('--quick');
const SMALL = quick ? 2_000 : 10_000;
const LARGE = SMALL * 10;
/**
 * Appending to a history copies it (a snapshot never changes once made), so in the
 * records-only workload each step costs as much as the history is long, in the bare
 * actor too: it is measured shorter (at 100,000 steps it takes about a minute a run).
 */
const RECORDS_SMALL = quick ? 500 : 2_000;
const RECORDS_LARGE = RECORDS_SMALL * 10;
const REPEATS = quick ? 2 : 3;

const collectGarbage = globalThis.gc ?? (() => {});

/** The input and starting snapshot a replay of `scenario` uses. */
function startOf(scenario) {
  const input = scenarioInput(scenario);
  return { input, snapshot: startingSnapshot({ input, state: scenario.initial.state }) };
}

/** The baseline: every step's event, dated, sent straight to a bare actor; nothing kept. */
function sendToBareActor(scenario) {
  const { input, snapshot } = startOf(scenario);
  const actor = createActor(truceMachine, { input, snapshot }).start();
  for (const step of scenario.steps) actor.send({ ...step.event, date: step.date });
  const final = actor.getSnapshot();
  actor.stop();
  return final;
}

/** Milliseconds of CPU this process spent (all its threads, the garbage collector's included). */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Runs `work` once: its result, the CPU milliseconds taken, and the heap it left
 * in use. CPU time, not wall time: on a shared machine the wall clock also counts
 * the time other processes had the CPU.
 */
function measureOnce(work) {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = cpuMs();
  const result = work();
  const ms = cpuMs() - started;
  collectGarbage();
  const retainedBytes = process.memoryUsage().heapUsed - heapBefore;
  return { result, ms, retainedBytes };
}

/** The fastest of REPEATS runs, with the heap the last run kept. */
function measure(work) {
  let best;
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    const run = measureOnce(work);
    if (!best || run.ms < best.ms) best = run;
    else best.retainedBytes = run.retainedBytes;
  }
  return best;
}

function measureWorkload(makeScenario, small, large) {
  const scenarios = { small: makeScenario(small), large: makeScenario(large) };
  // Warm up the JIT on the small one, so the first measurement is not of a cold start.
  for (let pass = 0; pass < 2; pass++) {
    replayScenario(scenarios.small);
    sendToBareActor(scenarios.small);
  }
  const figures = {};
  for (const size of ['small', 'large']) {
    const scenario = scenarios[size];
    const replay = measure(() => replayScenario(scenario));
    const baseline = measure(() => sendToBareActor(scenario));
    // The baseline must have done the same work: it ends where the replay ends.
    if (JSON.stringify(baseline.result.context) !== JSON.stringify(replay.result.final.context)) {
      throw new Error(`the baseline and the replay of ${scenario.id} end in different records`);
    }
    figures[size] = { steps: scenario.steps.length, replay, baseline, ok: replay.result.ok };
  }
  return figures;
}

const format = {
  ms: (ms) => `${ms.toFixed(0).padStart(7)} ms`,
  perStep: (ms, steps) => `${((ms * 1000) / steps).toFixed(0).padStart(5)} µs`,
  ratio: (ratio) => ratio.toFixed(2).padStart(6),
  mb: (bytes) => `${(bytes / 1024 / 1024).toFixed(1).padStart(7)} MB`,
  steps: (steps) => steps.toLocaleString('en-US').padStart(7),
};

function report(title, figures) {
  const { small, large } = figures;
  const lines = [
    title,
    `    steps  replay (CPU)  per step  baseline (CPU)  per step  replay/baseline  trace heap  replay ok`,
    ...[small, large].map(
      (row) =>
        `  ${format.steps(row.steps)}  ${format.ms(row.replay.ms)}  ${format.perStep(row.replay.ms, row.steps)}    ${format.ms(row.baseline.ms)}  ${format.perStep(row.baseline.ms, row.steps)}           ${format.ratio(row.replay.ms / row.baseline.ms)}  ${format.mb(row.replay.retainedBytes)}  ${row.ok}`,
    ),
    `  growth for ${large.steps / small.steps}x the steps (about ${large.steps / small.steps} when linear):`,
    `    replay time   ${format.ratio(large.replay.ms / small.replay.ms)}`,
    `    baseline time ${format.ratio(large.baseline.ms / small.baseline.ms)}`,
    `    trace heap    ${format.ratio(large.replay.retainedBytes / small.replay.retainedBytes)}`,
  ];
  console.log(lines.join('\n'));
}

console.log(`node ${process.version}; CPU time, fastest of ${REPEATS} runs each${globalThis.gc ? '' : '; run with --expose-gc for heap figures'}\n`);

const mixed = measureWorkload(longScenario, SMALL, LARGE);
report(`A generated scenario (rounds of talks of ${STEPS_PER_ROUND} steps, 3 of which add to a growing record)`, mixed);
console.log('');
const records = measureWorkload(recordsOnlyScenario, RECORDS_SMALL, RECORDS_LARGE);
report('Worst case: every step adds a round, a violation or an operation', records);

if (!mixed.large.ok) {
  console.error(`\nthe replay of ${mixed.large.steps} generated steps is not ok: some step went other than it expects`);
  process.exitCode = 1;
}

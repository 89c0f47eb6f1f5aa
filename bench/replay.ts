/**
 * What replaying costs, as the scenario grows and beside the statechart alone.
 *
 * On generated scenarios (bench/long-scenario.mjs), in one run:
 *   - replay:   replayScenario() (the scenario layer: refusal reasons, expectations, the trace and its record);
 *   - baseline: the same events sent in a plain loop to a bare XState actor of the same machine, nothing kept;
 * at N and 10 N steps, reported as ratios, never absolute times as a verdict: 10N/N should be about 10
 * when the cost per step stays the same, and replay/baseline is the scenario layer's overhead (goal:
 * at most 1.5). A second workload adds to the record at every step (a round, a violation or an
 * operation): its cost, and the size of `truce run --json` for it, must grow with the number of steps,
 * not its square.
 *
 * Exits 1 when a goal is missed or the long replay is not ok.
 */
import { createActor } from 'xstate';
import { traceToJson } from '../src/cli/format/trace-json.js';
import { truceMachine } from '../src/model/index.js';
import { replayScenario, scenarioInput, scenarioStart, type Scenario } from '../src/scenario/index.js';
import { STEPS_PER_ROUND, longScenario, recordsOnlyScenario } from './long-scenario.mjs';
import { format, goal, measure, type Measured } from './measure.js';

const quick = process.argv.includes('--quick');
const SMALL = quick ? 2_000 : 10_000;
const LARGE = SMALL * 10;
const REPEATS = quick ? 2 : 3;

/** The baseline: every step's event, dated, sent straight to a bare actor; nothing kept. */
function sendToBareActor(scenario: Scenario) {
  const actor = createActor(truceMachine, { input: scenarioInput(scenario), snapshot: scenarioStart(scenario) }).start();
  for (const step of scenario.steps) actor.send({ ...step.event, date: step.date });
  const final = actor.getSnapshot();
  actor.stop();
  return final;
}

interface Row {
  steps: number;
  replay: Measured<ReturnType<typeof replayScenario>>;
  baseline: Measured<ReturnType<typeof sendToBareActor>>;
  jsonBytes: number;
}

function measureWorkload(makeScenario: (steps: number) => Scenario): { small: Row; large: Row } {
  const scenarios = { small: makeScenario(SMALL), large: makeScenario(LARGE) };
  // Warm up the JIT on the small one, so the first measurement is not of a cold start.
  for (let pass = 0; pass < 2; pass++) {
    replayScenario(scenarios.small);
    sendToBareActor(scenarios.small);
  }
  const row = (scenario: Scenario): Row => {
    const replay = measure(() => replayScenario(scenario), REPEATS);
    const baseline = measure(() => sendToBareActor(scenario), REPEATS);
    // The baseline must have done the same work: it ends where the replay ends.
    if (JSON.stringify(baseline.result.context) !== JSON.stringify(replay.result.final.context)) {
      throw new Error(`the baseline and the replay of ${scenario.id} end in different contexts`);
    }
    return { steps: scenario.steps.length, replay, baseline, jsonBytes: JSON.stringify(traceToJson(replay.result, scenario.parties)).length };
  };
  return { small: row(scenarios.small), large: row(scenarios.large) };
}

function report(title: string, { small, large }: { small: Row; large: Row }): void {
  const growth = large.steps / small.steps;
  console.log(
    [
      title,
      `    steps  replay (CPU)  per step  baseline (CPU)  per step  replay/baseline  trace heap  --json size  replay ok`,
      ...[small, large].map(
        (row) =>
          `  ${format.steps(row.steps)}  ${format.ms(row.replay.ms)}  ${format.perStep(row.replay.ms, row.steps)}   ${format.ms(row.baseline.ms)}  ${format.perStep(row.baseline.ms, row.steps)}           ${format.ratio(row.replay.ms / row.baseline.ms)}  ${format.mb(row.replay.retainedBytes)}   ${format.mb(row.jsonBytes)}  ${row.replay.result.ok}`,
      ),
      `  growth for ${growth}x the steps (about ${growth} when linear):`,
      `    replay time   ${format.ratio(large.replay.ms / small.replay.ms)}`,
      `    baseline time ${format.ratio(large.baseline.ms / small.baseline.ms)}`,
      `    trace heap    ${format.ratio(large.replay.retainedBytes / small.replay.retainedBytes)}`,
      `    --json size   ${format.ratio(large.jsonBytes / small.jsonBytes)}`,
    ].join('\n'),
  );
}

console.log(`Replay: node ${process.version}; CPU time, fastest of ${REPEATS} runs each${(globalThis as { gc?: unknown }).gc ? '' : '; run with --expose-gc for heap figures'}\n`);

const mixed = measureWorkload(longScenario);
report(`A generated scenario (rounds of talks of ${STEPS_PER_ROUND} steps, 3 of which add to the record)`, mixed);
const records = measureWorkload(recordsOnlyScenario);
console.log('');
report('Every step adds to the record: a round, a violation or an operation', records);
console.log('');

const growth = LARGE / SMALL;
const met = [
  goal('replay/baseline, 10x steps', mixed.large.replay.ms / mixed.large.baseline.ms, 1.5),
  // Linear with some slack for a noisy machine: a cost growing with the square would show 100.
  goal(`replay time growth for ${growth}x steps, every step adding to the record`, records.large.replay.ms / records.small.replay.ms, growth * 1.5),
  goal(`--json size growth for ${growth}x steps, every step adding to the record`, records.large.jsonBytes / records.small.jsonBytes, growth * 1.2),
];
if (!mixed.large.replay.result.ok) console.error(`the replay of ${mixed.large.steps} generated steps is not ok: some step went other than it expects`);
process.exitCode = met.every(Boolean) && mixed.large.replay.result.ok ? 0 : 1;

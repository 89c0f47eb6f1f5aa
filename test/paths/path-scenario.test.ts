/** `truce paths --yaml`: the path as a scenario file that loads and replays cleanly. */
import { describe, expect, it } from 'vitest';
import { vocabularyFor } from '../../src/moves/index.js';
import { defaultStart, GENERATED_NOTE, pathScenario, scenarioYaml, startFrom, type PathStart } from '../../src/paths/index.js';
import { findPaths, type FoundPath, type Target } from '../../src/search/index.js';
import { loadScenarioText, readScenarioFile, replayScenario } from '../../src/scenario/index.js';
import { renderProblem } from '../../src/files/index.js';

function shortest(start: PathStart, target: Target): FoundPath {
  const result = findPaths({ from: start.snapshot, target, vocabulary: vocabularyFor(start.scenario), maxPaths: 1, maxSteps: 10 });
  if (!result.reachable) throw new Error('unreachable');
  return result.paths[0]!;
}

function loadBack(text: string) {
  const loaded = loadScenarioText(text, 'path.yaml');
  if (!loaded.ok) throw new Error(loaded.problems.map(renderProblem).join('\n'));
  return loaded.value;
}

describe('a path as a scenario file', () => {
  it('loads, replays with every expectation met, and marks the path steps as generated', () => {
    const start = defaultStart();
    const target: Target = { operations: 'ceasefire' };
    const text = scenarioYaml(pathScenario(start, shortest(start, target), target));
    const scenario = loadBack(text);
    const trace = replayScenario(scenario);

    expect(text.startsWith(`# ${GENERATED_NOTE}`)).toBe(true);
    expect(trace.ok).toBe(true);
    expect(trace.final.state.operations).toBe('ceasefire');
    expect(scenario.steps.every((step) => step.inferred === true && step.note === GENERATED_NOTE)).toBe(true);
    expect(scenario.steps.every((step) => step.expect?.state !== undefined)).toBe(true);
    expect(scenario.sources[0]!.id).toBe('truce-paths');
  });

  it('keeps the scenario steps up to the start, with their sources, then the path', async () => {
    const read = await readScenarioFile('scenarios/rafah-2024-05.yaml');
    if (!read.ok) throw new Error('rafah does not load');
    const from = startFrom(read.value, 'burns-netanyahu');
    if (!from.ok) throw new Error(from.problems[0]!.message);
    const target: Target = { operations: 'pausedForRelease' };
    const scenario = loadBack(scenarioYaml(pathScenario(from.value, shortest(from.value, target), target)));
    const trace = replayScenario(scenario);

    expect(trace.ok).toBe(true);
    expect(scenario.steps.map((step) => step.id)).toEqual([...from.value.replayed.map((step) => step.id), 'path-1', 'path-2', 'path-3']);
    expect(scenario.steps.find((step) => step.id === 'burns-netanyahu')!.source).toEqual(['article', 'timeline']);
    expect(scenario.steps.at(-1)!.date).toBe('2024-05-08');
    expect(scenario.sources.map((source) => source.id)).toEqual(read.value.sources.map((source) => source.id));
  });

  it('dates the days that pass on a path to a lapse, and the steps after them, so that the replay lapses where the search did', async () => {
    const read = await readScenarioFile('scenarios/rafah-2024-05.yaml');
    if (!read.ok) throw new Error('rafah does not load');
    const from = startFrom(read.value, 'burns-netanyahu');
    if (!from.ok) throw new Error(from.problems[0]!.message);
    const target: Target = { agreement: 'lapsed' };
    const text = scenarioYaml(pathScenario(from.value, shortest(from.value, target), target));
    const scenario = loadBack(text);
    const trace = replayScenario(scenario);
    const path = scenario.steps.filter((step) => step.note === GENERATED_NOTE);

    expect(trace.ok).toBe(true);
    // Israel accepts the 42-day ceasefire on the table, it begins on 8 May, and has lapsed on 20 June.
    expect(path.map((step) => [step.date, step.event.type])).toEqual([
      ['2024-05-08', 'PROPOSAL_ACCEPTED'],
      ['2024-05-08', 'CEASEFIRE_BEGAN'],
      ['2024-06-20', 'TIME_PASSED'],
    ]);
    expect(trace.final.state).toMatchObject({ operations: 'ceasefire', agreement: 'lapsed' });
    expect(trace.final.context.agreement).toMatchObject({ status: 'lapsed', endedOn: '2024-06-19' });
    // Terms repeated from the scenario are written out again, not as YAML aliases.
    expect(text).not.toMatch(/[*&]a\d/);
  });

  it('writes the default start with the roles files now use, and its clock on the day the path is dated', () => {
    const start = defaultStart();
    const target: Target = { agreement: 'lapsed' };
    const scenario = loadBack(scenarioYaml(pathScenario(start, shortest(start, target), target)));

    expect(scenario.parties.map((party) => party.role)).toEqual(['principal', 'principal', 'mediator']);
    expect(scenario.initial.date).toBe('2024-01-01');
    expect(scenario.steps.at(-1)).toMatchObject({ date: '2024-01-06', event: { type: 'TIME_PASSED' } });
    expect(replayScenario(scenario).ok).toBe(true);
  });
});

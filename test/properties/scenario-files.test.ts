/**
 * Laws of scenario files: a valid scenario survives being written and read
 * back, and replays as it expects; a scenario with one mistake is refused
 * with exactly one issue, at the mistake's path and place in the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarioText, replayScenario, type Scenario } from '../../src/scenario/index.js';
import { formatPath, renderProblem } from '../../src/files/index.js';
import { nearValidScenario } from '../arbitraries/scenario-mistakes.js';
import { asFile, fileNameFor, scenarioText, yamlStyle } from '../arbitraries/scenario-text.js';
import { validScenario } from '../arbitraries/scenarios.js';
import { expectedPlace } from './expected-position.js';

const numRuns = Number(process.env.FC_RUNS ?? 15);
/** Deeper runs (FC_RUNS) take longer: the time allowed grows with the runs asked for. */
const timeout = 60_000 + numRuns * 1_000;

function load(text: string, file: string): Scenario {
  const result = loadScenarioText(text, file);
  if (!result.ok) throw new Error(`expected ${file} to load:\n${result.problems.map(renderProblem).join('\n')}`);
  return result.value;
}

describe('a valid scenario', () => {
  it('written as YAML in any style, or as JSON, loads back to the same data', () => {
    fc.assert(
      fc.property(asFile(validScenario), ({ scenario, file, text }) => {
        expect(load(text, file)).toEqual(scenario);
      }),
      { numRuns },
    );
  }, timeout);

  it('replays with every step as it expects, on the main line and on every branch', () => {
    fc.assert(
      fc.property(asFile(validScenario), ({ scenario, file, text }) => {
        const loaded = load(text, file);
        const lines = [undefined, ...(scenario.branches ?? []).map((branch) => branch.id)];

        for (const branch of lines) {
          const trace = replayScenario(loaded, branch === undefined ? {} : { branch });
          const unmet = trace.steps.filter((step) => !step.ok).map((step) => `${step.id}: ${JSON.stringify(step.expectations.filter((e) => !e.met))}`);
          expect(unmet, `branch ${branch ?? '(main line)'}`).toEqual([]);
          expect(trace.ok).toBe(true);
        }
      }),
      { numRuns },
    );
  }, timeout);
});

describe('a scenario with exactly one mistake', () => {
  it('gets exactly one issue, naming the path of the mistake and its line and column in the file', () => {
    fc.assert(
      fc.property(nearValidScenario, fc.constantFrom('yaml' as const, 'json' as const), yamlStyle, ({ scenario, mistake }, format, style) => {
        const file = fileNameFor(format);
        const text = scenarioText(scenario, format, style);

        const result = loadScenarioText(text, file);

        expect(result.ok, `${mistake.kind} was not found`).toBe(false);
        if (result.ok) return;
        expect(result.problems.map(renderProblem), mistake.kind).toHaveLength(1);
        const [issue] = result.problems;
        expect(formatPath(issue!.path), mistake.kind).toBe(mistake.path);
        expect({ line: issue!.line, column: issue!.column }, `${mistake.kind}: ${renderProblem(issue!)}`).toEqual(
          expectedPlace(text, mistake.parts, mistake.at),
        );
      }),
      { numRuns: numRuns * 3 },
    );
  }, timeout);
});

/**
 * Files written for the model before the agreement region still replay as they did: the two
 * shipped scenarios as they were then (test/fixtures/before-agreement/) give, step by step, the
 * same acceptances, refusal codes and talks, operations and access states that the three-region
 * model gave (recorded then, in states.json). The README's "What changed with the agreement
 * region" lists the rules that changed on purpose; none of them changes these files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenarioFile, replayScenario, type Scenario } from '../../src/scenario/index.js';

const FOLDER = new URL('../fixtures/before-agreement/', import.meta.url);

interface RecordedStep {
  id: string;
  accepted: boolean;
  refusalCode: string | null;
  state: { talks: string; operations: string; access: string };
}

const recorded = JSON.parse(readFileSync(new URL('states.json', FOLDER), 'utf8')) as Record<string, RecordedStep[]>;

async function load(file: string): Promise<Scenario> {
  const result = await readScenarioFile(new URL(file, FOLDER).pathname);
  if (!result.ok) throw new Error(`${file} did not load: ${result.problems[0]?.message}`);
  return result.value;
}

describe('a scenario written for the three-region model', () => {
  it.each(Object.keys(recorded))('%s replays with the same acceptances, refusals and states as then', async (line) => {
    const [file, branch] = line.split('#') as [string, string];
    const scenario = await load(file);

    const trace = replayScenario(scenario, branch === 'main' ? {} : { branch });

    const now = trace.steps.map((step) => ({
      id: step.id,
      accepted: step.accepted,
      refusalCode: step.refusalCode ?? null,
      state: { talks: step.state.talks, operations: step.state.operations, access: step.state.access },
    }));
    expect(now).toEqual(recorded[line]);
    expect(trace.ok).toBe(true);
  });

  it('covers both shipped scenarios and every branch they had', () => {
    expect(Object.keys(recorded).sort()).toEqual([
      'pause-2023-11.yaml#main',
      'rafah-2024-05.yaml#lasting-ceasefire',
      'rafah-2024-05.yaml#main',
      'rafah-2024-05.yaml#pause-for-release',
    ]);
  });
});

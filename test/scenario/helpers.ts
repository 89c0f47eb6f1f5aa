/** Shared setup for the scenario tests: loading text that must load, or must not, and the shipped files. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenarioText, readScenarioFile, renderIssue, type Scenario, type ScenarioIssue } from '../../src/scenario/index.js';

/** The repository's `scenarios/` folder. */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** Every shipped scenario file, by its path. */
export const shippedScenarioFiles: string[] = readdirSync(SCENARIOS_DIR)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => `${SCENARIOS_DIR}${name}`);

/**
 * Text written in a test as a template literal that starts on the line after the
 * backtick: the first newline is dropped, so `id:` is line 1 as the test shows it.
 */
export function fileText(text: string): string {
  return text.replace(/^\r?\n/, '');
}

/** The issues found in `text`; fails the test when the text loads. */
export function issuesOf(text: string, file = 'scenario.yaml'): ScenarioIssue[] {
  const result = loadScenarioText(fileText(text), file);
  if (result.ok) throw new Error(`expected ${file} to be refused, but it loaded`);
  return result.issues;
}

/** The scenario in `text`; fails the test with the rendered issues when it does not load. */
export function loaded(text: string, file = 'scenario.yaml'): Scenario {
  const result = loadScenarioText(fileText(text), file);
  if (!result.ok) throw new Error(`expected ${file} to load:\n${result.issues.map(renderIssue).join('\n')}`);
  return result.scenario;
}

/** A shipped scenario (`rafah-2024-05`, `pause-2023-11`), read from disk like the CLI does. */
export async function shippedScenario(id: string): Promise<Scenario> {
  const file = `${SCENARIOS_DIR}${id}.yaml`;
  const result = await readScenarioFile(file);
  if (!result.ok) throw new Error(`expected ${file} to load:\n${result.issues.map(renderIssue).join('\n')}`);
  return result.scenario;
}

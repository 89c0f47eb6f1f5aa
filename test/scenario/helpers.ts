/** Shared setup for the scenario tests: loading text that must load, or must not, and the shipped files. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenarioText, readScenarioFile, type Scenario } from '../../src/scenario/index.js';
import { formatPath, renderProblem, type LocatedProblem } from '../../src/files/index.js';

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

/** A problem as its one-line form reads it: where (the path written as text) and what; its code left out. */
export interface ShownProblem {
  file: string;
  line: number;
  column: number;
  path: string;
  message: string;
}

export function shown({ file, line, column, path, message }: LocatedProblem): ShownProblem {
  return { file, line, column, path: formatPath(path), message };
}

/** The problems found in `text`, as they read; fails the test when the text loads. */
export function issuesOf(text: string, file = 'scenario.yaml'): ShownProblem[] {
  return problemsOf(text, file).map(shown);
}

/** The problems found in `text`, as data; fails the test when the text loads. */
export function problemsOf(text: string, file = 'scenario.yaml'): LocatedProblem[] {
  const result = loadScenarioText(fileText(text), file);
  if (result.ok) throw new Error(`expected ${file} to be refused, but it loaded`);
  return result.problems;
}

/** The scenario in `text`; fails the test with the rendered issues when it does not load. */
export function loaded(text: string, file = 'scenario.yaml'): Scenario {
  const result = loadScenarioText(fileText(text), file);
  if (!result.ok) throw new Error(`expected ${file} to load:\n${result.problems.map(renderProblem).join('\n')}`);
  return result.value;
}

/** A shipped scenario (`rafah-2024-05`, `pause-2023-11`), read from disk like the CLI does. */
export async function shippedScenario(id: string): Promise<Scenario> {
  const file = `${SCENARIOS_DIR}${id}.yaml`;
  const result = await readScenarioFile(file);
  if (!result.ok) throw new Error(`expected ${file} to load:\n${result.problems.map(renderProblem).join('\n')}`);
  return result.value;
}

/** Loading a scenario for a command: problems go to stderr, one located line each. */
import type { Scenario } from '../scenario/schema.js';
import { readScenarioFile } from '../scenario/read-scenario.js';
import { renderIssue } from '../scenario/issue.js';
import type { Io } from './io.js';

export async function loadOrReport(file: string, io: Io): Promise<Scenario | undefined> {
  const result = await readScenarioFile(file);
  if (result.ok) return result.scenario;
  for (const issue of result.issues) io.stderr(`${renderIssue(issue)}\n`);
  return undefined;
}

/** Play sessions for tests, started in this process from a scenario file, a scenario's text or a loaded scenario. */
import { sessionScenario } from '../../src/play/session-scenario.js';
import { playHistory, startSession, type Session } from '../../src/play/session.js';
import { playSetup } from '../../src/play/setup.js';
import { loadScenarioText, readScenarioFile, scenarioAsYaml, type Scenario } from '../../src/scenario/index.js';

/** A scenario's text loaded as a file named `file` would be; a test's own scenario must load. */
export function loadedText(text: string, file = 'scenario.yaml'): Scenario {
  const result = loadScenarioText(text, file);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return result.value;
}

/** A session of `scenario`, playing every party or the party `as`. */
export function sessionFrom(scenario: Scenario, as?: string): Session {
  const setup = playSetup(scenario, as);
  if (!setup.ok) throw new Error(setup.problems[0]!.message);
  return startSession(setup.value);
}

export async function sessionOf(file: string, as?: string): Promise<Session> {
  const read = await readScenarioFile(file);
  if (!read.ok) throw new Error(`${file} does not load`);
  return sessionFrom(read.value, as);
}

export function sessionOfText(text: string, file?: string): Session {
  return sessionFrom(loadedText(text, file));
}

/** A session of `file` at turn `turn`, the turns before it let go as in history. */
export async function atTurn(file: string, turn: number, as?: string): Promise<Session> {
  let session = await sessionOf(file, as);
  while (session.turn < turn) session = playHistory(session).session;
  return session;
}

/** The session saved, written as YAML and read back as any scenario file is. */
export function savedAndReadBack(session: Session): Scenario {
  const scenario = sessionScenario(session);
  if (scenario === null) throw new Error('nothing to save');
  return loadedText(scenarioAsYaml(scenario, 'saved by a test'), 'saved.yaml');
}

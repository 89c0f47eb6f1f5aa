/**
 * Text in, scenario or problems out. Every problem found is reported, each
 * with its place in the file, so one run of `truce validate` shows them all.
 */
import {
  describeValue,
  formatPath,
  locateFindings,
  parseText,
  readTextFile,
  valueAt,
  zodFindings,
  type Finding,
  type IssuePath,
  type LocatedProblem,
  type ParsedText,
  type ReadOptions,
  type Result,
} from '../files/index.js';
import { EVENT_TYPES, eventSchemas, isEventType } from '../model/index.js';
import { didYouMean } from '../words/index.js';
import { checkScenario } from './check-scenario.js';
import { salvageScenario } from './salvage.js';
import { scenarioShapeSchema, type Scenario } from './schema.js';

export type ScenarioLoad = Result<Scenario, LocatedProblem>;

/** What the message about an empty file says a scenario holds. */
export const SCENARIO_EXPECTED = 'a scenario: a mapping with id, title, summary, sources, parties, initial and steps';

/**
 * Reads a scenario from the text of a file; `file` names it in problems and
 * tells JSON (`.json`) from YAML.
 * @example loadScenarioText(readFileSync(path, 'utf8'), path)
 */
export function loadScenarioText(text: string, file: string): ScenarioLoad {
  const parsed = parseText(text, file, { expected: SCENARIO_EXPECTED });
  return parsed.ok ? loadScenarioData(parsed.value, file) : parsed;
}

/** A scenario from data already parsed (with its positions): every problem with its place, or the scenario. */
export function loadScenarioData(parsed: ParsedText, file: string): ScenarioLoad {
  const { data } = parsed;
  const findings = [...shapeFindings(data), ...eventFindings(data), ...checkScenario(salvageScenario(data))];
  if (findings.length > 0) return { ok: false, problems: locateFindings(findings, parsed, file) };
  return { ok: true, value: data as Scenario };
}

/**
 * Reads and loads the scenario at `file`; a problem reading it is reported like any other.
 * @example const loaded = await readScenarioFile('scenarios/rafah-2024-05.yaml')
 */
export async function readScenarioFile(file: string, options: ReadOptions = {}): Promise<ScenarioLoad> {
  const read = await readTextFile(file, options);
  return read.ok ? loadScenarioText(read.value, file) : read;
}

/**
 * One problem per place: zod can find two at one value (1e23 is past the safe
 * integers and past the largest count); the last check zod ran says the most.
 */
function onePerPlace(findings: Finding[]): Finding[] {
  const last = new Map(findings.map((finding) => [formatPath(finding.path), finding]));
  return findings.filter((finding) => last.get(formatPath(finding.path)) === finding);
}

function shapeFindings(data: unknown): Finding[] {
  const result = scenarioShapeSchema.safeParse(data);
  return result.success ? [] : onePerPlace(zodFindings(result.error.issues, data));
}

/** Every step's event, wherever the steps are (main line and branches). */
function eventsIn(data: unknown): Array<{ event: unknown; path: IssuePath }> {
  const stepsAt = (steps: unknown, path: IssuePath) =>
    Array.isArray(steps)
      ? steps.flatMap((step: unknown, index) =>
          step !== null && typeof step === 'object' && 'event' in step ? [{ event: (step as { event: unknown }).event, path: [...path, index, 'event'] }] : [],
        )
      : [];
  const branches = valueAt(data, ['branches']);
  return [
    ...stepsAt(valueAt(data, ['steps']), ['steps']),
    ...(Array.isArray(branches) ? branches.flatMap((branch, b) => stepsAt(valueAt(branch, ['steps']), ['branches', b, 'steps'])) : []),
  ];
}

function eventFindings(data: unknown): Finding[] {
  return eventsIn(data).flatMap(({ event, path }): Finding[] => {
    if (event === null || typeof event !== 'object' || Array.isArray(event)) {
      return [{ path, message: `expected an event (a mapping with a type, e.g. type: PROPOSAL_ACCEPTED), found ${describeValue(event)}` }];
    }
    const type = (event as { type?: unknown }).type;
    if (type === undefined) return [{ path, message: `missing "type"; an event has a type, one of ${EVENT_TYPES.join(', ')}` }];
    if (!isEventType(type)) {
      const found = typeof type === 'string' ? `"${type}"` : describeValue(type);
      const suggestion = typeof type === 'string' ? didYouMean(type, EVENT_TYPES) : '';
      return [{ path: [...path, 'type'], message: `unknown event type ${found}${suggestion || `; known types: ${EVENT_TYPES.join(', ')}`}` }];
    }
    const result = eventSchemas[type].safeParse(event);
    return result.success ? [] : onePerPlace(zodFindings(result.error.issues, event, path));
  });
}

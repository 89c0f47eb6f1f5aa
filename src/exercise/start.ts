/**
 * Where a student starts: a scenario replayed up to a step, or a start the
 * exercise writes itself. Either way the same parts as a scenario's: parties,
 * sources, an initial state, and the steps replayed before the student's.
 */
import { renderProblem, type Finding } from '../files/index.js';
import type { Party } from '../model/index.js';
import { checkScenario, salvageScenario, type Scenario, type ScenarioInitial, type ScenarioLoad, type ScenarioSource, type ScenarioStep } from '../scenario/index.js';
import { describeEvent, didYouMean } from '../words/index.js';
import type { ExerciseStartShape } from './schema.js';

export interface ExerciseStart {
  parties: Party[];
  sources: ScenarioSource[];
  initial: ScenarioInitial;
  /** The scenario's steps replayed before the student's: its main line up to and including `upTo`. */
  prefix: ScenarioStep[];
  /**
   * The scenario started from (`path` as the exercise writes it, `file` where it was read, `loaded` all of
   * it: truce paths takes the terms it tries from its later steps and branches too), or null for a start of
   * the exercise's own.
   */
  scenario: { path: string; file: string; id: string; title: string; loaded: Scenario } | null;
  /** The last step replayed, in words. */
  upTo: { id: string; date: string; description: string } | null;
  /** No step of a solution may be dated earlier than this. */
  notBefore: string | null;
}

/** The scenario file named by `start.scenario`, as the reader found it. */
export interface StartScenario {
  /** As the exercise writes it, relative to the exercise file. */
  path: string;
  /** Where it was read from. */
  file: string;
  result: ScenarioLoad;
}

type Resolved = { start: ExerciseStart; findings: [] } | { start?: undefined; findings: Finding[] };

const fail = (path: Finding['path'], message: string): Resolved => ({ findings: [{ path, message }] });

/** The start an exercise describes, given the scenario file it names (when it names one). */
export function resolveStart(shape: ExerciseStartShape, scenario: StartScenario | undefined): Resolved {
  const own = shape.parties !== undefined || shape.sources !== undefined || shape.initial !== undefined;
  if (shape.scenario !== undefined && own) {
    return fail(['start'], 'start from a scenario (scenario, upTo) or from a start of your own (parties, sources, initial), not both');
  }
  if (shape.scenario === undefined) {
    if (shape.upTo !== undefined) return fail(['start', 'upTo'], 'upTo names a step of a scenario; add scenario: <file> to start from one');
    return ownStart(shape);
  }
  if (!scenario) return fail(['start', 'scenario'], `cannot read the scenario ${shape.scenario}`);
  return scenarioStart(shape.upTo, scenario);
}

function ownStart(shape: ExerciseStartShape): Resolved {
  const { parties, sources, initial } = shape;
  if (!parties || !sources || !initial) {
    const missing = [!parties && 'parties', !sources && 'sources', !initial && 'initial'].filter(Boolean).join(', ');
    return fail(['start'], `a start needs scenario: <file> (and optionally upTo: <step id>), or all of parties, sources and initial; missing: ${missing}`);
  }
  // The same checks a scenario's own start gets (a principal among the parties, a start the statechart can be in).
  const findings = checkScenario(salvageScenario({ parties, sources, initial, steps: [] })).map((finding) => ({ ...finding, path: ['start', ...finding.path] }));
  if (findings.length > 0) return { findings };
  return { start: { parties, sources, initial, prefix: [], scenario: null, upTo: null, notBefore: initial.date ?? null }, findings: [] };
}

function scenarioStart(upTo: string | undefined, scenario: StartScenario): Resolved {
  const { path, file } = scenario;
  if (!scenario.result.ok) {
    const [first, ...others] = scenario.result.problems;
    if (first!.code === 'no-such-file') {
      return fail(['start', 'scenario'], `no scenario file at ${path} (looked for ${file}); the path is relative to the exercise file`);
    }
    const more = others.length > 0 ? ` (and ${others.length} more; run truce validate on it)` : '';
    return fail(['start', 'scenario'], `the scenario ${path} cannot be used: ${renderProblem(first!)}${more}`);
  }
  const loaded = scenario.result.value;
  const { parties, sources, initial, steps, id, title } = loaded;
  let prefix: ScenarioStep[] = [];
  if (upTo !== undefined) {
    const index = steps.findIndex((step) => step.id === upTo);
    if (index === -1) {
      const ids = steps.map((step) => step.id);
      return fail(['start', 'upTo'], `the scenario ${path} has no step "${upTo}"${didYouMean(upTo, ids)}; its steps: ${ids.join(', ')}`);
    }
    prefix = steps.slice(0, index + 1);
  }
  const last = prefix.at(-1);
  return {
    start: {
      parties,
      sources,
      initial,
      prefix,
      scenario: { path, file, id, title, loaded },
      upTo: last ? { id: last.id, date: last.date, description: describeEvent(last.event, parties) } : null,
      notBefore: last?.date ?? initial.date ?? null,
    },
    findings: [],
  };
}

/**
 * Text in, assumptions or located problems out, as scenarios and exercises
 * are loaded (the same parser, messages and problem shape). In two steps,
 * because the start may name a scenario file the caller reads between them:
 * `parseAssumptionsText`, then `completeAssumptions`.
 */
import { locateFindings, parseText, renderProblem, zodFindings, type Finding, type LocatedProblem, type ParsedText, type Result } from '../files/index.js';
import { defaultStart, holdersInRecord, startFrom, vocabularyFor, type Start, type Vocabulary } from '../moves/index.js';
import type { ScenarioLoad, ScenarioSource } from '../scenario/index.js';
import { didYouMean } from '../words/index.js';
import { assumptionsSchema, type AssumptionsShape, type ParameterShape } from './assumptions-schema.js';
import type { Holders } from './policy.js';
import { PARAMETER_NAMES, type ParameterName, type ParameterValues, type RunParameters } from './parameters.js';

export const DEFAULT_RUNS = 1000;
export const DEFAULT_DAYS = 60;
export const DEFAULT_SEED = 1;

/** One parameter as the assumptions state it, its value settled. */
export interface Assumed {
  value: number;
  /** What --sweep and --sample vary it over; null when the file gives a value only. */
  range: readonly [number, number] | null;
  rationale: string;
  sources: string[];
}

export interface Assumptions {
  id: string;
  title: string;
  summary: string | null;
  version: number | null;
  /** The file read, and a digest of its bytes: every output names both, so a result can be traced to its assumptions. */
  file: string;
  sha256: string;
  sources: ScenarioSource[];
  start: Start;
  vocabulary: Vocabulary;
  runs: number;
  days: number;
  seed: number;
  parameters: Record<ParameterName, Assumed>;
  holders: Holders;
  /** Each party's own parameters, where the file says it differs. */
  parties: Record<string, Partial<Record<ParameterName, Assumed>>>;
}

export interface AssumptionsDraft {
  shape: AssumptionsShape;
  parsed: ParsedText;
  file: string;
  sha256: string;
}

export const ASSUMPTIONS_EXPECTED = 'assumptions: a mapping with id, title and parameters (and optionally start, runs, days, seed, sources, parties)';

/**
 * The first step: the file's own text, checked as far as it can be without its start.
 * @example parseAssumptionsText(text, 'assumptions/symmetric.yaml', sha256)
 */
export function parseAssumptionsText(text: string, file: string, sha256: string): Result<AssumptionsDraft, LocatedProblem> {
  const parsed = parseText(text, file, { expected: ASSUMPTIONS_EXPECTED });
  if (!parsed.ok) return parsed;
  const { data } = parsed.value;
  const result = assumptionsSchema.safeParse(data);
  const findings = result.success ? ownFindings(result.data) : zodFindings(result.error.issues, data);
  if (findings.length > 0 || !result.success) return { ok: false, problems: locateFindings(findings, parsed.value, file) };
  return { ok: true, value: { shape: result.data, parsed: parsed.value, file, sha256 } };
}

/** The scenario the start names, as the reader found it. */
export interface StartScenarioFile {
  /** As the file writes it. */
  path: string;
  result: ScenarioLoad;
}

/** The second step: the start resolved (from the scenario it names, if any) and the parties checked against it. */
export function completeAssumptions(draft: AssumptionsDraft, scenario: StartScenarioFile | undefined): Result<Assumptions, LocatedProblem> {
  const { shape, parsed, file } = draft;
  const resolved = resolveStart(shape, scenario);
  const fail = (findings: Finding[]): Result<Assumptions, LocatedProblem> => ({ ok: false, problems: locateFindings(findings, parsed, file) });
  if (!resolved.ok) return fail(resolved.findings);
  const start = resolved.start;
  const partyIds = start.snapshot.context.parties.map((party) => party.id);
  const unknownParty = (id: string) => `unknown party "${id}"${didYouMean(id, partyIds)}; the parties at the start: ${partyIds.join(', ')}`;
  const findings: Finding[] = [
    ...Object.keys(shape.parties ?? {})
      .filter((id) => !partyIds.includes(id))
      .map((id): Finding => ({ path: ['parties', id], at: 'key', message: unknownParty(id) })),
    ...(['hostages', 'prisoners'] as const)
      .filter((what) => shape.holders?.[what] !== undefined && !partyIds.includes(shape.holders[what]!))
      .map((what): Finding => ({ path: ['holders', what], message: unknownParty(shape.holders![what]!) })),
  ];
  if (findings.length > 0) return fail(findings);
  const parameters = Object.fromEntries(PARAMETER_NAMES.map((name) => [name, settle(shape.parameters[name])])) as Record<ParameterName, Assumed>;
  const parties = Object.fromEntries(
    Object.entries(shape.parties ?? {}).map(([id, own]) => [
      id,
      Object.fromEntries(PARAMETER_NAMES.flatMap((name) => (own[name] === undefined ? [] : [[name, settle(own[name]!)]]))),
    ]),
  );
  return {
    ok: true,
    value: {
      id: shape.id,
      title: shape.title,
      summary: shape.summary ?? null,
      version: shape.version ?? null,
      file,
      sha256: draft.sha256,
      sources: shape.sources ?? [],
      start,
      vocabulary: vocabularyFor(start.scenario),
      runs: shape.runs ?? DEFAULT_RUNS,
      days: shape.days ?? DEFAULT_DAYS,
      seed: shape.seed ?? DEFAULT_SEED,
      parameters,
      holders: holdersOf(shape, start),
      parties,
    },
  };
}

/** The value a plain run uses: the one given, else the middle of the range. */
function settle(shape: ParameterShape): Assumed {
  const range = shape.range ?? null;
  return { value: shape.value ?? (range![0] + range![1]) / 2, range, rationale: shape.rationale, sources: shape.sources ?? [] };
}

/** The values a plain run uses, for every party alike and each party's own. */
export function plainParameters(assumptions: Assumptions): RunParameters {
  const shared = Object.fromEntries(PARAMETER_NAMES.map((name) => [name, assumptions.parameters[name].value])) as ParameterValues;
  const byParty = Object.fromEntries(
    Object.entries(assumptions.parties).map(([party, own]) => [party, Object.fromEntries(Object.entries(own).map(([name, assumed]) => [name, assumed!.value]))]),
  );
  return { shared, byParty };
}

/** What the schema cannot say: a value or a range, a range low to high, a value within it, sources that exist. */
function ownFindings(shape: AssumptionsShape): Finding[] {
  const sourceIds = (shape.sources ?? []).map((source) => source.id);
  const check = (parameter: ParameterShape, path: Array<string | number>): Finding[] => {
    const findings: Finding[] = [];
    const { value, range } = parameter;
    if (value === undefined && range === undefined) findings.push({ path, message: 'needs a value (value: 0.1) or a range (range: [0.05, 0.2]), or both' });
    if (range && range[0] > range[1]) findings.push({ path: [...path, 'range'], message: `the range runs from low to high: [${range[1]}, ${range[0]}], not [${range[0]}, ${range[1]}]` });
    else if (range && value !== undefined && (value < range[0] || value > range[1])) {
      findings.push({ path: [...path, 'value'], message: `the value ${value} lies outside its range [${range[0]}, ${range[1]}]` });
    }
    parameter.sources?.forEach((id, index) => {
      if (!sourceIds.includes(id)) {
        const known = sourceIds.length > 0 ? `; the sources listed: ${sourceIds.join(', ')}` : '; list it under sources first';
        findings.push({ path: [...path, 'sources', index], message: `unknown source "${id}"${didYouMean(id, sourceIds)}${known}` });
      }
    });
    return findings;
  };
  return [
    ...PARAMETER_NAMES.flatMap((name) => check(shape.parameters[name], ['parameters', name])),
    ...Object.entries(shape.parties ?? {}).flatMap(([party, own]) =>
      PARAMETER_NAMES.flatMap((name) => (own[name] === undefined ? [] : check(own[name]!, ['parties', party, name])))),
  ];
}

type ResolvedStart = { ok: true; start: Start } | { ok: false; findings: Finding[] };

function resolveStart(shape: AssumptionsShape, scenario: StartScenarioFile | undefined): ResolvedStart {
  if (shape.start === undefined) return { ok: true, start: defaultStart() };
  if (!scenario) return { ok: false, findings: [{ path: ['start', 'scenario'], message: `cannot read the scenario ${shape.start.scenario}` }] };
  if (!scenario.result.ok) {
    const [first, ...others] = scenario.result.problems;
    const message =
      first!.code === 'no-such-file'
        ? `no scenario file at ${scenario.path}; the path is relative to the assumptions file`
        : `the scenario ${scenario.path} cannot be used: ${renderProblem(first!)}${others.length > 0 ? ` (and ${others.length} more; run truce validate on it)` : ''}`;
    return { ok: false, findings: [{ path: ['start', 'scenario'], message }] };
  }
  const start = startFrom(scenario.result.value, shape.start.upTo);
  if (!start.ok) return { ok: false, findings: [{ path: ['start', 'upTo'], message: start.problems[0]!.message }] };
  return { ok: true, start: start.value };
}

/** Who releases whom: as the file says, else the first party the scenario records releasing them. */
function holdersOf(shape: AssumptionsShape, start: Start): Holders {
  const recorded = holdersInRecord(start.scenario);
  return { hostages: shape.holders?.hostages ?? recorded.hostages, prisoners: shape.holders?.prisoners ?? recorded.prisoners };
}

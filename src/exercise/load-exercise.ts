/**
 * Text in, exercise or located problems out, as `loadScenarioText` does for
 * scenarios (and with its parser, its messages and its issue shape). In two
 * steps, because an exercise may start from a scenario file that the caller
 * reads between them: `parseExerciseText`, then `completeExercise`.
 */
import { basename, extname } from 'node:path';
import { locateFindings, parseText, zodFindings, type Finding, type LocatedProblem, type ParsedText, type Result } from '../files/index.js';
import { findParty, isPrincipal, type Party } from '../model/index.js';
import { didYouMean } from '../words/index.js';
import { toCondition, type Condition } from './condition.js';
import { conditionSchema, exerciseSchema, type Constraints, type ExerciseKind, type ExerciseShape, type Level } from './schema.js';
import { resolveStart, type ExerciseStart, type StartScenario } from './start.js';

export interface Exercise {
  id: string;
  title: string;
  level: Level;
  kind: ExerciseKind;
  prompt: string;
  start: ExerciseStart;
  goal: Condition[];
  constraints: Constraints;
  hints: string[];
  debrief: { text: string; sources: string[] };
  /** The reference solution's path, relative to the exercise file. */
  solution: string;
  /** The file the exercise was read from. */
  file: string;
}

export type ExerciseLoad = Result<Exercise, LocatedProblem>;

/** An exercise whose own text is well formed; its start is still to be resolved. */
export interface ExerciseDraft {
  shape: ExerciseShape;
  goal: Condition[];
  file: string;
  parsed: ParsedText;
}

export type DraftResult = Result<ExerciseDraft, LocatedProblem>;

/**
 * The first step: the exercise's own text, checked as far as it can be
 * without the scenario it starts from.
 * @example parseExerciseText(readFileSync(path, 'utf8'), path)
 */
export function parseExerciseText(text: string, file: string): DraftResult {
  const parsed = parseText(text, file, { expected: 'an exercise: a mapping with id, title, level, kind, prompt, start, goal, hints, debrief and solution' });
  if (!parsed.ok) return parsed;
  const { data } = parsed.value;
  const result = exerciseSchema.safeParse(data);
  const findings = result.success ? [] : zodFindings(result.error.issues, data);
  const goal: Condition[] = [];
  const goalItems = (data as { goal?: unknown }).goal;
  if (Array.isArray(goalItems)) {
    goalItems.forEach((item, index) => {
      const shape = conditionSchema.safeParse(item);
      if (!shape.success) return findings.push(...zodFindings(shape.error.issues, item, ['goal', index]));
      const converted = toCondition(shape.data, ['goal', index]);
      if (converted.condition) goal.push(converted.condition);
      else findings.push(...converted.findings);
    });
  }
  if (findings.length > 0 || !result.success) return { ok: false, problems: locateFindings(findings, parsed.value, file) };
  return { ok: true, value: { shape: result.data, goal, file, parsed: parsed.value } };
}

/** The second step: the start resolved (with the scenario it names, when it names one), and everything checked against it. */
export function completeExercise(draft: ExerciseDraft, scenario: StartScenario | undefined): ExerciseLoad {
  const { shape, goal, file, parsed } = draft;
  const resolved = resolveStart(shape.start, scenario);
  if (!resolved.start) return { ok: false, problems: locateFindings(resolved.findings, parsed, file) };
  const start = resolved.start;
  const constraints = shape.constraints ?? {};
  const findings = [...checkName(shape, file), ...checkAgainstStart(shape, goal, start), ...checkKind(shape, goal, constraints), ...checkWeights(constraints)];
  if (findings.length > 0) return { ok: false, problems: locateFindings(findings, parsed, file) };
  return {
    ok: true,
    value: {
      id: shape.id,
      title: shape.title,
      level: shape.level as Level,
      kind: shape.kind,
      prompt: shape.prompt,
      start,
      goal,
      constraints,
      hints: shape.hints,
      debrief: shape.debrief,
      solution: shape.solution,
      file,
    },
  };
}

/** `truce exercise show <id>` finds an exercise by its file name, so the two must agree. */
function checkName(shape: ExerciseShape, file: string): Finding[] {
  const stem = basename(file, extname(file));
  return shape.id === stem ? [] : [{ path: ['id'], message: `the id "${shape.id}" differs from the file name ${basename(file)}; name the file ${shape.id}${extname(file)} (or change the id to ${stem})` }];
}

function unknownParty(id: string, parties: readonly Party[]): string {
  const ids = parties.map((party) => party.id);
  return `unknown party "${id}"${didYouMean(id, ids)}; the parties at the start: ${ids.join(', ')}`;
}

/** Parties and sources named in the goal, the constraints and the debrief exist at the start. */
function checkAgainstStart(shape: ExerciseShape, goal: Condition[], start: ExerciseStart): Finding[] {
  const findings: Finding[] = [];
  shape.constraints?.mustAccept?.forEach((id, index) => {
    const party = findParty(start.parties, id);
    const path = ['constraints', 'mustAccept', index];
    if (!party) findings.push({ path, message: unknownParty(id, start.parties) });
    else if (!isPrincipal(party)) findings.push({ path, message: `${party.name} is a mediator: only principal parties accept a proposal` });
  });
  goal.forEach((condition, index) => {
    if (condition.form !== 'sequence') return;
    condition.sequence.forEach((pattern, p) => {
      if (typeof pattern.by === 'string' && !findParty(start.parties, pattern.by)) {
        findings.push({ path: ['goal', index, 'sequence', p, 'by'], message: unknownParty(pattern.by, start.parties) });
      }
    });
  });
  const sourceIds = start.sources.map((source) => source.id);
  shape.debrief.sources.forEach((id, index) => {
    if (!sourceIds.includes(id)) {
      findings.push({ path: ['debrief', 'sources', index], message: `unknown source "${id}"${didYouMean(id, sourceIds)}; the sources at the start: ${sourceIds.join(', ')}` });
    }
  });
  const dates = shape.constraints?.dates;
  // A range with neither end would be met by any solution, and read "dated  or earlier".
  if (dates !== undefined && dates.from === undefined && dates.to === undefined) {
    findings.push({ path: ['constraints', 'dates'], message: 'needs from, to or both (YYYY-MM-DD): the first and the last day a step may be dated' });
  }
  const { from, to } = dates ?? {};
  if (from !== undefined && to !== undefined && from > to) findings.push({ path: ['constraints', 'dates', 'to'], message: `to (${to}) is before from (${from})` });
  return findings;
}

/** What each kind of exercise needs to be gradable as that kind. */
function checkKind(shape: ExerciseShape, goal: Condition[], constraints: Constraints): Finding[] {
  const findings: Finding[] = [];
  const hasState = goal.some((condition) => condition.form === 'state');
  if (constraints.maxSteps === 'shortest' && !hasState) {
    findings.push({ path: ['constraints', 'maxSteps'], message: 'maxSteps: shortest needs a goal condition { state: ... }: the shortest path is to that state' });
  }
  if (constraints.allowPaths === false && !hasState) {
    findings.push({ path: ['constraints', 'allowPaths'], message: 'allowPaths: false needs a goal condition { state: ... }: a solution is compared with the path truce paths prints to that state' });
  }
  if (shape.kind === 'shortest-path' && constraints.maxSteps !== 'shortest') {
    findings.push({ path: ['kind'], message: 'a shortest-path exercise needs constraints: { maxSteps: shortest }', at: 'value' });
  }
  if (shape.kind === 'explain-refusal' && !goal.some((condition) => condition.form === 'refusal')) {
    findings.push({ path: ['goal'], message: 'an explain-refusal exercise needs a goal condition { refusal: CODE }' });
  }
  return findings;
}

/** A weight is for a constraint the exercise sets (or for asExpected, which every exercise has): one for another is a slip. */
function checkWeights(constraints: Constraints): Finding[] {
  const set: Record<keyof NonNullable<Constraints['weights']>, boolean> = {
    maxSteps: constraints.maxSteps !== undefined,
    events: constraints.events !== undefined,
    mustAccept: constraints.mustAccept !== undefined,
    dates: constraints.dates !== undefined,
    cite: constraints.cite === true,
    asExpected: true,
  };
  return Object.keys(constraints.weights ?? {})
    .filter((key) => !set[key as keyof typeof set])
    .map((key) => ({
      path: ['constraints', 'weights', key],
      message: `this exercise has no ${key} constraint to weigh; add ${key === 'cite' ? 'cite: true' : `${key}: ...`} to constraints, or remove this weight`,
      at: 'key' as const,
    }));
}

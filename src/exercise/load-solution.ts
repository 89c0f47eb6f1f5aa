/**
 * A student's solution: a file of scenario steps. Its steps are checked by the
 * scenario loader itself, so a solution gets exactly the messages a scenario
 * would (unknown event types, misspelt keys, dates out of order...), each with
 * its line and column; then against the exercise: its parties, its sources,
 * and the date it starts on.
 */
import { locateFindings, parseText, renderProblem, zodFindings, type Finding, type LocatedProblem, type Result } from '../files/index.js';
import { checkScenario, loadScenarioData, salvageScenario, type ScenarioStep } from '../scenario/index.js';
import { count, nearestName } from '../words/index.js';
import type { Exercise } from './load-exercise.js';
import { salvageAuthor } from './salvage-author.js';
import { isSavedSession, sessionAsSolution } from './saved-session.js';
import { MAX_SOLUTION_STEPS, solutionSchema } from './schema.js';

export interface Solution {
  file: string;
  /** The exercise the file says it answers, if it says. */
  exercise?: string;
  author?: string;
  note?: string;
  steps: ScenarioStep[];
}

/** A solution, or its problems; a file that does not load still names its author when it can (see salvage-author.ts). */
export type SolutionLoad = { ok: true; value: Solution } | { ok: false; problems: LocatedProblem[]; author?: string };

const isStepProblem = (problem: LocatedProblem) => problem.path[0] === 'steps';

/**
 * Reads a solution to `exercise` from the text of a file; `file` names it in
 * problems and tells JSON from YAML.
 * @example loadSolutionText(readFileSync(path, 'utf8'), path, exercise)
 */
export function loadSolutionText(text: string, file: string, exercise: Exercise): SolutionLoad {
  const loaded = loadWellFormed(text, file, exercise);
  if (loaded.ok) return loaded;
  const author = salvageAuthor(text, file);
  return author === undefined ? loaded : { ...loaded, author };
}

function loadWellFormed(text: string, file: string, exercise: Exercise): Result<Solution, LocatedProblem> {
  const read = parseText(text, file, { expected: 'a solution: a mapping with steps (and optionally exercise, author, note)' });
  if (!read.ok) return read;
  // A session saved by truce play is graded on the moves it made after the exercise's start.
  const session = isSavedSession(read.value.data) ? sessionAsSolution(read.value, exercise) : null;
  if (session && !session.ok) return { ok: false, problems: locateFindings([session.finding], read.value, file) };
  const parsed = session ? { ok: true as const, value: session.parsed } : read;
  const { data } = parsed.value;
  // Before anything reads the steps one by one: a file far too long is said in one line, at once.
  const steps = (data as { steps?: unknown }).steps;
  if (Array.isArray(steps) && steps.length > MAX_SOLUTION_STEPS) {
    const message = `a solution may have at most ${count(MAX_SOLUTION_STEPS)} steps, and this one has ${count(steps.length)}; an exercise needs a few dozen at most`;
    return { ok: false, problems: locateFindings([{ path: ['steps'], message, at: 'key' }], parsed.value, file) };
  }
  const shape = solutionSchema.safeParse(data);
  const findings: Finding[] = shape.success ? [] : zodFindings(shape.error.issues, data);
  const named = shape.success ? shape.data.exercise : undefined;
  if (named !== undefined && named !== exercise.id) {
    // A name a letter or two from this exercise's is a slip in the file, not a solution to another exercise.
    const slip = nearestName(named, [exercise.id]) !== undefined;
    findings.push({
      path: ['exercise'],
      message: slip
        ? `this solution names exercise "${named}" (did you mean "${exercise.id}"?); correct its exercise: line`
        : `this solution is for exercise "${named}", not "${exercise.id}"; check it with truce exercise check ${named} ${file}`,
    });
  }
  findings.push(...checkAgainstExercise(steps, exercise));

  // The scenario loader reads the whole file as a scenario: its problems with the steps are the ones that apply.
  const asScenario = loadScenarioData(parsed.value, file);
  const stepProblems = asScenario.ok ? [] : asScenario.problems.filter(isStepProblem);
  const problems = dedupe([...locateFindings(findings, parsed.value, file), ...stepProblems]);
  if (problems.length > 0 || !shape.success) return { ok: false, problems };

  const { exercise: exerciseId, author, note } = shape.data;
  return {
    ok: true,
    value: {
      file,
      ...(exerciseId !== undefined ? { exercise: exerciseId } : {}),
      ...(author !== undefined ? { author } : {}),
      ...(note !== undefined ? { note } : {}),
      steps: shape.data.steps as ScenarioStep[],
    },
  };
}

/** The steps' parties and sources are the exercise's, and no step comes before the start. */
function checkAgainstExercise(steps: unknown, exercise: Exercise): Finding[] {
  const { parties, sources, initial, notBefore } = exercise.start;
  // Without the start's date: the first step is compared with `notBefore` below, with a message that names the start.
  const { date: _startDate, ...undated } = initial;
  const parts = salvageScenario({ parties, sources, initial: undated, steps });
  const findings = checkScenario(parts).filter((finding) => finding.path[0] === 'steps');
  if (notBefore !== null) {
    const after = exercise.start.upTo ? `, the date of step ${exercise.start.upTo.id} where it starts` : ', the date it starts on';
    parts.steps.forEach((step, index) => {
      if (step && step.date < notBefore) {
        findings.push({ path: ['steps', index, 'date'], message: `date ${step.date} is before the exercise starts (${notBefore}${after}); your steps come after it` });
      }
    });
  }
  return findings;
}

function dedupe(problems: LocatedProblem[]): LocatedProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((issue) => {
      const key = renderProblem(issue);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

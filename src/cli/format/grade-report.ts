/** A graded solution for the student who wrote it: their steps as the model took them, each criterion, the score. */
import { weightInWords, type Exercise, type Grade, type ScoredCriterion, type Solution } from '../../exercise/index.js';
import { describeEvent, lapseInWords, printable, stateLine } from '../../words/index.js';
import type { Palette } from '../color.js';
import { debriefLines, hanging, wrap } from './exercise-text.js';

function stepLines(exercise: Exercise, grade: Grade, paint: Palette): string[] {
  const width = Math.max(0, ...grade.run.steps.map((step) => step.id.length));
  return grade.run.steps.flatMap((step) => {
    const head = `  ${step.date}  ${step.id.padEnd(width)}  ${describeEvent(step.event, exercise.start.parties)}`;
    // The reason in words, not its code: naming the code is what refusal exercises ask of the student.
    const outcome = step.accepted ? `→ ${stateLine(step.state)}` : paint.yellow(`⊘ refused: ${step.reason ?? ''}`);
    const indent = ' '.repeat(2 + 10 + 2 + width + 2);
    // Time passed before this step's event: the agreement had lapsed before it was weighed.
    const lapse = step.lapsedBefore === undefined ? [] : [`${indent}${paint.dim(lapseInWords(step.lapsedBefore))}`];
    return [head, ...lapse, `${indent}${outcome}`];
  });
}

/** `4 of 7 criteria met (0%): the 4 met are limits, which earn no marks` — why a score is below the share of criteria met. */
export function scoreLine(grade: Grade): string {
  const line = `${grade.met} of ${grade.total} criteria met (${grade.percent}%)`;
  if (grade.criteria.some((criterion) => criterion.kind === 'own-path' && !criterion.met)) return `${line}: the path truce paths prints, copied, earns no marks`;
  const limitsKept = grade.criteria.filter((criterion) => criterion.met && criterion.limit).length;
  if (grade.solved || limitsKept === 0) return line;
  const which =
    limitsKept === grade.met
      ? grade.met === 1
        ? 'the one met is a limit, which earns'
        : `the ${grade.met} met are limits, which earn`
      : `${limitsKept} of those met ${limitsKept === 1 ? 'is a limit, which earns' : 'are limits, which earn'}`;
  return `${line}: ${which} no marks`;
}

/** ` (a limit)`, ` (a limit, counts 2×)`: how a criterion counts, when not as one achievement among others. */
function howItCounts(criterion: ScoredCriterion): string {
  // Not having copied a path is no limit to keep but a condition of any marks at all, as its own words say.
  const notes = [criterion.limit && criterion.kind !== 'own-path' ? 'a limit' : '', weightInWords(criterion.weight)].filter(Boolean);
  return notes.length > 0 ? ` (${notes.join(', ')})` : '';
}

/** The share of a criterion met in part: `partly met: 83% of its marks`. */
function partly(criterion: ScoredCriterion): string[] {
  if (criterion.met || !criterion.credit) return [];
  return [`      partly met: ${Math.floor(criterion.credit * 100)}% of its marks`];
}

const LIMITS_IN_WORDS = 'A limit is met by a file with no steps at all: keeping it earns no marks, breaking it costs its marks.';

export function formatGradeReport(exercise: Exercise, solution: Solution, grade: Grade, paint: Palette): string {
  const steps = solution.steps.length;
  const lines = [
    paint.bold(`${exercise.id}: ${exercise.title}`),
    `${printable(solution.file)}: ${steps} ${steps === 1 ? 'step' : 'steps'}${solution.author ? `, by ${printable(solution.author)}` : ''}`,
    '',
    'Your steps:',
    ...stepLines(exercise, grade, paint),
    '',
    'Criteria:',
    ...grade.criteria.flatMap((criterion) => [
      ...hanging(criterion.met ? '  ✓ ' : '  ✗ ', `${criterion.label}${howItCounts(criterion)}`).map((line) => (criterion.met ? paint.green(line) : paint.red(line))),
      ...wrap(`${criterion.met ? '' : 'not met: '}${criterion.why}`, '      '),
      ...partly(criterion),
    ]),
    ...(!grade.solved && grade.criteria.some((criterion) => criterion.limit) ? ['', ...wrap(LIMITS_IN_WORDS)] : []),
    '',
  ];
  if (grade.solved) {
    lines.push(paint.green(`Score: ${scoreLine(grade)}. Solved.`), '', ...debriefLines(exercise, paint));
  } else {
    lines.push(paint.red(`Score: ${scoreLine(grade)}. Not solved yet.`), `Stuck? truce exercise hint ${exercise.id}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The `--json` form of one graded solution. */
export function gradeToJson(exercise: Exercise, solution: Solution, grade: Grade) {
  return {
    exercise: { id: exercise.id, title: exercise.title },
    file: solution.file,
    author: solution.author ?? null,
    steps: solution.steps.length,
    criteria: grade.criteria,
    met: grade.met,
    total: grade.total,
    earned: grade.earned,
    possible: grade.possible,
    percent: grade.percent,
    solved: grade.solved,
  };
}

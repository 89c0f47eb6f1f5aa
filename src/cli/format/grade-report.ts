/** A graded solution for the student who wrote it: their steps as the model took them, each criterion, the score. */
import type { Exercise, Grade, Solution } from '../../exercise/index.js';
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

export function scoreLine(grade: Grade): string {
  return `${grade.met} of ${grade.total} criteria met (${grade.percent}%)`;
}

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
      ...hanging(criterion.met ? '  ✓ ' : '  ✗ ', criterion.label).map((line) => (criterion.met ? paint.green(line) : paint.red(line))),
      ...wrap(`${criterion.met ? '' : 'not met: '}${criterion.why}`, '      '),
    ]),
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
    percent: grade.percent,
    solved: grade.solved,
  };
}

/** Exercises for people: the list, one exercise in full, a hint, a debrief. */
import { relative } from 'node:path';
import { conditionInWords, constraintsInWords, EXERCISE_KINDS, LEVELS, weighed, type Exercise, type SolutionLoad } from '../../exercise/index.js';
import { renderProblem } from '../../files/index.js';
import { REFUSAL_CODES } from '../../model/index.js';
import type { Moment } from '../../scenario/index.js';
import { agreementInWords, describeEvent, hostagesInWords, proposalInWords, stateLine } from '../../words/index.js';
import type { Palette } from '../color.js';

/** Long text broken into lines of at most `width` characters (a word longer than that keeps its own line). */
export function wrap(text: string, indent = '', width = 88): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** Wrapped text whose first line starts with `marker` (e.g. "  • ") and the others under its text. */
export function hanging(marker: string, text: string): string[] {
  const lines = wrap(text, ' '.repeat(marker.length));
  return lines.map((line, index) => (index === 0 ? marker + line.slice(marker.length) : line));
}

/** A scenario file as a student would type it from where they are (`cwd`). */
function shownPath(file: string, cwd: string): string {
  const fromHere = relative(cwd, file);
  return fromHere.startsWith('..') ? file : fromHere;
}

export function levelInWords(exercise: Exercise): string {
  return `level ${exercise.level} (${LEVELS[exercise.level]})`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '));
}

export function formatExerciseList(exercises: readonly Exercise[], paint: Palette): string {
  const rows = [
    ['id', 'level', 'kind', 'title'],
    ...exercises.map((exercise) => [exercise.id, `${exercise.level} ${LEVELS[exercise.level]}`, EXERCISE_KINDS[exercise.kind], exercise.title]),
  ];
  const [header, ...body] = table(rows);
  return `${[paint.bold(header!), ...body, '', `${exercises.length} ${exercises.length === 1 ? 'exercise' : 'exercises'}. Read one: truce exercise show <id>`].join('\n')}\n`;
}

function startLines(exercise: Exercise, moment: Moment, cwd: string): string[] {
  const { start } = exercise;
  const from = start.scenario
    ? `From ${shownPath(start.scenario.file, cwd)} ("${start.scenario.title}")${start.upTo ? `, replayed up to and including step ${start.upTo.id} (${start.upTo.date}): ${start.upTo.description}` : ', at its start (before its first step)'}`
    : 'From a start of its own (no scenario file)';
  const roles = (role: string) => role.replace('-', ' ');
  return [
    from,
    `Where things stand: ${stateLine(moment.state)}`,
    `Hostages: ${hostagesInWords(moment.context)}`,
    ...(agreementInWords(moment.context) === undefined ? [] : [agreementInWords(moment.context)!]),
    proposalInWords(moment.context),
    `Parties: ${start.parties.map((party) => `${party.id} (${party.name}, ${roles(party.role)})`).join(', ')}`,
    `Sources: ${start.sources.map((source) => `${source.id} (${source.title})`).join('; ')}`,
    ...(firstDay(exercise) ? [`Your steps are dated ${firstDay(exercise)} or later.`] : []),
  ];
}

/**
 * The first day a step of a solution may have: the start's date, or the first day the exercise's
 * dates allow when that is later (a step dated before it breaks a constraint).
 */
function firstDay(exercise: Exercise): string | null {
  const { notBefore } = exercise.start;
  const from = exercise.constraints.dates?.from;
  return from !== undefined && (notBefore === null || from > notBefore) ? from : notBefore;
}

function solutionTemplate(exercise: Exercise): string[] {
  return [
    `  exercise: ${exercise.id}`,
    '  author: Your Name',
    '  steps:',
    '    - id: a-name-for-the-step',
    `      date: ${firstDay(exercise) ?? '2024-01-01'}`,
    '      event: { type: TALKS_OPENED, where: Cairo }',
  ];
}

/** A reference solution for a teacher: where the exercise says it is, and what was found there. */
export interface ReferenceSolution {
  file: string;
  load: SolutionLoad;
}

export interface ShowOptions {
  debrief?: boolean;
  /** The folder the command runs in: the scenario's path is shown from there. */
  cwd: string;
  /** Given with --teacher: the reference solution, shown after the exercise. */
  reference?: ReferenceSolution;
}

/** The reference solution's steps, or why it cannot be shown (the package leaves the solutions out). */
function referenceLines(exercise: Exercise, { file, load }: ReferenceSolution, paint: Palette, cwd: string): string[] {
  const where = shownPath(file, cwd);
  if (!load.ok) {
    const missing = load.problems[0]?.code === 'no-such-file';
    return wrap(
      missing
        ? `Reference solution: ${where} is not in this copy. The npm package of truce-sim leaves the reference solutions out, so that students who install it do not get them; a clone of the project's repository has them (exercises/solutions/).`
        : `Reference solution: ${where} does not load: ${renderProblem(load.problems[0]!)}`,
    );
  }
  const { steps } = load.value;
  const width = Math.max(...steps.map((step) => step.id.length));
  return [
    paint.bold('Reference solution (for the teacher)'),
    `  ${where}: ${steps.length} ${steps.length === 1 ? 'step' : 'steps'}`,
    ...steps.map((step) => `  ${step.date}  ${step.id.padEnd(width)}  ${describeEvent(step.event, exercise.start.parties)}`),
    `  Check it: truce exercise check ${exercise.id} ${where}`,
  ];
}

/** The exercise in full; `start` is where the student starts (the exercise's start, replayed). */
export function formatExercise(exercise: Exercise, start: Moment, paint: Palette, options: ShowOptions): string {
  const bullet = (text: string) => hanging('  • ', text);
  const lines = [
    paint.bold(exercise.title),
    `${exercise.id} · ${levelInWords(exercise)} · ${EXERCISE_KINDS[exercise.kind]}`,
    '',
    ...wrap(exercise.prompt),
    '',
    paint.bold('Start'),
    ...startLines(exercise, start, options.cwd).flatMap((line) => wrap(line, '  ')),
    '',
    paint.bold('Goal'),
    ...exercise.goal.flatMap((condition) => bullet(weighed(conditionInWords(condition), condition.weight))),
    '',
    paint.bold('Constraints'),
    ...constraintsInWords(exercise.constraints, exercise.start.parties).flatMap(bullet),
  ];
  if (exercise.goal.some((condition) => condition.form === 'refusal')) {
    lines.push('', paint.bold('Refusal codes'), `  ${REFUSAL_CODES.join(', ')}`);
  }
  lines.push(
    '',
    `Hints: ${exercise.hints.length}, one at a time: truce exercise hint ${exercise.id}`,
    '',
    'A solution is a file of steps, as in a scenario (the event below only shows the shape):',
    '',
    ...solutionTemplate(exercise),
    '',
    `Check it: truce exercise check ${exercise.id} my-solution.yaml`,
  );
  if (options.reference) lines.push('', ...referenceLines(exercise, options.reference, paint, options.cwd));
  if (options.debrief) lines.push('', ...debriefLines(exercise, paint));
  return `${lines.join('\n')}\n`;
}

export function debriefLines(exercise: Exercise, paint: Palette): string[] {
  const sources = exercise.debrief.sources.map((id) => exercise.start.sources.find((source) => source.id === id)!);
  return [
    paint.bold('What happened'),
    ...wrap(exercise.debrief.text),
    '',
    'Sources:',
    ...sources.map((source) => `  ${source.id}: ${source.title}${source.date ? ` (${source.date})` : ''}${source.url ? ` ${source.url}` : ''}`),
  ];
}

export function formatHint(exercise: Exercise, number: number): string {
  const total = exercise.hints.length;
  const next = number < total ? `Next hint: truce exercise hint ${exercise.id} ${number + 1}` : 'That was the last hint.';
  return `${[`Hint ${number} of ${total} for ${exercise.id}:`, ...wrap(exercise.hints[number - 1]!, '  '), '', next].join('\n')}\n`;
}

/**
 * How long a scenario the viewer takes. The page is given every step of every
 * line (the main line, and each branch replayed from the start), and lists them
 * one button each: at 20,000 steps that is about 40 MB of data for the page;
 * past a few hundred thousand, more than one string can hold on the server. A
 * longer file is said in one line, with what to use instead.
 */
import { fileProblem, type LocatedProblem } from '../../files/index.js';
import { stepsToReplay, type Scenario } from '../../scenario/index.js';
import { count } from '../../words/index.js';

export const VIEWER_MAX_STEPS = 20_000;

/** The steps the viewer would be given: the main line's, and each branch's as it is replayed (the main line up to its fork, then its own). */
export function viewerStepCount(scenario: Scenario): number {
  return scenario.steps.length + (scenario.branches ?? []).reduce((total, branch) => total + stepsToReplay(scenario, branch.id).length, 0);
}

/**
 * Why `scenario` (read from `file`) is too long for the viewer, or undefined when it is not.
 * @example const problem = viewerLengthProblem(scenario, file); if (problem) reportProblems(io, [problem])
 */
export function viewerLengthProblem(scenario: Scenario, file: string): LocatedProblem | undefined {
  const steps = viewerStepCount(scenario);
  if (steps <= VIEWER_MAX_STEPS) return undefined;
  const lines = scenario.branches?.length ? ' (its main line and each branch, replayed from the start)' : '';
  return fileProblem(
    file,
    'too-large',
    `too long for the viewer: ${count(steps)} steps to show${lines}, and the viewer shows at most ${count(VIEWER_MAX_STEPS)}; replay it with truce run (add --json for the whole trace)`,
  );
}

/**
 * Checking a goal's conditions against a replayed solution. Pure: a run in,
 * one criterion per condition out, each saying why it is met or not.
 */
import { REGIONS } from '../model/index.js';
import type { Moment, ScenarioStep, TraceStep } from '../scenario/index.js';
import { are, configurationInWords, longDate, pathInWords, reach } from '../words/index.js';
import { alsoRefusedFor } from './also-refused.js';
import type { Condition } from './condition.js';
import { stepName, type Criterion } from './criterion.js';
import { conditionInWords, patternInWords } from './describe.js';
import { longestInOrder } from './match-events.js';
import type { SolutionRun } from './run-solution.js';

/** What a check finds: met or not, why, and for a criterion met in part, the share of its marks earned (0 to 1). */
type Checked = { met: boolean; why: string; credit?: number };

type Check<F extends Condition['form']> = (condition: Extract<Condition, { form: F }>, run: SolutionRun, steps: ScenarioStep[]) => Checked;

const checkState: Check<'state'> = (condition, run) => {
  const actual = run.final.state;
  const wrong = REGIONS.filter((region) => condition.state[region] !== undefined && condition.state[region] !== actual[region]);
  if (wrong.length === 0) return { met: true, why: `at the end: ${configurationInWords(condition.state)}` };
  return { met: false, why: `at the end ${wrong.map((region) => `${region} ${are(region)} ${actual[region]}, not ${condition.state[region]}`).join('; ')}` };
};

/** The states a region went through, without repeats: `went active → pausedForRelease → resumed`, or `stayed inForce`. */
function journey(run: SolutionRun, region: (typeof REGIONS)[number]): string {
  const states = [run.start, ...run.steps].map((moment: Moment) => moment.state[region]);
  const distinct = states.filter((state, index) => index === 0 || state !== states[index - 1]);
  return `${distinct.length === 1 ? 'stayed' : 'went'} ${distinct.join(' → ')}`;
}

/**
 * `agreement reaches lapsed after step x`, or, when the agreement's days had run out before the
 * step was weighed, `agreement reaches lapsed before step x: its end day, 2 March 2025, had passed`.
 */
function reached(region: (typeof REGIONS)[number], value: string, step: TraceStep): string {
  if (region === 'agreement' && value === 'lapsed' && step.lapsedBefore !== undefined) {
    return `${region} ${reach(region)} ${value} before ${stepName(step)}: its end day, ${longDate(step.lapsedBefore)}, had passed`;
  }
  return `${region} ${reach(region)} ${value} after ${stepName(step)}`;
}

const checkNever: Check<'never'> = (condition, run) => {
  const { region, value } = condition;
  if (run.start.state[region] === value) return { met: false, why: `${region} ${are(region)} already ${value} at the start` };
  const step = run.steps.find((candidate) => candidate.state[region] === value);
  return step ? { met: false, why: reached(region, value, step) } : { met: true, why: `${region} ${journey(run, region)}` };
};

const checkEver: Check<'ever'> = (condition, run) => {
  const { region, value } = condition;
  const step = run.steps.find((candidate) => candidate.state[region] === value);
  return step ? { met: true, why: reached(region, value, step) } : { met: false, why: `${region} never ${reach(region)} ${value}: ${region} ${journey(run, region)}` };
};

function valueAt(context: unknown, path: string): { found: true; value: unknown } | { found: false; missing: string } {
  let node: unknown = context;
  const walked: string[] = [];
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return { found: false, missing: walked.join('.') };
    walked.push(key);
    node = (node as Record<string, unknown>)[key];
  }
  return node === undefined || node === null ? { found: false, missing: path } : { found: true, value: node };
}

const checkValue: Check<'value'> = (condition, run) => {
  const words = pathInWords(condition.path);
  const found = valueAt(run.final.context, condition.path);
  if (!found.found) {
    const why =
      found.missing === 'proposal'
        ? 'there is no proposal on the table at the end'
        : found.missing === 'agreement'
          ? 'there is no agreement at the end: no deal has been accepted by every principal'
          : `at the end there is no value at ${found.missing}`;
    return { met: false, why };
  }
  const { value } = found;
  const shown = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (condition.equals !== undefined) {
    return value === condition.equals ? { met: true, why: `${words}: ${shown}` } : { met: false, why: `${words}: ${shown} at the end, not ${String(condition.equals)}` };
  }
  if (typeof value !== 'number') return { met: false, why: `${words} is ${shown}, not a number` };
  if (condition.atLeast !== undefined && value < condition.atLeast) return { met: false, why: `${words}: ${value} at the end; it needs to be at least ${condition.atLeast}` };
  if (condition.atMost !== undefined && value > condition.atMost) return { met: false, why: `${words}: ${value} at the end; it needs to be at most ${condition.atMost}` };
  return { met: true, why: `${words}: ${value} at the end` };
};

/**
 * Half the marks of a refusal criterion for a reason that is true of the step but is not the one the
 * model gives: the student read the rules right, and missed which one the model checks first.
 */
const ALSO_TRUE_CREDIT = 0.5;

/**
 * A refusal is predicted when a step says `expect: { refusal: CODE }`. It is
 * met when the model refuses that step for that reason and the reason is the
 * one the exercise asks about. Feedback quotes the model's words, never the
 * code the exercise wants: finding it is the exercise.
 */
const checkRefusal: Check<'refusal'> = (condition, run, steps) => {
  const { code, event } = condition;
  const candidates = run.steps
    .map((step, index) => ({ step, predicted: steps[index]?.expect?.refusal }))
    .filter(({ step }) => event === undefined || step.event.type === event);
  const what = event ? `${event} step` : 'step';
  if (candidates.length === 0) return { met: false, why: `no step of yours sends ${event}: write the ${event} step you think the model refuses` };

  const right = candidates.find(({ step, predicted }) => !step.accepted && step.refusalCode === code && predicted === code);
  if (right) return { met: true, why: `the model refuses ${stepName(right.step)} as you predicted: ${right.step.reason}` };

  const refusedForIt = candidates.find(({ step }) => !step.accepted && step.refusalCode === code);
  if (refusedForIt) {
    const { step, predicted } = refusedForIt;
    if (predicted === undefined) {
      return { met: false, why: `the model refuses ${stepName(step)} (${step.reason}), but your solution does not predict it: add expect: { refused: true, refusal: <CODE> } to it, with the code of that reason` };
    }
    const also = alsoRefusedFor(step, predicted);
    if (also) {
      return {
        met: false,
        credit: ALSO_TRUE_CREDIT,
        why: `the reason you predicted (${predicted}) is true of ${stepName(step)} too: ${also.message}; but the model checks another rule first, and that is the reason it gives: ${step.reason}`,
      };
    }
    return { met: false, why: `the model refuses ${stepName(step)}, but not for the reason you predicted (${predicted}); the model says: ${step.reason}` };
  }
  const predictedIt = candidates.find(({ predicted }) => predicted === code);
  if (predictedIt) {
    const { step } = predictedIt;
    if (step.accepted) return { met: false, why: `you predict that ${stepName(step)} is refused, but the model accepts it` };
    const also = alsoRefusedFor(step, code);
    if (also) {
      return {
        met: false,
        credit: ALSO_TRUE_CREDIT,
        why: `the reason you predicted is true of ${stepName(step)}: ${also.message}; but the model checks another rule first and refuses it for that: ${step.reason}. Write a step to which only your reason applies`,
      };
    }
    return { met: false, why: `the model refuses ${stepName(step)} for another reason than the one you predicted: ${step.reason}` };
  }
  const refused = candidates.find(({ step }) => !step.accepted);
  if (refused) return { met: false, why: `the model refuses ${stepName(refused.step)} (${refused.step.reason}), but that is not the refusal this exercise asks about` };
  return { met: false, why: `the model accepts every ${what} of yours: write the ${what} you think it refuses, with expect: { refused: true, refusal: <CODE> }` };
};

/** Where a missing event belongs: after the step matching the event before it, or before the one matching the event after it. */
function placeOf(missing: number, found: ReadonlyArray<{ pattern: number; step: TraceStep }>): string {
  const before = found.filter((match) => match.pattern < missing).at(-1);
  if (before) return `, after ${stepName(before.step)}`;
  const after = found.find((match) => match.pattern > missing);
  return after ? `, before ${stepName(after.step)}` : '';
}

const checkSequence: Check<'sequence'> = (condition, run) => {
  const { sequence } = condition;
  const found = longestInOrder(sequence, run.steps);
  const ids = found.map((match) => match.step.id).join(', ');
  const total = sequence.length;
  if (found.length === total) return { met: true, why: `all ${total} in order: ${ids}` };
  const missing = sequence.map((_, index) => index).filter((index) => !found.some((match) => match.pattern === index));
  const first = missing[0]!;
  const more = missing.length > 1 ? ` (and ${missing.length - 1} more missing)` : '';
  return {
    met: false,
    // Partial credit: the share of the sequence found in order.
    credit: found.length / total,
    why: `${found.length} of ${total} found in order${found.length ? ` (${ids})` : ''}; ${missing.length === 1 ? 'the one missing' : 'the first missing'}, accepted by the model: ${patternInWords(sequence[first]!)}${placeOf(first, found)}${more}`,
  };
};

const CHECKS: { [F in Condition['form']]: Check<F> } = {
  state: checkState,
  never: checkNever,
  ever: checkEver,
  value: checkValue,
  refusal: checkRefusal,
  sequence: checkSequence,
};

/** The criterion for one goal condition, given the solution's run and its steps as written. */
export function checkCondition(condition: Condition, run: SolutionRun, steps: ScenarioStep[]): Criterion {
  const check = CHECKS[condition.form] as Check<Condition['form']>;
  const { met, why, credit } = check(condition as never, run, steps);
  return { kind: condition.form, label: conditionInWords(condition), met, why, ...(credit !== undefined ? { credit } : {}) };
}

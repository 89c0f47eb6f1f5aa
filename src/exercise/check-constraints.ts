/**
 * Checking an exercise's constraints against a replayed solution: how many
 * steps, which events, who must accept, which dates, whether steps cite their
 * sources, and (always) whether every step went as the student expected.
 */
import { idsOf, partyName, type Party } from '../model/index.js';
import { GENERATED_NOTE } from '../paths/index.js';
import type { ScenarioStep, TraceStep } from '../scenario/index.js';
import { expectationInWords, plural, proposalOf } from '../words/index.js';
import { alsoRefusedFor } from './also-refused.js';
import { stepName, type Criterion } from './criterion.js';
import { AS_EXPECTED_IN_WORDS, CITE_IN_WORDS, OWN_PATH_IN_WORDS, datesInWords, eventsInWords, maxStepsInWords, mustAcceptInWords } from './describe.js';
import { isGeneratedPath } from './generated-path.js';
import type { SolutionRun } from './run-solution.js';
import type { Constraints } from './schema.js';

export interface ConstraintInputs {
  constraints: Constraints;
  parties: readonly Party[];
  run: SolutionRun;
  steps: ScenarioStep[];
  /** The length of the shortest path to the goal, when `maxSteps` is `shortest` (null: none was found). */
  shortest?: number | null;
  /** When `allowPaths` is false: the paths truce paths writes to the goal that the steps could be a copy of. */
  generated?: ScenarioStep[][];
}

function maxSteps({ constraints, steps, shortest }: ConstraintInputs): Criterion | undefined {
  const limit = constraints.maxSteps;
  if (limit === undefined) return undefined;
  const label = maxStepsInWords(limit);
  const used = steps.length;
  if (limit !== 'shortest') {
    return { kind: 'max-steps', label, met: used <= limit, why: `you used ${plural(used, 'step')}${used <= limit ? '' : `, ${used - limit} too many`}` };
  }
  if (shortest === null || shortest === undefined) return { kind: 'max-steps', label, met: false, why: 'the checker found no path to the goal from the start (a problem with the exercise: tell your teacher)' };
  // Met at or under the shortest; under it, the goal cannot have been reached, and its own criteria say so.
  return used <= shortest
    ? {
        kind: 'max-steps',
        label,
        met: true,
        why: used === shortest ? `you used ${plural(used, 'step')}, as many as the shortest path to the goal` : `you used ${plural(used, 'step')}, fewer than the shortest path to the goal (${plural(shortest, 'step')})`,
      }
    : { kind: 'max-steps', label, met: false, why: `you used ${plural(used, 'step')}; the shortest path takes ${plural(shortest, 'step')}` };
}

function allowedEvents({ constraints, run }: ConstraintInputs): Criterion | undefined {
  const allowed = constraints.events;
  if (!allowed) return undefined;
  const outside = run.steps.filter((step) => !allowed.includes(step.event.type));
  const label = eventsInWords(allowed);
  if (outside.length === 0) return { kind: 'events', label, met: true, why: 'every step uses one of them' };
  return { kind: 'events', label, met: false, why: outside.map((step) => `${stepName(step)} sends ${step.event.type}`).join('; ') };
}

function mustAccept({ constraints, parties, run }: ConstraintInputs): Criterion | undefined {
  const ids = constraints.mustAccept;
  if (!ids) return undefined;
  const label = mustAcceptInWords(ids, parties);
  const { proposal } = run.final.context;
  if (!proposal) return { kind: 'must-accept', label, met: false, why: 'there is no proposal on the table at the end' };
  const problems = ids.flatMap((id) => {
    const name = partyName(parties, id);
    if (idsOf(proposal.by).includes(id)) return [`${name} tabled the proposal on the table itself; here ${name} must accept a proposal tabled by another party`];
    if (!proposal.acceptedBy.includes(id)) return [`${name} has not accepted the proposal on the table`];
    return [];
  });
  if (problems.length > 0) return { kind: 'must-accept', label, met: false, why: problems.join('; ') };
  return { kind: 'must-accept', label, met: true, why: `${ids.map((id) => partyName(parties, id)).join(' and ')} accepted ${proposalOf(parties, proposal.by)}` };
}

function dates({ constraints, run }: ConstraintInputs): Criterion | undefined {
  const range = constraints.dates;
  if (!range) return undefined;
  const outside = run.steps.filter((step) => (range.from !== undefined && step.date < range.from) || (range.to !== undefined && step.date > range.to));
  const label = datesInWords(range);
  if (outside.length === 0) return { kind: 'dates', label, met: true, why: 'every step is within those dates' };
  return { kind: 'dates', label, met: false, why: `outside those dates: ${outside.map(stepName).join(', ')}` };
}

function cite({ constraints, steps }: ConstraintInputs): Criterion | undefined {
  if (!constraints.cite) return undefined;
  const uncited = steps.filter((step) => step.source === undefined && step.inferred !== true);
  if (uncited.length === 0) return { kind: 'cite', label: CITE_IN_WORDS, met: true, why: 'every step names a source or is marked inferred' };
  return { kind: 'cite', label: CITE_IN_WORDS, met: false, why: `no source and not marked inferred: ${uncited.map((step) => step.id).join(', ')}` };
}

function ownPath({ constraints, steps, generated = [] }: ConstraintInputs): Criterion | undefined {
  if (constraints.allowPaths !== false) return undefined;
  const copied = generated.some((path) => isGeneratedPath(steps, path));
  if (!copied) return { kind: 'own-path', label: OWN_PATH_IN_WORDS, met: true, why: 'your steps are not the path truce paths prints' };
  return {
    kind: 'own-path',
    label: OWN_PATH_IN_WORDS,
    met: false,
    why: `your steps are the path truce paths prints from this exercise's start (the same events on the same dates, with its step ids or its note "${GENERATED_NOTE}"); this exercise asks you to find the path yourself, so this solution earns no marks`,
  };
}

/** Why a step did not go as its file expects, quoting the model's reason rather than its code. */
function whyNotAsExpected(step: TraceStep): string {
  const unmet = step.expectations.filter((result) => !result.met);
  const refusedUnexpectedly = unmet.some((result) => result.check === 'refused' && result.actual);
  if (refusedUnexpectedly) return `${stepName(step)} is refused by the model: ${step.reason}`;
  return unmet
    .flatMap((result) => {
      if (result.check === 'refused') return [`you expected ${stepName(step)} to be refused, but the model accepts it`];
      // A step the model accepts has no reason to compare: that it is not refused is said above.
      if (result.check === 'refusal' && step.accepted) return [];
      // The model's reason in words, never the code it gives: naming the code is what refusal exercises ask.
      if (result.check === 'refusal') {
        const also = alsoRefusedFor(step, result.expected);
        return [
          also
            ? `the model refuses ${stepName(step)} for another reason first: ${step.reason}; the reason you expected is true too (${also.message}), but the model checks it later`
            : `the model refuses ${stepName(step)} for another reason than you expected: ${step.reason}`,
        ];
      }
      return [`${stepName(step)}: you ${expectationInWords(result)}`];
    })
    .join('; ');
}

function asExpected({ run }: ConstraintInputs): Criterion {
  const wrong = run.steps.filter((step) => !step.ok);
  const refusedAsPredicted = run.steps.filter((step) => !step.accepted && step.ok).length;
  if (wrong.length === 0) {
    const accepted = run.steps.length - refusedAsPredicted;
    const refused = `${accepted > 0 ? refusedAsPredicted : plural(refusedAsPredicted, 'step')} refused as you predicted`;
    const detail = refusedAsPredicted === 0 ? `all ${plural(accepted, 'step')} accepted` : accepted === 0 ? refused : `${plural(accepted, 'step')} accepted, ${refused}`;
    return { kind: 'as-expected', label: AS_EXPECTED_IN_WORDS, met: true, why: detail };
  }
  return { kind: 'as-expected', label: AS_EXPECTED_IN_WORDS, met: false, why: wrong.map(whyNotAsExpected).join('; ') };
}

/** The criteria for an exercise's constraints, in the order `show` lists them; the last is always "as expected". */
export function checkConstraints(inputs: ConstraintInputs): Criterion[] {
  return [maxSteps(inputs), allowedEvents(inputs), mustAccept(inputs), dates(inputs), cite(inputs), ownPath(inputs), asExpected(inputs)].filter(
    (criterion): criterion is Criterion => criterion !== undefined,
  );
}

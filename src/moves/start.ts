/**
 * Where a sequence of moves starts (a path `truce paths` finds, the runs of
 * `truce simulate`): the default start, the start of a scenario, or the moment
 * after one of its steps (the scenario replayed up to it).
 */
import type { Result } from '../files/index.js';
import { roleOf, snapshotAt, startingSnapshot, type TruceSnapshot } from '../model/index.js';
import { DEFAULT_INPUT } from './vocabulary.js';
import { replayScenario, scenarioStart, stepsToReplay, type Scenario, type ScenarioSource, type ScenarioStep } from '../scenario/index.js';
import { nearestName } from '../words/index.js';

/** Steps need a date; moves from a start that has none are dated from this day. */
export const UNDATED_START = '2024-01-01';

export interface Start {
  /** Where the search starts, its clock set to `date` (so an agreement's days can run out on the way). */
  snapshot: TruceSnapshot;
  /** The day the path's steps are dated from: the last step replayed, the scenario's start, or UNDATED_START. */
  date: string;
  /** The scenario the start comes from; null for the default start. */
  scenario: Scenario | null;
  /** The steps replayed to reach the start, in order (main line, then a branch's own). */
  replayed: ScenarioStep[];
  /** Where the start is, in words. */
  label: string;
}

/** The snapshot with its clock set to `date` when it has none, as the path's replay will have it. */
function dated(snapshot: TruceSnapshot, date: string): TruceSnapshot {
  return snapshot.context.date === null ? snapshotAt(snapshot.value, { ...snapshot.context, date }) : snapshot;
}

export function defaultStart(): Start {
  const names = DEFAULT_INPUT.parties.map((party) => party.name).join(', ');
  return { snapshot: dated(startingSnapshot({ input: DEFAULT_INPUT }), UNDATED_START), date: UNDATED_START, scenario: null, replayed: [], label: `the default start (${names})` };
}

/** The branch a step id belongs to (undefined for the main line), or null when no step has that id. */
function branchOf(scenario: Scenario, stepId: string): string | undefined | null {
  if (scenario.steps.some((step) => step.id === stepId)) return undefined;
  return scenario.branches?.find((branch) => branch.steps.some((step) => step.id === stepId))?.id ?? null;
}

/**
 * The start of `scenario`, or the moment after the step `stepRef` (a step id, of the main line or a branch, or a step number of the main line).
 * @example startFrom(scenario, 'burns-netanyahu')
 */
export function startFrom(scenario: Scenario, stepRef?: string): Result<Start> {
  const fail = (message: string): Result<Start> => ({ ok: false, problems: [{ code: 'not-found', message }] });
  if (stepRef === undefined) {
    const date = scenario.initial.date ?? UNDATED_START;
    return { ok: true, value: { snapshot: dated(scenarioStart(scenario), date), date, scenario, replayed: [], label: `the start of "${scenario.title}"` } };
  }
  const number = /^\d+$/.test(stepRef) ? Number(stepRef) : undefined;
  const stepId = number === undefined ? stepRef : scenario.steps[number - 1]?.id;
  const branch = stepId === undefined ? null : branchOf(scenario, stepId);
  if (stepId === undefined || branch === null) {
    const known = [...scenario.steps, ...(scenario.branches ?? []).flatMap((b) => b.steps)].map((step) => step.id);
    if (number !== undefined) return fail(`no step ${number} in ${scenario.id}: its main line has ${scenario.steps.length} steps`);
    const nearest = nearestName(stepRef, known);
    return fail(`no step "${stepRef}" in ${scenario.id}${nearest ? `; did you mean "${nearest}"?` : ''} (steps: ${known.join(', ')})`);
  }
  const all = stepsToReplay(scenario, branch).map(({ step }) => step);
  const replayed = all.slice(0, all.findIndex((step) => step.id === stepId) + 1);
  const trace = replayScenario(scenario, branch === undefined ? {} : { branch });
  const after = trace.steps[replayed.length - 1]!;
  return {
    ok: true,
    value: { snapshot: dated(snapshotAt(after.state, after.context), after.date), date: after.date, scenario, replayed, label: `"${scenario.title}" after step ${after.id} (${after.date})${branch === undefined ? '' : `, in the what-if ${branch}`}` },
  };
}

/**
 * The default start as a scenario file's start, for a sequence written back as a scenario: its
 * parties with the roles files now use, its clock on UNDATED_START, and the tool that made it as its source.
 */
export function defaultStartParts(source: ScenarioSource, note: string): Pick<Scenario, 'sources' | 'parties' | 'initial'> {
  return {
    sources: [source],
    parties: DEFAULT_INPUT.parties.map((party) => ({ ...party, role: roleOf(party) })),
    initial: {
      state: { talks: 'idle', operations: 'active', access: 'open' },
      hostages: DEFAULT_INPUT.hostages,
      crossings: { ...DEFAULT_INPUT.crossings },
      date: UNDATED_START,
      note,
    },
  };
}

/** Where `start` is, for a generated scenario's summary: `rafah-2024-05 after step burns-netanyahu`, or `the default start`. */
export function startInShort(start: Start): string {
  if (!start.scenario) return 'the default start';
  return `${start.scenario.id}${start.replayed.length > 0 ? ` after step ${start.replayed.at(-1)!.id}` : ''}`;
}

/**
 * Replaying a scenario: each step's event goes through the statechart's
 * `step`, and the outcome is recorded. A refused step never stops the replay:
 * it is marked with its reason and the run goes on from the unchanged state.
 * Scenario in, trace out: the same scenario always gives the same trace, and
 * a step costs the same however long the scenario is.
 */
import {
  addToRecord,
  emptyRecord,
  startingSnapshot,
  step as stepMachine,
  type Refusal,
  type ScenarioEvent,
  type StepOutcome,
  type TruceContext,
  type TruceEvent,
  type TruceInput,
  type TruceRecord,
  type TruceSnapshot,
  type TruceStateValue,
} from '../model/index.js';
import { didYouMean } from '../words/index.js';
import type { Problem, Result } from '../files/index.js';
import { checkExpectations, type ExpectationResult } from './expectations.js';
import type { Scenario, ScenarioBranch, ScenarioStep } from './schema.js';

/** A moment of a run: the states of the regions and the context. */
export interface Moment {
  state: TruceStateValue;
  context: TruceContext;
}

export interface TraceStep extends Moment {
  id: string;
  date: string;
  /** `trunk` for the scenario's main line, `branch` for a what-if branch's own steps. */
  part: 'trunk' | 'branch';
  event: ScenarioEvent;
  accepted: boolean;
  /** Why the statechart refused the event (absent when accepted). */
  reason?: string;
  refusalCode?: Refusal['code'];
  expectations: ExpectationResult[];
  /** True when the step went as the file expects: accepted (or refused as expected) and every expectation met. */
  ok: boolean;
  source?: string | string[];
  note?: string;
  inferred?: boolean;
  /**
   * The end day of the agreement whose days ran out before this step: the step is dated after
   * it, so the agreement had lapsed before the step's event (absent when nothing lapsed).
   */
  lapsedBefore?: string;
}

/** A round, operation or violation in a trace's record, with the step that recorded it. */
export type RecordedBy = { step: string };

export interface Trace {
  ok: boolean;
  scenario: { id: string; title: string };
  branch: { id: string; title: string; from: string } | null;
  start: Moment;
  steps: TraceStep[];
  final: Moment;
  /**
   * Every round opened, operation launched and violation reported, in order.
   * A step's context counts them (`roundsOpened`, ...): those counts are
   * lengths into this record, so it is kept once, not at every step.
   */
  record: TruceRecord<RecordedBy>;
}

export interface ReplayOptions {
  /** A branch id of the scenario (see `findBranch`): the main line up to the branch's `from` step, then the branch. */
  branch?: string;
  /** Told each step's event and outcome as it is replayed (the inspector mirrors them on a live actor). */
  onStep?: (event: TruceEvent, outcome: StepOutcome) => void;
}

/**
 * The branch with this id, or a problem that lists the scenario's branches.
 * @example findBranch(scenario, 'pause-for-release')
 */
export function findBranch(scenario: Scenario, id: string): Result<ScenarioBranch> {
  const branches = scenario.branches ?? [];
  const branch = branches.find((candidate) => candidate.id === id);
  if (branch) return { ok: true, value: branch };
  const known = branches.map((candidate) => candidate.id);
  const problem: Problem = {
    code: 'not-found',
    message: `no branch "${id}" in this scenario${didYouMean(id, known)}; ${known.length ? `branches: ${known.join(', ')}` : 'it has no branches'}`,
  };
  return { ok: false, problems: [problem] };
}

/** The steps a replay goes through, each marked trunk or branch. */
export function stepsToReplay(scenario: Scenario, branchId?: string): Array<{ step: ScenarioStep; part: TraceStep['part'] }> {
  const trunk = scenario.steps.map((step) => ({ step, part: 'trunk' as const }));
  if (branchId === undefined) return trunk;
  const found = findBranch(scenario, branchId);
  // Callers check a branch asked for by a user with findBranch first: an unknown one here is a bug.
  if (!found.ok) throw new Error(`internal: ${found.problems[0]!.message}`);
  const fork = scenario.steps.findIndex((step) => step.id === found.value.from);
  return [...trunk.slice(0, fork + 1), ...found.value.steps.map((step) => ({ step, part: 'branch' as const }))];
}

/** What the machine starts from, as a scenario's `parties` and `initial` give it. */
export function scenarioInput(scenario: Scenario): TruceInput {
  const { initial } = scenario;
  return {
    parties: scenario.parties,
    hostages: initial.hostages,
    deathToll: initial.deathToll ?? null,
    crossings: initial.crossings ?? {},
    date: initial.date ?? null,
    agreement: initial.agreement ?? null,
  };
}

/** The snapshot a scenario starts from. */
export function scenarioStart(scenario: Scenario): TruceSnapshot {
  return startingSnapshot({ input: scenarioInput(scenario), state: scenario.initial.state as TruceStateValue });
}

/** One step's trace record. */
function traceStep(step: ScenarioStep, part: TraceStep['part'], outcome: StepOutcome): TraceStep {
  const { snapshot } = outcome;
  const refusal = outcome.accepted ? null : outcome.refusal;
  const expectations = checkExpectations(step.expect, { state: snapshot.value, context: snapshot.context, refusal });
  return {
    id: step.id,
    date: step.date,
    part,
    event: step.event,
    accepted: outcome.accepted,
    ...(refusal ? { reason: refusal.message, refusalCode: refusal.code } : {}),
    state: snapshot.value,
    context: snapshot.context,
    expectations,
    ok: expectations.every((result) => result.met),
    ...(step.source !== undefined ? { source: step.source } : {}),
    ...(step.note !== undefined ? { note: step.note } : {}),
    ...(step.inferred !== undefined ? { inferred: step.inferred } : {}),
    ...(outcome.afterTime?.context.agreement?.endedOn ? { lapsedBefore: outcome.afterTime.context.agreement.endedOn } : {}),
  };
}

/**
 * Replays `scenario` (a loaded, checked one) and returns its trace.
 * @example const trace = replayScenario(scenario, { branch: 'pause-for-release' })
 */
export function replayScenario(scenario: Scenario, options: ReplayOptions = {}): Trace {
  const entries = stepsToReplay(scenario, options.branch);
  const start = scenarioStart(scenario);
  const record = emptyRecord<RecordedBy>();
  const steps: TraceStep[] = [];
  let snapshot = start;
  for (const { step, part } of entries) {
    const event = { ...step.event, date: step.date } as TruceEvent;
    const outcome = stepMachine(snapshot, event);
    options.onStep?.(event, outcome);
    snapshot = outcome.snapshot;
    if (outcome.accepted) addToRecord(record, step.event, snapshot.context.date, { step: step.id });
    steps.push(traceStep(step, part, outcome));
  }
  const branch = options.branch === undefined ? null : scenario.branches!.find((candidate) => candidate.id === options.branch)!;
  return {
    ok: steps.every((step) => step.ok),
    scenario: { id: scenario.id, title: scenario.title },
    branch: branch ? { id: branch.id, title: branch.title, from: branch.from } : null,
    start: { state: start.value, context: start.context },
    steps,
    final: { state: snapshot.value, context: snapshot.context },
    record,
  };
}

/**
 * Replaying a scenario: the steps go through a real XState actor one by one,
 * and each step's outcome is recorded. A refused step never stops the replay:
 * it is marked with its reason and the run goes on from the unchanged state.
 * Scenario in, trace out: the same scenario always gives the same trace.
 */
import { createActor, type InspectionEvent } from 'xstate';
import type { TruceContext, TruceInput } from '../model/context.js';
import { describeEvent } from '../model/describe.js';
import type { ScenarioEvent } from '../model/events.js';
import { truceMachine } from '../model/machine.js';
import type { Refusal } from '../model/refusal.js';
import { sendEvent } from '../model/send.js';
import { startingSnapshot, stateValueOf, type TruceStateValue } from '../model/snapshot.js';
import { checkExpectations, type ExpectationResult } from './expectations.js';
import type { Scenario, ScenarioStep } from './schema.js';
import { compactContext, defineExpandedContext, historiesGrewFrom, type CompactContext } from './step-contexts.js';
import { didYouMean } from './suggest.js';

export interface TraceStep {
  id: string;
  date: string;
  /** `trunk` for the scenario's main line, `branch` for a what-if branch's own steps. */
  part: 'trunk' | 'branch';
  event: ScenarioEvent;
  /** The event in words, with party names. */
  description: string;
  accepted: boolean;
  /** Why the statechart refused the event (absent when accepted). */
  reason?: string;
  refusalCode?: Refusal['code'];
  state: TruceStateValue;
  /**
   * The context after the step. Read-only: it is put together from the trace's
   * final histories each time it is read (src/scenario/step-contexts.ts), so
   * read it once where it is used often.
   */
  readonly context: TruceContext;
  expectations: ExpectationResult[];
  /** True when the step went as the file expects: accepted (or refused as expected) and every expectation met. */
  ok: boolean;
  source?: string | string[];
  note?: string;
  inferred?: boolean;
}

export interface Trace {
  ok: boolean;
  scenario: { id: string; title: string };
  branch: { id: string; title: string; from: string } | null;
  start: { state: TruceStateValue; context: TruceContext };
  steps: TraceStep[];
  final: { state: TruceStateValue; context: TruceContext };
}

export interface ReplayOptions {
  /** A branch id: replay the main line up to the branch's `from` step, then the branch. */
  branch?: string;
  /** Watches the actor (the Stately inspector and the live viewer use this). */
  inspect?: (event: InspectionEvent) => void;
}

export class UnknownBranchError extends Error {
  constructor(
    readonly branch: string,
    readonly known: string[],
  ) {
    super(`no branch "${branch}" in this scenario${didYouMean(branch, known)}; ${known.length ? `branches: ${known.join(', ')}` : 'it has no branches'}`);
  }
}

/** The steps a replay goes through, each marked trunk or branch. */
export function stepsToReplay(scenario: Scenario, branchId?: string): Array<{ step: ScenarioStep; part: TraceStep['part'] }> {
  const trunk = scenario.steps.map((step) => ({ step, part: 'trunk' as const }));
  if (branchId === undefined) return trunk;
  const branches = scenario.branches ?? [];
  const branch = branches.find((candidate) => candidate.id === branchId);
  if (!branch) throw new UnknownBranchError(branchId, branches.map((candidate) => candidate.id));
  const fork = scenario.steps.findIndex((step) => step.id === branch.from);
  return [...trunk.slice(0, fork + 1), ...branch.steps.map((step) => ({ step, part: 'branch' as const }))];
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
  };
}

type TruceActor = ReturnType<typeof createActor<typeof truceMachine>>;

/** One step sent to the actor: its trace record (without its context yet) and the context after it. */
function replayStep(actor: TruceActor, scenario: Scenario, { step, part }: { step: ScenarioStep; part: TraceStep['part'] }) {
  const outcome = sendEvent(actor, { ...step.event, date: step.date });
  const state = stateValueOf(outcome.snapshot);
  const context = outcome.snapshot.context;
  const refusal = outcome.accepted ? null : outcome.refusal;
  const expectations = checkExpectations(step.expect, { state, context, refusal });
  const record: TraceStep = {
    id: step.id,
    date: step.date,
    part,
    event: step.event,
    description: describeEvent(step.event, scenario.parties),
    accepted: outcome.accepted,
    ...(refusal ? { reason: refusal.message, refusalCode: refusal.code } : {}),
    state,
    // Stands in until the final histories are known, so that `context` keeps its place among the keys.
    context: undefined as unknown as TruceContext,
    expectations,
    ok: expectations.every((result) => result.met),
    ...(step.source !== undefined ? { source: step.source } : {}),
    ...(step.note !== undefined ? { note: step.note } : {}),
    ...(step.inferred !== undefined ? { inferred: step.inferred } : {}),
  };
  return { record, context };
}

/**
 * Replays `scenario` (a loaded, checked one) and returns its trace.
 * @example const trace = replayScenario(scenario, { branch: 'pause-for-release' })
 */
export function replayScenario(scenario: Scenario, options: ReplayOptions = {}): Trace {
  const steps = stepsToReplay(scenario, options.branch);
  const input = scenarioInput(scenario);
  const snapshot = startingSnapshot({ input, state: scenario.initial.state as TruceStateValue });
  const actor = createActor(truceMachine, { input, snapshot, ...(options.inspect ? { inspect: options.inspect } : {}) });
  const start = { state: stateValueOf(snapshot), context: snapshot.context };

  // Each step keeps its context compacted (see step-contexts.ts) until the final histories are known.
  const recorded: Array<{ record: TraceStep; compact: CompactContext }> = [];
  let finalContext = snapshot.context;
  actor.start();
  try {
    for (const entry of steps) {
      const { record, context } = replayStep(actor, scenario, entry);
      if (!historiesGrewFrom(finalContext, context)) {
        throw new Error(`internal: at step ${record.id} a history of the context shrank or its last entry changed; traces rely on histories only growing`);
      }
      recorded.push({ record, compact: compactContext(context) });
      finalContext = context;
    }
  } finally {
    // Stopped even when a step throws, so an inspector watching the actor sees the run end.
    actor.stop();
  }
  const traceSteps = recorded.map(({ record, compact }) => defineExpandedContext(record, compact, finalContext));

  const branch = options.branch === undefined ? null : scenario.branches!.find((candidate) => candidate.id === options.branch)!;
  const last = traceSteps.at(-1);
  return {
    ok: traceSteps.every((step) => step.ok),
    scenario: { id: scenario.id, title: scenario.title },
    branch: branch ? { id: branch.id, title: branch.title, from: branch.from } : null,
    start,
    steps: traceSteps,
    final: last ? { state: last.state, context: finalContext } : start,
  };
}

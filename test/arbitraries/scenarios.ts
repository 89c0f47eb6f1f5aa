/**
 * Whole scenarios that are valid and replay cleanly (`trace.ok`): parties,
 * sources, a start, dated steps citing sources or marked inferred with a note,
 * what-if branches, and expectations on the steps.
 *
 * The events come from the model-based suite's generator (deals carried
 * through, pauses, releases, disputes: play that reaches the deep states),
 * kept where the file format accepts them, mixed with valid events of every
 * type carrying troublesome text. The expectations are then read off a replay
 * of the draft: an event the model refuses is expected to be refused, with its
 * code. What a property over these scenarios checks is everything between the
 * data and the trace: writing the file, loading it, replaying it, checking.
 */
import fc from 'fast-check';
import { eventSchemas, idsOf, isEventType, type Party, type ScenarioEvent } from '../../src/model/index.js';
import { replayScenario, type Scenario, type ScenarioBranch, type ScenarioStep, type StepExpectation, type TraceStep } from '../../src/scenario/index.js';
import { validEvent } from './events.js';
import { scenarioParties } from './parties.js';
import { eventsFor, startArbitrary } from './runs.js';
import { anyText, anyTextOrLong } from './texts.js';

/** `YYYY-MM-DD`, `days` after 7 October 2023. */
export function dayOf(days: number): string {
  return new Date(Date.UTC(2023, 9, 7 + days)).toISOString().slice(0, 10);
}

/** An event of the model-based generator as a file may hold it, or undefined when the format refuses it. */
function asFileEvent(event: Record<string, unknown>, parties: readonly Party[]): ScenarioEvent | undefined {
  const { date: _date, ...fields } = event;
  const type = fields.type;
  if (!isEventType(type) || !eventSchemas[type].safeParse(fields).success) return undefined;
  // -0 passes the format (it is not below 0), but JSON writes it as 0: the file would not say what the data does.
  if (Object.values(fields).some((value) => Object.is(value, -0))) return undefined;
  // Who acts and who makes a claim must be parties of the file (the format checks ids; the scenario checks, parties).
  for (const named of [fields.by, fields.claimant]) {
    if (named !== undefined && !idsOf(named).every((id) => parties.some((party) => party.id === id))) return undefined;
    if (Array.isArray(named) && named.length === 0) return undefined;
  }
  return fields as ScenarioEvent;
}

/** Events for a line of steps: the model-based play, with valid events of any type slipped in. */
function eventLine(parties: readonly Party[], maxExtra: number): fc.Arbitrary<ScenarioEvent[]> {
  return fc
    .record({
      // Undated: the scenario dates its steps itself.
      play: eventsFor(parties, false),
      extra: fc.array(fc.tuple(fc.nat(), validEvent(parties)), { maxLength: maxExtra }),
    })
    .map(({ play, extra }) => {
      const events = play.flatMap((event) => asFileEvent(event, parties) ?? []);
      for (const [at, event] of extra) events.splice(at % (events.length + 1), 0, event);
      return events;
    })
    .filter((events) => events.length > 0);
}

/** How a step is told: which sources it cites (or inferred, with a note), and how much it expects. */
interface StepTelling {
  gap: number;
  cites: number[] | 'inferred';
  citesAsList: boolean;
  note: string | undefined;
  expectLevel: 0 | 1 | 2 | 3;
}

const stepTelling: fc.Arbitrary<StepTelling> = fc.record({
  gap: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 3 }) }),
  cites: fc.oneof({ weight: 5, arbitrary: fc.uniqueArray(fc.nat(2), { minLength: 1, maxLength: 2 }) }, { weight: 1, arbitrary: fc.constant('inferred' as const) }),
  citesAsList: fc.boolean(),
  note: fc.option(anyTextOrLong, { nil: undefined, freq: 2 }),
  expectLevel: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
});

function tellings(count: number): fc.Arbitrary<StepTelling[]> {
  return fc.array(stepTelling, { minLength: count, maxLength: count });
}

/** Steps for `events`, dated from `firstDay` on, citing the sources there are (`sourceIds`). */
function draftSteps(prefix: string, events: ScenarioEvent[], told: StepTelling[], firstDay: number, sourceIds: string[]): ScenarioStep[] {
  let day = firstDay;
  return events.map((event, index) => {
    const telling = told[index]!;
    day += telling.gap;
    const step: ScenarioStep = { id: `${prefix}${index + 1}`, date: dayOf(day), event };
    if (telling.cites === 'inferred') {
      step.inferred = true;
      step.note = telling.note ?? 'Placed here by the teacher for the exercise.';
    } else {
      const cited = [...new Set(telling.cites.map((at) => sourceIds[at % sourceIds.length]!))];
      step.source = telling.citesAsList ? cited : cited[0]!;
      if (telling.note !== undefined) step.note = telling.note;
    }
    return step;
  });
}

/** What a step expects, read off its replay: a refusal with its code, or some of the state and counts after it. */
function expectationOf(traced: TraceStep, level: StepTelling['expectLevel']): StepExpectation | undefined {
  if (!traced.accepted) return level % 2 === 0 ? { refused: true, refusal: traced.refusalCode! } : { refused: true };
  const { state, context } = traced;
  if (level === 0) return undefined;
  if (level === 1) return { state: { ...state } };
  if (level === 2) return { state: { talks: state.talks }, hostages: { held: context.hostages.held, deceased: context.hostages.deceased } };
  const { held, deceased, released, remainsReturned } = context.hostages;
  const prisoners = context.prisonersReleased <= 1_000_000_000 ? { prisonersReleased: context.prisonersReleased } : {};
  return { hostages: { held, deceased, released, remainsReturned }, ...prisoners };
}

function withExpectations(steps: ScenarioStep[], traced: TraceStep[], told: StepTelling[]): ScenarioStep[] {
  return steps.map((step, index) => {
    const expect = expectationOf(traced[index]!, told[index]!.expectLevel);
    return expect ? { ...step, expect } : step;
  });
}

interface BranchDraft {
  from: number;
  title: string;
  summary: string | undefined;
  events: ScenarioEvent[];
  told: StepTelling[];
}

function branchDraft(parties: readonly Party[]): fc.Arbitrary<BranchDraft> {
  return fc
    .record({ from: fc.nat(), title: anyText, summary: fc.option(anyText, { nil: undefined }), events: eventLine(parties, 3) })
    .chain((branch) => tellings(branch.events.length).map((told) => ({ ...branch, told })));
}

/** A valid scenario that replays with every step as it expects, main line and branches. */
export const validScenario: fc.Arbitrary<Scenario> = scenarioParties
  .chain((parties) =>
    fc.record({
      parties: fc.constant(parties),
      start: startArbitrary,
      id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,20}$/),
      title: anyText,
      summary: anyTextOrLong,
      sourceTitles: fc.array(anyText, { minLength: 1, maxLength: 3 }),
      sourceUrl: fc.option(fc.constantFrom('https://example.org/article', 'https://example.org/a?b=1&c=<x>'), { nil: undefined }),
      firstDay: fc.nat(200),
      dated: fc.boolean(),
      deathToll: fc.option(fc.record({ count: fc.nat(50_000), source: anyText }), { nil: undefined }),
      note: fc.option(anyTextOrLong, { nil: undefined }),
      events: eventLine(parties, 8),
      branches: fc.array(branchDraft(parties), { maxLength: 2 }),
    }),
  )
  .chain((draft) => tellings(draft.events.length).map((told) => ({ ...draft, told })))
  .map((draft) => {
    const sources = draft.sourceTitles.map((title, index) => ({
      id: `source-${index + 1}`,
      title,
      ...(index === 0 && draft.sourceUrl ? { url: draft.sourceUrl } : {}),
      ...(index === 1 ? { date: dayOf(draft.firstDay) } : {}),
    }));
    const sourceIds = sources.map((source) => source.id);
    const { hostages, crossings, state, agreement } = draft.start;
    const initial: Scenario['initial'] = {
      state: { talks: state!.talks!, operations: state!.operations!, access: state!.access!, ...(state!.agreement ? { agreement: state!.agreement } : {}) },
      hostages: { ...hostages },
      // A deal in force from the start; its `since` is left out, since the scenario's own days are drawn apart
      // (its days then began on a day not known, and never run out).
      ...(agreement ? { agreement: { terms: agreement.terms, ...(agreement.phase === undefined ? {} : { phase: agreement.phase }) } } : {}),
      ...(Object.keys(crossings ?? {}).length > 0 ? { crossings: { ...crossings } } : {}),
      ...(draft.dated ? { date: dayOf(draft.firstDay) } : {}),
      ...(draft.deathToll ? { deathToll: draft.deathToll } : {}),
      ...(draft.note ? { note: draft.note } : {}),
    };
    const trunk = draftSteps('step-', draft.events, draft.told, draft.firstDay, sourceIds);
    const branches: ScenarioBranch[] = draft.branches.map((branch, b) => {
      const fork = trunk[branch.from % trunk.length]!;
      const firstDay = Math.round((Date.parse(fork.date) - Date.parse(dayOf(0))) / 86_400_000);
      return {
        id: `what-if-${b + 1}`,
        title: branch.title,
        from: fork.id,
        ...(branch.summary ? { summary: branch.summary } : {}),
        steps: draftSteps(`branch-${b + 1}-step-`, branch.events, branch.told, firstDay, sourceIds),
      };
    });
    const scenario: Scenario = {
      id: draft.id,
      title: draft.title,
      summary: draft.summary,
      sources,
      parties: draft.parties,
      initial,
      steps: trunk,
      ...(branches.length > 0 ? { branches } : {}),
    };
    return fillExpectations(scenario, draft.told, draft.branches.map((branch) => branch.told));
  });

/** The scenario with each step's expectations read off a replay of it. */
function fillExpectations(scenario: Scenario, told: StepTelling[], branchTold: StepTelling[][]): Scenario {
  const steps = withExpectations(scenario.steps, replayScenario(scenario).steps, told);
  const branches = scenario.branches?.map((branch, b) => {
    const traced = replayScenario(scenario, { branch: branch.id }).steps.filter((step) => step.part === 'branch');
    return { ...branch, steps: withExpectations(branch.steps, traced, branchTold[b]!) };
  });
  return { ...scenario, steps, ...(branches ? { branches } : {}) };
}

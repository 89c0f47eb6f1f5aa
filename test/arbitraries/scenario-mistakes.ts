/**
 * Near-valid scenarios: a valid one (./scenarios.ts) with exactly one mistake
 * of the kinds people make, tagged with the kind and with where the loader
 * must point: the path in the data, and whether at the value, at the key
 * (unknown keys) or at the mapping that lacks a key.
 */
import fc from 'fast-check';
import { EVENT_TYPES } from '../../src/model/index.js';
import type { Scenario } from '../../src/scenario/index.js';
import { formatPath, type IssuePath } from '../../src/files/index.js';
import { hostileEventOf, type EventFlaw } from './events.js';
import { validScenario } from './scenarios.js';

export type MistakeKind =
  | `event-${EventFlaw}`
  | 'unknown-event-type'
  | 'unknown-source'
  | 'date-backwards'
  | 'impossible-date'
  | 'unknown-step-key'
  | 'missing-step-date'
  | 'duplicate-step-id'
  | 'inferred-without-note'
  | 'unknown-refusal-code'
  | 'unknown-expected-state'
  | 'refusal-but-not-refused'
  | 'branch-from-unknown-step'
  | 'branch-step-before-fork'
  | 'unknown-role'
  | 'bad-source-url'
  | 'more-dead-than-held'
  | 'access-contradicts-crossings'
  | 'starts-with-a-deal'
  | 'title-not-text'
  | 'missing-summary'
  | 'unknown-top-key';

export interface Mistake {
  kind: MistakeKind;
  /** Where the loader must report it, as `formatPath` writes it. */
  path: string;
  /** The same path as parts, to find the place in the file. */
  parts: IssuePath;
  /** `value`: at the value; `key`: at the key (an unknown key); `parent`: at the mapping that lacks the key. */
  at: 'value' | 'key' | 'parent';
}

export interface NearValidScenario {
  scenario: unknown;
  mistake: Mistake;
}

/** Scenario data being broken on purpose: any shape goes. */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** One way to break a scenario: the broken copy and where, or undefined when this scenario offers no place for it. */
type Breaker = (scenario: Data, pick: number) => { path: IssuePath; at?: Mistake['at']; kind?: MistakeKind } | undefined;

/** Every line of steps, as [path of the list, the list]: the main line, then each branch. */
function stepLines(scenario: Data): Array<[IssuePath, Data[]]> {
  return [[['steps'], scenario.steps], ...(scenario.branches ?? []).map((branch: Data, b: number): [IssuePath, Data[]] => [['branches', b, 'steps'], branch.steps])];
}

/** One step chosen by `pick` among those `where` accepts, with its path. */
function pickStep(scenario: Data, pick: number, where: (step: Data, index: number, line: Data[]) => boolean = () => true): [IssuePath, Data] | undefined {
  const candidates = stepLines(scenario).flatMap(([path, steps]) =>
    steps.flatMap((step, index): Array<[IssuePath, Data]> => (where(step, index, steps) ? [[[...path, index], step]] : [])),
  );
  return candidates.length === 0 ? undefined : candidates[pick % candidates.length];
}

const forks = (scenario: Data): Set<string> => new Set((scenario.branches ?? []).map((branch: Data) => branch.from));
const dayBefore = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

const breakers: Record<Exclude<MistakeKind, `event-${EventFlaw}`>, Breaker> = {
  'unknown-event-type': (scenario, pick) => {
    const [path, step] = pickStep(scenario, pick)!;
    step.event.type = [step.event.type.slice(0, -1), step.event.type.toLowerCase(), 'CEASEFIRE_ENDED'][pick % 3];
    return { path: [...path, 'event', 'type'] };
  },
  'unknown-source': (scenario, pick) => {
    const found = pickStep(scenario, pick, (step) => step.source !== undefined);
    if (!found) return undefined;
    const [path, step] = found;
    if (Array.isArray(step.source)) {
      step.source[0] = 'no-such-source';
      return { path: [...path, 'source', 0] };
    }
    step.source = 'no-such-source';
    return { path: [...path, 'source'] };
  },
  'date-backwards': (scenario, pick) => {
    const found = pickStep(scenario, pick, (_step, index) => index > 0);
    if (!found) return undefined;
    const [path, step] = found;
    const line = stepLines(scenario).find(([linePath]) => formatPath(linePath) === formatPath(path.slice(0, -1)))![1];
    step.date = dayBefore(line[(path.at(-1) as number) - 1]!.date);
    return { path: [...path, 'date'] };
  },
  'impossible-date': (scenario, pick) => {
    const [path, step] = pickStep(scenario, pick)!;
    step.date = ['2024-02-30', '2023-13-01', '2023-11-31'][pick % 3];
    return { path: [...path, 'date'] };
  },
  'unknown-step-key': (scenario, pick) => {
    const [path, step] = pickStep(scenario, pick)!;
    step.sorce = 'timeline';
    return { path: [...path, 'sorce'], at: 'key' };
  },
  'missing-step-date': (scenario, pick) => {
    const [path, step] = pickStep(scenario, pick)!;
    delete step.date;
    return { path: [...path, 'date'], at: 'parent' };
  },
  'duplicate-step-id': (scenario, pick) => {
    // A fork keeps its id, or its branch would lose its `from` too.
    const trunk: Data[] = scenario.steps;
    const later = trunk.map((_, index) => index).filter((index) => index > 0 && !forks(scenario).has(trunk[index]!.id));
    if (later.length === 0) return undefined;
    const index = later[pick % later.length]!;
    trunk[index]!.id = trunk[pick % index]!.id;
    return { path: ['steps', index, 'id'] };
  },
  'inferred-without-note': (scenario, pick) => {
    const [path, step] = pickStep(scenario, pick)!;
    step.inferred = true;
    delete step.note;
    return { path: [...path, 'inferred'], at: 'key' };
  },
  'unknown-refusal-code': (scenario, pick) => {
    const [path, step] = pickStep(scenario, pick)!;
    step.expect = { ...step.expect, refused: true, refusal: 'NOT_ALLOWED' };
    return { path: [...path, 'expect', 'refusal'] };
  },
  'unknown-expected-state': (scenario, pick) => {
    const [path, step] = pickStep(scenario, pick)!;
    step.expect = { ...step.expect, state: { ...step.expect?.state, talks: 'agreed' } };
    return { path: [...path, 'expect', 'state', 'talks'] };
  },
  'refusal-but-not-refused': (scenario, pick) => {
    const [path, step] = pickStep(scenario, pick)!;
    step.expect = { ...step.expect, refused: false, refusal: 'NO_PROPOSAL' };
    return { path: [...path, 'expect', 'refusal'] };
  },
  'branch-from-unknown-step': (scenario, pick) => {
    if (!scenario.branches) return undefined;
    const b = pick % scenario.branches.length;
    scenario.branches[b].from = 'no-such-step';
    return { path: ['branches', b, 'from'] };
  },
  'branch-step-before-fork': (scenario, pick) => {
    if (!scenario.branches) return undefined;
    const b = pick % scenario.branches.length;
    const fork = scenario.steps.find((step: Data) => step.id === scenario.branches[b].from);
    scenario.branches[b].steps[0].date = dayBefore(fork.date);
    return { path: ['branches', b, 'steps', 0, 'date'] };
  },
  'unknown-role': (scenario, pick) => {
    const k = pick % scenario.parties.length;
    scenario.parties[k].role = ['observer', 'Mediator', 'belligerant'][pick % 3];
    return { path: ['parties', k, 'role'] };
  },
  'bad-source-url': (scenario, pick) => {
    const k = pick % scenario.sources.length;
    scenario.sources[k].url = ['not a web address', 'example.org/article'][pick % 2];
    return { path: ['sources', k, 'url'] };
  },
  'more-dead-than-held': (scenario) => {
    scenario.initial.hostages.deceased = scenario.initial.hostages.held + 1;
    return { path: ['initial', 'hostages', 'deceased'] };
  },
  'access-contradicts-crossings': (scenario) => {
    scenario.initial.state.access = scenario.initial.state.access === 'open' ? 'closed' : 'open';
    return { path: ['initial', 'state', 'access'] };
  },
  'starts-with-a-deal': (scenario, pick) => {
    scenario.initial.state.talks = ['accepted', 'proposal', 'rejected'][pick % 3];
    return { path: ['initial', 'state', 'talks'] };
  },
  'title-not-text': (scenario, pick) => {
    scenario.title = [42, null, ['a', 'list'], true][pick % 4];
    return { path: ['title'] };
  },
  'missing-summary': (scenario) => {
    delete scenario.summary;
    return { path: ['summary'], at: 'parent' };
  },
  'unknown-top-key': (scenario) => {
    scenario.sumary = 'A typo for summary';
    return { path: ['sumary'], at: 'key' };
  },
};

const BREAKER_KINDS = Object.keys(breakers) as Array<keyof typeof breakers>;

/** A step's event replaced by a hostile one: the flaw is in the event's field. */
function hostileEventMistake(scenario: Scenario): fc.Arbitrary<NearValidScenario> {
  return fc
    .record({ pick: fc.nat(), type: fc.constantFrom(...EVENT_TYPES) })
    .chain(({ pick, type }) =>
      hostileEventOf(type, scenario.parties).map(({ event, flaw, path: inEvent, at }) => {
        const broken = structuredClone(scenario) as Data;
        const [path, step] = pickStep(broken, pick)!;
        step.event = event;
        const parts = [...path, 'event', ...inEvent];
        return { scenario: broken, mistake: { kind: `event-${flaw}` as const, path: formatPath(parts), parts, at } };
      }),
    );
}

function brokenBy(scenario: Scenario, kind: keyof typeof breakers, pick: number): NearValidScenario | undefined {
  const broken = structuredClone(scenario) as Data;
  const done = breakers[kind](broken, pick);
  if (!done) return undefined;
  return { scenario: broken, mistake: { kind, path: formatPath(done.path), parts: done.path, at: done.at ?? 'value' } };
}

/** A valid scenario with exactly one mistake, tagged with its kind and where the loader must point. */
export const nearValidScenario: fc.Arbitrary<NearValidScenario> = validScenario.chain((scenario) =>
  fc.oneof(
    { weight: 1, arbitrary: hostileEventMistake(scenario) },
    {
      weight: 3,
      arbitrary: fc
        .record({ kind: fc.constantFrom(...BREAKER_KINDS), pick: fc.nat() })
        .map(({ kind, pick }) => brokenBy(scenario, kind, pick))
        .filter((broken): broken is NearValidScenario => broken !== undefined),
    },
  ),
);

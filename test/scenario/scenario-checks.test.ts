/**
 * The checks a schema cannot make (check-scenario.ts), each with its full
 * message: a start the statechart cannot be in, a scenario without principals,
 * ids reused across the main line and a branch, contradictory expectations.
 * The scenarios are written as JSON from a small valid one, changed in one place.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/index.js';
import { formatPath, type LocatedProblem } from '../../src/files/index.js';

type Data = Record<string, unknown> & { initial: Record<string, unknown>; steps: Array<Record<string, unknown>> };

function validScenario(): Data {
  return {
    id: 'checks',
    title: 'Checks',
    summary: 'A small valid scenario.',
    sources: [{ id: 'wire', title: 'Wire' }],
    parties: [
      { id: 'israel', name: 'Israel', role: 'belligerent' },
      { id: 'hamas', name: 'Hamas', role: 'armed-group' },
      { id: 'qatar', name: 'Qatar', role: 'mediator' },
    ],
    initial: { state: { talks: 'idle', operations: 'active', access: 'open' }, hostages: { held: 10, deceased: 2 } },
    steps: [
      { id: 'opened', date: '2024-01-02', event: { type: 'TALKS_OPENED' }, source: 'wire' },
      { id: 'tabled', date: '2024-01-03', event: { type: 'PROPOSAL_TABLED', by: 'qatar', terms: {} }, source: 'wire' },
    ],
  };
}

/** The issues of `data` as `path: message`; [] when it loads. */
function problems(data: unknown): string[] {
  const result = loadScenarioText(JSON.stringify(data, null, 2), 'checks.json');
  return result.ok ? [] : result.problems.map((issue: LocatedProblem) => `${formatPath(issue.path)}: ${issue.message}`);
}

describe('the checks beyond the schema', () => {
  it('pass a valid scenario', () => {
    expect(problems(validScenario())).toEqual([]);
  });

  it('refuse a scenario whose parties are all mediators', () => {
    const data = validScenario();
    data.parties = [{ id: 'qatar', name: 'Qatar', role: 'mediator' }];
    data.steps = [data.steps[0]!];

    expect(problems(data)).toEqual([
      'parties: no principal party: at least one party must have role principal (mediators and guarantors cannot make a deal in force)',
    ]);
  });

  it('refuse a start with a proposal already on the table', () => {
    const data = validScenario();
    data.initial.state = { talks: 'accepted', operations: 'active', access: 'open' };

    expect(problems(data)).toEqual([
      'initial.state.talks: a scenario starts with no proposal on the table: talks idle or stalled, not accepted; table the proposal in a first step',
    ]);
  });

  it('accept a start with talks stalled and operations resumed', () => {
    const data = validScenario();
    data.initial.state = { talks: 'stalled', operations: 'resumed', access: 'open' };

    expect(problems(data)).toEqual([]);
  });

  it('refuse a start in a pause without the agreement that made it', () => {
    const data = validScenario();
    data.initial.state = { talks: 'idle', operations: 'pausedForRelease', access: 'open' };

    expect(problems(data)).toEqual([
      'initial.state.operations: operations start pausedForRelease only under an agreement in force: give it under initial.agreement (terms, since), or replay the deal that made it in the steps',
    ]);
  });

  it('accept a start inside a ceasefire, under the agreement given, in a later phase', () => {
    const data = validScenario();
    data.initial = {
      ...data.initial,
      date: '2025-02-01',
      state: { talks: 'idle', operations: 'ceasefire', access: 'open', agreement: 'inForce' },
      agreement: { terms: { phases: [{ days: 42 }, { days: 42 }] }, since: '2025-01-19', phase: 2 },
    };
    data.steps = [{ id: 'opened', date: '2025-02-02', event: { type: 'TALKS_OPENED' }, source: 'wire' }];

    expect(problems(data)).toEqual([]);
  });

  it.each([
    [{ operations: 'pausedForRelease' }, { terms: { ceasefireDays: 10 } }, 'initial.state.operations: operations start paused for release, but the agreement gives no pause: its terms need pauseDays'],
    [{ operations: 'ceasefire' }, { terms: { pauseDays: 4 } }, 'initial.state.operations: operations start in a ceasefire, but the agreement gives none: its terms need ceasefireDays, days for its phase, or lastingCeasefire: true'],
    [{ agreement: 'none' }, { terms: { pauseDays: 4 } }, 'initial.state.agreement: with initial.agreement, the agreement starts inForce, not none'],
    [{ operations: 'active' }, { terms: { phases: 2 }, phase: 3 }, 'initial.agreement.phase: the agreement has 2 phases: it cannot start in phase 3'],
    [{ operations: 'ceasefire' }, { terms: { ceasefireDays: 10 }, since: '2024-01-05' }, "initial.agreement.since: the agreement's days cannot begin (2024-01-05) after the run starts (initial.date 2024-01-01)"],
    [{ operations: 'ceasefire' }, { terms: { ceasefireDays: 10 }, since: '2023-12-01' }, "initial.agreement.since: the agreement's days ran out on 2023-12-11, before the run starts (initial.date 2024-01-01): it is not in force then"],
  ])('refuse a start inside a deal that the deal does not allow: %o with %o', (state, agreement, message) => {
    const data = validScenario();
    data.initial = { ...data.initial, date: '2024-01-01', state: { talks: 'idle', operations: 'active', access: 'open', ...state }, agreement };

    expect(problems(data)).toEqual([message]);
  });

  it('refuse a start that says an agreement is in force when none is given', () => {
    const data = validScenario();
    data.initial.state = { talks: 'idle', operations: 'active', access: 'open', agreement: 'inForce' };

    expect(problems(data)).toEqual(['initial.state.agreement: the agreement starts inForce only with initial.agreement (terms, since); without it, none']);
  });

  it('refuse a party unknown to the scenario anywhere in a joint act, or as the one who makes a claim, at its place in the list', () => {
    const data = validScenario();
    data.steps = [
      { id: 'joint', date: '2024-01-02', event: { type: 'PROPOSAL_TABLED', by: ['qatar', 'egpyt'], terms: {} }, source: 'wire' },
      { id: 'claim', date: '2024-01-03', event: { type: 'VIOLATION_REPORTED', by: 'hamas', claimant: 'isreal', text: 'fire' }, source: 'wire' },
    ];

    expect(problems(data)).toEqual([
      'steps[0].event.by[1]: unknown party "egpyt"; known parties: israel, hamas, qatar',
      'steps[1].event.claimant: unknown party "isreal" (did you mean "israel"?); known parties: israel, hamas, qatar',
    ]);
  });

  it('refuse access open at the start while a crossing is closed, naming the crossings', () => {
    const data = validScenario();
    data.initial.crossings = { Rafah: 'closed', Erez: 'open', 'Kerem Shalom': 'closed' };

    expect(problems(data)).toEqual([
      'initial.state.access: access is open, but initial.crossings has Rafah, Kerem Shalom closed; access is closed while any crossing is',
    ]);
  });

  it('accept access closed at the start with a closed crossing named', () => {
    const data = validScenario();
    data.initial.state = { talks: 'idle', operations: 'active', access: 'closed' };
    data.initial.crossings = { Rafah: 'closed' };

    expect(problems(data)).toEqual([]);
  });

  it('accept as many dead as held, but not more', () => {
    const data = validScenario();
    data.initial.hostages = { held: 4, deceased: 4 };
    expect(problems(data)).toEqual([]);

    data.initial.hostages = { held: 4, deceased: 5 };
    expect(problems(data)).toEqual(['initial.hostages.deceased: 5 dead cannot be more than the 4 held (held counts the dead too)']);
  });

  it('refuse a step that expects a refusal reason but says it is not refused', () => {
    const data = validScenario();
    data.steps[1]!.expect = { refused: false, refusal: 'NO_PROPOSAL' };

    expect(problems(data)).toEqual(['steps[1].expect.refusal: expect.refusal names a reason for refusing, but expect.refused is false']);
  });

  it('accept steps on the same day', () => {
    const data = validScenario();
    data.steps[1]!.date = '2024-01-02';

    expect(problems(data)).toEqual([]);
  });

  it('compare each date with the latest date before it, not only the step just above', () => {
    const data = validScenario();
    data.steps = [
      { id: 'a', date: '2024-01-05', event: { type: 'TALKS_OPENED' }, source: 'wire' },
      { id: 'b', date: '2024-01-03', event: { type: 'TALKS_OPENED' }, source: 'wire' },
      { id: 'c', date: '2024-01-04', event: { type: 'TALKS_OPENED' }, source: 'wire' },
    ];

    expect(problems(data)).toEqual([
      'steps[1].date: date 2024-01-03 goes backwards (the step before is dated 2024-01-05); steps must be in date order',
      'steps[2].date: date 2024-01-04 goes backwards (the step before is dated 2024-01-05); steps must be in date order',
    ]);
  });

  it('refuse a first step dated before the start', () => {
    const data = validScenario();
    data.initial.date = '2024-01-03';

    expect(problems(data)).toEqual([
      'steps[0].date: date 2024-01-02 goes backwards (the step before is dated 2024-01-03); steps must be in date order',
    ]);
  });

  it('point at the one unknown source in a list of sources, listing the known ones', () => {
    const data = validScenario();
    data.sources = [{ id: 'wire', title: 'Wire' }, { id: 'un', title: 'UN OCHA' }];
    data.steps[1]!.source = ['wire', 'wyre'];

    expect(problems(data)).toEqual(['steps[1].source[1]: unknown source "wyre" (did you mean "wire"?); known sources: wire, un']);
  });

  it('accept a step that says it is not refused, without naming a reason', () => {
    const data = validScenario();
    data.steps[1]!.expect = { refused: false };

    expect(problems(data)).toEqual([]);
  });

  it('report a branch that is not a mapping once, and check the other branches', () => {
    const data = validScenario();
    data.branches = ['what-if', { id: 'b', title: 'B', from: 'nowhere', steps: [{ id: 'x', date: '2024-01-04', event: { type: 'TALKS_OPENED' }, source: 'wire' }] }];

    expect(problems(data)).toEqual([
      'branches[0]: expected a mapping (key: value lines), found "what-if"',
      'branches[1].from: unknown step "nowhere"; a branch starts after a step of the main line (steps: opened, tabled)',
    ]);
  });

  it('refuse a party id used twice, pointing at the second', () => {
    const data = validScenario();
    data.parties = [...(data.parties as object[]), { id: 'qatar', name: 'Qatar again', role: 'mediator' }];

    expect(problems(data)).toEqual(['parties[3].id: party id "qatar" is used twice (first at parties[2]); ids must be unique']);
  });

  it('refuse a source id used twice, pointing at the second', () => {
    const data = validScenario();
    data.sources = [{ id: 'wire', title: 'Wire' }, { id: 'wire', title: 'Wire again' }];

    expect(problems(data)).toEqual(['sources[1].id: source id "wire" is used twice (first at sources[0]); ids must be unique']);
  });
});

describe('the checks of a branch', () => {
  const branch = (steps: unknown[], from = 'opened') => ({ id: 'what-if', title: 'What if', from, steps });

  it('refuse a branch step that reuses an id of the main line', () => {
    const data = validScenario();
    data.branches = [branch([{ id: 'tabled', date: '2024-01-04', event: { type: 'TALKS_OPENED' }, source: 'wire' }])];

    expect(problems(data)).toEqual([
      `branches[0].steps[0].id: step id "tabled" is already a step of the main line; a branch's steps need their own ids`,
    ]);
  });

  it('refuse a step id used twice within a branch', () => {
    const data = validScenario();
    const step = { id: 'again', date: '2024-01-04', event: { type: 'TALKS_OPENED' }, source: 'wire' };
    data.branches = [branch([step, step])];

    expect(problems(data)).toEqual(['branches[0].steps[1].id: step id "again" is used twice (first at steps[0]); ids must be unique']);
  });

  it('refuse two branches with the same id', () => {
    const data = validScenario();
    const step = (id: string) => ({ id, date: '2024-01-04', event: { type: 'TALKS_OPENED' }, source: 'wire' });
    data.branches = [branch([step('one')]), branch([step('two')])];

    expect(problems(data)).toEqual(['branches[1].id: branch id "what-if" is used twice (first at branches[0]); ids must be unique']);
  });

  it('date its steps from the step it starts after, not from the end of the main line', () => {
    const data = validScenario();
    data.branches = [branch([{ id: 'early', date: '2024-01-02', event: { type: 'TALKS_OPENED' }, source: 'wire' }], 'opened')];
    expect(problems(data)).toEqual([]);

    data.branches = [branch([{ id: 'early', date: '2024-01-01', event: { type: 'TALKS_OPENED' }, source: 'wire' }], 'opened')];
    expect(problems(data)).toEqual([
      'branches[0].steps[0].date: date 2024-01-01 goes backwards (the step before is dated 2024-01-02); steps must be in date order',
    ]);
  });

  it('check the parties its steps name', () => {
    const data = validScenario();
    data.branches = [branch([{ id: 'no', date: '2024-01-04', event: { type: 'PROPOSAL_REJECTED', by: 'hamass' }, source: 'wire' }], 'tabled')];

    expect(problems(data)).toEqual(['branches[0].steps[0].event.by: unknown party "hamass" (did you mean "hamas"?); known parties: israel, hamas, qatar']);
  });

  it('refuse a branch from a step the main line does not have, listing its steps', () => {
    const data = validScenario();
    data.branches = [branch([{ id: 'x', date: '2024-01-04', event: { type: 'TALKS_OPENED' }, source: 'wire' }], 'tabeld')];

    expect(problems(data)).toEqual([
      'branches[0].from: unknown step "tabeld" (did you mean "tabled"?); a branch starts after a step of the main line (steps: opened, tabled)',
    ]);
  });

  it('do not also call its from unknown when a malformed step of the main line may be the one meant', () => {
    const data = validScenario();
    data.steps[1] = { id: 'tabled', date: '2024-01-03', event: { type: 'PROPOSAL_TABLED', by: 'qatar' }, source: 'wire' };
    data.branches = [branch([{ id: 'x', date: '2024-01-04', event: { type: 'TALKS_OPENED' }, source: 'wire' }], 'tabeld')];

    expect(problems(data)).toEqual(['steps[1].event.terms: missing "terms"']);
  });
});

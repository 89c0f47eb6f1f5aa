import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  REGION_STATES,
  guardNames,
  rules,
  sendEvent,
  snapshotAt,
  startingSnapshot,
  truceMachine,
  type TruceStateValue,
} from '../../src/model/index.js';
import { conditions } from '../../src/model/guards.js';
import { ruleSets } from '../../src/model/rule-sets.js';
import { contextOf, inputWith, parties, startTruce, valueOf } from './helpers.js';

interface NodeLike {
  states: Record<string, NodeLike>;
  transitions: Map<string, Array<{ guard?: unknown }>>;
  always?: Array<{ guard?: unknown }>;
}

/** The guards on the transitions an event takes (`eventless: false`) or on the eventless ones, in `node` and below. */
function guardsUsedUnder(node: NodeLike, eventless: boolean): string[] {
  const transitions = eventless ? (node.always ?? []) : [...node.transitions.values()].flat();
  return [
    ...transitions.flatMap((transition) => guardNames(transition.guard)),
    ...Object.values(node.states).flatMap((child) => guardsUsedUnder(child, eventless)),
  ];
}

/** The guard of every transition, event and eventless, in `node` and below, as written in the machine. */
function allGuardsUnder(node: NodeLike): unknown[] {
  const transitions = [...[...node.transitions.values()].flat(), ...(node.always ?? [])];
  return [...transitions.map((transition) => transition.guard).filter((guard) => guard !== undefined), ...Object.values(node.states).flatMap(allGuardsUnder)];
}

describe('the statechart', () => {
  it('uses every rule in guards.ts on some event, and no guard that is not a rule: so every refusal has a reason', () => {
    const used = new Set(guardsUsedUnder(truceMachine.root as unknown as NodeLike, false));

    expect([...used].sort()).toEqual(Object.keys(rules).sort());
  });

  it('names the guard of every guarded transition, as the Stately inspector shows it, and uses every rule set', () => {
    const guards = allGuardsUnder(truceMachine.root as unknown as NodeLike);
    // The inspector reads the machine's JSON, where a guard is shown only when it is a name.
    const json = JSON.stringify(truceMachine.toJSON());

    expect(guards.filter((guard) => typeof guard !== 'string')).toEqual([]);
    expect(Object.keys(ruleSets).filter((name) => !guards.includes(name))).toEqual([]);
    expect(Object.keys(ruleSets).filter((name) => !json.includes(`"guard":"${name}"`))).toEqual([]);
  });

  it('asks only the conditions in guards.ts on its eventless transitions, and each of them', () => {
    const used = new Set(guardsUsedUnder(truceMachine.root as unknown as NodeLike, true));

    expect([...used].sort()).toEqual(Object.keys(conditions).sort());
  });

  it('names the states of each region as the domain does', () => {
    expect(REGION_STATES).toEqual({
      talks: ['idle', 'proposal', 'accepted', 'rejected', 'stalled'],
      operations: ['active', 'pausedForRelease', 'ceasefire', 'resumed'],
      access: ['open', 'closed'],
      agreement: ['none', 'inForce', 'lapsed', 'broken'],
    });
  });
});

describe('starting a run', () => {
  it("starts in the machine's initial states when no state is given", () => {
    const actor = startTruce();

    expect(valueOf(actor)).toEqual({ talks: 'idle', operations: 'active', access: 'open', agreement: 'none' });
  });

  it('starts where a plain actor with the same input starts', () => {
    const input = inputWith({ date: '2023-10-07' });

    const plain = createActor(truceMachine, { input }).start().getSnapshot();
    const fromSnapshot = createActor(truceMachine, { input, snapshot: startingSnapshot({ input }) }).start().getSnapshot();

    expect(fromSnapshot.value).toEqual(plain.value);
    expect(fromSnapshot.context).toEqual(plain.context);
  });

  it('starts with aid access closed when told so, with the crossing closed in the input', () => {
    const actor = startTruce({ input: { crossings: { rafah: 'closed' } }, state: { access: 'closed' } });

    expect(valueOf(actor)).toEqual({ talks: 'idle', operations: 'active', access: 'closed', agreement: 'none' });
    expect(contextOf(actor).crossings).toEqual({ rafah: 'closed' });
  });

  it.each<Partial<TruceStateValue>>([
    { talks: 'stalled' },
    { talks: 'rejected', operations: 'ceasefire' },
    { operations: 'pausedForRelease' },
    { talks: 'accepted', operations: 'resumed' },
  ])('starts in the states given: %o', (state) => {
    const input = inputWith();

    const actor = createActor(truceMachine, { input, snapshot: startingSnapshot({ input, state }) }).start();

    expect(actor.getSnapshot().value).toEqual({ talks: 'idle', operations: 'active', access: 'open', agreement: 'none', ...state });
  });

  it('starts inside a deal: the agreement in force, its days running from its `since`, in the phase given', () => {
    const terms = { phases: [{ days: 42, hostages: 33 }, { days: 42 }, { toBeNegotiated: true }] };
    const input = inputWith({ date: '2025-02-01', agreement: { terms, since: '2025-01-19', phase: 2 } });

    const start = startingSnapshot({ input, state: { operations: 'ceasefire' } });

    expect(start.value).toEqual({ talks: 'idle', operations: 'ceasefire', access: 'open', agreement: 'inForce' });
    expect(start.context.agreement).toMatchObject({ status: 'inForce', proposals: [], by: null, phase: 2, begun: true, since: '2025-01-19', days: 42, endDay: '2025-03-02' });
    expect(start.context.ceasefireSince).toBe('2025-01-19');
    expect(start.context.pause).toEqual({ daysAgreed: 0, daysUsed: 0, since: null, underProposal: null });
  });

  it('starts inside a pause with its days of pause agreed and used once, so a second pause is refused', () => {
    const input = inputWith({ date: '2023-11-25', agreement: { terms: { pauseDays: 4 }, since: '2023-11-24' } });

    const start = startingSnapshot({ input, state: { operations: 'pausedForRelease' } });

    expect(start.context.pause).toMatchObject({ daysAgreed: 4, since: '2023-11-24' });
    expect(start.context.agreement).toMatchObject({ pauseUsed: true, endDay: '2023-11-28' });
    expect(start.context.ceasefireSince).toBeNull();
  });

  it('starts with an agreement whose end day is already past as lapsed, ended on its end day', () => {
    const input = inputWith({ date: '2023-12-05', agreement: { terms: { pauseDays: 4 }, since: '2023-11-24' } });

    const start = startingSnapshot({ input, state: { operations: 'pausedForRelease' } });

    expect(start.value.agreement).toBe('lapsed');
    expect(start.context.agreement).toMatchObject({ status: 'lapsed', endDay: '2023-11-28', endedOn: '2023-11-28' });
  });

  it('takes an agreement state that says what its input gives', () => {
    const start = startingSnapshot({ input: inputWith({ agreement: { terms: { ceasefireDays: 42 } } }), state: { agreement: 'inForce' } });

    expect(start.value.agreement).toBe('inForce');
  });

  it('refuses a start whose agreement state says other than its input', () => {
    expect(() => startingSnapshot({ input: inputWith(), state: { agreement: 'inForce' } })).toThrow(
      new RangeError('the agreement cannot start inForce: input.agreement gives none'),
    );
    expect(() => startingSnapshot({ input: inputWith({ agreement: { terms: {} } }), state: { agreement: 'none' } })).toThrow(
      new RangeError('the agreement cannot start none: input.agreement gives one, inForce at the start'),
    );
  });

  it('makes a moment of a trace live again, in its states and with its facts (snapshotAt)', () => {
    const context = startingSnapshot({ input: inputWith({ date: '2024-05-06' }) }).context;
    const value = { talks: 'stalled', operations: 'resumed', access: 'closed', agreement: 'broken' } as const;

    const moment = snapshotAt(value, context);

    expect(moment.value).toEqual(value);
    expect(moment.context).toBe(context);
  });

  it('runs on from the states given', () => {
    const actor = startTruce({ state: { operations: 'ceasefire' } });

    const outcome = sendEvent(actor, { type: 'OPERATION_RESUMED', by: 'israel' });

    expect(outcome.accepted).toBe(true);
    expect(valueOf(actor).operations).toBe('resumed');
  });

  it('takes its facts from the input, with nothing released yet', () => {
    const actor = startTruce({
      input: { hostages: { held: 240, deceased: 30 }, deathToll: { count: 1200 }, date: '2023-10-07' },
    });

    expect(contextOf(actor)).toMatchObject({
      hostages: { held: 240, deceased: 30, released: 0, remainsReturned: 0 },
      deathToll: { count: 1200, source: null, date: null },
      prisonersReleased: 0,
      proposal: null,
      proposalsTabled: 0,
      crossings: {},
      date: '2023-10-07',
    });
  });

  it('copies the parties, so changing the input later changes nothing', () => {
    // Copies of the shared parties: the test changes them.
    const input = inputWith({ parties: parties.map((party) => ({ ...party })) });
    const actor = createActor(truceMachine, { input, snapshot: startingSnapshot({ input }) }).start();

    input.parties[0]!.role = 'mediator';

    expect(contextOf(actor).parties[0]?.role).toBe('principal');
  });

  it('reads the roles older files give both sides, belligerent and armed-group, as principal', () => {
    const actor = startTruce();

    expect(contextOf(actor).parties.map((party) => party.role)).toEqual(['principal', 'principal', 'mediator', 'mediator', 'mediator']);
  });
});

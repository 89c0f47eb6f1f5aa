/**
 * `machineGraph` reads the statechart into plain data for the diagrams, the
 * viewer and the coverage checks: its regions and their states, and each
 * transition with where it is declared, the states it leaves, its event, its
 * guards (the rules, by name), its actions and where it goes.
 */
import { assign, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { activeStateIds, machineGraph, type ChartTransition } from '../../src/model/index.js';

/** The transitions declared on `declaredOn` for `event` (null: the eventless ones). */
function declared(declaredOn: string, event: string | null): ChartTransition[] {
  return machineGraph().transitions.filter((transition) => transition.declaredOn === declaredOn && transition.event === event);
}

const TALKS_STATES = ['idle', 'proposal', 'accepted', 'rejected', 'stalled'].map((state) => `truce.talks.${state}`);

describe('machineGraph', () => {
  it('reads the four regions in the order the machine declares them, each with its states and the one it starts in', () => {
    const graph = machineGraph();

    expect(graph.id).toBe('truce');
    expect(
      graph.regions.map((region) => ({
        id: region.id,
        name: region.name,
        initial: region.initial,
        states: region.states.map((state) => `${state.name}${state.initial ? ' (initial)' : ''}`),
      })),
    ).toEqual([
      { id: 'truce.talks', name: 'talks', initial: 'idle', states: ['idle (initial)', 'proposal', 'accepted', 'rejected', 'stalled'] },
      { id: 'truce.operations', name: 'operations', initial: 'active', states: ['active (initial)', 'pausedForRelease', 'ceasefire', 'resumed'] },
      { id: 'truce.access', name: 'access', initial: 'open', states: ['open (initial)', 'closed'] },
      { id: 'truce.agreement', name: 'agreement', initial: 'none', states: ['none (initial)', 'inForce', 'lapsed', 'broken'] },
    ]);
  });

  it('gives each state its full id, its public name and its region', () => {
    const graph = machineGraph();

    const ceasefire = graph.regions[1]!.states[2]!;

    expect({ id: ceasefire.id, name: ceasefire.name, region: ceasefire.region }).toEqual({ id: 'truce.operations.ceasefire', name: 'ceasefire', region: 'operations' });
  });

  it('lists the events a state does not take at all, each with its refusal code, and none for a state that takes them all', () => {
    const graph = machineGraph();

    const refuses = Object.fromEntries(graph.regions.flatMap((region) => region.states).map((state) => [state.id, state.refuses]));

    expect(refuses['truce.operations.active']).toEqual([
      { event: 'PAUSE_EXTENDED', code: 'NOT_PAUSED' },
      { event: 'OPERATION_RESUMED', code: 'NOTHING_TO_RESUME' },
    ]);
    expect(refuses['truce.access.open']).toEqual([{ event: 'CROSSING_OPENED', code: 'CROSSING_NOT_CLOSED' }]);
    expect(refuses['truce.agreement.none']).toEqual([
      { event: 'AGREEMENT_EXTENDED', code: 'NO_AGREED_DEAL' },
      { event: 'PHASE_BEGAN', code: 'NO_AGREED_DEAL' },
    ]);
    expect(refuses['truce.talks.idle']).toEqual([]);
  });

  it('reads an event handled at the root as leaving every state of every region, to no state, with its rules and action', () => {
    const graph = machineGraph();

    const everyState = graph.regions.flatMap((region) => region.states.map((state) => state.id));

    expect(declared('truce', 'PRISONERS_RELEASED')).toEqual([
      { declaredOn: 'truce', sources: everyState, target: null, event: 'PRISONERS_RELEASED', guards: ['senderIsKnown', 'senderIsPrincipal', 'countIsWhole'], actions: ['recordPrisonerRelease'] },
    ]);
    expect(everyState).toHaveLength(15);
  });

  it('reads an event handled on a region as leaving each state of that region, its rule set read as the rules it asks', () => {
    expect(declared('truce.talks', 'PROPOSAL_REJECTED')).toEqual([
      {
        declaredOn: 'truce.talks',
        sources: TALKS_STATES,
        target: 'truce.talks.rejected',
        event: 'PROPOSAL_REJECTED',
        guards: ['senderIsKnown', 'senderIsPrincipal', 'proposalOnTable', 'notYetAcceptedBySender', 'notYetRejectedBySender', 'detailsAreText'],
        actions: ['recordRejection'],
      },
    ]);
    expect(declared('truce.talks', 'TALKS_OPENED')).toEqual([
      { declaredOn: 'truce.talks', sources: TALKS_STATES, target: null, event: 'TALKS_OPENED', guards: ['detailsAreText'], actions: ['recordRound'] },
    ]);
  });

  it('reads an event handled on a state as leaving that state only, each of its actions in order, and each of its candidate transitions in order', () => {
    expect(declared('truce.operations.pausedForRelease', 'OPERATION_RESUMED')).toEqual([
      {
        declaredOn: 'truce.operations.pausedForRelease',
        sources: ['truce.operations.pausedForRelease'],
        target: 'truce.operations.resumed',
        event: 'OPERATION_RESUMED',
        guards: ['senderIsKnown', 'senderIsPrincipal'],
        actions: ['endPause', 'recordResumption'],
      },
    ]);
    expect(declared('truce.talks.stalled', 'TALKS_OPENED').map(({ target, guards }) => ({ target, guards }))).toEqual([
      { target: 'truce.talks.proposal', guards: ['detailsAreText', 'proposalOnTable'] },
      { target: 'truce.talks.idle', guards: ['detailsAreText'] },
    ]);
  });

  it('reads eventless transitions with a null event, after the state’s event transitions', () => {
    const graph = machineGraph();

    expect(graph.transitions.filter((transition) => transition.declaredOn === 'truce.talks.proposal')).toEqual([
      { declaredOn: 'truce.talks.proposal', sources: ['truce.talks.proposal'], target: 'truce.talks.stalled', event: 'TALKS_STALLED', guards: ['detailsAreText'], actions: ['recordStall'] },
      { declaredOn: 'truce.talks.proposal', sources: ['truce.talks.proposal'], target: 'truce.talks.accepted', event: null, guards: ['everyPrincipalAccepted'], actions: [] },
      { declaredOn: 'truce.talks.proposal', sources: ['truce.talks.proposal'], target: 'truce.talks.rejected', event: null, guards: ['aPrincipalRejected'], actions: [] },
    ]);
    expect(declared('truce.agreement.inForce', null).map(({ target, guards, actions }) => ({ target, guards, actions }))).toEqual([
      { target: 'truce.agreement.inForce', guards: ['newDealAgreed'], actions: ['putDealInForce'] },
      { target: 'truce.agreement.lapsed', guards: ['agreedDaysRanOut'], actions: ['lapseAgreement'] },
      { target: 'truce.agreement.lapsed', guards: ['resumedAtExpiry'], actions: ['lapseAgreement'] },
      { target: 'truce.agreement.broken', guards: ['resumedBeforeEndDay'], actions: ['breakAgreement'] },
    ]);
  });

  it('reads a transition that only records as having no target', () => {
    expect(declared('truce.agreement.inForce', 'PHASE_BEGAN').map(({ target, actions }) => ({ target, actions }))).toEqual([{ target: null, actions: ['beginPhase'] }]);
  });

  it('lists the root’s transitions first, then each region’s, each followed by its states’, in the order the machine declares them', () => {
    const graph = machineGraph();

    const order = [...new Set(graph.transitions.map((transition) => transition.declaredOn))];

    expect(order).toEqual([
      'truce',
      'truce.talks',
      ...TALKS_STATES,
      'truce.operations.active',
      'truce.operations.pausedForRelease',
      'truce.operations.ceasefire',
      'truce.operations.resumed',
      'truce.access.open',
      'truce.access.closed',
      'truce.agreement.none',
      'truce.agreement.inForce',
      'truce.agreement.lapsed',
      'truce.agreement.broken',
    ]);
  });

  it('names an action given as an object by its type, and one given as a function (a built-in like assign too) "action"', () => {
    const toy = setup({ actions: { noteRound: () => {} } }).createMachine({
      id: 'toy',
      type: 'parallel',
      states: {
        talks: { initial: 'idle', states: { idle: { on: { TALKS_OPENED: { actions: [{ type: 'noteRound' }, () => {}, assign({})] } } } } },
        operations: { initial: 'active', states: { active: {} } },
        access: { initial: 'open', states: { open: {} } },
        agreement: { initial: 'none', states: { none: {} } },
      },
    });

    const [transition] = machineGraph(toy as never).transitions;

    expect(transition).toEqual({ declaredOn: 'toy.talks.idle', sources: ['toy.talks.idle'], target: null, event: 'TALKS_OPENED', guards: [], actions: ['noteRound', 'action', 'action'] });
  });
});

describe('activeStateIds', () => {
  it('names the chart state each region is in, in region order', () => {
    expect(activeStateIds('truce', { talks: 'proposal', operations: 'pausedForRelease', access: 'closed', agreement: 'inForce' })).toEqual([
      'truce.talks.proposal',
      'truce.operations.pausedForRelease',
      'truce.access.closed',
      'truce.agreement.inForce',
    ]);
  });
});

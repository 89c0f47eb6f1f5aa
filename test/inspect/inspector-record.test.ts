/**
 * What the Stately inspector is told about a replay: recorded from the real
 * actor by @statelyai/inspect's own converter, one group of messages per step.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordReplay, type InspectorMessage, type RecordedReplay } from '../../src/inspect/inspector/index.js';
import { eventSchemas, isEventType, REGIONS, type TruceEvent } from '../../src/model/index.js';
import type { Scenario } from '../../src/scenario/index.js';
import { truceRun } from '../model/arbitraries.js';
import { parties } from '../model/helpers.js';
import { shippedScenario } from '../scenario/helpers.js';

const numRuns = Number(process.env.FC_RUNS ?? 60);

function ofType<T extends InspectorMessage['type']>(messages: InspectorMessage[], type: T): Array<Extract<InspectorMessage, { type: T }>> {
  return messages.filter((message): message is Extract<InspectorMessage, { type: T }> => message.type === type);
}

/** Events a scenario file could hold: of a known type, with a payload its schema accepts (the rules may still refuse them). */
function writable(event: TruceEvent): boolean {
  const { date: _date, ...written } = event as TruceEvent & Record<string, unknown>;
  return isEventType(written.type) && eventSchemas[written.type].safeParse(written).success;
}

/** Each step's one snapshot, or null for a step the actor was not sent. */
function snapshotsByStep(recorded: RecordedReplay) {
  return recorded.steps.map((group) => ofType(group, '@xstate.snapshot')[0] ?? null);
}

describe('recording a replay for the inspector', () => {
  it('opens with the scenario, then the actor with the machine definition and its starting snapshot', async () => {
    const recorded = await recordReplay(await shippedScenario('rafah-2024-05'));

    const [replay, actor, ...rest] = recorded.opening;
    expect(replay).toMatchObject({ type: 'truce.replay', scenario: { id: 'rafah-2024-05' }, branch: null });
    expect(actor).toMatchObject({ type: '@xstate.actor', name: 'truce', _version: expect.any(String) });
    const definition = JSON.parse((actor as Extract<InspectorMessage, { type: '@xstate.actor' }>).definition!) as { id: string; type: string; states: object };
    expect(definition).toMatchObject({ id: 'truce', type: 'parallel' });
    expect(Object.keys(definition.states).sort()).toEqual([...REGIONS].sort());
    expect(actor).toMatchObject({ snapshot: { status: 'active', value: { talks: 'idle', operations: 'active', access: 'open' } } });
    expect(rest.map((message) => message.type)).toEqual(['@xstate.event', '@xstate.snapshot']);
  });

  it("gives each step its marker, its event and the snapshot after it, in the trace's order", async () => {
    const recorded = await recordReplay(await shippedScenario('rafah-2024-05'));

    expect(recorded.steps).toHaveLength(recorded.trace.steps.length);
    recorded.steps.forEach((group, index) => {
      const step = recorded.trace.steps[index]!;
      expect(group.map((message) => message.type)).toEqual(['truce.step', '@xstate.event', '@xstate.snapshot']);
      expect(group[0]).toEqual({ type: 'truce.step', index, id: step.id, accepted: step.accepted });
      expect(group[1]).toMatchObject({ event: { ...step.event, date: step.date } });
      expect(group[2]).toMatchObject({ snapshot: { value: step.state, context: { hostages: step.context.hostages } } });
    });
  });

  it("closes with the actor's stopped snapshot and whether the replay went as expected", async () => {
    const recorded = await recordReplay(await shippedScenario('pause-2023-11'));

    expect(recorded.closing).toEqual([
      expect.objectContaining({ type: '@xstate.snapshot', event: { type: 'xstate.stop' }, snapshot: expect.objectContaining({ status: 'stopped', value: recorded.trace.final.state }) }),
      { type: 'truce.done', ok: true },
    ]);
  });

  it('records a branch: the main line up to the fork, then the branch', async () => {
    const recorded = await recordReplay(await shippedScenario('rafah-2024-05'), 'pause-for-release');

    const paused = recorded.trace.steps.findIndex((step) => step.id === 'rafah-paused');
    expect(recorded.opening[0]).toMatchObject({ branch: { id: 'pause-for-release', from: 'burns-netanyahu' } });
    expect(snapshotsByStep(recorded)[paused]).toMatchObject({ snapshot: { value: { operations: 'pausedForRelease' } } });
  });

  it('gives a step of an unknown event type (in a scenario built by a program, not loaded) only its marker', async () => {
    const scenario = await shippedScenario('rafah-2024-05');
    const unknown = { ...scenario.steps[0]!, id: 'unknown', event: { type: 'NOT_AN_EVENT' } } as unknown as Scenario['steps'][number];

    const recorded = await recordReplay({ ...scenario, steps: [unknown, ...scenario.steps.slice(0, 2)] });

    expect(recorded.steps.map((group) => group.map((message) => message.type))).toEqual([
      ['truce.step'],
      ['truce.step', '@xstate.event', '@xstate.snapshot'],
      ['truce.step', '@xstate.event', '@xstate.snapshot'],
    ]);
  });

  it('any run, refused events included: each step sends its one event, and its snapshot is the state in the trace', async () => {
    await fc.assert(
      fc.asyncProperty(truceRun, async ({ start, events }) => {
        const scenario: Scenario = {
          id: 'random',
          title: 'Random run',
          summary: 'Random run',
          sources: [],
          parties,
          initial: { state: { talks: 'idle', access: 'open', ...start.state }, hostages: start.input.hostages },
          steps: events.filter(writable).map(({ date: _date, ...event }, index) => ({ id: `s${index}`, date: '2024-01-01', event })),
        } as unknown as Scenario;

        const recorded = await recordReplay(scenario);

        recorded.trace.steps.forEach((step, index) => {
          const sent = ofType(recorded.steps[index]!, '@xstate.event');
          expect(sent.map((message) => message.event.type)).toEqual([step.event.type]);
          expect(snapshotsByStep(recorded)[index]?.snapshot).toMatchObject({ value: step.state });
        });
      }),
      { numRuns },
    );
  });
});

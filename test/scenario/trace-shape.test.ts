/**
 * What a trace holds besides the outcome of each step: where it started, which
 * scenario and branch it is, and each step's source, note and inferred mark,
 * exactly when the file gives them. `truce run --json` and the viewer read these.
 */
import { describe, expect, it } from 'vitest';
import { findBranch, replayScenario, type Scenario } from '../../src/scenario/index.js';

function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    id: 'shape',
    title: 'The shape of a trace',
    summary: 'Two steps.',
    sources: [{ id: 'wire', title: 'Wire' }],
    parties: [
      { id: 'israel', name: 'Israel', role: 'belligerent' },
      { id: 'hamas', name: 'Hamas', role: 'armed-group' },
    ],
    initial: { state: { talks: 'idle', operations: 'active', access: 'open' }, hostages: { held: 10, deceased: 2 } },
    steps: [
      { id: 'opened', date: '2024-01-02', event: { type: 'TALKS_OPENED', where: 'Cairo' }, source: 'wire', note: 'First round.' },
      { id: 'stalled', date: '2024-01-03', event: { type: 'TALKS_STALLED' }, inferred: true, note: 'No meeting reported.' },
    ],
    ...overrides,
  };
}

describe('a trace', () => {
  it('names its scenario by id and title, and no branch on the main line', () => {
    const trace = replayScenario(scenario());

    expect(trace.scenario).toEqual({ id: 'shape', title: 'The shape of a trace' });
    expect(trace.branch).toBeNull();
  });

  it('names the branch it replays, and where the branch starts', () => {
    const withBranch = scenario({
      branches: [{ id: 'no-stall', title: 'What if talks went on', from: 'opened', steps: [{ id: 'again', date: '2024-01-04', event: { type: 'TALKS_OPENED' } }] }],
    });

    expect(replayScenario(withBranch, { branch: 'no-stall' }).branch).toEqual({ id: 'no-stall', title: 'What if talks went on', from: 'opened' });
  });

  it('starts from the initial state and facts of the file: hostages, death toll, crossings and date', () => {
    const trace = replayScenario(
      scenario({
        initial: {
          state: { talks: 'stalled', operations: 'resumed', access: 'closed' },
          hostages: { held: 10, deceased: 2 },
          deathToll: { count: 34_000, source: 'Gaza health ministry', date: '2024-01-01' },
          crossings: { Rafah: 'closed' },
          date: '2024-01-01',
        },
      }),
    );

    expect(trace.start.state).toEqual({ talks: 'stalled', operations: 'resumed', access: 'closed', agreement: 'none' });
    expect(trace.start.context).toMatchObject({
      hostages: { held: 10, deceased: 2, released: 0, remainsReturned: 0 },
      deathToll: { count: 34_000, source: 'Gaza health ministry', date: '2024-01-01' },
      crossings: { Rafah: 'closed' },
      date: '2024-01-01',
    });
  });

  it('starts with no death toll, no crossings and no date when the file gives none', () => {
    const { start } = replayScenario(scenario());

    expect(start.context).toMatchObject({ deathToll: null, crossings: {}, date: null });
  });

  it("copies each step's source, note and inferred mark, and only those the file gives", () => {
    const [opened, stalled] = replayScenario(scenario()).steps;

    expect(opened).toMatchObject({ source: 'wire', note: 'First round.' });
    expect(opened).not.toHaveProperty('inferred');
    expect(stalled).toMatchObject({ inferred: true, note: 'No meeting reported.' });
    expect(stalled).not.toHaveProperty('source');
  });

  it('gives a step with no note no `note` key at all, not one holding undefined', () => {
    const withoutNotes = scenario();
    delete withoutNotes.steps[0]!.note;

    expect(Object.keys(replayScenario(withoutNotes).steps[0]!)).not.toContain('note');
  });

  it('tells a watcher each step\'s event, dated, and its outcome, as it replays', () => {
    const seen: string[] = [];

    replayScenario(scenario(), { onStep: (event, outcome) => seen.push(`${event.type} ${String(event.date)} ${outcome.accepted}`) });

    expect(seen).toEqual(expect.arrayContaining(['TALKS_OPENED 2024-01-02 true', 'TALKS_STALLED 2024-01-03 true']));
  });
});

describe('a branch that is not there', () => {
  it('says the scenario has no branches when it has none', () => {
    expect(findBranch(scenario(), 'what-if')).toEqual({ ok: false, problems: [{ code: 'not-found', message: 'no branch "what-if" in this scenario; it has no branches' }] });
  });
});

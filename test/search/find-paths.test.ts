/** Paths found with xstate/graph, checked on a real actor and against a brute-force search. */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { sendEvent, truceMachine, type TruceSnapshot } from '../../src/model/index.js';
import { movesToTry, regionEventTypes, vocabularyFor, type Vocabulary } from '../../src/moves/index.js';
import { defaultStart, startFrom } from '../../src/paths/index.js';
import { readScenarioFile, type Scenario } from '../../src/scenario/index.js';
import { findPaths, reachesTarget, shortestPathLength, type FoundPath, type Target } from '../../src/search/index.js';

async function scenario(file: string): Promise<Scenario> {
  const result = await readScenarioFile(file);
  if (!result.ok) throw new Error(`${file} does not load`);
  return result.value;
}

/** Sends the path's events to a running actor started at `from`: every one must be accepted. */
function replayOnActor(from: TruceSnapshot, path: FoundPath) {
  const actor = createActor(truceMachine, { input: { parties: from.context.parties, hostages: from.context.hostages }, snapshot: from }).start();
  const outcomes = path.steps.map((step) => sendEvent(actor, step.event));
  actor.stop();
  return { accepted: outcomes.every((outcome) => outcome.accepted), final: outcomes.at(-1)!.snapshot.value };
}

/** The fewest steps to the target by trying every sequence of the same sample events, shortest first. */
function bruteForceDistance(from: TruceSnapshot, target: Target, vocabulary: Vocabulary, atMost: number): number | null {
  const types = regionEventTypes();
  let frontier: TruceSnapshot[] = [from];
  for (let steps = 0; steps <= atMost; steps++) {
    if (frontier.some((snapshot) => reachesTarget(snapshot.value, target))) return steps;
    frontier = frontier.flatMap((snapshot) => movesToTry(snapshot, vocabulary, types).map(({ next }) => next));
  }
  return null;
}

describe('findPaths', () => {
  const start = defaultStart();
  const vocabulary = vocabularyFor(null);

  it('finds the shortest way from the default start to operations resumed: a deal, a pause, resumption', () => {
    const result = findPaths({ from: start.snapshot, target: { operations: 'resumed' }, vocabulary, maxPaths: 3, maxSteps: 10 });

    expect(result.reachable).toBe(true);
    if (!result.reachable) return;
    expect(result.paths[0]!.steps.map((step) => step.event)).toEqual([
      // Nothing is on the table to counter: Israel tables a proposal itself (and has accepted it).
      { type: 'PROPOSAL_TABLED', by: 'israel', terms: { pauseDays: 4, hostages: 5, prisoners: 15 } },
      { type: 'PROPOSAL_ACCEPTED', by: 'hamas' },
      { type: 'OPERATION_PAUSED', by: 'israel' },
      { type: 'OPERATION_RESUMED', by: 'israel' },
    ]);
    expect(result.paths).toHaveLength(3);
  });

  it('returns paths a real actor accepts step by step, ending at the target, shortest first', () => {
    const targets: Target[] = [{ operations: 'ceasefire' }, { talks: 'accepted', operations: 'pausedForRelease' }, { talks: 'rejected' }, { access: 'closed', talks: 'stalled' }];
    for (const target of targets) {
      const result = findPaths({ from: start.snapshot, target, vocabulary, maxPaths: 4, maxSteps: 8 });
      if (!result.reachable) throw new Error(`no path to ${JSON.stringify(target)}`);
      const lengths = result.paths.map((path) => path.steps.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      for (const path of result.paths) {
        const replayed = replayOnActor(start.snapshot, path);
        expect(replayed.accepted).toBe(true);
        expect(reachesTarget(replayed.final, target)).toBe(true);
        expect(reachesTarget(path.steps.at(-1)!.state, target)).toBe(true);
        // A path stops where it first reaches the target.
        expect(path.steps.slice(0, -1).some((step) => reachesTarget(step.state, target))).toBe(false);
      }
      expect(result.paths[0]!.steps.length).toBe(bruteForceDistance(start.snapshot, target, vocabulary, 6));
    }
  });

  it('gives different paths, none visiting a situation twice', () => {
    const result = findPaths({ from: start.snapshot, target: { operations: 'pausedForRelease' }, vocabulary, maxPaths: 10, maxSteps: 10 });
    if (!result.reachable) throw new Error('unreachable');
    const sequences = result.paths.map((path) => JSON.stringify(path.steps.map((step) => step.event)));
    expect(new Set(sequences).size).toBe(sequences.length);
    expect(result.paths.length).toBeGreaterThan(1);
    expect(result.paths.length).toBeLessThanOrEqual(10);
  });

  it('says unreachable when the target is out of reach of the rules', async () => {
    const rafah = await scenario('scenarios/rafah-2024-05.yaml');
    const from = startFrom(rafah, 'mediators-proposal');
    if (!from.ok) throw new Error(from.problems[0]!.message);
    // Once a proposal is on the table, talks never go back to idle: a new proposal replaces it, stalled talks reopen on it.
    // Finding nothing means looking at everything within the depth: a small one keeps the test quick.
    const result = findPaths({ from: from.value.snapshot, target: { talks: 'idle' }, vocabulary: vocabularyFor(rafah), maxPaths: 3, maxSteps: 5 });

    expect(result.reachable).toBe(false);
    expect(result.situationsSeen).toBeGreaterThan(10);
  });

  it('looks no deeper than the depth it is given', () => {
    expect(findPaths({ from: start.snapshot, target: { operations: 'resumed' }, vocabulary, maxPaths: 3, maxSteps: 3 }).reachable).toBe(false);
    expect(findPaths({ from: start.snapshot, target: { operations: 'resumed' }, vocabulary, maxPaths: 3, maxSteps: 4 }).reachable).toBe(true);
  });

  it('starts after a step of a scenario and uses the terms the scenario uses', async () => {
    const rafah = await scenario('scenarios/rafah-2024-05.yaml');
    const from = startFrom(rafah, 'burns-netanyahu');
    if (!from.ok) throw new Error(from.problems[0]!.message);
    const result = findPaths({ from: from.value.snapshot, target: { operations: 'pausedForRelease' }, vocabulary: vocabularyFor(rafah), maxPaths: 1, maxSteps: 10 });
    if (!result.reachable) throw new Error('unreachable');

    expect(result.paths[0]!.steps.map((step) => step.event.type)).toEqual(['COUNTER_PROPOSAL', 'PROPOSAL_ACCEPTED', 'OPERATION_PAUSED']);
    expect(result.paths[0]!.steps[0]!.event).toMatchObject({ by: 'israel', terms: { pauseDays: 6, hostages: 10, prisoners: 30 } });
    // Access stays as the scenario left it: the Rafah crossing closed on 7 May.
    expect(result.paths[0]!.steps.at(-1)!.state).toEqual({ talks: 'accepted', operations: 'pausedForRelease', access: 'closed', agreement: 'inForce' });
  });

  it('lets the days pass to the first day an agreement has lapsed, and never further', () => {
    const result = findPaths({ from: start.snapshot, target: { agreement: 'lapsed' }, vocabulary, maxPaths: 3, maxSteps: 10 });
    if (!result.reachable) throw new Error('unreachable');
    const [shortest] = result.paths;

    expect(shortest!.steps.map((step) => step.event.type)).toEqual(['PROPOSAL_TABLED', 'PROPOSAL_ACCEPTED', 'OPERATION_PAUSED', 'TIME_PASSED']);
    // The default start's clock is on 1 January 2024: a 4-day pause begun that day ends on the 5th, and has lapsed on the 6th.
    expect(shortest!.steps.at(-1)!.event).toEqual({ type: 'TIME_PASSED', date: '2024-01-06' });
    expect(shortest!.steps.at(-1)!.state).toMatchObject({ operations: 'pausedForRelease', agreement: 'lapsed' });
    for (const path of result.paths) expect(replayOnActor(start.snapshot, path)).toMatchObject({ accepted: true, final: { agreement: 'lapsed' } });
  });

  it('finds a lapse, a breach and a new agreement from the moments of a scenario, its clock where the scenario left it', async () => {
    const november = await scenario('scenarios/pause-2023-11.yaml');
    const at = (step: string) => {
      const from = startFrom(november, step);
      if (!from.ok) throw new Error(from.problems[0]!.message);
      return from.value.snapshot;
    };
    const search = (step: string, target: Target) => {
      const result = findPaths({ from: at(step), target, vocabulary: vocabularyFor(november), maxPaths: 1, maxSteps: 10 });
      if (!result.reachable) throw new Error(`no path from ${step} to ${JSON.stringify(target)}`);
      return result.paths[0]!.steps.map((step) => step.event);
    };

    // On 24 November the pause's four days begin: they run out after the 28th.
    expect(search('pause-begins', { agreement: 'lapsed' })).toEqual([{ type: 'TIME_PASSED', date: '2023-11-29' }]);
    expect(search('pause-begins', { agreement: 'broken' })).toEqual([{ type: 'OPERATION_RESUMED', by: 'israel' }]);
    // After the pause ended, a new deal is needed for an agreement in force.
    expect(search('fighting-resumes', { agreement: 'inForce' }).map((event) => event.type)).toEqual(['COUNTER_PROPOSAL', 'PROPOSAL_ACCEPTED']);
  });

  it('answers with no steps when the start already is the target', () => {
    const result = findPaths({ from: start.snapshot, target: { operations: 'active' }, vocabulary, maxPaths: 3, maxSteps: 5 });
    expect(result).toMatchObject({ reachable: true });
    if (result.reachable) expect(result.paths[0]!.steps).toEqual([]);
  });

  it('tries only the event types it is allowed, and says when nothing reaches the target with them', async () => {
    const rafah = await scenario('scenarios/rafah-2024-05.yaml');
    const from = startFrom(rafah, 'burns-netanyahu');
    if (!from.ok) throw new Error(from.problems[0]!.message);
    const search = { from: from.value.snapshot, target: { operations: 'ceasefire' } as Target, vocabulary: vocabularyFor(rafah), maxSteps: 10 };

    expect(shortestPathLength({ ...search, eventTypes: ['PROPOSAL_ACCEPTED'] })).toBeNull();
    expect(shortestPathLength({ ...search, eventTypes: ['PROPOSAL_ACCEPTED', 'CEASEFIRE_BEGAN'] })).toBe(2);
  });

  it('lets principals table proposals themselves when counter-proposals are not among the events tried', () => {
    const result = findPaths({ from: start.snapshot, target: { talks: 'accepted' }, vocabulary, maxPaths: 1, maxSteps: 4, eventTypes: ['PROPOSAL_TABLED', 'PROPOSAL_ACCEPTED'] });
    if (!result.reachable) throw new Error('unreachable');

    // A principal that tables a proposal has accepted it: one acceptance more is enough.
    expect(result.paths[0]!.steps.map((step) => step.event.type)).toEqual(['PROPOSAL_TABLED', 'PROPOSAL_ACCEPTED']);
    expect(result.paths[0]!.steps[0]!.event).toMatchObject({ by: 'israel' });
  });
});

describe('startFrom', () => {
  it('finds a step by id, in a branch too, and by number', async () => {
    const rafah = await scenario('scenarios/rafah-2024-05.yaml');
    const inBranch = startFrom(rafah, 'hamas-accepts-pause');
    const byNumber = startFrom(rafah, '3');

    expect(inBranch.ok && inBranch.value.snapshot.value).toEqual({ talks: 'accepted', operations: 'active', access: 'closed', agreement: 'inForce' });
    expect(inBranch.ok && inBranch.value.replayed.map((step) => step.id).slice(-2)).toEqual(['israel-counter-pause', 'hamas-accepts-pause']);
    expect(byNumber.ok && byNumber.value.replayed.map((step) => step.id)).toEqual(['cairo-round-ends', 'kerem-shalom-closed', 'evacuation-order']);
  });

  it('suggests the step meant for a misspelt id', async () => {
    const rafah = await scenario('scenarios/rafah-2024-05.yaml');
    expect(startFrom(rafah, 'burns-netanyaho')).toMatchObject({ ok: false, problems: [{ code: 'not-found', message: expect.stringContaining('no step "burns-netanyaho" in rafah-2024-05; did you mean "burns-netanyahu"?') }] });
    expect(startFrom(rafah, '99')).toEqual({ ok: false, problems: [{ code: 'not-found', message: 'no step 99 in rafah-2024-05: its main line has 18 steps' }] });
  });
});

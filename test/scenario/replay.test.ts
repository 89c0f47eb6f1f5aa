/** Replaying scenarios: the shipped ones end where history (or the what-if) did, and refusals and expectations are data. */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBranch, readScenarioFile, replayScenario, type Scenario } from '../../src/scenario/index.js';
import { loaded, shippedScenario, shippedScenarioFiles } from './helpers.js';

/** Two principals, ten held; the steps are appended by each test. */
const HEADER = `
id: small
title: Small
summary: A few steps to replay.
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
`;

describe('the Rafah scenario, May 2024', () => {
  it('replays with every step accepted and every expectation met', async () => {
    const trace = replayScenario(await shippedScenario('rafah-2024-05'));

    expect(trace.steps.filter((step) => !step.accepted).map((step) => step.id)).toEqual([]);
    expect(trace.ok).toBe(true);
  });

  it('ends with talks stalled, operations active, access closed, 128 held and 36 of them dead', async () => {
    const trace = replayScenario(await shippedScenario('rafah-2024-05'));

    expect(trace.final.state).toEqual({ talks: 'stalled', operations: 'active', access: 'closed', agreement: 'none' });
    expect(trace.final.context.hostages).toMatchObject({ held: 128, deceased: 36, released: 0 });
  });

  it('in the pause-for-release branch ends with operations resumed', async () => {
    const trace = replayScenario(await shippedScenario('rafah-2024-05'), { branch: 'pause-for-release' });

    expect(trace.ok).toBe(true);
    expect(trace.branch).toEqual({ id: 'pause-for-release', title: expect.any(String), from: 'burns-netanyahu' });
    expect(trace.final.state.operations).toBe('resumed');
  });

  it('in the lasting-ceasefire branch ends in a ceasefire with 92 freed and 36 still held', async () => {
    const trace = replayScenario(await shippedScenario('rafah-2024-05'), { branch: 'lasting-ceasefire' });

    expect(trace.ok).toBe(true);
    expect(trace.final.state.operations).toBe('ceasefire');
    expect(trace.final.context.hostages).toMatchObject({ held: 36, released: 92 });
  });

  it('in a branch replays the main line up to and including the branch point, then the branch', async () => {
    const scenario = await shippedScenario('rafah-2024-05');

    const trace = replayScenario(scenario, { branch: 'pause-for-release' });

    const trunk = scenario.steps.map((step) => step.id);
    const branch = scenario.branches!.find((candidate) => candidate.id === 'pause-for-release')!;
    expect(trace.steps.map((step) => step.id)).toEqual([...trunk.slice(0, trunk.indexOf('burns-netanyahu') + 1), ...branch.steps.map((step) => step.id)]);
    expect(trace.steps.at(-1)?.part).toBe('branch');
  });
});

describe('the November 2023 pause', () => {
  it('ends with 105 hostages and 240 prisoners freed, operations resumed, and the agreement lapsed: it ran its days', async () => {
    const trace = replayScenario(await shippedScenario('pause-2023-11'));

    expect(trace.ok).toBe(true);
    expect(trace.final.context.hostages.released).toBe(105);
    expect(trace.final.context.prisonersReleased).toBe(240);
    expect(trace.final.state).toMatchObject({ operations: 'resumed', agreement: 'lapsed' });
    expect(trace.final.context.agreement).toMatchObject({ since: '2023-11-24', endDay: '2023-12-01' });
  });

  it('counts seven days of pause agreed and seven used', async () => {
    const trace = replayScenario(await shippedScenario('pause-2023-11'));

    expect(trace.final.context.pause).toMatchObject({ daysAgreed: 7, daysUsed: 7 });
  });
});

describe('the January 2025 ceasefire', () => {
  it('ends with the agreement lapsed (phase one ran out, phase two never agreed) and operations resumed', async () => {
    const trace = replayScenario(await shippedScenario('ceasefire-2025-01'));

    expect(trace.ok).toBe(true);
    expect(trace.final.state).toMatchObject({ operations: 'resumed', agreement: 'lapsed' });
    expect(trace.final.context.agreement?.endDay).toBe('2025-03-02');
  });

  it('has phase two still to be negotiated when phase one runs out', async () => {
    const trace = replayScenario(await shippedScenario('ceasefire-2025-01'));
    const lapse = trace.steps.find((step) => step.state.agreement === 'lapsed')!;

    expect(lapse.context.agreement?.phase).toBe(1);
    expect(JSON.stringify(lapse.context.agreement?.terms.phases)).toContain('"toBeNegotiated":true');
  });
});

describe('the October 2025 ceasefire', () => {
  it('ends with the agreement in force and operations in a ceasefire', async () => {
    const trace = replayScenario(await shippedScenario('ceasefire-2025-10'));

    expect(trace.ok).toBe(true);
    expect(trace.final.state).toMatchObject({ operations: 'ceasefire', agreement: 'inForce' });
  });
});

describe('every shipped scenario', () => {
  it('replays every line, main and branches, as it expects, and ties every step to a source or marks it inferred with a note', async () => {
    for (const file of shippedScenarioFiles) {
      const scenario = await shippedScenario(basename(file, '.yaml'));
      const steps = [...scenario.steps, ...(scenario.branches ?? []).flatMap((branch) => branch.steps)];

      for (const branch of [undefined, ...(scenario.branches ?? []).map((one) => one.id)]) {
        expect(replayScenario(scenario, branch === undefined ? {} : { branch }).ok, `${file} ${branch ?? 'main line'}`).toBe(true);
      }
      const untied = steps.filter((step) => step.source === undefined && !(step.inferred === true && step.note !== undefined));
      expect(untied.map((step) => step.id), `${file}: steps with no source that are not marked inferred`).toEqual([]);
    }
    expect(shippedScenarioFiles.map((file) => basename(file)).sort()).toEqual(['ceasefire-2025-01.yaml', 'ceasefire-2025-10.yaml', 'pause-2023-11.yaml', 'rafah-2024-05.yaml']);
  });
});

describe('a step dated after the end day of the agreement in force', () => {
  const scenario = loaded(`${HEADER}
  - { id: tabled, date: 2024-01-02, event: { type: PROPOSAL_TABLED, by: israel, terms: { pauseDays: 2 } }, source: wire }
  - { id: agreed, date: 2024-01-02, event: { type: PROPOSAL_ACCEPTED, by: hamas }, source: wire }
  - { id: paused, date: 2024-01-03, event: { type: OPERATION_PAUSED, by: israel }, source: wire }
  - { id: later, date: 2024-01-09, event: { type: PAUSE_EXTENDED, days: 1 }, source: wire, expect: { refused: true, refusal: NO_AGREED_DEAL, state: { agreement: lapsed } } }
`);

  it('finds the agreement lapsed before its event: the trace says after which end day, and the clock moved', () => {
    const trace = replayScenario(scenario);
    const later = trace.steps.at(-1)!;

    expect(trace.ok).toBe(true);
    expect(later).toMatchObject({ accepted: false, refusalCode: 'NO_AGREED_DEAL', lapsedBefore: '2024-01-05' });
    expect(later.context.date).toBe('2024-01-09');
    expect(trace.steps.slice(0, -1).some((step) => step.lapsedBefore !== undefined)).toBe(false);
  });
});

describe('a refused step', () => {
  const scenario = loaded(`${HEADER}
  - { id: opened, date: 2024-01-02, event: { type: TALKS_OPENED }, source: wire }
  - { id: premature, date: 2024-01-03, event: { type: PROPOSAL_ACCEPTED, by: hamas }, source: wire }
  - { id: tabled, date: 2024-01-04, event: { type: PROPOSAL_TABLED, by: israel, terms: { pauseDays: 4 } }, source: wire }
`);

  it('does not stop the replay', () => {
    const trace = replayScenario(scenario);

    expect(trace.steps.map((step) => [step.id, step.accepted])).toEqual([
      ['opened', true],
      ['premature', false],
      ['tabled', true],
    ]);
    expect(trace.final.state.talks).toBe('proposal');
  });

  it('carries the reason and the refusal code', () => {
    const [, premature] = replayScenario(scenario).steps;

    expect(premature).toMatchObject({ accepted: false, refusalCode: 'NO_PROPOSAL', reason: expect.stringContaining('no proposal') });
  });

  it('leaves the state and context as the step before left them', () => {
    const [opened, premature] = replayScenario(scenario).steps;

    expect(premature?.state).toEqual(opened?.state);
    expect(premature?.context).toEqual(opened?.context);
  });

  it('is an unmet expectation when the file does not expect it', () => {
    const trace = replayScenario(scenario);

    expect(trace.steps[1]).toMatchObject({ ok: false, expectations: [{ check: 'refused', expected: false, actual: true, met: false }] });
    expect(trace.ok).toBe(false);
  });
});

describe('expectations', () => {
  const withSecondStep = (secondStep: string): Scenario =>
    loaded(`${HEADER}
  - { id: opened, date: 2024-01-02, event: { type: TALKS_OPENED }, source: wire }
${secondStep}
`);

  it('expect.refused: true makes a refused step go as expected', () => {
    const scenario = withSecondStep(`  - { id: premature, date: 2024-01-03, event: { type: PROPOSAL_ACCEPTED, by: hamas }, source: wire, expect: { refused: true } }`);

    const trace = replayScenario(scenario);

    expect(trace.steps[1]).toMatchObject({ accepted: false, ok: true });
    expect(trace.ok).toBe(true);
  });

  it('expect.refused: true on an accepted step is not met', () => {
    const scenario = withSecondStep(`  - { id: tabled, date: 2024-01-03, event: { type: PROPOSAL_TABLED, by: israel, terms: {} }, source: wire, expect: { refused: true } }`);

    const trace = replayScenario(scenario);

    expect(trace.steps[1]).toMatchObject({ accepted: true, ok: false, expectations: [{ check: 'refused', expected: true, actual: false, met: false }] });
    expect(trace.ok).toBe(false);
  });

  it('expect.refusal is met by a refusal with that code', () => {
    const scenario = withSecondStep(`  - { id: premature, date: 2024-01-03, event: { type: PROPOSAL_ACCEPTED, by: hamas }, source: wire, expect: { refusal: NO_PROPOSAL } }`);

    const trace = replayScenario(scenario);

    expect(trace.steps[1]?.ok).toBe(true);
    expect(trace.ok).toBe(true);
  });

  it('expect.refusal is not met by a refusal with another code', () => {
    const scenario = withSecondStep(`  - { id: premature, date: 2024-01-03, event: { type: PROPOSAL_ACCEPTED, by: hamas }, source: wire, expect: { refusal: NOT_A_PRINCIPAL } }`);

    const trace = replayScenario(scenario);

    expect(trace.steps[1]?.expectations).toContainEqual({ check: 'refusal', expected: 'NOT_A_PRINCIPAL', actual: 'NO_PROPOSAL', met: false });
    expect(trace.ok).toBe(false);
  });

  it('a state that is not the one expected makes the trace not ok, and the replay goes on', () => {
    const scenario = loaded(`${HEADER}
  - { id: tabled, date: 2024-01-02, event: { type: PROPOSAL_TABLED, by: israel, terms: {} }, source: wire, expect: { state: { talks: accepted } } }
  - { id: accepted, date: 2024-01-03, event: { type: PROPOSAL_ACCEPTED, by: hamas }, source: wire, expect: { state: { talks: accepted } } }
`);

    const trace = replayScenario(scenario);

    expect(trace.steps[0]).toMatchObject({ ok: false, expectations: [{ check: 'state', region: 'talks', expected: 'accepted', actual: 'proposal', met: false }] });
    expect(trace.steps[1]).toMatchObject({ ok: true, accepted: true });
    expect(trace.ok).toBe(false);
  });
});

describe('replayScenario', () => {
  it('finds no branch the scenario does not have, suggesting the nearest and listing those it has', async () => {
    const scenario = await shippedScenario('rafah-2024-05');

    expect(findBranch(scenario, 'pause-for-relase')).toEqual({
      ok: false,
      problems: [{ code: 'not-found', message: 'no branch "pause-for-relase" in this scenario (did you mean "pause-for-release"?); branches: pause-for-release, lasting-ceasefire' }],
    });
    expect(findBranch(scenario, 'lasting-ceasefire')).toMatchObject({ ok: true, value: { id: 'lasting-ceasefire' } });
  });

  it('treats a branch asked for that the scenario does not have as a bug of the caller', async () => {
    const scenario = await shippedScenario('rafah-2024-05');

    expect(() => replayScenario(scenario, { branch: 'pause-for-relase' })).toThrow(/^internal: no branch "pause-for-relase"/);
  });

  it('gives the same trace every time', async () => {
    const scenario = await shippedScenario('rafah-2024-05');

    const first = JSON.stringify(replayScenario(scenario, { branch: 'lasting-ceasefire' }));
    const second = JSON.stringify(replayScenario(scenario, { branch: 'lasting-ceasefire' }));

    expect(second).toBe(first);
  });
});

describe.each(shippedScenarioFiles.map((file) => ({ file, name: basename(file) })))('the shipped scenario $name', ({ file }) => {
  const stepsOf = async () => {
    const result = await readScenarioFile(file);
    if (!result.ok) throw new Error(`expected ${file} to load`);
    const scenario = result.value;
    return { scenario, steps: [...scenario.steps, ...(scenario.branches ?? []).flatMap((branch) => branch.steps)] };
  };

  it('gives every step a source or marks it inferred', async () => {
    const { steps } = await stepsOf();

    const unsourced = steps.filter((step) => step.source === undefined && step.inferred !== true).map((step) => step.id);

    expect(unsourced).toEqual([]);
  });

  it('explains every inferred step in a note', async () => {
    const { steps } = await stepsOf();

    const unexplained = steps.filter((step) => step.inferred === true && !step.note?.trim()).map((step) => step.id);

    expect(unexplained).toEqual([]);
  });

  it('cites only sources it lists', async () => {
    const { scenario, steps } = await stepsOf();
    const listed = new Set(scenario.sources.map((source) => source.id));

    const unlisted = steps.flatMap((step) => [step.source ?? []].flat()).filter((source) => !listed.has(source));

    expect(unlisted).toEqual([]);
  });

  it('replays its main line and every branch as the file expects', async () => {
    const { scenario } = await stepsOf();

    const failing = [undefined, ...(scenario.branches ?? []).map((branch) => branch.id)].filter(
      (branch) => !replayScenario(scenario, branch === undefined ? {} : { branch }).ok,
    );

    expect(failing).toEqual([]);
  });
});

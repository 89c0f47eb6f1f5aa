/** The moves the rules allow at a moment, and who may make them: asked of the machine, for each party. */
import { describe, expect, it } from 'vitest';
import { allowedMoves, refusedMoves, vocabularyFor, type MovePosition } from '../../src/moves/index.js';
import { scenarioStart, readScenarioFile, type Scenario } from '../../src/scenario/index.js';

async function rafah(): Promise<Scenario> {
  const read = await readScenarioFile('scenarios/rafah-2024-05.yaml');
  if (!read.ok) throw new Error('the Rafah scenario does not load');
  return read.value;
}

async function startOfRafah(as: string | null): Promise<MovePosition> {
  const scenario = await rafah();
  return { snapshot: scenarioStart(scenario), vocabulary: vocabularyFor(scenario), as: as === null ? null : scenario.parties.find((party) => party.id === as)! };
}

const idsOf = (position: MovePosition, type: string) => allowedMoves(position).find((move) => move.type === type)?.parties.map((party) => party.id);

describe('the moves allowed', () => {
  it('never include a counter-proposal while nothing is on the table, which is refused with the reason', async () => {
    const position = await startOfRafah(null);

    expect(allowedMoves(position).map((move) => move.type)).not.toContain('COUNTER_PROPOSAL');
    expect(refusedMoves(position).find((move) => move.type === 'COUNTER_PROPOSAL')!.refusal).toEqual({
      code: 'NO_PROPOSAL',
      message: 'there is no proposal on the table to answer; one must be tabled first (PROPOSAL_TABLED)',
    });
  });

  it('name only the principals as those who may close a crossing, when every party is played', async () => {
    expect(idsOf(await startOfRafah(null), 'CROSSING_CLOSED')).toEqual(['israel', 'hamas']);
  });

  it('leave out closing a crossing for a mediator played, which is refused with the reason', async () => {
    const position = await startOfRafah('qatar');

    expect(idsOf(position, 'CROSSING_CLOSED')).toBeUndefined();
    expect(refusedMoves(position).find((move) => move.type === 'CROSSING_CLOSED')!.refusal).toEqual({
      code: 'NOT_A_PRINCIPAL',
      message: 'Qatar is a mediator: only the principal parties (Israel, Hamas) close or open a crossing',
    });
  });

  it('still let any party report aid delivered, a mediator included', async () => {
    expect(idsOf(await startOfRafah(null), 'AID_DELIVERED')).toEqual(['israel', 'hamas', 'egypt', 'qatar', 'usa']);
    expect(idsOf(await startOfRafah('qatar'), 'AID_DELIVERED')).toEqual(['qatar']);
  });
});

/**
 * A teacher's exercise file checked against its start and its own parts:
 * parties the goal or the constraints name that the start does not have,
 * dates the wrong way round, a goal that is not a list, maxSteps: shortest
 * without a state to reach, and weights for constraints the exercise does not
 * set; each said at its place, in one line.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchFolder } from '../cli/helpers.js';
import { SCENARIOS_DIR } from '../scenario/helpers.js';
import { exerciseFile, exerciseIssues } from './helpers.js';

const scratch = scratchFolder();
afterAll(() => scratch.remove());

const RAFAH = join(SCENARIOS_DIR, 'rafah-2024-05.yaml');

/** An exercise file starting from the May 2024 scenario after burns-netanyahu, with the goal and anything else given. */
function exerciseText(id: string, goal: string, more = ''): string {
  return exerciseFile({ id, start: `{ scenario: ${RAFAH}, upTo: burns-netanyahu }`, goal, debriefSources: 'article', more });
}

const issuesIn = (id: string, text: string) => exerciseIssues(scratch, id, text);

const STATE_GOAL = '  - { state: { talks: accepted } }';

describe('parties an exercise names', () => {
  it('refuses a party that must accept which the start does not have, and names the parties it has', async () => {
    expect(await issuesIn('accept', exerciseText('accept', STATE_GOAL, 'constraints: { mustAccept: [isreal] }'))).toEqual([
      'accept.yaml:12:29: constraints.mustAccept[0]: unknown party "isreal" (did you mean "israel"?); the parties at the start: israel, hamas, egypt, qatar, usa',
    ]);
  });

  it('refuses a party in a sequence pattern which the start does not have, in any condition of the goal', async () => {
    const goal = `${STATE_GOAL}\n  - { sequence: [ { type: PROPOSAL_ACCEPTED, by: hamas }, { type: PROPOSAL_ACCEPTED, by: jordan } ] }`;

    expect(await issuesIn('pattern', exerciseText('pattern', goal))).toEqual([
      'pattern.yaml:9:90: goal[1].sequence[1].by: unknown party "jordan"; the parties at the start: israel, hamas, egypt, qatar, usa',
    ]);
  });

  it('takes a sequence pattern by a party the start has', async () => {
    expect(await issuesIn('by-hamas', exerciseText('by-hamas', '  - { sequence: [ { type: PROPOSAL_ACCEPTED, by: hamas } ] }'))).toEqual([]);
  });
});

describe('the dates an exercise allows', () => {
  it('refuses a last date before the first, at the last', async () => {
    expect(await issuesIn('dates', exerciseText('dates', STATE_GOAL, 'constraints: { dates: { from: 2024-05-10, to: 2024-05-09 } }'))).toEqual([
      'dates.yaml:12:47: constraints.dates.to: to (2024-05-09) is before from (2024-05-10)',
    ]);
  });

  it('takes a first date alone, a last date alone, and a range of one day', async () => {
    expect(await issuesIn('from', exerciseText('from', STATE_GOAL, 'constraints: { dates: { from: 2024-05-10 } }'))).toEqual([]);
    expect(await issuesIn('to', exerciseText('to', STATE_GOAL, 'constraints: { dates: { to: 2024-05-10 } }'))).toEqual([]);
    expect(await issuesIn('day', exerciseText('day', STATE_GOAL, 'constraints: { dates: { from: 2024-05-10, to: 2024-05-10 } }'))).toEqual([]);
  });
});

describe('the goal of an exercise', () => {
  it('must be a list of conditions', async () => {
    expect(await issuesIn('goal', exerciseText('goal', '  state: { talks: accepted }'))).toEqual(['goal.yaml:8:3: goal: expected a list, found a mapping']);
  });

  it('needs a state to reach for maxSteps: shortest', async () => {
    expect(await issuesIn('shortest', exerciseText('shortest', '  - { region: operations, never: ceasefire }', 'constraints: { maxSteps: shortest }'))).toEqual([
      'shortest.yaml:12:26: constraints.maxSteps: maxSteps: shortest needs a goal condition { state: ... }: the shortest path is to that state',
    ]);
  });
});

describe('weights in an exercise', () => {
  it('refuses a weight for each constraint the exercise does not set', async () => {
    const text = exerciseText('weights', STATE_GOAL, 'constraints: { weights: { maxSteps: 2, events: 2, mustAccept: 2, dates: 2, cite: 2 } }');

    expect(await issuesIn('weights', text)).toEqual([
      'weights.yaml:12:27: constraints.weights.maxSteps: this exercise has no maxSteps constraint to weigh; add maxSteps: ... to constraints, or remove this weight',
      'weights.yaml:12:40: constraints.weights.events: this exercise has no events constraint to weigh; add events: ... to constraints, or remove this weight',
      'weights.yaml:12:51: constraints.weights.mustAccept: this exercise has no mustAccept constraint to weigh; add mustAccept: ... to constraints, or remove this weight',
      'weights.yaml:12:66: constraints.weights.dates: this exercise has no dates constraint to weigh; add dates: ... to constraints, or remove this weight',
      'weights.yaml:12:76: constraints.weights.cite: this exercise has no cite constraint to weigh; add cite: true to constraints, or remove this weight',
    ]);
  });

  it('takes a weight for each constraint the exercise sets, and for asExpected', async () => {
    const constraints = `constraints:
  maxSteps: 4
  events: [PROPOSAL_ACCEPTED]
  mustAccept: [israel]
  dates: { to: 2024-05-20 }
  cite: true
  weights: { maxSteps: 2, events: 2, mustAccept: 2, dates: 2, cite: 2, asExpected: 2 }`;

    expect(await issuesIn('weighed', exerciseText('weighed', STATE_GOAL, constraints))).toEqual([]);
  });
});

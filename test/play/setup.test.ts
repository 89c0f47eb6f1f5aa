/** Setting up a play session (src/play/setup.ts): the party played must be one of the scenario's. */
import { expect, it } from 'vitest';
import { playSetup } from '../../src/play/setup.js';
import { readScenarioFile } from '../../src/scenario/index.js';

it('refuses a party the scenario does not have as not found, suggesting the one meant and listing them all', async () => {
  const read = await readScenarioFile('scenarios/pause-2023-11.yaml');
  if (!read.ok) throw new Error('the scenario does not load');

  expect(playSetup(read.value, 'hamass')).toEqual({
    ok: false,
    problems: [{ code: 'not-found', message: 'no party "hamass" in pause-2023-11 (did you mean "hamas"?); parties: israel, hamas, qatar, egypt, usa' }],
  });
  expect(playSetup(read.value, 'hamas')).toMatchObject({ ok: true, value: { as: { id: 'hamas' } } });
});

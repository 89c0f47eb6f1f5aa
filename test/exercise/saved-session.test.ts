/**
 * A session of `truce play`, saved with --save, graded by `truce exercise
 * check` as the answer to an exercise that starts from the same scenario:
 * the moves after the exercise's start are the answer, and a session that
 * left the record before then, or plays another scenario, is told why it
 * cannot answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, scratchFolder } from '../cli/helpers.js';
import { truceInProcess } from '../cli/in-process.js';

const scratch = scratchFolder();
afterAll(() => scratch.remove());
const RAFAH = join(ROOT, 'scenarios/rafah-2024-05.yaml');

async function savedSession(name: string, turnsAsInHistory: number): Promise<string> {
  const file = join(scratch.write('.keep', ''), '..', name);
  const input = `${'let this turn\n'.repeat(turnsAsInHistory)}end\n`;
  const played = await truceInProcess(['play', RAFAH, '--save', file], { input });
  expect(played.code, played.stderr).toBe(0);
  return file;
}

describe('a saved play session as a solution', () => {
  it('is graded on the moves made after the exercise starts', async () => {
    // complete-the-week starts after hamas-accepts, the fifth step of the record; the sixth is the answer.
    const file = await savedSession('six-turns.yaml', 6);
    const checked = await truceInProcess(['exercise', 'check', 'complete-the-week', file]);

    expect(readFileSync(file, 'utf8')).toContain('id: hamas-accepts');
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(': 1 step\n');
    expect(checked.stdout).toContain('israel-very-far');
    expect(checked.stdout).toMatch(/1 of 6 found in order/);
  });

  it('says so, at the step, when the session left the record (or ended) before the exercise starts', async () => {
    const file = await savedSession('two-turns.yaml', 2);
    const checked = await truceInProcess(['exercise', 'check', 'complete-the-week', file]);

    expect(checked.code).toBe(2);
    expect(checked.stderr).toMatch(/two-turns\.yaml:\d+:\d+: steps\[1\]: the session left the record before step hamas-accepts, where the exercise starts \(it ends before then\); play the record up to that step, then make your moves\n$/);
  });

  it('says which scenario an exercise needs when the session plays another', async () => {
    const file = await savedSession('other-scenario.yaml', 6);
    const checked = await truceInProcess(['exercise', 'check', 'mediator-cannot-accept', file]);

    expect(checked.code).toBe(2);
    expect(checked.stderr).toMatch(/other-scenario\.yaml:2:5: id: this is a scenario file \(rafah-2024-05-played\); the exercise mediator-cannot-accept starts from the scenario pause-2023-11, so only a truce play or truce class session of that scenario, saved with --save, can answer it\n$/);
  });
});

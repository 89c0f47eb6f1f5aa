/** `truce play --save`: the session written as a scenario file, whole, which `truce run` replays to the same end. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchFolder } from '../cli/helpers.js';
import { truceInProcess } from '../cli/in-process.js';
import { converseInProcess, optionNumber, type Conversation } from './conversation.js';

const RAFAH = 'scenarios/rafah-2024-05.yaml';
const MENU = /What happens next\? \[1-\d+\]> /;

const scratch = scratchFolder();
afterAll(() => scratch.remove());

function choose(talk: Conversation, menu: string, label: string): void {
  talk.type(`${optionNumber(menu, label)}\n`);
}

/** The debrief's "you" column: region states and counts, by row label. */
function yourFinalStates(debrief: string): Record<string, string> {
  const table = debrief.slice(debrief.indexOf('Final states:'));
  return Object.fromEntries(
    [...table.matchAll(/^ {2}(talks|operations|access|agreement|hostages held|hostages freed|bodies returned|prisoners freed) +(\S+)/gm)].map((row) => [row[1]!, row[2]!]),
  );
}

describe.concurrent('truce play --save', () => {
  it('saves the session as a scenario that validates and that truce run replays to the same final state', async () => {
    const file = join(dirname(scratch.write('placeholder', '')), 'my-week.yaml');
    const talk = converseInProcess(['play', RAFAH, '--as', 'israel', '--save', file]);
    for (let turn = 1; turn <= 4; turn++) choose(talk, await talk.until(MENU), 'Let this turn go as it did in history');
    choose(talk, await talk.until(MENU), 'Answer with a counter-proposal');
    for (const answer of ['3', '', '', '10', '30', '', '']) {
      await talk.until(/\(- for none\)( \[[^\]]*\])?> /);
      talk.type(`${answer}\n`);
    }
    choose(talk, await talk.until(MENU), 'Let this turn pass');
    choose(talk, await talk.until(MENU), 'Release prisoners');
    await talk.until(/how many.*> /);
    talk.type('30\n');
    choose(talk, await talk.until(MENU), 'End the session');
    const end = await talk.until(/replay it with truce run .*\n/);
    expect(await talk.exited).toBe(0);

    const run = await truceInProcess(['run', file, '--json']);
    const replayed = JSON.parse(run.stdout) as { ok: boolean; final: { state: Record<string, string>; context: { hostages: Record<string, number>; prisonersReleased: number } } };
    const validated = await truceInProcess(['validate', file]);

    expect(end).toContain(`Saved the session to ${file} (6 steps): replay it with truce run ${file}`);
    expect(readFileSync(file, 'utf8')).toMatch(/^# A session of truce play over scenarios\/rafah-2024-05\.yaml, saved with --save: replay it with truce run\nid: rafah-2024-05-played-as-israel\n/);
    expect(run.code).toBe(0);
    expect(replayed.ok).toBe(true);
    const { state, context } = replayed.final;
    expect(yourFinalStates(end)).toEqual({
      talks: state.talks,
      operations: state.operations,
      access: state.access,
      agreement: state.agreement,
      'hostages held': String(context.hostages.held),
      'hostages freed': String(context.hostages.released),
      'bodies returned': String(context.hostages.remainsReturned),
      'prisoners freed': String(context.prisonersReleased),
    });
    expect(context.prisonersReleased).toBe(30);
    expect(state).toEqual({ talks: 'proposal', operations: 'active', access: 'closed', agreement: 'none' });
    expect(validated).toMatchObject({ code: 0, stdout: `✓ ${file}: 6 steps, 0 branches\n` });
    // Written whole through a temporary file beside it, which is gone.
    expect(readdirSync(dirname(file)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces an existing file whole, as every output of truce does', async () => {
    const file = scratch.write('earlier.yaml', 'an earlier session\n');
    const talk = converseInProcess(['play', RAFAH, '--save', file]);
    choose(talk, await talk.until(MENU), 'Let this turn go as it did in history');
    choose(talk, await talk.until(MENU), 'End the session');
    await talk.until(/replay it with truce run .*\n/);

    expect(await talk.exited).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('  - id: cairo-round-ends\n');
    expect(readFileSync(file, 'utf8')).not.toContain('an earlier session');
  });

  it('refuses, before the session starts, to save over the scenario played or into a folder that does not exist', async () => {
    const copy = scratch.write('rafah-copy.yaml', readFileSync(RAFAH, 'utf8'));
    const over = await truceInProcess(['play', copy, '--save', copy], { input: 'end\n' });
    const nowhere = join(dirname(copy), 'no-such-folder', 'session.yaml');
    const missing = await truceInProcess(['play', RAFAH, '--save', nowhere], { input: 'end\n' });

    expect(over).toEqual({ code: 2, stdout: '', stderr: `truce play: --save: cannot write "${copy}": it is ${copy}, the file the output is made from; choose another name\n` });
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(RAFAH, 'utf8'));
    expect(missing).toEqual({ code: 2, stdout: '', stderr: `truce play: --save: cannot write "${nowhere}": its folder does not exist\n` });
    expect(existsSync(nowhere)).toBe(false);
  });

  it('saves nothing when no move was made, and says so', async () => {
    const file = join(dirname(scratch.write('other', '')), 'empty-session.yaml');
    const run = await truceInProcess(['play', RAFAH, '--save', file], { input: 'end\n' });

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`Nothing saved to ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: no move was made, and a scenario needs at least one step\\.\\n$`));
    expect(existsSync(file)).toBe(false);
  });

  it('writes the name of the file safely, with its control characters escaped', async () => {
    const file = join(dirname(scratch.write('another', '')), 'odd\u001b[2Jname.yaml');
    writeFileSync(file, '');
    const run = await truceInProcess(['play', RAFAH, '--save', file], { input: '1\n\nend\n' });

    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('odd\\u001b[2Jname.yaml');
  });
});

/**
 * The built command, run as a user runs it: a real process of dist/cli/bin.js
 * (the bundle), once for each command. The behaviour of each command is
 * tested in this process (in-process.ts); these check that the bundle has
 * every command in it, loads what each needs, and exits as it says.
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, scratchFolder, truce } from './helpers.js';

const scratch = scratchFolder();

describe.concurrent('the built truce command', () => {
  it.each([
    [['--version'], 0, /^\d+\.\d+\.\d+\n$/],
    [['run', 'scenarios/pause-2023-11.yaml'], 0, /^✓ 24 steps, 24 accepted, 0 refused/m],
    [['run', 'scenarios/rafah-2024-05.yaml', '--json'], 0, /"record": \{/],
    [['validate', 'scenarios/rafah-2024-05.yaml', 'scenarios/pause-2023-11.yaml'], 0, /✓ scenarios\/pause-2023-11\.yaml: 24 steps/],
    [['schema'], 0, /"title": "truce-sim scenario"/],
    [["diagram", "--format", "dot"], 0, /^digraph "truce" \{/],
    [['paths', '--to', 'resumed'], 0, /^Shortest path, 4 steps:$/m],
    [['exercise', 'list'], 0, /^first-deal +1 first steps/m],
    [['exercise', 'check', 'first-deal', 'exercises/solutions/first-deal.yaml'], 0, /Solved\./],
    [['play', 'scenarios/pause-2023-11.yaml'], 0, /Debrief: your path and what happened/],
  ])('truce %j exits %i', async (args, code, output) => {
    const run = await truce(args);

    expect(run.code, run.stderr).toBe(code);
    expect(run.stdout).toMatch(output);
  });

  it('writes a handout and a chart, drawing with the graph layout it loads on demand', async () => {
    const html = scratch.write('handout.html', '');
    const svg = scratch.write('chart.svg', '');

    const run = await truce(['export', 'scenarios/pause-2023-11.yaml', '--html', html, '--svg', svg]);

    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`wrote ${svg}\nwrote ${html}\n`);
  });

  it('works from another folder, given the absolute path of the file', async () => {
    const { code, stdout } = await truce(['run', join(ROOT, 'scenarios/rafah-2024-05.yaml')], { cwd: tmpdir() });

    expect(code).toBe(0);
    expect(stdout).toContain('talks stalled');
  });

  it('stops quietly when the reader of its output goes away (a pipe to head), and says in one line when the output cannot be written', () => {
    const bin = join(ROOT, 'dist/cli/bin.js');
    const shell = (command: string) => spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

    const piped = shell(`node ${bin} run scenarios/rafah-2024-05.yaml --json | head -c 10`);
    const full = shell(`node ${bin} diagram > /dev/full; echo "exit $?" >&2`);

    expect(piped.stderr).toBe('');
    expect(piped.stdout.startsWith('{\n  "ok": ')).toBe(true);
    expect(full.stderr).toBe('truce: cannot write the output (the disk is full)\nexit 2\n');
  });

  it('exits 2 with one located line for a broken file, and 2 for an unknown command', async () => {
    const broken = scratch.write('broken.yaml', 'id: [\n');

    const run = await truce(['run', broken]);
    const unknown = await truce(['rnu']);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^\S+broken\.yaml:\d+:\d+: YAML syntax error: /);
    expect(unknown.code).toBe(2);
  });
});

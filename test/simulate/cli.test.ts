/**
 * `truce simulate` as a user runs it: the built command, real worker
 * threads, real files. The same seed gives the same bytes whatever the
 * workers; shards merged give what one machine gives; a run exported with
 * --trace replays through `truce run` to the state its row reports.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchFolder, truce } from '../cli/helpers.js';
import { SYMMETRIC, RAFAH } from './support.js';

const scratch = scratchFolder();
afterAll(() => scratch.remove());
const folder = (name: string) => join(scratch.write('.keep', ''), '..', name);
const small = ['--runs', '45', '--days', '25', '--seed', '9'];
const FILES = ['runs.csv', 'runs.parquet', 'summary.json', 'simulation.json'];
const bytes = (dir: string) => FILES.map((file) => readFileSync(join(dir, file)).toString('base64'));

describe('truce simulate', () => {
  it('gives the same bytes with one worker and with two', async () => {
    const [one, two] = await Promise.all([
      truce(['simulate', SYMMETRIC, ...small, '--workers', '1', '--json', '--out', folder('w1')]),
      truce(['simulate', SYMMETRIC, ...small, '--workers', '2', '--json', '--out', folder('w2')]),
    ]);

    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(bytes(folder('w2'))).toEqual(bytes(folder('w1')));
    const summary = JSON.parse(one.stdout);
    expect(Object.keys(summary).slice(0, 4)).toEqual(['runs', 'seed', 'days', 'final']);
    expect(summary).toMatchObject({ runs: 45, seed: 9, days: 25, disclaimer: 'Exploratory, not a forecast: these figures follow from the stated assumptions.' });
    expect(Object.values(summary.final.agreement as Record<string, number>).reduce((a, b) => a + b)).toBe(45);
  });

  it('merges shards, given in any order, into what one machine writes', async () => {
    const whole = await truce(['simulate', SYMMETRIC, ...small, '--workers', '1', '--out', folder('whole'), '--json']);
    const shards = await Promise.all(['1/3', '2/3', '3/3'].map((shard, index) => truce(['simulate', SYMMETRIC, ...small, '--shard', shard, '--workers', String(1 + (index % 2)), '--out', folder(`part-${index + 1}`)])));
    const merged = await truce(['simulate', 'merge', folder('part-3'), folder('part-1'), folder('part-2'), '--out', folder('merged'), '--json']);

    expect(shards.map((shard) => shard.code)).toEqual([0, 0, 0]);
    expect(shards[1]!.stdout).toMatch(/^Shard 2 of 3: runs 15 to 29 of 45;/);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
    expect(bytes(folder('merged'))).toEqual(bytes(folder('whole')));
  });

  it('refuses to merge folders that leave runs out or come from another simulation, and writes nothing', async () => {
    await Promise.all([
      truce(['simulate', SYMMETRIC, ...small, '--shard', '1/2', '--out', folder('half-1')]),
      truce(['simulate', SYMMETRIC, ...small, '--seed', '10', '--shard', '2/2', '--out', folder('other-half-2')]),
    ]);
    const missing = await truce(['simulate', 'merge', folder('half-1'), '--out', folder('never')]);
    const foreign = await truce(['simulate', 'merge', folder('half-1'), folder('other-half-2')]);
    const misplaced = await truce(['simulate', 'merge', folder('half-1'), '--runs', '3']);

    expect(missing).toMatchObject({ code: 2, stdout: '', stderr: 'runs 22 to 44 are missing: no folder given holds them (add the missing shard)\n' });
    expect(() => readFileSync(join(folder('never'), 'runs.csv'))).toThrow();
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/other-half-2: not a shard of the same simulation as .*half-1: the seed differs\n$/);
    expect(misplaced).toMatchObject({ code: 2, stderr: expect.stringContaining('merge takes only --out, --json and --html; --runs belongs to the runs themselves') });
  });

  it('refuses to merge a runs.csv changed since it was written, and an --out that can never be a folder', async () => {
    await truce(['simulate', SYMMETRIC, ...small, '--shard', '1/1', '--out', folder('edited')]);
    const file = join(folder('edited'), 'runs.csv');
    // One run's count of moves made one more: still a well-formed row, but not what the runs gave.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^(0,9,.*,)(\d+)$/m, (_, head: string, moves: string) => `${head}${Number(moves) + 1}`));
    const edited = await truce(['simulate', 'merge', folder('edited')]);
    const underProc = await truce(['simulate', SYMMETRIC, '--runs', '3', '--days', '2', '--out', '/proc/truce-test'], { timeoutMs: 30_000 });

    expect(edited).toMatchObject({ code: 2, stdout: '' });
    expect(edited.stderr).toMatch(/runs\.csv: changed since truce simulate wrote it \(it is not the file simulation\.json describes\); make this shard again\n$/);
    expect(underProc).toMatchObject({ code: 2, stderr: '/proc/truce-test: cannot make the folder "/proc/truce-test": /proc does not take new folders\n' });
  });

  it('exports a run as a scenario that truce run replays, every move accepted, to the state its row reports', async () => {
    const traced = await truce(['simulate', RAFAH, ...small, '--trace', '13']);
    const file = scratch.write('run-13.yaml', traced.stdout);
    const replay = await truce(['run', file]);
    await truce(['simulate', RAFAH, ...small, '--workers', '1', '--out', folder('rafah')]);
    const row = readFileSync(join(folder('rafah'), 'runs.csv'), 'utf8').split('\n').find((line) => line.startsWith('13,'))!;
    const [talks, operations, access, agreement] = row.split(',').slice(16, 20);

    expect(traced.code).toBe(0);
    expect(traced.stdout).toMatch(/^# generated by truce simulate \(rafah-2024-05, run 13, seed 9\)/);
    expect(replay.code).toBe(0);
    expect(replay.stdout).toMatch(/, 0 refused;/);
    expect(replay.stdout).toContain(`Final: talks ${talks} · operations ${operations} · access ${access} · agreement ${agreement}`);
  });

  it('says what is wrong with a broken file in one line, at its place, and exits 2', async () => {
    const broken = scratch.write('broken.yaml', readFileSync(SYMMETRIC, 'utf8').replace('value: 0.8\n    range: [0.5, 1.0]\n    rationale: A deal', 'value: 0.8\n    range: [1.0, 0.5]\n    rationale: A deal'));
    const result = await truce(['simulate', broken]);

    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^.*broken\.yaml:\d+:12: parameters\.implement\.range: the range runs from low to high: \[0\.5, 1\], not \[1, 0\.5\]\n$/);
  });

  it('refuses a shard that is not k of n and a run to trace that does not exist', async () => {
    const shard = await truce(['simulate', SYMMETRIC, '--shard', '4/3']);
    const trace = await truce(['simulate', SYMMETRIC, '--runs', '5', '--trace', '5']);

    expect(shard).toMatchObject({ code: 2, stderr: expect.stringContaining('--shard needs k/n, the k-th of n slices (1 ≤ k ≤ n), e.g. 2/4; found "4/3"') });
    expect(trace).toMatchObject({ code: 2, stderr: expect.stringContaining('--trace needs a run number from 0 to 4 (there are 5 runs), found 5') });
    const traceAndJson = await truce(['simulate', SYMMETRIC, '--trace', '1', '--json']);
    expect(traceAndJson).toMatchObject({ code: 2, stderr: expect.stringContaining('--trace prints one run as a scenario file; it does not go with --out, --html or --json') });
  });

  it('prints the summary in words under the disclaimer, and the assumptions format as JSON Schema', async () => {
    const text = await truce(['simulate', SYMMETRIC, ...small, '--workers', '1']);
    const schema = await truce(['schema', '--assumptions']);

    expect(text.stdout.split('\n')[0]).toBe('Exploratory, not a forecast: these figures follow from the stated assumptions.');
    expect(text.stdout).toContain('Runs:        45 runs of 25 days, seed 9');
    expect(JSON.parse(schema.stdout).properties.parameters.required).toContain('accept');
    // What the command line varies is said, and a sweep past the file's own range is called the command line's.
    const swept = await truce(['simulate', SYMMETRIC, ...small, '--workers', '1', '--sweep', 'accept=0.02:0.5:3']);
    expect(swept.stdout).toContain('Varied:      accept 0.02–0.5 (3 values)\n');
    expect(swept.stdout).toContain("accept goes beyond the range the file gives it (0.02–0.4): those values are the command line's, not the file's assumptions");
  });
});

/**
 * Reads with an end, as a user meets them on the command line: a size limit
 * that --max-size raises (and the message says how), regular files only (a
 * device or a named pipe is refused at once, never read or waited on), and
 * the smaller limit on students' solutions.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, truncateSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, scratchFolder, truce } from './helpers.js';

const scratch = scratchFolder();
afterAll(() => scratch.remove());
const SCRATCH = dirname(scratch.write('.keep', ''));

function put(path: string, content: string | Uint8Array): string {
  mkdirSync(dirname(join(SCRATCH, path)), { recursive: true });
  return scratch.write(path, content);
}

/** A hang is a failure, not a slow pass: a read that waits on a pipe is killed after this long. */
const HANG = { timeoutMs: 30_000 };

const MEGABYTE = 1024 * 1024;

/** The May 2024 scenario as JSON, padded with spaces after its data to `megabytes` (JSON allows them). */
function paddedScenario(megabytes: number): string {
  const json = JSON.stringify(parse(readFileSync(join(ROOT, 'scenarios/rafah-2024-05.yaml'), 'utf8')));
  return json + ' '.repeat(megabytes * MEGABYTE - Buffer.byteLength(json));
}

/** Over the default limit: refused before it is read, so it costs nothing to try. */
const LARGE = put('large.json', paddedScenario(17));
/** Over a limit of 1 MB: the tests that read a file past a limit read this one, quickly. */
const TWO = put('two.json', paddedScenario(2));

/** An exercise that starts from the May 2024 scenario, in a folder of its own, starting from `scenario` instead. */
function exerciseStartingFrom(folder: string, scenario: string): string {
  const exercise = readFileSync(join(ROOT, 'exercises/rafah-pause-for-release.yaml'), 'utf8');
  put(`${folder}/rafah-pause-for-release.yaml`, exercise.replace('scenario: ../scenarios/rafah-2024-05.yaml', `scenario: ${scenario}`));
  return join(SCRATCH, folder);
}

describe('the size limit', () => {
  it('refuses a scenario over 16 MB in one line that says how to raise the limit, exit 2', async () => {
    const { code, stdout, stderr } = await truce(['run', LARGE]);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${LARGE}:1:1: the file is too large (17.0 MB); files may be at most 16 MB; use --max-size 17 to read it\n`);
  });

  it('says so when no --max-size would read the file', async () => {
    const huge = put('huge.json', '');
    truncateSync(huge, 40 * MEGABYTE);

    const { code, stderr } = await truce(['run', huge]);

    expect(code).toBe(2);
    expect(stderr).toBe(`${huge}:1:1: the file is too large (40.0 MB); files may be at most 16 MB; truce reads files of at most 32 MB (--max-size 32)\n`);
  });

  it.each([
    ['run', ['run', TWO]],
    ['validate', ['validate', TWO]],
    ['export', ['export', TWO, '--svg', join(SCRATCH, 'two.svg')]],
    ['paths', ['paths', '--from', TWO, '--to', 'operations=resumed', '--max', '1']],
  ])('in truce %s, is what --max-size says, and the message names the value that reads the file', async (_command, args) => {
    const refused = await truce([...args, '--max-size', '1']);
    const read = await truce([...args, '--max-size', '2']);

    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`${TWO}:1:1: the file is too large (2.0 MB); files may be at most 1 MB; use --max-size 2 to read it\n`);
    expect(read.stderr).toBe('');
    expect(read.code).toBe(0);
  });

  it("applies to an exercise's scenario too, and the exercise's message says how to raise it", async () => {
    // In a folder of its own: every .json beside the exercise would be read as an exercise.
    const pack = exerciseStartingFrom('pack', 'scenarios/two.json');
    put('pack/scenarios/two.json', paddedScenario(2));

    const refused = await truce(['exercise', 'list', '--exercises', pack, '--max-size', '1']);
    const read = await truce(['exercise', 'list', '--exercises', pack, '--max-size', '2']);

    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/rafah-pause-for-release\.yaml:\d+:\d+: start\.scenario: the scenario scenarios\/two\.json cannot be used: .*two\.json:1:1: the file is too large \(2\.0 MB\); files may be at most 1 MB; use --max-size 2 to read it\n$/);
    expect(read.stderr).toBe('');
    expect(read.stdout).toMatch(/^rafah-pause-for-release /m);
    expect(read.code).toBe(0);
  });

  it.each([['0'], ['33'], ['16.5'], ['lots']])('refuses --max-size %s in one line, exit 2', async (value) => {
    const { code, stderr } = await truce(['validate', 'scenarios/pause-2023-11.yaml', '--max-size', value]);

    expect(stderr).toBe(`truce validate: --max-size needs a whole number from 1 to 32, found "${value}" (see truce validate --help)\n`);
    expect(code).toBe(2);
  });

  it('is an option of every command that reads scenarios or exercises, and of no other', async () => {
    const commands = [['run'], ['validate'], ['view'], ['export'], ['paths'], ['play'], ['exercise', 'list'], ['exercise', 'show'], ['exercise', 'hint'], ['exercise', 'check'], ['schema'], ['diagram']];

    const helps = await Promise.all(commands.map(async (command) => [command.join(' '), (await truce([...command, '--help'])).stdout.includes('--max-size <MB>')] as const));

    expect(helps.filter(([, has]) => has).map(([command]) => command)).toEqual(commands.slice(0, -2).map((command) => command.join(' ')));
  });

  it("refuses a student's solution over half a megabyte, whatever --max-size says", async () => {
    const padded = `${readFileSync(join(ROOT, 'exercises/solutions/first-deal.yaml'), 'utf8')}${'#'.repeat(600 * 1024)}\n`;
    const file = put('huge-answer.yaml', padded);

    const { code, stderr } = await truce(['exercise', 'check', 'first-deal', file, '--max-size', '32']);

    expect(code).toBe(2);
    expect(stderr).toBe(`${file}:1:1: the file is too large (0.6 MB); files may be at most 0.5 MB; a solution of a thousand steps takes far less\n`);
  });
});

describe('files that are not regular files', () => {
  it('refuses a device at once instead of reading it without end, exit 2', async () => {
    const { code, stderr } = await truce(['run', '/dev/zero'], HANG);

    expect(code).toBe(2);
    expect(stderr).toBe('/dev/zero:1:1: this is not a regular file (a device, a pipe or a socket); give the path of a file saved on disk\n');
  });

  it('refuses a named pipe given as a scenario without waiting for a writer, exit 2', async () => {
    const pipe = join(SCRATCH, 'pipe.yaml');
    execFileSync('mkfifo', [pipe]);

    const { code, stderr } = await truce(['validate', pipe], HANG);

    expect(code).toBe(2);
    expect(stderr).toBe(`${pipe}:1:1: this is not a regular file (a device, a pipe or a socket); give the path of a file saved on disk\n`);
  });

  it("refuses an exercise whose start.scenario names a named pipe, without waiting for a writer, exit 2", async () => {
    const pack = exerciseStartingFrom('piped', 'pipe.yaml');
    execFileSync('mkfifo', [join(pack, 'pipe.yaml')]);

    const { code, stderr } = await truce(['exercise', 'show', 'rafah-pause-for-release', '--exercises', pack], HANG);

    expect(code).toBe(2);
    expect(stderr).toMatch(/rafah-pause-for-release\.yaml:\d+:\d+: start\.scenario: the scenario pipe\.yaml cannot be used: .*pipe\.yaml:1:1: this is not a regular file \(a device, a pipe or a socket\)/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

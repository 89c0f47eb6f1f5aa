/** The `truce` command, each behaviour run in this process through `main` (the same path as the command line; see binary.test.ts for the built one). */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, scratchFolder } from './helpers.js';
import { truceInProcess } from './in-process.js';

const RAFAH = 'scenarios/rafah-2024-05.yaml';

/** A located problem line: `file:line:col: ...`. */
const ISSUE_LINE = /^[^:]+:\d+:\d+: /;

const scratch = scratchFolder();

/** A small scenario of the one step given, for tests that need a file of their own. */
const oneStep = (step: string) => `id: small
title: Small
summary: One step.
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
${step}
`;

const brokenScenario = oneStep(`  - id: released
    date: 2024-02-30
    event: { type: HOSTAGES_RELEAS, by: hamas, count: -3 }
    sorce: wire`);

afterAll(() => scratch.remove());

describe.concurrent('truce run', () => {
  it('replays a scenario as a dated timeline and ends with a ✓ summary', async () => {
    const { code, stdout, stderr } = await truceInProcess(['run', RAFAH]);

    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('2024-05-06');
    expect(stdout).toContain('talks stalled');
    expect(stdout).toMatch(/^✓ \d+ steps, \d+ accepted, 0 refused; (\d+) of \1 checks met$/m);
  });

  it('prints the whole trace as JSON with --json', async () => {
    const { code, stdout } = await truceInProcess(['run', RAFAH, '--json']);

    const trace = JSON.parse(stdout) as Record<string, unknown> & { steps: Array<Record<string, unknown>> };
    expect(code).toBe(0);
    expect(trace).toMatchObject({ ok: true, scenario: { id: 'rafah-2024-05' }, branch: null });
    expect(trace.steps.length).toBeGreaterThan(0);
    for (const step of trace.steps) {
      expect(step).toMatchObject({
        id: expect.any(String),
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        event: { type: expect.any(String) },
        accepted: true,
        state: { talks: expect.any(String), operations: expect.any(String), access: expect.any(String) },
        context: expect.any(Object),
        expectations: expect.any(Array),
      });
    }
    expect(trace.final).toMatchObject({
      state: { talks: 'stalled', operations: 'active', access: 'closed', agreement: 'none' },
      context: { hostages: { held: 128, deceased: 36 } },
    });
  });

  it('says, at the step dated after an agreement’s end day, that its days ran out first, and ends with the agreement in words', async () => {
    const { code, stdout } = await truceInProcess(['run', 'scenarios/ceasefire-2025-01.yaml']);
    const json = JSON.parse((await truceInProcess(['run', 'scenarios/ceasefire-2025-01.yaml', '--json'])).stdout) as { steps: Array<{ id: string; lapsedBefore?: string }> };

    const lapsed = json.steps.filter((step) => step.lapsedBefore !== undefined);
    expect(code).toBe(0);
    expect(lapsed).toEqual([expect.objectContaining({ lapsedBefore: '2025-03-02' })]);
    expect(stdout).toContain(`${lapsed[0]!.id}\n  The agreement's days ran out after 2 March 2025: it lapsed before this step.\n`);
    expect(stdout).toMatch(/^ {7}agreement: lapsed after 2 March 2025 \(its agreed days ran out\)$/m);
  });

  it('replays a what-if branch with --branch', async () => {
    const { code, stdout } = await truceInProcess(['run', RAFAH, '--branch', 'pause-for-release', '--json']);

    const trace = JSON.parse(stdout) as { branch: string; final: { state: { operations: string } } };
    expect(code).toBe(0);
    expect(trace.branch).toBe('pause-for-release');
    expect(trace.final.state.operations).toBe('resumed');
  });

  it('exits 1 and names what was expected and what was found when an expectation is not met', async () => {
    const file = scratch.write(
      'unmet.yaml',
      oneStep(`  - { id: tabled, date: 2024-01-02, event: { type: PROPOSAL_TABLED, by: israel, terms: {} }, source: wire, expect: { state: { talks: accepted } } }`),
    );

    const { code, stdout } = await truceInProcess(['run', file]);

    expect(code).toBe(1);
    expect(stdout).toContain('✗ expected talks accepted, found talks proposal');
    expect(stdout).toMatch(/^✗ .*: 1 failed$/m);
  });

  it('exits 1 and prints the reason when a step is refused unexpectedly', async () => {
    const file = scratch.write('refused.yaml', oneStep(`  - { id: premature, date: 2024-01-02, event: { type: PROPOSAL_ACCEPTED, by: hamas }, source: wire }`));

    const { code, stdout } = await truceInProcess(['run', file]);

    expect(code).toBe(1);
    expect(stdout).toContain('refused (NO_PROPOSAL): there is no proposal on the table');
  });

  it('exits 0 when a step is refused as the file expects', async () => {
    const file = scratch.write(
      'expected-refusal.yaml',
      oneStep(`  - { id: premature, date: 2024-01-02, event: { type: PROPOSAL_ACCEPTED, by: hamas }, source: wire, expect: { refusal: NO_PROPOSAL } }`),
    );

    const { code, stdout } = await truceInProcess(['run', file]);

    expect(code).toBe(0);
    expect(stdout).toContain('✓ refused, as the file expects');
  });

  it('exits 2 with one located line per problem, and no stack trace, for a broken file', async () => {
    const file = scratch.write('broken.yaml', brokenScenario);

    const { code, stdout, stderr } = await truceInProcess(['run', file]);

    const lines = stderr.trimEnd().split('\n');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toMatch(ISSUE_LINE);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toContain('Error:');
  });

  it('exits 2 naming the branches there are, for a branch the scenario does not have', async () => {
    const { code, stderr } = await truceInProcess(['run', RAFAH, '--branch', 'pause']);

    expect(code).toBe(2);
    expect(stderr).toContain('no branch "pause"');
    expect(stderr).toContain('pause-for-release, lasting-ceasefire');
  });

  it('exits 2 with a pointer to help for an unknown option', async () => {
    const { code, stderr } = await truceInProcess(['run', RAFAH, '--jsno']);

    expect(code).toBe(2);
    expect(stderr).toBe('truce run: unknown option --jsno (did you mean "--json"?) (see truce run --help)\n');
  });

  it('exits 2 when the file is missing from the command line', async () => {
    const { code, stderr } = await truceInProcess(['run']);

    expect(code).toBe(2);
    expect(stderr).toContain('missing <file>');
  });

  it('writes no colour codes when stdout is not a terminal, even without NO_COLOR', async () => {
    const env = { ...process.env };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    const file = scratch.write('colourless.yaml', oneStep(`  - { id: premature, date: 2024-01-02, event: { type: PROPOSAL_ACCEPTED, by: hamas }, source: wire }`));

    const { code, stdout, stderr } = await truceInProcess(['run', file], { env });

    expect(code).toBe(1);
    expect(stdout + stderr).not.toContain('\u001b[');
  });

  it('runs the complete example of the README as it expects', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /```yaml\n(id: small-example[\s\S]*?)```/.exec(readme)?.[1];
    if (example === undefined) throw new Error('README.md has no ```yaml example');
    const file = scratch.write('readme-example.yaml', example);

    const { code, stdout } = await truceInProcess(['run', file]);

    expect(code, stdout).toBe(0);
  });
});

describe.concurrent('truce validate', () => {
  it('checks every file given: a good one gets ✓, a broken one its problems, and the exit code is 2', async () => {
    const broken = scratch.write('validate-broken.yaml', brokenScenario);

    const { code, stdout, stderr } = await truceInProcess(['validate', RAFAH, broken]);

    expect(code).toBe(2);
    expect(stdout).toMatch(/^✓ scenarios\/rafah-2024-05\.yaml: \d+ steps, 2 branches\n$/);
    for (const line of stderr.trimEnd().split('\n')) expect(line).toMatch(ISSUE_LINE);
    expect(stderr).toContain(`${broken}:`);
  });

  it('reports every kind of broken file in located lines, with no stack trace', async () => {
    const files = [
      scratch.write('kinds-broken.yaml', brokenScenario),
      scratch.write('kinds-empty.yaml', ''),
      scratch.write('kinds-list.yaml', '- a\n- b\n'),
      scratch.write('kinds-syntax.json', '{\n  "id": "t",\n}\n'),
      scratch.write('kinds-latin1.yaml', Buffer.from('id: caf\xe9\n', 'latin1')),
      tmpdir(),
      'scenarios/no-such-file.yaml',
    ];

    const { code, stdout, stderr } = await truceInProcess(['validate', ...files]);

    const lines = stderr.trimEnd().split('\n');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    for (const line of lines) expect(line).toMatch(ISSUE_LINE);
    for (const file of files) expect(lines.some((line) => line.startsWith(`${file}:`)), file).toBe(true);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toContain('Error:');
  });

  it('reports a file that does not exist as a located problem', async () => {
    const { code, stderr } = await truceInProcess(['validate', 'scenarios/no-such-file.yaml']);

    expect(code).toBe(2);
    expect(stderr).toBe('scenarios/no-such-file.yaml:1:1: no such file\n');
  });
});

describe.concurrent('truce, its help and version', () => {
  it('suggests the nearest command for an unknown one, and exits 2', async () => {
    const { code, stderr } = await truceInProcess(['rnu', RAFAH]);

    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "rnu" (did you mean "run"?)');
  });

  it('--help lists the commands, every exit code and every environment variable it reads', async () => {
    const { code, stdout } = await truceInProcess(['--help']);

    expect(code).toBe(0);
    for (const command of ['run <file>', 'validate <file...>', 'schema', 'exercise <action>', 'paths', 'play']) expect(stdout).toContain(command);
    expect(stdout).toContain('Exit codes');
    for (const exit of [0, 1, 2, 3]) expect(stdout).toMatch(new RegExp(`^ {2}${exit} {2}\\w`, 'm'));
    expect(stdout).toMatch(/^ {2}3 {2}a bug in truce-sim itself/m);
    for (const variable of ['NO_COLOR', 'TRUCE_DEBUG', 'TRUCE_PLAY_NUMBERED']) expect(stdout).toMatch(new RegExp(`^ {2}${variable} `, 'm'));
  });

  it.each([
    ['validate', ['0  every file is a valid scenario', '2  a file has problems']],
    ['paths', ['0  a path was found', '1  no path was found within --depth steps', '2  a target names an unknown region or state']],
    ['schema', ['0  the schema was printed']],
  ])("%s --help lists that command's own exit codes, and the internal error", async (command, lines) => {
    const { stdout } = await truceInProcess([command, '--help']);
    const exitCodes = stdout.slice(stdout.indexOf('Exit codes:'));

    for (const line of lines) expect(exitCodes).toContain(line);
    expect(exitCodes).toContain('3  a bug in truce-sim itself');
    if (command !== 'paths') expect(exitCodes).not.toMatch(/^ {2}1 {2}/m);
  });

  it('run --help lists the options of run', async () => {
    const { code, stdout } = await truceInProcess(['run', '--help']);

    expect(code).toBe(0);
    expect(stdout).toContain('--branch <id>');
    expect(stdout).toContain('--json');
    expect(stdout).toContain('--verbose');
  });

  it('--version prints the version in package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

    const { code, stdout } = await truceInProcess(['--version']);

    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });

  it('schema prints the scenario format as JSON Schema', async () => {
    const { code, stdout } = await truceInProcess(['schema']);

    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ $schema: expect.stringContaining('json-schema.org'), type: 'object' });
  });
});

/** `truce exercise` as students and teachers run it (in this process, through `main`): real files, exit codes. */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, scratchFolder } from '../cli/helpers.js';
import { truceInProcess } from '../cli/in-process.js';

const scratch = scratchFolder();
afterAll(() => scratch.remove());
const SCRATCH = dirname(scratch.write('.keep', ''));

/** Text with every run of spaces and line breaks made one space: output is wrapped to fit a terminal. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Writes `path` (with its folders) in the scratch folder and returns where. */
function put(path: string, content: string): string {
  mkdirSync(dirname(join(SCRATCH, path)), { recursive: true });
  return scratch.write(path, content);
}

const REFERENCE = 'exercises/solutions/first-deal.yaml';

/** Ana tables the deal as Israel and has the mediator accept: graded, not solved. */
const ANA = `exercise: first-deal
author: Ana
steps:
  - { id: tabled, date: 2023-11-22, event: { type: PROPOSAL_TABLED, by: israel, terms: { pauseDays: 4 } } }
  - { id: hamas-yes, date: 2023-11-22, event: { type: PROPOSAL_ACCEPTED, by: hamas } }
  - { id: qatar-yes, date: 2023-11-23, event: { type: PROPOSAL_ACCEPTED, by: qatar } }
`;

/** Carl's file has two mistakes on lines 4 and 5. */
const CARL = `author: Carl
steps:
  - id: tabled
    date: 2023-11-22
    event: { type: PROPOSAL_TABLE, by: qatar }
    sorce: timeline
`;

/** A class folder: Ana (not solved), Ben (the reference solution, solved), Carl (broken), Dee (JSON, solved), and a note that is not a solution. */
function classFolder(): string {
  const folder = dirname(put('class/ana.yaml', ANA));
  scratch.write('class/ben.yml', readFileSync(join(ROOT, REFERENCE), 'utf8').replace('author: reference solution', 'author: Ben'));
  scratch.write('class/carl.yaml', CARL);
  scratch.write(
    'class/dee.json',
    JSON.stringify({
      author: 'Dee',
      steps: [
        { id: 'tabled', date: '2023-11-22', event: { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { pauseDays: 4 } } },
        { id: 'israel', date: '2023-11-22', event: { type: 'PROPOSAL_ACCEPTED', by: 'israel' } },
        { id: 'hamas', date: '2023-11-22', event: { type: 'PROPOSAL_ACCEPTED', by: 'hamas' } },
      ],
    }),
  );
  scratch.write('class/notes.txt', 'not a solution');
  return folder;
}

const CLASS = classFolder();

describe.concurrent('truce exercise list, show, hint', () => {
  it('lists every exercise with its id, level, kind and title', async () => {
    const { code, stdout, stderr } = await truceInProcess(['exercise', 'list']);

    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^id +level +kind +title$/m);
    expect(stdout).toMatch(/^first-deal +1 first steps +reach a goal +A first deal$/m);
    expect(stdout).toMatch(/^ceasefire-outlasts-talks +5 hard +find the shortest path +A ceasefire that outlasts the talks$/m);
    expect(stdout).toMatch(/^pause-lapses +2 beginner +find the shortest path +When the pause runs out$/m);
    expect(stdout).toMatch(/^phase-two-not-agreed +4 advanced +explain a refusal +Phase two, still to be negotiated$/m);
    expect(stdout).toContain('15 exercises.');
  });

  it('lists the exercises as JSON with --json', async () => {
    const { code, stdout } = await truceInProcess(['exercise', 'list', '--json']);

    const rows = JSON.parse(stdout) as Array<{ id: string; level: number; levelName: string; kind: string }>;
    expect(code).toBe(0);
    expect(rows[0]).toEqual({ id: 'first-deal', level: 1, levelName: 'first steps', kind: 'reach-goal', title: 'A first deal' });
    expect(rows.map((row) => row.level)).toEqual([...rows.map((row) => row.level)].sort());
  });

  it('shows an exercise: the prompt, where it starts, the goal and the constraints in words', async () => {
    const { code, stdout } = await truceInProcess(['exercise', 'show', 'rafah-pause-for-release']);

    expect(code).toBe(0);
    expect(stdout).toContain('rafah-pause-for-release · level 3 (intermediate) · reach a goal');
    expect(flat(stdout)).toContain('From scenarios/rafah-2024-05.yaml ("Rafah and the Cairo talks, May 2024"), replayed up to and including step burns-netanyahu (2024-05-08)');
    expect(flat(stdout)).toContain('Where things stand: talks proposal · operations active · access closed · agreement none');
    expect(flat(stdout)).toContain("On the table: the proposal by Egypt and Qatar (ceasefire 42 days, 3 phases) — accepted by Hamas; still to accept: Israel");
    expect(stdout).toContain('  • At least 10 hostages freed\n  • Operations reach pausedForRelease at some point\n  • Operations never reach ceasefire');
    expect(stdout).toContain('  • At most 6 steps\n  • Every step is dated from 2024-05-08 to 2024-05-31');
    expect(stdout).toContain('Hints: 3, one at a time: truce exercise hint rafah-pause-for-release');
    expect(stdout).not.toContain('What happened');
  });

  it('dates the solution it shows, and the steps it asks for, from the first day the exercise allows', async () => {
    // Its start is 27 February 2025; its constraints allow 1 and 2 March only.
    const { stdout } = await truceInProcess(['exercise', 'show', 'phase-two-not-agreed']);

    expect(stdout).toContain('  Your steps are dated 2025-03-01 or later.');
    expect(stdout).toContain('      date: 2025-03-01\n');
    expect(stdout).not.toContain('2025-02-27 or later');
  });

  it('says a single day as one day', async () => {
    const { stdout } = await truceInProcess(['exercise', 'show', 'outside-the-deal']);

    expect(stdout).toContain('  • Every step is dated 2023-11-24\n');
  });

  it('shows the refusal codes, but not the answer, for an explain-refusal exercise', async () => {
    const { stdout } = await truceInProcess(['exercise', 'show', 'pause-too-early']);

    const goal = stdout.slice(stdout.indexOf('Goal'), stdout.indexOf('Constraints'));
    expect(goal).toContain('You predict that the model refuses your OPERATION_PAUSED step, and why');
    expect(goal).not.toContain('NO_AGREED_DEAL');
    expect(stdout).toMatch(/Refusal codes\n {2}UNKNOWN_EVENT, UNKNOWN_PARTY, /);
  });

  it('shows the debrief with --debrief and --teacher', async () => {
    const { code, stdout } = await truceInProcess(['exercise', 'show', 'first-deal', '--debrief', '--teacher']);

    expect(code).toBe(0);
    expect(stdout).toMatch(/What happened\nAccording to the timeline, Israel's cabinet approved/);
    expect(stdout).toContain('Sources:\n  timeline: November 2023: the humanitarian pause');
  });

  it('refuses --debrief without --teacher, saying where students see it', async () => {
    const { code, stdout, stderr } = await truceInProcess(['exercise', 'show', 'first-deal', '--debrief']);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'truce exercise show: the debrief is for teachers: add --teacher (students see it when truce exercise check finds their solution solved) (see truce exercise show --help)\n',
    );
  });

  it('shows the reference solution with --teacher, and never without', async () => {
    const teacher = await truceInProcess(['exercise', 'show', 'first-deal', '--teacher']);
    const student = await truceInProcess(['exercise', 'show', 'first-deal']);

    expect(teacher.stdout).toContain('Reference solution (for the teacher)\n  exercises/solutions/first-deal.yaml: 3 steps\n  2023-11-22  deal-tabled     Qatar puts forward a proposal');
    expect(teacher.stdout).toContain('  Check it: truce exercise check first-deal exercises/solutions/first-deal.yaml\n');
    expect(teacher.stdout).not.toContain('What happened');
    expect(student.stdout).not.toContain('Reference solution');
    expect(student.stdout).not.toContain('deal-tabled');
  });

  it('says with --teacher when the reference solution is not in this copy, as in the npm package', async () => {
    const own = dirname(put('no-keys/first-deal.yaml', readFileSync(join(ROOT, 'exercises/first-deal.yaml'), 'utf8')));

    const { code, stdout } = await truceInProcess(['exercise', 'show', 'first-deal', '--teacher', '--exercises', own]);

    expect(code).toBe(0);
    expect(flat(stdout)).toContain(`Reference solution: ${join(own, 'solutions/first-deal.yaml')} is not in this copy. The npm package of truce-sim leaves the reference solutions out`);
  });

  it('gives hints one at a time, saying how many there are', async () => {
    const first = await truceInProcess(['exercise', 'hint', 'first-deal']);
    const last = await truceInProcess(['exercise', 'hint', 'first-deal', '3']);

    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Hint 1 of 3 for first-deal:\n {2}A step is a dated event/);
    expect(first.stdout).toContain('Next hint: truce exercise hint first-deal 2');
    expect(last.stdout).toMatch(/^Hint 3 of 3 for first-deal:/);
    expect(last.stdout).toContain('That was the last hint.');
  });

  it('refuses a hint that does not exist', async () => {
    const { code, stdout, stderr } = await truceInProcess(['exercise', 'hint', 'first-deal', '4']);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('truce exercise hint: first-deal has 3 hints: ask for 1 to 3, not "4" (see truce exercise hint --help)\n');
  });

  it('suggests the nearest id for an unknown exercise', async () => {
    const { code, stderr } = await truceInProcess(['exercise', 'show', 'first-dael']);

    expect(code).toBe(2);
    expect(stderr).toMatch(/^truce exercise: no exercise "first-dael" \(did you mean "first-deal"\?\); exercises: ceasefire-outlasts-talks, /);
  });

  it('refuses an unknown action, and options that do not apply', async () => {
    const unknown = await truceInProcess(['exercise', 'chek', 'first-deal', REFERENCE]);
    const misplaced = await truceInProcess(['exercise', 'list', '--csv']);

    expect(unknown).toMatchObject({ code: 2, stderr: 'truce exercise: unknown action "chek" (did you mean "check"?); actions: list, show, hint, check (see truce exercise --help)\n' });
    expect(misplaced).toMatchObject({ code: 2, stderr: 'truce exercise list: unknown option --csv (see truce exercise list --help)\n' });
  });

  it('lists its actions in --help, and each action has help of its own with its own exit codes', async () => {
    const { code, stdout } = await truceInProcess(['exercise', '--help']);
    const check = await truceInProcess(['exercise', 'check', '--help']);
    const show = await truceInProcess(['exercise', 'show', '--help']);

    expect(code).toBe(0);
    expect(stdout).toContain('Usage: truce exercise <action>');
    expect(stdout).toMatch(/^ {2}check <id> <solution> \[options\] +Grade a solution file/m);
    expect(check.stdout).toContain('Usage: truce exercise check <id> <solution> [options]');
    expect(check.stdout).toContain('--csv');
    expect(check.stdout).toContain('1  not solved yet');
    expect(show.stdout).toContain('--debrief');
    expect(show.stdout).toContain('--teacher');
    expect(show.stdout).not.toContain('--csv');
    expect(show.stdout).not.toMatch(/^ {2}1 {2}/m);
  });
});

describe.concurrent('truce exercise check', () => {
  it('grades a solution that solves the exercise: every criterion met, exit 0, then the debrief', async () => {
    const { code, stdout, stderr } = await truceInProcess(['exercise', 'check', 'first-deal', REFERENCE]);

    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('  ✓ At the end: talks accepted, agreement inForce\n      at the end: talks accepted, agreement inForce');
    expect(stdout).toContain('Score: 7 of 7 criteria met (100%). Solved.');
    expect(stdout).toContain('What happened');
  });

  it('grades a solution that does not: each criterion met or not and why, a score, exit 1', async () => {
    const { code, stdout } = await truceInProcess(['exercise', 'check', 'first-deal', join(CLASS, 'ana.yaml')]);

    expect(code).toBe(1);
    expect(stdout).toContain('⊘ refused: Qatar is a mediator: only the principal parties (Israel, Hamas) accept a deal');
    expect(flat(stdout)).toContain('✗ Qatar tabled the proposal on the table at the end not met: the party that tabled the proposal on the table: israel at the end, not qatar');
    // Two of the four met are limits any file keeps; the broken one costs: 2 marks of 5.
    expect(stdout).toContain('Score: 4 of 7 criteria met (40%): 2 of those met are limits, which earn no marks. Not solved yet.\nStuck? truce exercise hint first-deal');
    expect(stdout).not.toContain('What happened');
  });

  it('grades an exercise on agreements in time: a pause resumed before its end day is broken, not lapsed; the days running out solve it', async () => {
    const early = put('lapse/early.yaml', 'steps:\n  - { id: resume, date: 2023-11-27, event: { type: OPERATION_RESUMED, by: israel } }\n');
    const wrong = await truceInProcess(['exercise', 'check', 'pause-lapses', early]);
    const right = await truceInProcess(['exercise', 'check', 'pause-lapses', 'exercises/solutions/pause-lapses.yaml']);

    expect(wrong.code).toBe(1);
    expect(flat(wrong.stdout)).toContain('✗ The agreement is never broken (a limit) not met: agreement reaches broken after step resume (2023-11-27)');
    expect(flat(wrong.stdout)).toContain('not met: at the end operations are resumed, not pausedForRelease; agreement is broken, not lapsed');
    expect(right.code).toBe(0);
    expect(flat(right.stdout)).toContain('you used 1 step, as many as the shortest path to the goal');
    expect(right.stdout).toContain('What happened');
  });

  it('refuses a solution whose release says outsideDeal: yes, saying what it expected', async () => {
    const file = put('outside/yes.yaml', 'steps:\n  - { id: foreign, date: 2023-11-24, event: { type: HOSTAGES_RELEASED, by: hamas, count: 11, outsideDeal: yes }, source: timeline }\n');
    const { code, stderr } = await truceInProcess(['exercise', 'check', 'outside-the-deal', file]);

    expect(code).toBe(2);
    expect(stderr).toBe(`${file}:2:107: steps[0].event.outsideDeal: expected true or false, found "yes"\n`);
  });

  it('prints one graded solution as JSON with --json', async () => {
    const { code, stdout } = await truceInProcess(['exercise', 'check', 'first-deal', join(CLASS, 'ana.yaml'), '--json']);

    const graded = JSON.parse(stdout) as { criteria: Array<{ kind: string; met: boolean }> };
    expect(code).toBe(1);
    expect(graded).toMatchObject({ exercise: { id: 'first-deal' }, author: 'Ana', steps: 3, met: 4, total: 7, earned: 2, possible: 5, percent: 40, solved: false });
    expect(graded.criteria.filter((criterion) => !criterion.met).map((criterion) => criterion.kind)).toEqual(['value', 'must-accept', 'as-expected']);
  });

  it('reports a broken solution file with file:line:col, exit 2', async () => {
    const { code, stdout, stderr } = await truceInProcess(['exercise', 'check', 'first-deal', join(CLASS, 'carl.yaml')]);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      `${join(CLASS, 'carl.yaml')}:5:20: steps[0].event.type: unknown event type "PROPOSAL_TABLE" (did you mean "PROPOSAL_TABLED"?)`,
      `${join(CLASS, 'carl.yaml')}:6:5: steps[0].sorce: unknown key "sorce"; known keys: id, date, event, source, note, inferred, expect`,
    ]);
  });

  it('grades a folder of solutions as a table, one row each, a broken file as a row with its author; exit 2', async () => {
    const { code, stdout, stderr } = await truceInProcess(['exercise', 'check', 'first-deal', CLASS]);

    expect(code).toBe(2);
    expect(stdout).toMatch(/^file +author +score +solved$/m);
    expect(stdout).toMatch(/^ana\.yaml +Ana +4\/7 \(40%\) +no$/m);
    expect(stdout).toMatch(/^ben\.yml +Ben +7\/7 \(100%\) +yes$/m);
    expect(stdout).toMatch(/^carl\.yaml +Carl +- +broken: 2 problems \(listed on stderr\)$/m);
    expect(stdout).toMatch(/^dee\.json +Dee +7\/7 \(100%\) +yes$/m);
    expect(stdout).not.toContain('notes.txt');
    expect(stdout).toContain('2 of 4 solved; 1 broken file');
    expect(stderr).toContain(`${join(CLASS, 'carl.yaml')}:5:20: steps[0].event.type: unknown event type`);
  });

  it('names the author of a file that does not even parse, in the table and the CSV', async () => {
    const folder = dirname(put('unparsed/eve.yaml', 'exercise: first-deal\nauthor: Eve Adams\nsteps:\n  - { id: tabled, date: 2023-11-22, event: { type: PROPOSAL_TABLED, by: qatar }\n'));

    const table = await truceInProcess(['exercise', 'check', 'first-deal', folder]);
    const csv = await truceInProcess(['exercise', 'check', 'first-deal', folder, '--csv']);

    expect(table.code).toBe(2);
    expect(table.stdout).toMatch(/^eve\.yaml +Eve Adams +- +broken: 1 problem \(listed on stderr\)$/m);
    expect(csv.stdout.split('\r\n')[1]).toMatch(/^eve\.yaml,Eve Adams,,,,,broken,,.*YAML syntax error/);
  });

  it('grades a folder as CSV for a spreadsheet', async () => {
    const { code, stdout } = await truceInProcess(['exercise', 'check', 'first-deal', CLASS, '--csv']);

    const lines = stdout.split('\r\n');
    expect(code).toBe(2);
    expect(lines[0]).toBe('file,author,steps,met,total,percent,solved,unmet,problem');
    expect(lines[1]).toMatch(/^ana\.yaml,Ana,3,4,7,40,no,"Qatar tabled the proposal on the table at the end; Israel and Hamas each accept/);
    expect(lines[2]).toBe('ben.yml,Ben,3,7,7,100,yes,,');
    expect(lines[3]).toMatch(/^carl\.yaml,Carl,,,,,broken,,".*carl\.yaml:5:20: steps\[0\]\.event\.type: unknown event type ""PROPOSAL_TABLE"" .*\(and 1 more\)"$/);
    expect(lines[4]).toBe('dee.json,Dee,3,7,7,100,yes,,');
    expect(lines.slice(5)).toEqual(['']);
  });

  it('grades a folder as JSON, broken files with their located issues', async () => {
    const { stdout } = await truceInProcess(['exercise', 'check', 'first-deal', CLASS, '--json']);

    const graded = JSON.parse(stdout) as { results: Array<Record<string, unknown>>; summary: unknown };
    expect(graded.results.map((row) => [row.file, row.solved ?? 'broken'])).toEqual([
      ['ana.yaml', false],
      ['ben.yml', true],
      ['carl.yaml', 'broken'],
      ['dee.json', true],
    ]);
    expect(graded.results[2]).toMatchObject({ broken: true, author: 'Carl', issues: [{ line: 5, column: 20, path: 'steps[0].event.type' }, { line: 6, column: 5 }] });
    expect(graded.summary).toEqual({ files: 4, solved: 2, broken: 1 });
  });

  it('exits 0 for a folder only when every solution is solved, 1 when one is not', async () => {
    const solved = dirname(put('solved/ben.yaml', readFileSync(join(ROOT, REFERENCE), 'utf8')));
    const mixed = dirname(put('mixed/ben.yaml', readFileSync(join(ROOT, REFERENCE), 'utf8')));
    scratch.write('mixed/ana.yaml', ANA);

    expect((await truceInProcess(['exercise', 'check', 'first-deal', solved])).code).toBe(0);
    expect((await truceInProcess(['exercise', 'check', 'first-deal', mixed])).code).toBe(1);
  });

  it('grades against a teacher’s own folder of exercises with --exercises', async () => {
    const own = dirname(put('own/first-deal.yaml', readFileSync(join(ROOT, 'exercises/first-deal.yaml'), 'utf8').replace('title: A first deal', 'title: Our first deal')));

    const listed = await truceInProcess(['exercise', 'list', '--exercises', own]);
    const checked = await truceInProcess(['exercise', 'check', 'first-deal', REFERENCE, '--exercises', own]);

    expect(listed.stdout).toMatch(/^first-deal +1 first steps +reach a goal +Our first deal$/m);
    expect(listed.stdout).toContain('1 exercise.');
    expect(checked.code).toBe(0);
  });
});

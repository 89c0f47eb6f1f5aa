/** Where an exercise starts: a scenario replayed up to a step, or a start of the exercise's own, and what the teacher is told when the start is wrong. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { completeExercise, parseExerciseText, readExerciseFile } from '../../src/exercise/index.js';
import { renderProblem } from '../../src/files/index.js';
import { scratchFolder } from '../cli/helpers.js';
import { SCENARIOS_DIR } from '../scenario/helpers.js';
import { exerciseFile, exerciseIssues, shippedExercise } from './helpers.js';

const scratch = scratchFolder();
const scratchPath = dirname(scratch.write('.keep', ''));
afterAll(() => scratch.remove());

const PAUSE = join(SCENARIOS_DIR, 'pause-2023-11.yaml');

const OWN_PARTIES = '[{ id: israel, name: Israel, role: principal }, { id: hamas, name: Hamas, role: principal }]';
const OWN_SOURCES = '[{ id: notes, title: Notes }]';
const OWN_INITIAL = '{ state: { talks: idle, operations: active, access: open }, hostages: { held: 3, deceased: 0 } }';

/** An exercise file with this start (the lines under `start:`, indented by two spaces). */
function exerciseText(id: string, start: string): string {
  return exerciseFile({ id, start: `\n${start}`, goal: '  - { state: { talks: accepted } }', debriefSources: 'notes' });
}

const issuesIn = (id: string, text: string) => exerciseIssues(scratch, id, text);

describe('an exercise that starts from a scenario', () => {
  it('starts from the scenario’s initial state when no upTo is given: nothing replayed, no step dated before the scenario’s start', async () => {
    const text = exerciseText('from-pause', `  scenario: ${PAUSE}`).replace('sources: [notes]', 'sources: [timeline]');
    const result = await readExerciseFile(scratch.write('from-pause.yaml', text));

    if (!result.ok) throw new Error(result.problems.map(renderProblem).join('\n'));
    const { start } = result.value;
    expect(start.prefix).toEqual([]);
    expect(start.upTo).toBeNull();
    expect(start.notBefore).toBe('2023-11-22');
    expect(start.scenario).toMatchObject({ path: PAUSE, file: PAUSE, id: 'pause-2023-11', title: 'The humanitarian pause, November 2023' });
  });

  it('refuses a start that names a scenario and also parties, sources or an initial state of its own', async () => {
    const parties = await issuesIn('both-parties', exerciseText('both-parties', `  scenario: ${PAUSE}\n  parties: ${OWN_PARTIES}`));
    const sources = await issuesIn('both-sources', exerciseText('both-sources', `  scenario: ${PAUSE}\n  sources: ${OWN_SOURCES}`));
    const initial = await issuesIn('both-initial', exerciseText('both-initial', `  scenario: ${PAUSE}\n  initial: ${OWN_INITIAL}`));

    expect([...parties, ...sources, ...initial]).toEqual([
      'both-parties.yaml:7:3: start: start from a scenario (scenario, upTo) or from a start of your own (parties, sources, initial), not both',
      'both-sources.yaml:7:3: start: start from a scenario (scenario, upTo) or from a start of your own (parties, sources, initial), not both',
      'both-initial.yaml:7:3: start: start from a scenario (scenario, upTo) or from a start of your own (parties, sources, initial), not both',
    ]);
  });

  it('says so when the scenario named could not be read at all', () => {
    const draft = parseExerciseText(exerciseText('unread', '  scenario: elsewhere.yaml'), 'unread.yaml');
    if (!draft.ok) throw new Error(draft.problems.map(renderProblem).join('\n'));

    const result = completeExercise(draft.value, undefined);

    expect(result.ok ? [] : result.problems.map(renderProblem)).toEqual(['unread.yaml:7:13: start.scenario: cannot read the scenario elsewhere.yaml']);
  });

  it('names the first problem of a scenario that does not load, and how many more there are', async () => {
    scratch.write('one-problem.yaml', readFileSync(PAUSE, 'utf8').replace('title: The humanitarian pause, November 2023\n', ''));
    scratch.write('many-problems.yaml', 'id: many-problems\n');
    const issuesOne = await issuesIn('bad-one', exerciseText('bad-one', '  scenario: one-problem.yaml'));
    const issuesMany = await issuesIn('bad-many', exerciseText('bad-many', '  scenario: many-problems.yaml'));

    expect([...issuesOne, ...issuesMany]).toEqual([
      `bad-one.yaml:7:13: start.scenario: the scenario one-problem.yaml cannot be used: ${join(scratchPath, 'one-problem.yaml')}:3:1: title: missing "title"`,
      `bad-many.yaml:7:13: start.scenario: the scenario many-problems.yaml cannot be used: ${join(scratchPath, 'many-problems.yaml')}:1:1: title: missing "title" (and 5 more; run truce validate on it)`,
    ]);
  });
});

describe('an exercise with a start of its own', () => {
  it('starts from its own initial state, with nothing replayed and no step dated before the initial date', async () => {
    const exercise = await shippedExercise('first-deal');

    expect({ ...exercise.start, parties: exercise.start.parties.length, sources: exercise.start.sources.length }).toEqual({
      parties: 3,
      sources: 1,
      initial: exercise.start.initial,
      prefix: [],
      scenario: null,
      upTo: null,
      notBefore: '2023-11-22',
    });
    expect(exercise.start.initial.date).toBe('2023-11-22');
  });

  it('has no earliest date when its initial state has none', async () => {
    const result = await readExerciseFile(scratch.write('undated.yaml', exerciseText('undated', `  parties: ${OWN_PARTIES}\n  sources: ${OWN_SOURCES}\n  initial: ${OWN_INITIAL}`)));

    if (!result.ok) throw new Error(result.problems.map(renderProblem).join('\n'));
    expect(result.value.start.notBefore).toBeNull();
  });

  it('names the parts a start of its own is missing', async () => {
    const noInitial = await issuesIn('no-initial', exerciseText('no-initial', `  parties: ${OWN_PARTIES}\n  sources: ${OWN_SOURCES}`));
    const noParties = await issuesIn('no-parties', exerciseText('no-parties', `  sources: ${OWN_SOURCES}\n  initial: ${OWN_INITIAL}`));
    const onlyParties = await issuesIn('only-parties', exerciseText('only-parties', `  parties: ${OWN_PARTIES}`));
    const onlyInitial = await issuesIn('only-initial', exerciseText('only-initial', `  initial: ${OWN_INITIAL}`));

    expect([...noInitial, ...noParties, ...onlyParties, ...onlyInitial]).toEqual([
      'no-initial.yaml:7:3: start: a start needs scenario: <file> (and optionally upTo: <step id>), or all of parties, sources and initial; missing: initial',
      'no-parties.yaml:7:3: start: a start needs scenario: <file> (and optionally upTo: <step id>), or all of parties, sources and initial; missing: parties',
      'only-parties.yaml:7:3: start: a start needs scenario: <file> (and optionally upTo: <step id>), or all of parties, sources and initial; missing: sources, initial',
      'only-initial.yaml:7:3: start: a start needs scenario: <file> (and optionally upTo: <step id>), or all of parties, sources and initial; missing: parties, sources',
    ]);
  });

  it('refuses upTo without a scenario to take the step from', async () => {
    const issues = await issuesIn('upto-own', exerciseText('upto-own', `  upTo: deal-tabled\n  parties: ${OWN_PARTIES}\n  sources: ${OWN_SOURCES}\n  initial: ${OWN_INITIAL}`));

    expect(issues).toEqual(['upto-own.yaml:7:9: start.upTo: upTo names a step of a scenario; add scenario: <file> to start from one']);
  });
});

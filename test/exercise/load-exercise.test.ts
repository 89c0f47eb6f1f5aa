/** Exercise files: the format, its conditions, and checks against the start, each problem with its place. */
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readExerciseFile } from '../../src/exercise/index.js';
import { renderProblem } from '../../src/files/index.js';
import { scratchFolder } from '../cli/helpers.js';
import { SCENARIOS_DIR } from '../scenario/helpers.js';
import { exerciseFile, exerciseIssues, fileText } from './helpers.js';

const scratch = scratchFolder();
const scratchPath = dirname(scratch.write('.keep', ''));
afterAll(() => scratch.remove());

const RAFAH = join(SCENARIOS_DIR, 'rafah-2024-05.yaml');

/** An exercise file starting from the May 2024 scenario after burns-netanyahu, with the goal and anything else given. */
function exerciseText(id: string, goal: string, more = ''): string {
  return exerciseFile({ id, start: `{ scenario: ${RAFAH}, upTo: burns-netanyahu }`, goal, debriefSources: 'article', more });
}

const issuesIn = (id: string, text: string) => exerciseIssues(scratch, id, text);

describe('loading an exercise', () => {
  it('resolves a scenario start up to a step: its parties, the steps before, the first date allowed', async () => {
    const result = await readExerciseFile(scratch.write('good.yaml', exerciseText('good', '  - { state: { talks: accepted } }')));

    if (!result.ok) throw new Error(result.problems.map(renderProblem).join('\n'));
    const { start, goal } = result.value;
    expect(start.prefix.at(-1)!.id).toBe('burns-netanyahu');
    expect(start.upTo).toMatchObject({ id: 'burns-netanyahu', date: '2024-05-08' });
    expect(start.notBefore).toBe('2024-05-08');
    expect(start.parties.map((party) => party.id)).toEqual(['israel', 'hamas', 'egypt', 'qatar', 'usa']);
    expect(goal).toEqual([{ form: 'state', state: { talks: 'accepted' } }]);
  });

  it('reads each form of condition', async () => {
    const result = await readExerciseFile(
      scratch.write(
        'forms.yaml',
        exerciseText(
          'forms',
          `  - { region: operations, never: ceasefire }
  - { region: access, ever: open, label: Aid gets in }
  - { path: hostages.released, atLeast: 1, atMost: 10 }
  - { refusal: NO_AGREED_DEAL }
  - { sequence: [ { type: CROSSING_OPENED, crossing: Rafah } ] }`,
        ),
      ),
    );

    if (!result.ok) throw new Error(result.problems.map(renderProblem).join('\n'));
    expect(result.value.goal.map((condition) => condition.form)).toEqual(['never', 'ever', 'value', 'refusal', 'sequence']);
    expect(result.value.goal[1]).toEqual({ form: 'ever', region: 'access', value: 'open', label: 'Aid gets in' });
  });

  it('reads conditions on the agreement region and its context, and names all four regions when one is missing', async () => {
    const result = await readExerciseFile(
      scratch.write(
        'agreement.yaml',
        exerciseText(
          'agreement',
          `  - { state: { agreement: lapsed } }
  - { region: agreement, never: broken }
  - { path: agreement.done.hostages, equals: 13 }
  - { refusal: NEXT_PHASE_NOT_AGREED, event: PHASE_BEGAN }`,
        ),
      ),
    );
    const issues = await issuesIn('regionless', exerciseText('regionless', '  - { never: broken }\n  - { state: {} }'));
    const state = await issuesIn('agreement-state', exerciseText('agreement-state', '  - { region: agreement, ever: lapse }'));

    if (!result.ok) throw new Error(result.problems.map(renderProblem).join('\n'));
    expect(result.value.goal).toEqual([
      { form: 'state', state: { agreement: 'lapsed' } },
      { form: 'never', region: 'agreement', value: 'broken' },
      { form: 'value', path: 'agreement.done.hostages', equals: 13 },
      { form: 'refusal', code: 'NEXT_PHASE_NOT_AGREED', event: 'PHASE_BEGAN' },
    ]);
    expect(issues).toEqual([
      'regionless.yaml:8:5: goal[0]: never needs region: talks, operations, access or agreement',
      'regionless.yaml:9:14: goal[1].state: name at least one region: talks, operations, access or agreement',
    ]);
    expect(state).toEqual(['agreement-state.yaml:8:32: goal[0].ever: agreement has no state "lapse" (did you mean "lapsed"?); its states: none, inForce, lapsed, broken']);
  });

  it('reports a condition that mixes two forms', async () => {
    const issues = await issuesIn('mixed', exerciseText('mixed', '  - { state: { talks: accepted }, path: hostages.released, atLeast: 1 }'));

    expect(issues).toEqual([
      'mixed.yaml:8:5: goal[0]: this condition mixes the forms state and path; write each as a condition of its own (forms: { state: {...} }, { region, never }, { region, ever }, { path, atLeast | atMost | equals }, { refusal, event? } or { sequence: [...] })',
    ]);
  });

  it('reports a state the region does not have, with a suggestion', async () => {
    const issues = await issuesIn('state', exerciseText('state', '  - { region: operations, never: cease-fire }'));

    expect(issues).toEqual(['state.yaml:8:34: goal[0].never: operations has no state "cease-fire" (did you mean "ceasefire"?); its states: active, pausedForRelease, ceasefire, resumed']);
  });

  it('reports a path into the context that does not exist', async () => {
    const issues = await issuesIn('path', exerciseText('path', '  - { path: hostage.released, atLeast: 1 }'));

    expect(issues[0]).toMatch(/^path\.yaml:8:13: goal\[0\]\.path: the context has no "hostage" \(did you mean "hostages"\?\); a path starts with one of parties, proposal, /);
  });

  it('checks sequence patterns against the event they name', async () => {
    const issues = await issuesIn('pattern', exerciseText('pattern', '  - { sequence: [ { type: TALKS_OPENED, place: Cairo }, { type: TALKS_OPEN } ] }'));

    expect(issues).toEqual([
      'pattern.yaml:8:41: goal[0].sequence[0].place: unknown key "place"; known keys: type, where',
      'pattern.yaml:8:65: goal[0].sequence[1].type: unknown event type "TALKS_OPEN" (did you mean "TALKS_OPENED"?)',
    ]);
  });

  it('reports a step of the scenario that does not exist', async () => {
    const text = exerciseText('upto', '  - { state: { talks: accepted } }').replace('upTo: burns-netanyahu', 'upTo: burns-netanyah');

    const issues = await issuesIn('upto', text);

    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^upto\.yaml:6:\d+: start\.upTo: the scenario .*rafah-2024-05\.yaml has no step "burns-netanyah" \(did you mean "burns-netanyahu"\?\); its steps: cairo-round-ends, /);
  });

  it('reports a scenario file that cannot be read', async () => {
    const text = exerciseText('missing', '  - { state: { talks: accepted } }').replace(RAFAH, 'nowhere.yaml');

    const issues = await issuesIn('missing', text);

    expect(issues).toEqual([
      `missing.yaml:6:20: start.scenario: no scenario file at nowhere.yaml (looked for ${join(scratchPath, 'nowhere.yaml')}); the path is relative to the exercise file`,
    ]);
  });

  it('refuses a mediator among the parties that must accept, and a debrief source the start lacks', async () => {
    const issues = await issuesIn(
      'parties',
      exerciseText('parties', '  - { state: { talks: accepted } }', 'constraints: { mustAccept: [qatar] }').replace('sources: [article]', 'sources: [artcle]'),
    );

    expect(issues).toEqual([
      'parties.yaml:10:44: debrief.sources[0]: unknown source "artcle" (did you mean "article"?); the sources at the start: article, timeline, jpost-kerem-shalom-closed, afp-tanks-rafah, toi-kerem-shalom-reopens',
      'parties.yaml:12:29: constraints.mustAccept[0]: Qatar is a mediator: only principal parties accept a proposal',
    ]);
  });

  it('needs the id to be the file name, so that exercises can be found by id', async () => {
    const issues = await issuesIn('named', exerciseText('other-name', '  - { state: { talks: accepted } }'));

    expect(issues).toEqual(['named.yaml:1:5: id: the id "other-name" differs from the file name named.yaml; name the file other-name.yaml (or change the id to named)']);
  });

  it('needs maxSteps: shortest for a shortest-path exercise, and a refusal condition for an explain-refusal one', async () => {
    const shortest = exerciseText('kind', '  - { state: { talks: accepted } }').replace('kind: reach-goal', 'kind: shortest-path');
    const refusal = exerciseText('refusal', '  - { state: { talks: accepted } }').replace('kind: reach-goal', 'kind: explain-refusal');

    expect(await issuesIn('kind', shortest)).toEqual(['kind.yaml:4:7: kind: a shortest-path exercise needs constraints: { maxSteps: shortest }']);
    expect(await issuesIn('refusal', refusal)).toEqual(['refusal.yaml:8:3: goal: an explain-refusal exercise needs a goal condition { refusal: CODE }']);
  });

  it('says what an exercise file has when it is empty', async () => {
    expect(await issuesIn('empty', '\n')).toEqual([
      'empty.yaml:1:1: the file is empty; expected an exercise: a mapping with id, title, level, kind, prompt, start, goal, hints, debrief and solution',
    ]);
  });

  it('checks a start of the exercise’s own as a scenario’s start is checked', async () => {
    const text = fileText(`
id: own
title: Own start
level: 1
kind: reach-goal
prompt: Do something.
start:
  sources: [{ id: notes, title: Notes }]
  parties: [{ id: qatar, name: Qatar, role: mediator }]
  initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 3, deceased: 5 } }
goal:
  - { state: { talks: accepted } }
hints: [Think.]
debrief: { text: What happened., sources: [notes] }
solution: solutions/own.yaml
`);

    const issues = await issuesIn('own', text);

    expect(issues).toEqual([
      'own.yaml:8:12: start.parties: no principal party: at least one party must have role principal (mediators and guarantors cannot make a deal in force)',
      'own.yaml:9:103: start.initial.hostages.deceased: 5 dead cannot be more than the 3 held (held counts the dead too)',
    ]);
  });
});

/**
 * Assumptions files are loaded as scenarios are: every mistake a one-line
 * problem at its place in the file, saying what was expected.
 */
import { describe, expect, it } from 'vitest';
import { renderProblem } from '../../src/files/index.js';
import { PARAMETER_NAMES } from '../../src/simulate/index.js';
import { loadEdited, RAFAH, shipped, SYMMETRIC } from './support.js';

function problemsOf(edit: (text: string) => string): string[] {
  const loaded = loadEdited(edit);
  if (loaded.ok) throw new Error('expected the edited file to be refused');
  return loaded.problems.map(renderProblem);
}

describe('the shipped assumptions', () => {
  it('load, every parameter with a rationale, the symmetric one from the default start', async () => {
    const symmetric = await shipped(SYMMETRIC);

    expect(symmetric.id).toBe('symmetric-baseline');
    expect(symmetric.start.scenario).toBeNull();
    expect(Object.keys(symmetric.parameters)).toEqual(PARAMETER_NAMES);
    for (const name of PARAMETER_NAMES) expect(symmetric.parameters[name].rationale.length).toBeGreaterThan(20);
    expect(symmetric.parties).toEqual({});
    expect(symmetric.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('start the May 2024 file after the Burns–Netanyahu report, with the scenario’s terms and both principals alike', async () => {
    const rafah = await shipped(RAFAH);

    expect(rafah.start.label).toContain('after step burns-netanyahu');
    expect(rafah.start.date).toBe('2024-05-08');
    expect(rafah.start.snapshot.value.talks).toBe('proposal');
    expect(rafah.vocabulary.terms.some((terms) => terms.ceasefireDays === 42)).toBe(true);
    expect(rafah.holders).toEqual({ hostages: 'hamas', prisoners: 'israel' });
    expect(rafah.parties).toEqual({});
  });
});

describe('a broken assumptions file', () => {
  it('names a parameter with neither value nor range at its place', () => {
    expect(problemsOf((text) => text.replace('    value: 0.1\n    range: [0.02, 0.3]\n    rationale: A proposal', '    rationale: A proposal'))).toEqual([
      'edited.yaml:23:5: parameters.propose: needs a value (value: 0.1) or a range (range: [0.05, 0.2]), or both',
    ]);
  });

  it('names a reversed range and a value outside its range', () => {
    const problems = problemsOf((text) => text.replace('range: [0.02, 0.3]', 'range: [0.3, 0.02]').replace('value: 0.05\n    range: [0.0, 0.2]', 'value: 0.5\n    range: [0.0, 0.2]'));

    expect(problems).toEqual([
      'edited.yaml:24:12: parameters.propose.range: the range runs from low to high: [0.02, 0.3], not [0.3, 0.02]',
      'edited.yaml:27:12: parameters.counter.value: the value 0.5 lies outside its range [0, 0.2]',
    ]);
  });

  it('refuses a chance above 1 and a missing rationale, with what was expected', () => {
    const problems = problemsOf((text) => text.replace('value: 0.8\n    range: [0.5, 1.0]\n    rationale: A deal agreed', 'value: 1.5\n    range: [0.5, 1.0]\n    rationale: A deal agreed').replace(/    rationale: Talks stall.*\n/, ''));

    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^edited\.yaml:\d+:\d+: parameters\.stall\.rationale: .*/);
    expect(problems[1]).toMatch(/^edited\.yaml:\d+:\d+: parameters\.implement\.value: .*(1|at most)/);
  });

  it('names an unknown parameter at its key, with the known ones', () => {
    const problems = problemsOf((text) => text.replace('  counter:\n', '  countr:\n'));

    expect(problems).toEqual([
      'edited.yaml:22:3: parameters.counter: missing "counter"',
      expect.stringMatching(/^edited\.yaml:26:3: parameters\.countr: unknown key "countr"; known keys: propose, counter, accept, /),
    ]);
  });

  it('names a party the start does not have, and a holder that is not a party', () => {
    const problems = problemsOf((text) => text.replace('  hostages: hamas\n', '  hostages: hammas\n') + 'parties:\n  isreal:\n    accept: { value: 0.2, rationale: An assumption for the test. }\n');

    expect(problems).toEqual([
      expect.stringMatching(/^edited\.yaml:\d+:13: holders\.hostages: unknown party "hammas" \(did you mean "hamas"\?\); the parties at the start: israel, hamas, qatar$/),
      expect.stringMatching(/^edited\.yaml:\d+:3: parties\.isreal: unknown party "isreal" \(did you mean "israel"\?\); the parties at the start: israel, hamas, qatar$/),
    ]);
  });

  it('names a source a parameter cites that is not listed', () => {
    const [problem] = problemsOf((text) => text.replace('rationale: A counter-proposal is rarer', 'sources: [nowhere]\n    rationale: A counter-proposal is rarer'));

    expect(problem).toMatch(/^edited\.yaml:\d+:\d+: parameters\.counter\.sources\[0\]: unknown source "nowhere"; list it under sources first$/);
  });

  it('keeps a party’s own value as an assumption of its own, beside the shared ones', () => {
    const loaded = loadEdited((text) => `${text}parties:\n  israel:\n    accept: { value: 0.3, range: [0.1, 0.5], rationale: An assumption for the test. }\n`);
    if (!loaded.ok) throw new Error(renderProblem(loaded.problems[0]!));

    expect(loaded.value.parties).toEqual({ israel: { accept: { value: 0.3, range: [0.1, 0.5], rationale: 'An assumption for the test.', sources: [] } } });
    expect(loaded.value.parameters.accept.value).toBe(0.1);
  });
});

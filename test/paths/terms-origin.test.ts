/**
 * `truce paths` never offers figures from a what-if or its own defaults as if
 * they were the scenario's terms: each proposal whose terms are not the
 * record's says where they come from.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TERMS } from '../../src/moves/index.js';
import { termsOriginInWords, termsOrigins } from '../../src/paths/index.js';
import { truceInProcess } from '../cli/in-process.js';
import { shippedScenario } from '../scenario/helpers.js';

describe('where the terms of a path come from', () => {
  it("tells the record's terms from a what-if's and from truce's own", async () => {
    const rafah = await shippedScenario('rafah-2024-05');
    const termsIn = (steps: typeof rafah.steps) => steps.flatMap(({ event }) => ('terms' in event && event.terms ? [event.terms] : []));
    const originOf = termsOrigins(rafah);

    expect(termsIn(rafah.steps).map(originOf)).toEqual([{ kind: 'record' }]);
    expect(termsIn(rafah.branches!.find((branch) => branch.id === 'pause-for-release')!.steps).map(originOf)).toEqual([{ kind: 'what-if', branch: 'pause-for-release' }]);
    expect(originOf(DEFAULT_TERMS[0]!)).toEqual({ kind: 'default' });
    expect(termsOrigins(null)(DEFAULT_TERMS[1]!)).toEqual({ kind: 'default' });
  });

  it('says nothing of the record’s own terms, and names the what-if or the defaults otherwise', () => {
    expect(termsOriginInWords({ kind: 'record' }, true)).toBeUndefined();
    expect(termsOriginInWords({ kind: 'what-if', branch: 'pause-for-release' }, true)).toBe('illustrative figures from the what-if pause-for-release, not from the record');
    expect(termsOriginInWords({ kind: 'default' }, true)).toBe("illustrative figures of truce's own: the scenario tables no such deal");
    expect(termsOriginInWords({ kind: 'default' }, false)).toBe('illustrative figures');
  });
});

describe('truce paths, from a moment of the record', () => {
  it('labels a proposal with a what-if’s figures under the step that offers it, and in the terms it tried', async () => {
    const { code, stdout } = await truceInProcess(['paths', '--from', 'scenarios/rafah-2024-05.yaml@burns-netanyahu', '--to', 'operations=pausedForRelease', '--max', '1']);

    expect(code).toBe(0);
    expect(stdout).toContain(
      '  1. Israel puts forward a counter-proposal (pause 6 days, 10 hostages, 30 prisoners)\n' +
        '     (illustrative figures from the what-if pause-for-release, not from the record)\n' +
        '     → talks proposal',
    );
    expect(stdout).toContain('Terms tried in proposals: ceasefire 42 days, 3 phases; pause 6 days, 10 hostages, 30 prisoners (illustrative figures from the what-if pause-for-release, not from the record).');
  });

  it("does not label the record's own terms", async () => {
    const { code, stdout } = await truceInProcess(['paths', '--from', 'scenarios/pause-2023-11.yaml', '--to', 'operations=pausedForRelease', '--max', '1']);

    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}1\. .* puts forward a (counter-)?proposal \(pause 4 days, 50 hostages, 150 prisoners\)\n {5}→ /m);
    expect(stdout.slice(0, stdout.indexOf('Looked at'))).not.toContain('illustrative');
    expect(stdout).toContain("Terms tried in proposals: pause 4 days, 50 hostages, 150 prisoners; ceasefire 42 days (illustrative figures of truce's own: the scenario tables no such deal).");
  });
});

/**
 * Replay is deterministic to the byte: `truce run --json` prints the same
 * text every time for the same file. Checked through the real command on a
 * handful of generated scenarios (each check starts two processes), with
 * troublesome text, branches and refusals in them.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fileNameFor, scenarioText, yamlStyle, type ScenarioFormat } from '../arbitraries/scenario-text.js';
import { validScenario } from '../arbitraries/scenarios.js';
import { scratchFolder, truce } from '../cli/helpers.js';

const HANG = 60_000;
const folder = scratchFolder();
afterAll(() => folder.remove());

/** Two, whatever FC_RUNS says: each costs two processes. */
const FORMATS: ScenarioFormat[] = ['yaml', 'json'];
const files = fc.sample(fc.tuple(validScenario, yamlStyle), { seed: 8_052_024, numRuns: FORMATS.length }).map(([scenario, style], index) => ({
  scenario,
  format: FORMATS[index]!,
  file: fileNameFor(FORMATS[index]!),
  text: scenarioText(scenario, FORMATS[index]!, style),
}));

describe('truce run --json', () => {
  it.each(files.map((file, index) => [`generated scenario ${index + 1} (${file.format})`, file] as const))(
    'prints the same bytes twice for %s, and says the replay went as expected',
    async (_name, { scenario, file: name, text }) => {
      const file = folder.write(name, text);
      const branch = scenario.branches?.[0]?.id;
      const args = ['run', file, '--json', ...(branch === undefined ? [] : ['--branch', branch])];

      const first = await truce(args, { timeoutMs: HANG });
      const second = await truce(args, { timeoutMs: HANG });

      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(second.stdout).toBe(first.stdout);
      expect(JSON.parse(first.stdout)).toMatchObject({ ok: true, scenario: { id: scenario.id }, branch: branch ?? null });
    },
  );
});

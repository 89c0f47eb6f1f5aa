/**
 * Files built to hurt a loader: 20 MB long, with numbers no count can be,
 * keys given twice, bytes that are not UTF-8, line endings and indentation of
 * every kind. Each is loaded as the CLI loads it
 * (`readScenarioFile`) and must load, or be refused with located issues.
 * Files nested 10,000 levels deep are in deep-nesting.test.ts.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/files/index.js';
import { readScenarioFile, type ScenarioLoad } from '../../src/scenario/index.js';
import { scenarioText } from '../arbitraries/scenario-text.js';
import { validScenario } from '../arbitraries/scenarios.js';
import { scratchFolder } from '../cli/helpers.js';
import { expectedPlace } from '../properties/expected-position.js';
import { shippedScenarioFiles } from '../scenario/helpers.js';
import { verdictProblems } from './verdict.js';

const numRuns = Number(process.env.FC_RUNS ?? 30);
/** Deep runs (`npm run fuzz`) take minutes: the time allowed grows with the runs asked for. */
const timeout = 60_000 + numRuns * 300;
const folder = scratchFolder();
afterAll(() => folder.remove());

const RAFAH = readFileSync(shippedScenarioFiles.find((path) => path.endsWith('rafah-2024-05.yaml'))!, 'utf8');

async function load(name: string, content: string | Uint8Array): Promise<{ result: ScenarioLoad; text: string }> {
  const file = folder.write(name, content);
  const result = await readScenarioFile(file);
  return { result, text: typeof content === 'string' ? content : Buffer.from(content).toString('utf8') };
}

/** The issues of a refused file, after checking they are well located. */
function issuesOf({ result, text }: { result: ScenarioLoad; text: string }) {
  expect(verdictProblems(result, text)).toEqual([]);
  if (result.ok) throw new Error('expected the file to be refused, but it loaded');
  return result.problems;
}

describe('a file of 20 MB', () => {
  it('is refused for its size, at line 1, without being read', async () => {
    const bytes = new Uint8Array(20 * 1024 * 1024).fill(0x20);
    bytes.set(new TextEncoder().encode(RAFAH));

    const issues = issuesOf(await load('huge.yaml', bytes));

    expect(issues).toEqual([expect.objectContaining({ line: 1, column: 1, message: expect.stringContaining(`at most ${MAX_FILE_BYTES / 1024 / 1024} MB`) })]);
  });
});

describe('numbers no count can be', () => {
  // (0x10 and 0o17 are numbers in YAML 1.2, 16 and 15: not hostile.)
  it.each(['1e400', '-1e400', '99999999999999999999999', '-99999999999999999999999', '1000000001', '-0.5', '.nan', '.inf', '1_000', '"12"', 'twelve'])('%s as the hostages held is refused at the number', async (number) => {
    const text = RAFAH.replace(/hostages: \{ held: 128, deceased: 36 \}/, `hostages: { held: ${number}, deceased: 0 }`);

    const issues = issuesOf(await load('numbers.yaml', text));

    expect(issues.map((issue) => issue.path)).toEqual([['initial', 'hostages', 'held']]);
    expect(issues[0]).toMatchObject(expectedPlace(text, ['initial', 'hostages', 'held'], 'value'));
  });
});

/** Lines of block-style YAML that hold a key and its value on the line (`  date: 2024-05-06`), by index. */
function keyLines(lines: readonly string[]): number[] {
  return lines.flatMap((line, index) => (/^\s*[A-Za-z]\w*: \S/.test(line) && !/^\s*- /.test(line) ? [index] : []));
}

/** A few generated scenarios, made once: each property picks one and a place in it. */
const SCENARIOS = fc.sample(validScenario, { seed: 12_2023, numRuns: 8 });

describe('a key given twice', () => {
  it('anywhere in a YAML file is refused at the second, as a duplicate key', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SCENARIOS.keys()), fc.nat(), async (which, pick) => {
        const lines = scenarioText(SCENARIOS[which], 'yaml', { collectionStyle: 'block', lineWidth: 0 }).split('\n');
        const candidates = keyLines(lines);
        const at = candidates[pick % candidates.length]!;
        const text = [...lines.slice(0, at + 1), lines[at]!, ...lines.slice(at + 1)].join('\n');

        const issues = issuesOf(await load('twice.yaml', text));

        expect(issues).toContainEqual(expect.objectContaining({ line: at + 2, message: expect.stringContaining('duplicate key') }));
      }),
      { numRuns },
    );
  }, timeout);

  it('anywhere in a JSON file is refused at the second, though JSON.parse would keep the last', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SCENARIOS.keys()), fc.nat(), async (which, pick) => {
        const lines = scenarioText(SCENARIOS[which], 'json').split('\n');
        // A `"key": value,` line: repeating it keeps the JSON well formed.
        const candidates = lines.flatMap((line, index) => (/^\s*"\w+": [^[{].*,$/.test(line) ? [index] : []));
        const at = candidates[pick % candidates.length]!;
        const text = [...lines.slice(0, at + 1), lines[at]!, ...lines.slice(at + 1)].join('\n');

        const issues = issuesOf(await load('twice.json', text));

        expect(issues).toContainEqual(expect.objectContaining({ line: at + 2, message: expect.stringContaining('duplicate key') }));
      }),
      { numRuns },
    );
  }, timeout);
});

describe('bytes that are not UTF-8', () => {
  it('anywhere in a file are refused at the line and column of the first bad byte', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.constantFrom([0xff], [0xc3, 0x28], [0xc0, 0xaf], [0xed, 0xa0, 0x80]), async (pick, bad) => {
        const lines = RAFAH.split('\n');
        const line = pick % lines.length;
        const column = 1 + ((pick >> 8) % (lines[line]!.length + 1));
        // Whole characters before the bad bytes, so the column counts characters as an editor does.
        const before = [...lines.slice(0, line), lines[line]!.slice(0, column - 1)].join('\n');
        const bytes = Buffer.concat([Buffer.from(before), Buffer.from(bad), Buffer.from(RAFAH.slice(before.length))]);

        const { result } = await load('latin.yaml', bytes);

        expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ line: line + 1, column, message: expect.stringContaining('not UTF-8') })] });
      }),
      { numRuns },
    );
  }, timeout);
});

describe('line endings, byte order marks and tabs', () => {
  const scenarioOf = (outcome: { result: ScenarioLoad }) => (outcome.result.ok ? outcome.result.value : outcome.result.problems);

  it('a byte order mark, CRLF or CR line endings load to the same scenario as the plain file', async () => {
    const plain = scenarioOf(await load('plain.yaml', RAFAH));

    expect(scenarioOf(await load('bom.yaml', `\uFEFF${RAFAH}`))).toEqual(plain);
    expect(scenarioOf(await load('crlf.yaml', RAFAH.replace(/\n/g, '\r\n')))).toEqual(plain);
    expect(scenarioOf(await load('cr.yaml', RAFAH.replace(/\n/g, '\r')))).toEqual(plain);
  });

  it('tabs for indentation are refused with located issues', async () => {
    const issues = issuesOf(await load('tabs.yaml', RAFAH.replace(/^( {2})+/gm, (spaces) => '\t'.repeat(spaces.length / 2))));

    expect(issues.length).toBeGreaterThan(0);
  });
});

/**
 * Files nested far deeper than any scenario: each must be refused as nested
 * too deeply, never crash the loader with a stack overflow. These tests sit
 * apart because they depend on the depth of the call stack, which Stryker's
 * instrumentation changes: the mutation run leaves this file out and runs
 * the other fuzz tests (vitest.stryker.config.ts).
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenarioText, readScenarioFile, type ScenarioLoad } from '../../src/scenario/index.js';
import { scratchFolder } from '../cli/helpers.js';
import { expectedPlace } from '../properties/expected-position.js';
import { shippedScenarioFiles } from '../scenario/helpers.js';
import { verdictProblems } from './verdict.js';

const folder = scratchFolder();
afterAll(() => folder.remove());

const RAFAH = readFileSync(shippedScenarioFiles.find((path) => path.endsWith('rafah-2024-05.yaml'))!, 'utf8');
const DEPTH = 10_000;

/** Writes `content` to a file and loads it as the CLI does. */
async function load(name: string, content: string): Promise<{ result: ScenarioLoad; text: string }> {
  return { result: await readScenarioFile(folder.write(name, content)), text: content };
}

/** The issues of a refused file, after checking they are well located. */
function issuesOf({ result, text }: { result: ScenarioLoad; text: string }) {
  expect(verdictProblems(result, text)).toEqual([]);
  if (result.ok) throw new Error('expected the file to be refused, but it loaded');
  return result.problems;
}

function issuesInText(text: string, file: string) {
  return issuesOf({ result: loadScenarioText(text, file), text });
}

/** The Rafah scenario with its title replaced by `value` (written on the title's line). */
function withTitle(value: string): string {
  return RAFAH.replace(/^title: .*$/m, `title: ${value}`);
}

describe('a file nested 10,000 levels deep', () => {
  it('in YAML flow style is refused as nested too deeply, on the line of the value', async () => {
    const text = withTitle(`${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`);

    const issues = issuesOf(await load('deep-flow.yaml', text));

    expect(issues).toEqual([expect.objectContaining({ line: expectedPlace(text, ['title'], 'value').line, message: expect.stringContaining('nested too deeply') })]);
  });

  it('in YAML block style (a list in a list, 10,000 times) is refused as nested too deeply', async () => {
    // The parser gives up before it knows where: the problem is the file's, at line 1.
    const issues = issuesOf(await load('deep-block.yaml', withTitle(`\n  ${'- '.repeat(DEPTH)}x`)));

    expect(issues).toEqual([expect.objectContaining({ line: 1, column: 1, message: expect.stringContaining('nested too deeply') })]);
  });

  it('as the whole file is refused as nested too deeply, on its one line', async () => {
    const issues = issuesOf(await load('deep-top.yaml', `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`));

    expect(issues).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('nested too deeply') })]);
  });
});

describe('loader regressions found by fuzzing, of deep nesting', () => {
  it('a JSON file nested 10,000 levels deep is refused as nested too deeply (it threw RangeError from the JSON check)', async () => {
    const text = `{"id": ${'{"a": '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}}`;

    expect(issuesOf(await load('deep.json', text))).toEqual([expect.objectContaining({ line: 1, column: 1, message: 'cannot read this file: it is nested too deeply' })]);
  });

  it('a YAML value nested 1,000 levels deep says the file is nested too deeply (it said "YAML syntax error: Maximum call stack size exceeded")', () => {
    const issues = issuesInText(withTitle(`${'['.repeat(1_000)}${']'.repeat(1_000)}`), 'scenario.yaml');

    expect(issues.map((issue) => issue.message)).toEqual(['cannot read this file: it is nested too deeply']);
  });
});

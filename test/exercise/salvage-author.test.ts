/** A solution file that does not load still says whose it is, so a class table can name its author. */
import { describe, expect, it } from 'vitest';
import { loadSolutionText, type SolutionLoad } from '../../src/exercise/index.js';
import { shippedExercise } from './helpers.js';

/** The author a file that fails to load still names (undefined: none); fails the test when the file loads. */
async function authorOfBroken(text: string, file = 'answer.yaml'): Promise<string | undefined> {
  const result: SolutionLoad = loadSolutionText(text, file, await shippedExercise('first-deal'));
  if (result.ok) throw new Error(`expected ${file} to be refused, but it loaded`);
  return result.author;
}

const TYPO_IN_A_KEY = `exercise: first-deal
author: Carl Smith
steps:
  - { id: tabled, date: 2023-11-22, event: { type: PROPOSAL_TABLED, by: qatar }, sorce: timeline }
`;

const UNCLOSED_BRACE = `exercise: first-deal
author: Dana
steps:
  - id: tabled
    date: 2023-11-22
    event: { type: PROPOSAL_TABLED, by: qatar
`;

describe('the author of a solution that does not load', () => {
  it('is read from a file that parses but has a misspelt key', async () => {
    expect(await authorOfBroken(TYPO_IN_A_KEY)).toBe('Carl Smith');
  });

  it('is read from the lines of a YAML file with a syntax error', async () => {
    expect(await authorOfBroken(UNCLOSED_BRACE)).toBe('Dana');
  });

  it('is read quoted, with its quotes removed, and without a trailing comment', async () => {
    expect(await authorOfBroken(`author: "Éva \\"Evi\\" Kovács"\nsteps: [ { id: a\n`)).toBe('Éva "Evi" Kovács');
    expect(await authorOfBroken(`author: 'Dana O''Neil'\nsteps: [ { id: a\n`)).toBe("Dana O'Neil");
    expect(await authorOfBroken(`author: Ben Lee   # group B\nsteps: [ { id: a\n`)).toBe('Ben Lee');
  });

  it('is read from a JSON file with a syntax error', async () => {
    expect(await authorOfBroken('{ "author": "Dee \\u00e9", "steps": [ { "id": "a", } ] }', 'dee.json')).toBe('Dee é');
  });

  it('is not taken from an indented line, which belongs to something else', async () => {
    expect(await authorOfBroken(`steps:\n  - id: a\n    author: Not Me\n    event: { type: TALKS_OPENED\n`)).toBeUndefined();
  });

  it('is not given when it could not be shown on one line of text (a control character, a block of lines)', async () => {
    expect(await authorOfBroken(`author: "Eve\\u001b]0;hacked\\u0007"\nsteps: [ { id: a\n`)).toBeUndefined();
    expect(await authorOfBroken(`author: |\n  Two\n  lines\nsteps: [ { id: a\n`)).toBeUndefined();
  });

  it('is not given when the file names none', async () => {
    expect(await authorOfBroken(`steps:\n  - { id: a, date: 2023-11-22, event: { type: NOPE } }\n`)).toBeUndefined();
  });
});

/** Whose file is it: the `author:` a solution file that does not load still gives, read as YAML lines or JSON text. */
import { describe, expect, it } from 'vitest';
import { loadSolutionText } from '../../src/exercise/index.js';
import { shippedExercise } from './helpers.js';

/** The author a file that fails to load still names (undefined: none); fails the test when the file loads. */
async function authorOfBroken(text: string, file = 'answer.yaml'): Promise<string | undefined> {
  const result = loadSolutionText(text, file, await shippedExercise('first-deal'));
  if (result.ok) throw new Error(`expected ${file} to be refused, but it loaded`);
  return result.author;
}

/** The rest of a YAML file after its author line: a list left open, so the file does not parse. */
const BROKEN_YAML = 'steps: [ { id: a\n';

describe('the author of a YAML file with a syntax error', () => {
  it('is the whole plain name, quotes, apostrophes and ampersands in it included', async () => {
    expect(await authorOfBroken(`author: Dana "Dee" Smith\n${BROKEN_YAML}`)).toBe('Dana "Dee" Smith');
    expect(await authorOfBroken(`author: Dana 'Dee' Smith\n${BROKEN_YAML}`)).toBe("Dana 'Dee' Smith");
    expect(await authorOfBroken(`author: Tom & Jerry\n${BROKEN_YAML}`)).toBe('Tom & Jerry');
  });

  it('is read with spaces before the colon, and with none after a quoted key', async () => {
    expect(await authorOfBroken(`author : Ana Ruiz\n${BROKEN_YAML}`)).toBe('Ana Ruiz');
    expect(await authorOfBroken(`"author":"Ana Ruiz"\n${BROKEN_YAML}`)).toBe('Ana Ruiz');
  });

  it('is read quoted after a no-break space pasted before the quote', async () => {
    expect(await authorOfBroken(`author: \u00a0"Ana Ruiz"\n${BROKEN_YAML}`)).toBe('Ana Ruiz');
  });

  it('is not read from a key that only starts with author', async () => {
    expect(await authorOfBroken(`authors: Ana Ruiz\n${BROKEN_YAML}`)).toBeUndefined();
  });
});

describe('the author of a JSON file with a syntax error', () => {
  it('is read with or without spaces around the colon', async () => {
    expect(await authorOfBroken('{ "author" : "Dee Ruiz", "steps": [ , ] }', 'dee.json')).toBe('Dee Ruiz');
    expect(await authorOfBroken('{ "author":"Dee Ruiz", "steps": [ , ] }', 'dee.json')).toBe('Dee Ruiz');
  });
});

describe('the author of a file that parses but does not load', () => {
  it('is the mapping\'s author, wherever on its line the mapping starts', async () => {
    expect(await authorOfBroken('{ author: Ana Ruiz, steps: [ { id: a } ] }\n')).toBe('Ana Ruiz');
  });
});

/**
 * JSON files take a fast path of their own (a syntax scan, then the engine's JSON.parse), so they
 * must read to the very data, and point at the very places, that the general YAML path would: JSON
 * is YAML, and every path in a JSON file is a place a problem can be reported at.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText, type IssuePath, type ParsedText } from '../../src/files/index.js';

const options = { expected: 'a test mapping' };

function parsed(text: string, file: string): ParsedText {
  const result = parseText(text, file, options);
  if (!result.ok) throw new Error(`${file} did not parse: ${result.problems[0]?.message}`);
  return result.value;
}

/** Every path in `data`, the root first. */
function pathsIn(data: unknown, path: IssuePath = []): IssuePath[] {
  if (Array.isArray(data)) return [path, ...data.flatMap((item, index) => pathsIn(item, [...path, index]))];
  if (data !== null && typeof data === 'object') return [path, ...Object.entries(data).flatMap(([key, value]) => pathsIn(value, [...path, key]))];
  return [path];
}

// Keys of plain letters: YAML reads a key such as `1` or `true` in a JSON file as text too, but
// keeps the test about positions rather than about YAML's reading of odd keys.
const key = fc.stringMatching(/^[a-z]{1,6}$/);
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null), tie('list'), tie('mapping')),
  list: fc.array(tie('any'), { maxLength: 4 }),
  mapping: fc.dictionary(key, tie('any'), { maxKeys: 4 }),
})).any;
const document = fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 });

describe('a JSON file', () => {
  it('reads to the same data, with every path at the same line and column, as through the YAML parser', () => {
    fc.assert(
      fc.property(document, fc.constantFrom(0, 2, '\t'), fc.constantFrom('\n', '\r\n', '\r'), (data, indent, newline) => {
        const text = JSON.stringify(data, null, indent).replace(/\n/g, newline);
        const json = parsed(text, 'generated.json');
        const yaml = parsed(text, 'generated.yaml');

        expect(json.data).toEqual(data);
        for (const path of pathsIn(data)) {
          expect(json.locate(path), `value at ${JSON.stringify(path)}`).toEqual(yaml.locate(path));
          expect(json.locate(path, 'key'), `key at ${JSON.stringify(path)}`).toEqual(yaml.locate(path, 'key'));
        }
      }),
    );
  });

  it('points at the deepest place that exists on a path that goes further than the data', () => {
    const file = parsed('{\n  "steps": [\n    { "id": "a" }\n  ]\n}', 'x.json');

    expect(file.locate(['steps', 0, 'event', 'type'])).toEqual({ line: 3, column: 5 });
    expect(file.locate(['steps', 7])).toEqual({ line: 2, column: 12 });
    expect(file.locate(['nowhere'])).toEqual({ line: 1, column: 1 });
  });

  it('refuses a key written twice in one mapping, at the second, but not the same key in two mappings', () => {
    const twice = parseText('{\n  "a": { "x": 1 },\n  "b": { "x": 2, "y": 3, "x": 4 }\n}', 'x.json', options);
    const apart = parseText('{ "a": { "x": 1 }, "b": { "x": 2 }, "c": [{ "x": 3 }, { "x": 4 }] }', 'x.json', options);

    expect(twice).toMatchObject({ ok: false, problems: [{ code: 'duplicate-key', line: 3, column: 26 }] });
    expect(twice.ok ? '' : twice.problems[0]!.message).toMatch(/^duplicate key "x"/);
    expect(apart.ok).toBe(true);
  });

  it('names a duplicated key that holds an escaped control character without the character itself', () => {
    const result = parseText('{ "a\\u001b[2J": 1, "a\\u001b[2J": 2 }', 'x.json', options);

    expect(result.ok ? '' : result.problems[0]!.message).not.toContain('\u001b');
  });

  it('says what it found at the top when that is not a mapping', () => {
    const messages = ['[1, 2]', '  "text"', 'null'].map((text) => {
      const result = parseText(text, 'x.json', options);
      return result.ok ? 'read' : `${result.problems[0]!.line}:${result.problems[0]!.column} ${result.problems[0]!.message}`;
    });

    expect(messages).toEqual([
      '1:1 expected a mapping (key: value lines) at the top of the file, found a list',
      '1:3 expected a mapping (key: value lines) at the top of the file, found a single value',
      '1:1 expected a mapping (key: value lines) at the top of the file, found a single value',
    ]);
  });

  it('keeps a byte-order mark out of the data and out of the columns', () => {
    const file = parsed('\uFEFF{ "id": "x" }', 'x.json');

    expect(file.data).toEqual({ id: 'x' });
    expect(file.locate(['id'])).toEqual({ line: 1, column: 9 });
  });
});

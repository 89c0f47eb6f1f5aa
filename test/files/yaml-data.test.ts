/**
 * YAML to data in one walk (src/files/yaml-data.ts): the very data the `yaml` library's own
 * reading gives, for any file it reads, with aliases bounded over the whole file and the things
 * JavaScript data cannot say refused where they are written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { MIN_ALIAS_ALLOWANCE, parseText } from '../../src/files/index.js';

const options = { expected: 'a test mapping' };

function outcome(text: string): string {
  const result = parseText(text, 'x.yaml', options);
  return result.ok ? 'read' : result.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`).join('\n');
}

/**
 * A YAML document, written line by line, that anchors some values and refers back to them by
 * alias: each entry either writes a value (a scalar, a flow list or a flow mapping, with or
 * without an anchor) or an alias to an anchor set earlier, under keys of many kinds.
 */
const scalar = fc.oneof(fc.stringMatching(/^[a-z][a-z ]{0,6}$/), fc.integer({ min: -999, max: 999 }).map(String), fc.constantFrom('true', 'null', '~', '1.5', '0x1F', "'quoted'", '"two\\nlines"', ''));
const entry = fc.record({
  kind: fc.constantFrom('scalar', 'list', 'mapping', 'alias'),
  anchor: fc.boolean(),
  items: fc.array(scalar, { maxLength: 3 }),
  pick: fc.nat(),
});
const documentText = fc.array(entry, { minLength: 1, maxLength: 12 }).map((entries) => {
  const anchors: string[] = [];
  return entries
    .map((item, index) => {
      const key = `k${index}`;
      if (item.kind === 'alias' && anchors.length > 0) return `${key}: *${anchors[item.pick % anchors.length]}`;
      const anchor = item.anchor ? `&a${index % 4} ` : '';
      if (item.anchor) anchors.push(`a${index % 4}`);
      if (item.kind === 'list') return `${key}: ${anchor}[${item.items.join(', ')}]`;
      if (item.kind === 'mapping') return `${key}: ${anchor}{${item.items.map((value, at) => `m${at}: ${value}`).join(', ')}}`;
      return `${key}: ${anchor}${item.items[0] ?? 'plain'}`;
    })
    .join('\n');
});

describe('reading YAML to data', () => {
  it('gives the very data the yaml library reads, anchors and aliases included', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const result = parseText(text, 'x.yaml', options);
        const library = parseDocument(text, { uniqueKeys: true, strict: true });

        // Some generated texts are not YAML at all (an empty item in a flow list): both refuse them.
        expect(result.ok && result.value.data).toEqual(library.errors.length === 0 && library.toJS({ maxAliasCount: -1 }));
      }),
    );
  });

  it('reads an alias as the latest anchor of that name written before it', () => {
    const result = parseText('a: &x 1\nb: *x\nc: &x 2\nd: *x\n', 'x.yaml', options);

    expect(result.ok && result.value.data).toEqual({ a: 1, b: 1, c: 2, d: 2 });
  });

  it('refuses an alias inside the value its anchor names, where the alias is', () => {
    expect(outcome('id: t\nloop: &l [a, *l]\n')).toBe('2:14 YAML syntax error: the alias *l is inside the value &l names (a value cannot hold itself)');
  });

  it('refuses two keys that YAML tells apart but JavaScript reads as one name', () => {
    expect(outcome('id: t\nmap: { 1: a, "1": b }\n')).toMatch(/^2:14 duplicate key "1": /);
    expect(outcome('id: t\nmap: { ~: a, "": b }\n')).toMatch(/^2:14 duplicate key "": /);
  });

  it('refuses a key that is a list, a mapping or an alias', () => {
    expect(outcome('id: t\n? [a, b]\n: x\n')).toBe('2:3 expected a key (a name before ":"), found a list');
    expect(outcome('id: t\n? { a: b }\n: x\n')).toBe('2:3 expected a key (a name before ":"), found a mapping');
    expect(outcome('id: &i t\n*i : x\n')).toBe('2:1 expected a key (a name before ":"), found an alias');
  });

  it('keeps a key named __proto__ as data, not as the prototype', () => {
    const result = parseText('__proto__: { polluted: true }\n', 'x.yaml', options);
    const data = result.ok ? (result.value.data as Record<string, unknown>) : {};

    expect(Object.keys(data)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lets aliases add as many values as a large file writes itself, and refuses one more, at the alias that goes over', () => {
    // One anchored list of 99 values (100 with the list), then aliases to it: each adds 100.
    const anchored = `base: &b [${Array.from({ length: 99 }, (_, index) => index).join(', ')}]`;
    const filler = (values: number) => `filler: [${Array.from({ length: values }, () => 0).join(', ')}]`;
    const aliases = (uses: number) => `uses: [${Array.from({ length: uses }, () => '*b').join(', ')}]`;
    // Written: the top mapping 1, the keys 3, the three lists 3, base's 99, the filler's values.
    const written = (fillerValues: number) => 1 + 3 + 3 + 99 + fillerValues;
    const fillerValues = 20_000 - written(0);

    expect(written(fillerValues)).toBe(20_000);
    expect(outcome([anchored, filler(fillerValues), aliases(200)].join('\n'))).toBe('read');
    expect(outcome([anchored, filler(fillerValues), aliases(201)].join('\n'))).toBe(
      `3:${8 + 200 * 4} too many YAML aliases: read in full, they would add more values than the file writes (at most 20,000 here); a file that grows when read is refused`,
    );
  });

  it(`lets a small file's aliases add ${MIN_ALIAS_ALLOWANCE.toString()} values, however little it writes`, () => {
    const text = (uses: number) => `a: &a [x, x, x, x, x, x, x, x, x]\nb: [${Array.from({ length: uses }, () => '*a').join(', ')}]`;

    expect(outcome(text(MIN_ALIAS_ALLOWANCE / 10))).toBe('read');
    expect(outcome(text(MIN_ALIAS_ALLOWANCE / 10 + 1))).toMatch(/^2:\d+ too many YAML aliases: .*at most 10,000 here/);
  });

  it('refuses a file of nested aliases (a "billion laughs") without expanding it', () => {
    const levels = Array.from({ length: 30 }, (_, level) => `l${level + 1}: &l${level + 1} [*l${level}, *l${level}, *l${level}, *l${level}]`);
    const text = ['l0: &l0 [lol]', ...levels].join('\n');

    // 4^30 values, read in full: were they expanded, the test would run out of memory, not fail.
    expect(outcome(text)).toMatch(/^\d+:\d+ too many YAML aliases/);
  });
});

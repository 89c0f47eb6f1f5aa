/**
 * Ways to damage a scenario file, as a careless editor, a bad copy and paste,
 * a wrong encoding or a hostile sender would: each a fast-check arbitrary of
 * a function from the file's bytes to damaged bytes, with a name for reports.
 */
import fc from 'fast-check';

export interface Mutation {
  name: string;
  apply(bytes: Uint8Array): Uint8Array;
}

/** A mutation that fast-check prints by its name in a counterexample. */
function named(name: string, apply: (bytes: Uint8Array) => Uint8Array): Mutation {
  return { name, apply, [fc.toStringMethod]: () => JSON.stringify(name) } as Mutation;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function onText(name: string, change: (text: string) => string): Mutation {
  return named(name, (bytes) => encoder.encode(change(decoder.decode(bytes))));
}

function onLines(name: string, change: (lines: string[]) => string[]): Mutation {
  return onText(name, (text) => change(text.split('\n')).join('\n'));
}

/** Numbers no file should hold, as YAML or JSON would write them. */
export const HOSTILE_NUMBERS = [
  '1e400', '-1e400', '99999999999999999999999999', '9007199254740993', '-0', '0.1e1', '1_000', '0x1F', '0o17', '1e-400',
  '.inf', '-.inf', '.nan', 'NaN', 'Infinity', '4.', '.5', '+3', '00012',
] as const;

/** YAML features a scenario never needs and a parser might trip on: tags, aliases, merges, directives, complex keys. */
export const YAML_TRICKS = [
  '!!js/function "function () { return 1 }"', '!!binary aGVsbG8=', '!!python/object:os.system ls', '&anchor value', '*nowhere',
  '<<: *anchor', '? [a, b]\n: c', '%YAML 1.1\n---', '--- !!map', '...', '{a: 1, a: 2}', '|-\n  block', '>\n folded',
  '"\\uD800"', "'unclosed", '[unclosed', '{', '}', '@reserved', '`backtick', '%', '!', '&', '*', '- - - -',
] as const;

const lineIndex = fc.nat();

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(lineIndex, fc.integer({ min: 1, max: 3 })).map(([at, count]) =>
    onLines(`delete ${count} line(s) at ${at}`, (lines) => lines.filter((_, index) => index < at % lines.length || index >= (at % lines.length) + count)),
  ),
  fc.tuple(lineIndex, lineIndex).map(([a, b]) =>
    onLines(`swap lines ${a} and ${b}`, (lines) => {
      const copy = [...lines];
      const [i, j] = [a % lines.length, b % lines.length];
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      return copy;
    }),
  ),
  fc.tuple(lineIndex, lineIndex).map(([a, b]) =>
    onLines(`swap keys ${a} and ${b}`, (lines) => {
      const keyed = lines.map((line, index) => [index, /^(\s*(?:- )?)("?[A-Za-z_]+"?)(:.*)$/.exec(line)] as const).filter(([, match]) => match);
      if (keyed.length < 2) return lines;
      const [[i, first], [j, second]] = [keyed[a % keyed.length]!, keyed[b % keyed.length]!];
      const copy = [...lines];
      copy[i] = `${first![1]}${second![2]}${first![3]}`;
      copy[j] = `${second![1]}${first![2]}${second![3]}`;
      return copy;
    }),
  ),
  lineIndex.map((at) => onLines(`duplicate line ${at}`, (lines) => lines.flatMap((line, index) => (index === at % lines.length ? [line, line] : [line])))),
  fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE_NUMBERS)).map(([which, number]) =>
    onText(`number ${which} → ${number}`, (text) => {
      const numbers = [...text.matchAll(/(?<=[:\s[,])-?\d+(?=[\s,\]}]|$)/gm)];
      if (numbers.length === 0) return text;
      const hit = numbers[which % numbers.length]!;
      return `${text.slice(0, hit.index)}${number}${text.slice(hit.index! + hit[0].length)}`;
    }),
  ),
  fc.tuple(fc.nat(), fc.constantFrom(...YAML_TRICKS)).map(([at, trick]) =>
    onText(`insert ${JSON.stringify(trick)} at ${at}`, (text) => `${text.slice(0, at % (text.length + 1))}${trick}${text.slice(at % (text.length + 1))}`),
  ),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 12 })).map(([at, inserted]) =>
    onText(`insert ${JSON.stringify(inserted)} at ${at}`, (text) => `${text.slice(0, at % (text.length + 1))}${inserted}${text.slice(at % (text.length + 1))}`),
  ),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.boolean()).map(([at, noise, replace]) =>
    named(`${replace ? 'overwrite' : 'insert'} bytes ${Buffer.from(noise).toString('hex')} at ${at}`, (bytes) => {
      const offset = at % (bytes.length + 1);
      return new Uint8Array([...bytes.subarray(0, offset), ...noise, ...bytes.subarray(replace ? offset + noise.length : offset)]);
    }),
  ),
  fc.nat().map((at) => named(`cut short at ${at}`, (bytes) => bytes.subarray(0, at % (bytes.length + 1)))),
  fc.constant(onText('byte order mark', (text) => `\uFEFF${text}`)),
  fc.constant(onText('CRLF line endings', (text) => text.replace(/\n/g, '\r\n'))),
  fc.constant(onText('CR line endings', (text) => text.replace(/\n/g, '\r'))),
  fc.constant(onText('tabs for indentation', (text) => text.replace(/^( {2})+/gm, (spaces) => '\t'.repeat(spaces.length / 2)))),
  fc.constant(onText('a tab before a key', (text) => text.replace(/\n(\s*)(\w+):/, '\n$1\t$2:'))),
  fc.tuple(fc.nat(), fc.constantFrom([0xff], [0xfe, 0xff], [0xc3], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80])).map(([at, bad]) =>
    named(`insert bytes that are not UTF-8 (${Buffer.from(bad).toString('hex')}) at ${at}`, (bytes) => {
      const offset = at % (bytes.length + 1);
      return new Uint8Array([...bytes.subarray(0, offset), ...bad, ...bytes.subarray(offset)]);
    }),
  ),
  fc.constant(named('saved as UTF-16', (bytes) => new Uint8Array(Buffer.from(`\uFEFF${decoder.decode(bytes)}`, 'utf16le')))),
  fc.constant(named('saved as Latin-1', (bytes) => new Uint8Array(Buffer.from(decoder.decode(bytes), 'latin1')))),
  fc.integer({ min: 1, max: 2_000 }).map((depth) =>
    onText(`a value nested ${depth} deep`, (text) => text.replace(/(title|note|summary): .*/, `$1: ${'['.repeat(depth)}${']'.repeat(depth)}`)),
  ),
);

/** One to three mutations, applied in turn. */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(mutation, { minLength: 1, maxLength: 3 });

export function applyAll(bytes: Uint8Array, steps: readonly Mutation[]): Uint8Array {
  return steps.reduce((current, step) => step.apply(current), bytes);
}

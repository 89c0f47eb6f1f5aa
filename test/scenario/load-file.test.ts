/**
 * Loading scenario text, problems with the file as a whole: syntax, duplicate
 * keys, a file that is empty or not a mapping, alias bombs, line endings and
 * byte order marks. Each file is written out in full, so positions can be counted here.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/index.js';
import { formatPath, renderProblem } from '../../src/files/index.js';
import { fileText, issuesOf, loaded, problemsOf } from './helpers.js';

describe('the whole file', () => {
  it('with a YAML syntax error is reported where the parser stopped', () => {
    const issues = issuesOf(`
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
  - id: opened
    date: 2024-01-02
    event: { type: TALKS_OPENED
    source: wire
`);

    expect(issues[0]).toMatchObject({ line: 11, column: 5, path: '', message: expect.stringMatching(/^YAML syntax error: /) });
  });

  it('with a JSON syntax error is reported at the offending character when the file is .json', () => {
    const issues = issuesOf(
      `
{
  "id": "t",
  "title": "T",
}
`,
      'scenario.json',
    );

    expect(issues).toEqual([expect.objectContaining({ file: 'scenario.json', line: 4, column: 1, message: expect.stringMatching(/^JSON syntax error: /) })]);
  });

  it('with a key given twice in YAML is refused at the second', () => {
    const issues = issuesOf(`
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
  - id: opened
    date: 2024-01-02
    date: 2024-01-03
    event: { type: TALKS_OPENED }
    source: wire
`);

    expect(issues).toEqual([expect.objectContaining({ line: 10, column: 5, message: expect.stringContaining('duplicate key') })]);
  });

  it('with a key given twice in JSON is refused at the second, though JSON.parse would keep the last', () => {
    const issues = issuesOf(
      `
{
  "id": "t",
  "id": "u"
}
`,
      'scenario.json',
    );

    expect(issues).toEqual([expect.objectContaining({ line: 3, column: 3, message: expect.stringContaining('duplicate key') })]);
  });

  it('that is empty says what a scenario should hold', () => {
    const issues = issuesOf('');

    expect(issues).toEqual([expect.objectContaining({ line: 1, column: 1, path: '', message: expect.stringContaining('the file is empty') })]);
  });

  it('that is a list, not a mapping, says so', () => {
    const issues = issuesOf(`
- id: t
- title: T
`);

    expect(issues).toEqual([expect.objectContaining({ line: 1, column: 1, message: expect.stringContaining('found a list') })]);
  });

  it('built to blow up when its aliases are expanded is refused', () => {
    const issues = issuesOf(`
a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
`);

    expect(issues).toEqual([expect.objectContaining({ message: expect.stringContaining('too many YAML aliases') })]);
  });

  it('that reuses plain values by alias, as a generated file does, a few hundred times, loads', () => {
    const steps = Array.from({ length: 300 }, (_, index) => `  - { id: s${index}, date: *d, event: *ev, source: wire }`).join('\n');

    const scenario = loaded(`
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
anchors: [&d 2024-01-02, &ev { type: TALKS_OPENED, where: Cairo }]
steps:
${steps}
`.replace('anchors: [&d 2024-01-02, &ev { type: TALKS_OPENED, where: Cairo }]\n', '').replace('date: *d, event: *ev', 'date: &d 2024-01-02, event: &ev { type: TALKS_OPENED, where: Cairo }'));

    expect(scenario.steps).toHaveLength(300);
    expect(scenario.steps.at(-1)).toMatchObject({ date: '2024-01-02', event: { type: 'TALKS_OPENED', where: 'Cairo' } });
  });

  it('with an alias that names no anchor says so, where the alias is', () => {
    const issues = issuesOf(`
id: t
title: *title
`);

    expect(issues).toEqual([{ file: 'scenario.yaml', line: 2, column: 8, path: '', message: 'YAML syntax error: the alias *title names no anchor set before it (&title)' }]);
  });

  it('with several problems reports them all, sorted by line', () => {
    const issues = issuesOf(`
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idel, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
  - id: opened
    date: 2024-01-02
    event: { type: TALKS_OPEN }
    source: wire
  - id: released
    date: 2024-13-01
    event: { type: HOSTAGES_RELEASED, by: hamas, count: 0 }
    sorce: wire
`);

    expect(issues.map(({ line, column, path }) => `${line}:${column} ${path}`)).toEqual([
      '6:28 initial.state.talks',
      '10:20 steps[0].event.type',
      '13:11 steps[1].date',
      '14:57 steps[1].event.count',
      '15:5 steps[1].sorce',
    ]);
  });
});

describe('line endings and byte order marks', () => {
  const brokenText = `
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
  - id: opened
    date: 2024-01-02
    event: { type: TALKS_OPEN }
    source: wire
`;

  it('a file with CRLF line endings loads', () => {
    const text = fileText(brokenText).replace('TALKS_OPEN', 'TALKS_OPENED').replaceAll('\n', '\r\n');

    const result = loadScenarioText(text, 'scenario.yaml');

    expect(result.ok).toBe(true);
  });

  it('a file with CRLF line endings gets the same positions as with LF', () => {
    const lf = issuesOf(brokenText);
    const crlf = issuesOf(brokenText.replaceAll('\n', '\r\n'));

    expect(crlf).toEqual(lf);
    expect(crlf[0]).toMatchObject({ line: 10, column: 20 });
  });

  it('a file that starts with a UTF-8 byte order mark loads', () => {
    const text = `\uFEFF${fileText(brokenText).replace('TALKS_OPEN', 'TALKS_OPENED')}`;

    const result = loadScenarioText(text, 'scenario.yaml');

    expect(result.ok).toBe(true);
  });

  it('a byte order mark does not shift the columns of the first line', () => {
    const text = `\uFEFF${fileText(brokenText).replace('id: t', 'id: a b').replace('TALKS_OPEN', 'TALKS_OPENED')}`;

    const result = loadScenarioText(text, 'scenario.yaml');

    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ line: 1, column: 5, path: ['id'] })] });
  });
});

describe('a duplicate key', () => {
  it.each([
    ['title: One\ntitle: Two\n', 'scenario.yaml', '"title"'],
    ['initial:\n  note: a\n  note: b\n', 'scenario.yaml', '"note"'],
    ["'a key': 1\n'a key': 2\n", 'scenario.yaml', '"a key"'],
    ['{ "summary": "a", "summary": "b" }', 'scenario.json', '"summary"'],
  ])('in %j is named in full', (text, file, name) => {
    expect(problemsOf(text, file)[0]!.message).toBe(`duplicate key ${name}: a key may appear only once in a mapping (the second would silently replace the first)`);
  });
});

describe('the kind of each problem', () => {
  it.each([
    ['', 'empty'],
    ['id: [1', 'syntax'],
    ['id: a\nid: b\n', 'duplicate-key'],
    ['- a list\n', 'not-a-mapping'],
    ['id: t\nsorce: x\n', 'unknown-key'],
  ])('in %j is %s', (text, code) => {
    expect(problemsOf(text).map((problem) => problem.code)).toContain(code);
  });

  it('is "invalid" for a value the format does not allow, and "inconsistent" for a reference to nothing', () => {
    const problems = problemsOf(`
id: a b
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
  - { id: said, date: 2024-01-02, event: { type: STATEMENT, by: nobody, text: words } }
`);

    expect(problems.map((problem) => `${formatPath(problem.path)} ${problem.code}`)).toEqual(['id invalid', 'steps[0].event.by inconsistent']);
  });
});

describe('renderProblem', () => {
  it('writes one line: file, line, column, path and message', () => {
    const line = renderProblem({ code: 'invalid', file: 'rafah.yaml', line: 14, column: 20, path: ['steps', 0, 'event', 'type'], message: 'unknown event type "X"' });

    expect(line).toBe('rafah.yaml:14:20: steps[0].event.type: unknown event type "X"');
  });

  it('leaves out the path of a problem with the whole file', () => {
    const line = renderProblem({ code: 'empty', file: 'rafah.yaml', line: 1, column: 1, path: [], message: 'the file is empty' });

    expect(line).toBe('rafah.yaml:1:1: the file is empty');
  });

  it('writes a problem with a file but no place as file: message, and one with neither as the message alone', () => {
    expect(renderProblem({ code: 'not-found', file: 'rafah.yaml', message: 'no branch "x" in this scenario' })).toBe('rafah.yaml: no branch "x" in this scenario');
    expect(renderProblem({ code: 'port-in-use', message: 'port 80 is already in use' })).toBe('port 80 is already in use');
  });

  it('escapes control characters in the file name, the path and the message, so the line stays one line', () => {
    const line = renderProblem({ code: 'invalid', file: 'a\u001b[2Jb.yaml', line: 2, column: 3, path: ['steps', 0, 'x\ny'], message: 'bad \u202e text' });

    expect(line).toBe('a\\u001b[2Jb.yaml:2:3: steps[0].x\\ny: bad \\u202e text');
  });
});


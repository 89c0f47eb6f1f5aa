/**
 * What the loader says about a value of the wrong kind, in the words of
 * zod-issues.ts and load-scenario.ts, for people who do not read schemas: one
 * `it` per kind of mistake, each checked to the letter. Written after mutation
 * testing showed these words could change unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/files/index.js';
import { loadScenarioText } from '../../src/scenario/index.js';

type Data = Record<string, unknown> & { initial: Record<string, unknown>; steps: Array<Record<string, unknown>> };

function validScenario(): Data {
  return {
    id: 'words',
    title: 'Words',
    summary: 'A small valid scenario.',
    sources: [{ id: 'wire', title: 'Wire' }],
    parties: [
      { id: 'israel', name: 'Israel', role: 'belligerent' },
      { id: 'hamas', name: 'Hamas', role: 'armed-group' },
    ],
    initial: { state: { talks: 'idle', operations: 'active', access: 'open' }, hostages: { held: 10, deceased: 2 } },
    steps: [{ id: 'opened', date: '2024-01-02', event: { type: 'TALKS_OPENED' }, source: 'wire' }],
  };
}

/** The issues of `text` as `path: message` (or just the message for the whole file). */
function problemsIn(text: string, file = 'words.json'): string[] {
  const result = loadScenarioText(text, file);
  return result.ok ? [] : result.problems.map((issue) => (issue.path.length > 0 ? `${formatPath(issue.path)}: ${issue.message}` : issue.message));
}

function problems(data: unknown): string[] {
  return problemsIn(JSON.stringify(data, null, 2));
}

describe('a value of the wrong kind', () => {
  it('is named in words: text', () => {
    expect(problems({ ...validScenario(), title: 5 })).toEqual(['title: expected text, found 5']);
  });

  it('is named in words: true or false', () => {
    const data = validScenario();
    data.steps[0]!.inferred = 'yes';
    data.steps[0]!.note = 'n';
    expect(problems(data)).toEqual(['steps[0].inferred: expected true or false, found "yes"']);
  });

  it('is named in words: a list, found a mapping', () => {
    expect(problems({ ...validScenario(), sources: { id: 'wire' } })).toEqual(['sources: expected a list, found a mapping']);
  });

  it('is named in words: a mapping, found text', () => {
    expect(problems({ ...validScenario(), initial: 'idle' })).toEqual(['initial: expected a mapping (key: value lines), found "idle"']);
  });

  it('is named in words: a number, found nothing (null)', () => {
    const data = validScenario();
    data.initial.hostages = { held: null, deceased: 0 };
    expect(problems(data)).toEqual(['initial.hostages.held: expected a number, found nothing (null)']);
  });

  it('says a fraction is not a whole number', () => {
    const data = validScenario();
    data.initial.hostages = { held: 1.5, deceased: 0 };
    expect(problems(data)).toEqual(['initial.hostages.held: expected a whole number, found 1.5']);
  });

  it('cuts long text it quotes after 40 characters', () => {
    const data = validScenario();
    data.initial.state = { talks: 'i'.repeat(45), operations: 'active', access: 'open' };
    expect(problems(data)[0]).toMatch(/^initial\.state\.talks: unknown value "i{40}…"; expected one of idle, proposal, accepted, rejected, stalled$/);
  });

  it('says a missing key is missing', () => {
    const { summary: _summary, ...data } = validScenario();
    expect(problems(data)).toEqual(['summary: missing "summary"']);
  });
});

describe('unknown keys', () => {
  it('are all named in one issue, pointed at the first, with the known keys listed', () => {
    expect(problems({ ...validScenario(), colour: 'red', flavour: 'mint' })).toEqual([
      'colour: unknown key "colour", "flavour"; known keys: id, title, summary, sources, parties, initial, steps, branches',
    ]);
  });
});

describe('a value out of range', () => {
  it('gives the largest count allowed', () => {
    const data = validScenario();
    data.initial.hostages = { held: 2_000_000_000, deceased: 0 };
    expect(problems(data)).toEqual(['initial.hostages.held: expected at most 1000000000, found 2000000000']);
  });

  it('asks for some text instead of an empty string', () => {
    expect(problems({ ...validScenario(), title: '' })).toEqual(['title: expected some text, found an empty string']);
  });

  it('asks for at least one item in a list that must have some', () => {
    expect(problems({ ...validScenario(), steps: [] })).toEqual(['steps: expected at least 1 item(s), found none']);
  });

  it('lists the values allowed, suggesting the nearest', () => {
    const data = validScenario();
    data.parties = [{ id: 'israel', name: 'Israel', role: 'beligerent' }];
    expect(problems(data)).toEqual([
      'parties[0].role: unknown value "beligerent"; expected one of principal, mediator, guarantor, belligerent, armed-group (did you mean "belligerent"?)',
    ]);
  });

  it('lists the values allowed for a value that is not text, without a suggestion', () => {
    const data = validScenario();
    data.parties = [{ id: 'israel', name: 'Israel', role: 3 }];
    expect(problems(data)).toEqual(['parties[0].role: unknown value 3; expected one of principal, mediator, guarantor, belligerent, armed-group']);
  });
});

describe('a value of none of the allowed forms', () => {
  it('says a withdrawal is true, false or text', () => {
    const data = validScenario();
    data.steps[0]!.event = { type: 'PROPOSAL_TABLED', by: 'israel', terms: { withdrawal: 5 } };
    expect(problems(data)).toEqual(['steps[0].event.terms.withdrawal: expected true, false or text, found 5']);
  });

  it('names the kinds of value a source may be', () => {
    const data = validScenario();
    data.steps[0]!.source = 5;
    expect(problems(data)).toEqual(['steps[0].source: expected text or a list, found 5']);
  });

  it('says what is wrong inside a list of phases, not that the list is of none of the forms', () => {
    const data = validScenario();
    data.steps[0]!.event = { type: 'PROPOSAL_TABLED', by: 'israel', terms: { phases: [{ days: 5, toBeNegotiated: 'maybe', hostage: 3 }] } };
    expect(problems(data)).toEqual([
      'steps[0].event.terms.phases[0].toBeNegotiated: expected true or false, found "maybe"',
      'steps[0].event.terms.phases[0].hostage: unknown key "hostage"; known keys: days, hostages, prisoners, aidTrucksPerDay, withdrawal, toBeNegotiated, note',
    ]);
  });

  it('says which party in a list is not an id', () => {
    const data = validScenario();
    data.steps[0]!.event = { type: 'PROPOSAL_ACCEPTED', by: ['israel', 4] };
    expect(problems(data)).toEqual(['steps[0].event.by[1]: expected text, found 4']);
  });

  it('names the kinds of value phases may be', () => {
    const data = validScenario();
    data.steps[0]!.event = { type: 'PROPOSAL_TABLED', by: 'israel', terms: { phases: 'three' } };
    expect(problems(data)).toEqual(['steps[0].event.terms.phases: expected a number or a list, found "three"']);
  });

  it('asks for a web address', () => {
    expect(problems({ ...validScenario(), sources: [{ id: 'wire', title: 'Wire', url: 'wire service' }] })).toEqual([
      'sources[0].url: expected a web address (https://...), found "wire service"',
    ]);
  });

  it('says what an id may be made of', () => {
    expect(problems({ ...validScenario(), id: 'two words' })).toEqual([
      'id: expected an id made of letters, digits, "-", "_" or "." (no spaces), found "two words"',
    ]);
  });

  it('says how a date is written, and that the day must exist', () => {
    const data = validScenario();
    data.steps[0]!.date = '2 January 2024';
    expect(problems(data)).toEqual(['steps[0].date: expected a date written YYYY-MM-DD, found "2 January 2024"']);
    data.steps[0]!.date = '2024-02-30';
    expect(problems(data)).toEqual(['steps[0].date: no such day in the calendar: "2024-02-30"']);
  });
});

describe('an event that is not an event', () => {
  it('says an event is a mapping with a type', () => {
    const data = validScenario();
    data.steps[0]!.event = 'TALKS_OPENED';
    expect(problems(data)).toEqual(['steps[0].event: expected an event (a mapping with a type, e.g. type: PROPOSAL_ACCEPTED), found "TALKS_OPENED"']);
  });

  it('lists the event types when the type is missing', () => {
    const data = validScenario();
    data.steps[0]!.event = { where: 'Cairo' };
    expect(problems(data)).toEqual([expect.stringMatching(/^steps\[0\]\.event: missing "type"; an event has a type, one of TALKS_OPENED, PROPOSAL_TABLED, .*, CASUALTIES_REPORTED$/)]);
  });

  it('lists the event types when the type is nothing like one', () => {
    const data = validScenario();
    data.steps[0]!.event = { type: 'ARMISTICE' };
    expect(problems(data)).toEqual([expect.stringMatching(/^steps\[0\]\.event\.type: unknown event type "ARMISTICE"; known types: TALKS_OPENED, .*, CASUALTIES_REPORTED$/)]);
  });

  it('quotes an unknown type in full, however long', () => {
    const data = validScenario();
    const type = 'A_VERY_LONG_EVENT_TYPE_THAT_NOBODY_HAS_EVER_DEFINED';
    data.steps[0]!.event = { type };
    expect(problems(data)[0]).toContain(`unknown event type "${type}"; known types: `);
  });

  it('lists the event types when the type is not text', () => {
    const data = validScenario();
    data.steps[0]!.event = { type: 7 };
    expect(problems(data)).toEqual([expect.stringMatching(/^steps\[0\]\.event\.type: unknown event type 7; known types: TALKS_OPENED, /)]);
  });

  it('is checked in branches too', () => {
    const data = validScenario();
    data.branches = [{ id: 'b', title: 'B', from: 'opened', steps: [{ id: 'x', date: '2024-01-03', event: { type: 'TALKS_OPENED', where: 5 } }] }];
    expect(problems(data)).toEqual(['branches[0].steps[0].event.where: expected text, found 5']);
  });
});

describe('a file that is not a scenario at all', () => {
  it('says a single value at the top is not a mapping', () => {
    expect(problemsIn('42\n', 'words.yaml')).toEqual(['expected a mapping (key: value lines) at the top of the file, found a single value']);
  });

  it('says JSON has no comments', () => {
    expect(problemsIn('{ // note\n "id": "x" }')).toEqual(['JSON syntax error: comments are not allowed in JSON']);
  });

  it('says JSON needs a colon after a key', () => {
    expect(problemsIn('{ "id" "x" }')).toEqual(['JSON syntax error: expected ":" after the key']);
  });

  it('says JSON has no comma after the last item', () => {
    expect(problemsIn('{ "id": "x", }')).toEqual(['JSON syntax error: expected a key in double quotes (no comma after the last item)']);
  });

  it('says a JSON string must be closed', () => {
    expect(problemsIn('{ "id": "x }')).toEqual(['JSON syntax error: a string is not closed with "']);
  });

  it('reads a .JSON file name as JSON too', () => {
    expect(problemsIn('{ "id": "x", }', 'WORDS.JSON')).toEqual(['JSON syntax error: expected a key in double quotes (no comma after the last item)']);
  });
});

describe('a JSON syntax error', () => {
  // One file per kind of error jsonc-parser tells apart; each gets words of its own and the place it starts.
  it.each([
    ['{"id": @}', '1:8', 'unexpected character'],
    ['{"id": 1e}', '1:8', 'a number is cut short'],
    ['{"id": }', '1:8', 'expected a value'],
    ['{1: "a"}', '1:2', 'expected a key in double quotes (no comma after the last item)'],
    ['{"id" "a"}', '1:7', 'expected ":" after the key'],
    ['{"id": "a" "title": "b"}', '1:12', 'expected "," between items'],
    ['{"id": "a"', '1:11', 'expected "}" to close the mapping'],
    ['{"id": ["a"', '1:12', 'expected "]" to close the list'],
    ['{"id": "a"} {}', '1:13', 'unexpected text after the end of the JSON value'],
    ['{"id": "a" /* note */}', '1:12', 'comments are not allowed in JSON'],
    ['{"id": "a" /* note', '1:12', 'comments are not allowed in JSON'],
    ['{"id": "a', '1:8', 'a string is not closed with "'],
    ['{"id": "\\u12"}', '1:8', 'a \\u escape is written wrongly'],
    ['{"id": "\\q"}', '1:8', 'an escape (backslash) is written wrongly'],
    ['{"id": "a\tb"}', '1:8', 'a character that must be escaped inside a string'],
  ])('in %j is at %s: %s', (text, place, words) => {
    const result = loadScenarioText(text, 'broken.json');

    expect(result.ok ? [] : result.problems.map((issue) => `${issue.line}:${issue.column} ${issue.message}`)).toEqual([`${place} JSON syntax error: ${words}`]);
  });
});

describe('text that could change what a terminal shows', () => {
  it.each([
    ['title', (data: Data) => void (data.title = 'Title \u001b[2J'), 'title: contains a control character (U+001B), which could change what a terminal shows; remove it: "Title \\u001b[2J"'],
    ['a name', (data: Data) => void ((data.parties as Array<Record<string, unknown>>)[0]!.name = 'Isr\u202eael'), 'parties[0].name: contains a control character (U+202E), which could change what a terminal shows; remove it: "Isr\\u202eael"'],
    ['a note', (data: Data) => void (data.steps[0]!.note = 'ring \u0007 the bell'), 'steps[0].note: contains a control character (U+0007), which could change what a terminal shows; remove it: "ring \\u0007 the bell"'],
  ])('is refused in %s, naming the character', (_where, spoil, message) => {
    const data = validScenario();
    spoil(data);
    expect(problems(data)).toEqual([message]);
  });

  it('is refused as a line break in a text shown on one line, and allowed in a note', () => {
    const data = validScenario();
    data.steps[0]!.event = { type: 'STATEMENT', by: 'israel', text: 'line one\n✓ all good' };
    data.steps[0]!.note = 'a note\nof two lines';

    expect(problems(data)).toEqual(['steps[0].event.text: is shown on one line, but holds a line break (U+000A); write it on one line: "line one\\n✓ all good"']);
  });
});

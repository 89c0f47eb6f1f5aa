/**
 * Text with a comma inside `{ }`: YAML ends the value at the comma and reads
 * the rest as a key. The message says what happened and how to write it.
 */
import { describe, expect, it } from 'vitest';
import { issuesOf } from './helpers.js';

const scenario = (event: string) => `
id: commas
title: Commas
summary: A statement with a comma in it.
sources: [{ id: wire, title: Wire }]
parties:
  - { id: israel, name: Israel, role: principal }
  - { id: hamas, name: Hamas, role: principal }
initial:
  state: { talks: idle, operations: active, access: open }
  hostages: { held: 1, deceased: 0 }
steps:
  - { id: said, date: 2024-05-05, event: ${event} }
`;

describe('text with a comma inside { }', () => {
  it('is refused at the rest of the text, saying to put text with commas in quotes', () => {
    const issues = issuesOf(scenario('{ type: POSITION_STATED, by: hamas, text: accusing Israel of delays, and of bad faith }'));

    expect(issues).toEqual([
      {
        file: 'scenario.yaml',
        line: 12,
        column: 111,
        path: 'steps[0].event.and of bad faith',
        message: 'unknown key "and of bad faith"; known keys: type, by, text (a comma inside { } ends the text before it: put text with commas in quotes, text: "a, b")',
      },
    ]);
  });

  it('reads in quotes', () => {
    expect(() => issuesOf(scenario('{ type: POSITION_STATED, by: hamas, text: "accusing Israel of delays, and of bad faith" }'))).toThrow('expected scenario.yaml to be refused, but it loaded');
  });

  it('does not give that advice for a misspelt key', () => {
    const [issue] = issuesOf(scenario('{ type: POSITION_STATED, by: hamas, text: accusing Israel, txt: of delays }'));

    expect(issue!.message).toBe('unknown key "txt"; known keys: type, by, text');
  });
});

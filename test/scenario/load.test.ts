/**
 * Loading scenario text: a problem in a step, an event, a branch or the initial
 * state is reported at its line and column. Each file is written out in full, so
 * the positions can be counted here.
 */
import { describe, expect, it } from 'vitest';
import { issuesOf, loaded } from './helpers.js';

describe('an event', () => {
  it('of an unknown type is pointed at, with the nearest known type suggested', () => {
    const issues = issuesOf(`
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
  - id: hamas-accepts
    date: 2024-01-02
    event: { type: PROPOSAL_ACCEPT, by: hamas }
    source: wire
`);

    expect(issues).toEqual([
      {
        file: 'scenario.yaml',
        line: 10,
        column: 20,
        path: 'steps[0].event.type',
        message: 'unknown event type "PROPOSAL_ACCEPT" (did you mean "PROPOSAL_ACCEPTED"?)',
      },
    ]);
  });

  it('by an unknown party is pointed at, with the known parties listed and the nearest suggested', () => {
    const [issue, ...others] = issuesOf(`
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
  - id: hamas-accepts
    date: 2024-01-02
    event: { type: PROPOSAL_ACCEPTED, by: hamass }
    source: wire
`);

    expect(others).toEqual([]);
    expect(issue).toMatchObject({ line: 10, column: 43, path: 'steps[0].event.by' });
    expect(issue?.message).toContain('unknown party "hamass"');
    expect(issue?.message).toContain('did you mean "hamas"');
    expect(issue?.message).toContain('known parties: israel, hamas');
  });

  it('with a negative count is pointed at the count', () => {
    const issues = issuesOf(`
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
  - id: released
    date: 2024-01-02
    event: { type: HOSTAGES_RELEASED, by: hamas, count: -3 }
    source: wire
`);

    expect(issues).toEqual([
      expect.objectContaining({ line: 10, column: 57, path: 'steps[0].event.count', message: 'expected a whole number of at least 1, found -3' }),
    ]);
  });

  it('with a fractional count is pointed at the count', () => {
    const issues = issuesOf(`
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
  - id: released
    date: 2024-01-02
    event: { type: HOSTAGES_RELEASED, by: hamas, count: 2.5 }
    source: wire
`);

    expect(issues).toEqual([
      expect.objectContaining({ line: 10, column: 57, path: 'steps[0].event.count', message: 'expected a whole number, found 2.5' }),
    ]);
  });
});

describe('a step', () => {
  it('citing an unknown source is pointed at the source, with the known sources listed', () => {
    const [issue, ...others] = issuesOf(`
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
  - id: opened
    date: 2024-01-02
    event: { type: TALKS_OPENED }
    source: wyre
`);

    expect(others).toEqual([]);
    expect(issue).toMatchObject({ line: 11, column: 13, path: 'steps[0].source' });
    expect(issue?.message).toContain('unknown source "wyre"');
    expect(issue?.message).toContain('did you mean "wire"');
    expect(issue?.message).toContain('known sources: wire');
  });

  it('dated on a day the calendar does not have is pointed at the date', () => {
    const issues = issuesOf(`
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
  - id: opened
    date: 2024-02-30
    event: { type: TALKS_OPENED }
    source: wire
`);

    expect(issues).toEqual([
      expect.objectContaining({ line: 9, column: 11, path: 'steps[0].date', message: expect.stringContaining('no such day') }),
    ]);
  });

  it('dated before the step above it is pointed at its date, naming both dates', () => {
    const issues = issuesOf(`
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
  - id: round-one
    date: 2024-01-05
    event: { type: TALKS_OPENED }
    source: wire
  - id: round-two
    date: 2024-01-03
    event: { type: TALKS_OPENED }
    source: wire
`);

    expect(issues).toEqual([
      expect.objectContaining({
        line: 13,
        column: 11,
        path: 'steps[1].date',
        message: expect.stringMatching(/2024-01-03 goes backwards.*2024-01-05/),
      }),
    ]);
  });

  it('with an unknown key is pointed at the key, with the known keys listed', () => {
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
    event: { type: TALKS_OPENED }
    sorce: wire
`);

    expect(issues).toEqual([
      expect.objectContaining({
        line: 11,
        column: 5,
        path: 'steps[0].sorce',
        message: 'unknown key "sorce"; known keys: id, date, event, source, note, inferred, expect',
      }),
    ]);
  });

  it('missing a required key is reported on the step that lacks it', () => {
    const issues = issuesOf(`
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
  - id: opened
    event: { type: TALKS_OPENED }
    source: wire
`);

    expect(issues).toEqual([expect.objectContaining({ line: 8, column: 5, path: 'steps[0].date', message: 'missing "date"' })]);
  });

  it('that reuses an id is pointed at the second id', () => {
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
    event: { type: TALKS_OPENED }
    source: wire
  - id: opened
    date: 2024-01-03
    event: { type: TALKS_OPENED }
    source: wire
`);

    expect(issues).toEqual([
      expect.objectContaining({ line: 12, column: 9, path: 'steps[1].id', message: expect.stringContaining('step id "opened" is used twice') }),
    ]);
  });

  it('marked inferred without a note is pointed at the inferred key', () => {
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
    event: { type: TALKS_OPENED }
    inferred: true
`);

    expect(issues).toEqual([
      expect.objectContaining({ line: 11, column: 5, path: 'steps[0].inferred', message: expect.stringContaining('needs a note') }),
    ]);
  });
});

describe('a branch', () => {
  it('starting from a step the main line does not have is pointed at its from', () => {
    const [issue, ...others] = issuesOf(`
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
  - id: opened
    date: 2024-01-02
    event: { type: TALKS_OPENED }
    source: wire
branches:
  - id: what-if
    title: What if
    from: openned
    steps:
      - { id: stalled, date: 2024-01-03, event: { type: TALKS_STALLED }, inferred: true, note: Hypothetical. }
`);

    expect(others).toEqual([]);
    expect(issue).toMatchObject({ line: 15, column: 11, path: 'branches[0].from' });
    expect(issue?.message).toContain('unknown step "openned"');
    expect(issue?.message).toContain('did you mean "opened"');
  });
});

describe('the initial state', () => {
  it('with more dead than held is pointed at the dead', () => {
    const issues = issuesOf(`
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial:
  state: { talks: idle, operations: active, access: open }
  hostages: { held: 10, deceased: 12 }
steps:
  - { id: opened, date: 2024-01-02, event: { type: TALKS_OPENED }, source: wire }
`);

    expect(issues).toEqual([
      expect.objectContaining({
        line: 8,
        column: 35,
        path: 'initial.hostages.deceased',
        message: expect.stringContaining('12 dead cannot be more than the 10 held'),
      }),
    ]);
  });

  it('with access closed but no closed crossing is pointed at access', () => {
    const issues = issuesOf(`
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial:
  state: { talks: idle, operations: active, access: closed }
  hostages: { held: 10, deceased: 2 }
steps:
  - { id: opened, date: 2024-01-02, event: { type: TALKS_OPENED }, source: wire }
`);

    expect(issues).toEqual([
      expect.objectContaining({ line: 7, column: 53, path: 'initial.state.access', message: expect.stringContaining('no crossing is closed') }),
    ]);
  });
});

describe('a well-formed file', () => {
  it('loads to the data it holds', () => {
    const scenario = loaded(`
id: t
title: T
summary: S
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: belligerent }, { id: hamas, name: Hamas, role: armed-group }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 10, deceased: 2 } }
steps:
  - id: opened
    date: 2024-01-02
    event: { type: TALKS_OPENED, where: Cairo }
    source: wire
`);

    expect(scenario.steps).toEqual([{ id: 'opened', date: '2024-01-02', event: { type: 'TALKS_OPENED', where: 'Cairo' }, source: 'wire' }]);
  });
});

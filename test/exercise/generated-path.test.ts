/** A copy of the path truce paths writes: which steps still carry its marks, and which are that path. */
import { describe, expect, it } from 'vitest';
import { carriesGeneratedMarks, isGeneratedPath } from '../../src/exercise/generated-path.js';
import { GENERATED_NOTE } from '../../src/paths/index.js';
import type { ScenarioStep } from '../../src/scenario/index.js';

function step(id: string, date: string, event: Record<string, unknown>, note?: string): ScenarioStep {
  return { id, date, event, ...(note !== undefined ? { note } : {}) } as unknown as ScenarioStep;
}

const TABLED = { type: 'PROPOSAL_TABLED', by: 'qatar', terms: { pauseDays: 4 } };
const ACCEPTED = { type: 'PROPOSAL_ACCEPTED', by: 'hamas' };
const printed = [step('path-1', '2023-11-22', TABLED, GENERATED_NOTE), step('path-2', '2023-11-22', ACCEPTED, GENERATED_NOTE)];

describe('the marks truce paths leaves on the steps it writes', () => {
  it('are its step ids (path-1, path-12, path-1-2) or its note, on every step', () => {
    expect(carriesGeneratedMarks([step('path-1', '2023-11-22', TABLED), step('path-12', '2023-11-22', ACCEPTED), step('path-1-23', '2023-11-22', ACCEPTED)])).toBe(true);
    expect(carriesGeneratedMarks([step('mine', '2023-11-22', TABLED, GENERATED_NOTE)])).toBe(true);
  });

  it('are not ids of the student\'s own that only look like them', () => {
    for (const id of ['my-path-1', 'path-1b', 'path-x', 'path-1-', 'path-1-x', 'path-']) {
      expect(carriesGeneratedMarks([step(id, '2023-11-22', TABLED)]), id).toBe(false);
    }
  });

  it('are missing when one step has neither, or when there are no steps', () => {
    expect(carriesGeneratedMarks([step('path-1', '2023-11-22', TABLED), step('hamas-yes', '2023-11-22', ACCEPTED)])).toBe(false);
    expect(carriesGeneratedMarks([])).toBe(false);
  });
});

describe('a solution that is the path truce paths writes', () => {
  it('is one with the same events on the same dates, in order, with its ids or its note', () => {
    expect(isGeneratedPath(printed, printed)).toBe(true);
    expect(isGeneratedPath([step('mine-1', '2023-11-22', TABLED, GENERATED_NOTE), step('path-2', '2023-11-22', ACCEPTED)], printed)).toBe(true);
  });

  it('is not one with fewer or more steps', () => {
    expect(isGeneratedPath(printed.slice(0, 1), printed)).toBe(false);
    expect(isGeneratedPath([...printed, step('path-3', '2023-11-22', ACCEPTED, GENERATED_NOTE)], printed)).toBe(false);
  });

  it('is not one where a single step differs: its date, its event, an extra or missing field, or both marks gone', () => {
    const second = (changed: ScenarioStep) => [printed[0]!, changed];
    expect(isGeneratedPath(second(step('path-2', '2023-11-23', ACCEPTED, GENERATED_NOTE)), printed)).toBe(false);
    expect(isGeneratedPath(second(step('path-2', '2023-11-22', { type: 'PROPOSAL_ACCEPTED', by: 'israel' }, GENERATED_NOTE)), printed)).toBe(false);
    expect(isGeneratedPath(second(step('path-2', '2023-11-22', { type: 'PROPOSAL_ACCEPTED' }, GENERATED_NOTE)), printed)).toBe(false);
    expect(isGeneratedPath(second(step('path-2', '2023-11-22', { ...ACCEPTED, extra: 1 }, GENERATED_NOTE)), printed)).toBe(false);
    expect(isGeneratedPath(second(step('hamas-yes', '2023-11-22', ACCEPTED)), printed)).toBe(false);
  });
});

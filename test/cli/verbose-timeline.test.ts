/**
 * `truce run --verbose`: each step's source and note belong to its own block
 * of the timeline, indented like it, before the blank line that ends it, so
 * that none reads as the next step's.
 */
import { describe, expect, it } from 'vitest';
import { shippedScenario } from '../scenario/helpers.js';
import { scratchFolder } from './helpers.js';
import { truceInProcess } from './in-process.js';

/** The timeline's blocks, one per step: the text between blank lines, from the first dated one to the summary. */
function stepBlocks(timeline: string): string[][] {
  return timeline
    .split('\n\n')
    .slice(1, -1)
    .map((block) => block.split('\n'));
}

describe('truce run --verbose', () => {
  it("prints each step's source and note in that step's block, every line of it indented under the step's date", async () => {
    const scenario = await shippedScenario('pause-2023-11');

    const { code, stdout } = await truceInProcess(['run', 'scenarios/pause-2023-11.yaml', '--verbose']);
    const blocks = stepBlocks(stdout);

    expect(code).toBe(0);
    expect(blocks.map((block) => block[0]!.split(/\s+/)[1])).toEqual(scenario.steps.map((step) => step.id));
    for (const [index, block] of blocks.entries()) {
      const step = scenario.steps[index]!;
      expect(block.slice(1).filter((line) => !line.startsWith('  '))).toEqual([]);
      const note = block.findIndex((line) => line.startsWith('  note: '));
      expect(note === -1 ? undefined : block.slice(note).join(' ').replace(/\s+/g, ' ').replace(/^ note: /, '')).toBe(step.note);
      expect(block.includes(`  source: ${[step.source ?? []].flat().join(', ')}`)).toBe(step.source !== undefined);
    }
  });

  it('keeps a note of several lines inside its step', async () => {
    const scratch = scratchFolder();
    const file = scratch.write(
      'note.yaml',
      `id: n
title: Notes
summary: A note of two paragraphs.
sources: [{ id: wire, title: Wire }]
parties: [{ id: israel, name: Israel, role: principal }, { id: hamas, name: Hamas, role: principal }]
initial: { state: { talks: idle, operations: active, access: open }, hostages: { held: 1, deceased: 0 } }
steps:
  - id: first
    date: 2024-05-05
    event: { type: TALKS_OPENED }
    note: |
      First paragraph.

      Second paragraph.
  - id: second
    date: 2024-05-06
    event: { type: TALKS_STALLED }
`,
    );

    const { stdout } = await truceInProcess(['run', file, '--verbose']);
    scratch.remove();

    expect(stepBlocks(stdout)).toEqual([
      ['2024-05-05  first', '  A round of talks opens', '  → talks idle · operations active · access open · agreement none', '  note: First paragraph. Second paragraph.'],
      ['2024-05-06  second', '  Talks stall', '  → talks stalled · operations active · access open · agreement none'],
    ]);
  });
});

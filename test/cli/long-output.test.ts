/**
 * Output that grows with a file, never with its square, and that is never held
 * whole: `run --json` writes its trace in pieces (a trace can be more JSON than
 * one string may hold, which ended in "internal error"), and `view` refuses a
 * file too long for its page in one line. Sizes are measured on generated
 * files of 5,000 rounds (records-only scenarios: every step adds a round, a
 * violation or an operation); nothing here is timed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordsOnlyScenario } from '../../bench/long-scenario.mjs';
import { chunked, jsonPieces } from '../../src/cli/format/json-pieces.js';
import { traceToJson } from '../../src/cli/format/trace-json.js';
import type { Io } from '../../src/cli/io.js';
import { printJson } from '../../src/cli/print-json.js';
import { buildViewerData, viewerLengthProblem, VIEWER_MAX_STEPS } from '../../src/inspect/index.js';
import { replayScenario, type Scenario } from '../../src/scenario/index.js';
import { scratchFolder, truce } from './helpers.js';

/** A scenario of `rounds` rounds of talks, each step adding a round, a violation or an operation to the record. */
const ofRounds = (rounds: number): Scenario => recordsOnlyScenario(3 * rounds);

/** An Io that keeps each piece written to stdout, and counts the waits for the reader. */
function recordingIo(): Io & { pieces: string[]; flushes: number } {
  const io = {
    pieces: [] as string[],
    flushes: 0,
    stdout: (text: string) => void io.pieces.push(text),
    stderr: () => {},
    isTTY: false,
    env: {},
    cwd: '.',
    flush: async () => void (io.flushes += 1),
  };
  return io;
}

describe('JSON in pieces', () => {
  it('is, joined, exactly the text JSON.stringify(value, null, 2) gives, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value, null, 2));
        expect([...chunked(jsonPieces(value), 7)].join('')).toBe(JSON.stringify(value, null, 2));
      }),
    );
  });

  it('leaves out what JSON.stringify leaves out (undefined members, functions), and writes null for them in a list', () => {
    const value = { a: undefined, b: [undefined, () => 1, 2], c: { d: undefined, e: new Date(0) }, f: () => 1, g: {} };

    expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });
});

describe('truce run --json on a 5,000-round file', () => {
  it('prints the trace in pieces of bounded size, waiting for the reader as it goes, never the whole text at once', async () => {
    const scenario = ofRounds(5_000);
    const trace = traceToJson(replayScenario(scenario), scenario.parties);
    const io = recordingIo();

    await printJson(io, trace);

    const text = io.pieces.join('');
    expect(text).toBe(`${JSON.stringify(trace, null, 2)}\n`);
    expect(Math.max(...io.pieces.map((piece) => piece.length))).toBeLessThan(256 * 1024);
    expect(io.flushes).toBeGreaterThanOrEqual(Math.floor(io.pieces.length / 64) - 1);
    expect(trace.record.rounds).toHaveLength(5_000);
  });

  it('prints a trace that grows with the steps, not with their square: twice the rounds, about twice the bytes', async () => {
    const scratch = scratchFolder();
    const sizes: number[] = [];
    for (const rounds of [2_500, 5_000]) {
      const file = scratch.write(`rounds-${rounds}.json`, JSON.stringify(ofRounds(rounds)));
      const { code, stdout, stderr } = await truce(['run', file, '--json']);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(JSON.parse(stdout).steps).toHaveLength(3 * rounds);
      sizes.push(stdout.length);
    }
    scratch.remove();

    expect(sizes[1]! / sizes[0]!).toBeGreaterThan(1.9);
    expect(sizes[1]! / sizes[0]!).toBeLessThan(2.1);
  });
});

describe('truce view on a long file', () => {
  it("gives the page data that grows with the steps, not with their square: twice the rounds, about twice the bytes", () => {
    const [half, whole] = [2_500, 5_000].map((rounds) => JSON.stringify(buildViewerData(ofRounds(rounds), { machineId: 'truce' })).length);

    expect(whole! / half!).toBeGreaterThan(1.9);
    expect(whole! / half!).toBeLessThan(2.1);
  });

  it(`takes a file of ${VIEWER_MAX_STEPS} steps, and refuses a longer one in one line, saying what to use instead`, () => {
    expect(viewerLengthProblem(recordsOnlyScenario(VIEWER_MAX_STEPS), 'long.json')).toBeUndefined();
    expect(viewerLengthProblem(recordsOnlyScenario(VIEWER_MAX_STEPS + 1), 'long.json')).toEqual({
      code: 'too-large',
      file: 'long.json',
      line: 1,
      column: 1,
      path: [],
      message: 'too long for the viewer: 20,001 steps to show, and the viewer shows at most 20,000; replay it with truce run (add --json for the whole trace)',
    });
  });

  it('counts each branch as the viewer replays it: the main line up to its fork, then its own steps', () => {
    const scenario = recordsOnlyScenario(12_000);
    const forked: Scenario = { ...scenario, branches: [{ id: 'what-if', title: 'What if', from: scenario.steps[9_999]!.id, steps: [scenario.steps[10_000]!] }] };

    expect(viewerLengthProblem(forked, 'long.json')?.message).toBe(
      'too long for the viewer: 22,001 steps to show (its main line and each branch, replayed from the start), and the viewer shows at most 20,000; replay it with truce run (add --json for the whole trace)',
    );
  });

  it('says so on the command line, exit 2, without serving anything', async () => {
    const scratch = scratchFolder();
    const file = scratch.write('long.json', JSON.stringify(recordsOnlyScenario(VIEWER_MAX_STEPS + 1)));

    const { code, stdout, stderr } = await truce(['view', file, '--port', '0']);
    scratch.remove();

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${file}:1:1: too long for the viewer: 20,001 steps to show, and the viewer shows at most 20,000; replay it with truce run (add --json for the whole trace)\n`);
  });
});

/** The moves a turn of play offers (src/play/turn-moves.ts): letting the days pass among them, in the model's order. */
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/model/index.js';
import { turnMoves } from '../../src/play/turn-moves.js';
import { atTurn } from './sessions.js';

const inModelOrder = (types: string[]) => [...types].sort((a, b) => EVENT_TYPES.indexOf(a as never) - EVENT_TYPES.indexOf(b as never));

describe('the moves of a turn', () => {
  it("offer letting the days pass, by no party, in its place in the model's order of moves, just before reporting a violation", async () => {
    // 24 November 2023, turn 5: the pause is in force, with an end day.
    const session = await atTurn('scenarios/pause-2023-11.yaml', 4);
    const { allowed } = turnMoves(session);
    const types = allowed.map((move) => move.type);

    expect(types).toContain('TIME_PASSED');
    expect(types).toEqual(inModelOrder(types));
    expect(types[types.indexOf('TIME_PASSED') + 1]).toBe('VIOLATION_REPORTED');
    expect(allowed.find((move) => move.type === 'TIME_PASSED')).toEqual({ type: 'TIME_PASSED', label: 'Let the days pass', senderKind: 'none', parties: [] });
  });


  it('do not offer letting the days pass under a lasting ceasefire, whose days have no end', async () => {
    // 10 October 2025: the ceasefire begins, with no end day.
    const session = await atTurn('scenarios/ceasefire-2025-10.yaml', 7);
    const { allowed, refused } = turnMoves(session);

    expect(session.snapshot.context.agreement).toMatchObject({ status: 'inForce', endDay: null });
    expect(allowed.map((move) => move.type)).not.toContain('TIME_PASSED');
    expect(refused.map((move) => move.type)).not.toContain('TIME_PASSED');
  });
});

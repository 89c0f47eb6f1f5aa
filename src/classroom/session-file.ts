/**
 * What the room writes as it goes, so that nothing is lost when the teacher's
 * laptop closes: the session as a scenario (`<file>`, session-scenario.ts),
 * which the other commands read, and the room's own record beside it
 * (`<file>.room.json`): the scenario it started from (with a fingerprint of its
 * text), the step it started after, the join codes, and every move tried, by
 * whom and when, refused and undone ones included. `truce class --resume
 * <file>` reads the record back and replays it. Pure: text in, text out.
 */
import * as z from 'zod';
import { step, type ScenarioEvent, type TruceEvent } from '../model/index.js';
import type { Start, Vocabulary } from '../moves/index.js';
import { scenarioAsYaml } from '../scenario/index.js';
import type { Brief } from './briefs.js';
import { eventSchema } from './messages.js';
import { openRoom, type Room, type RoomMove } from './room.js';
import { roomScenario } from './session-scenario.js';

/** Where the room started: the scenario file (as given, and a fingerprint of its text) and the step it started after. */
export interface RoomOrigin {
  scenarioFile: string | null;
  sha256: string | null;
  from: string | null;
}

/** The most moves a room's record may hold: a long class makes a few hundred. */
export const MAX_RECORDED_MOVES = 20_000;


const moveSchema = z.strictObject({
  number: z.number().int().min(1),
  actor: z.union([z.strictObject({ kind: z.literal('seat'), party: z.string().max(64) }), z.strictObject({ kind: z.literal('teacher'), as: z.string().max(64).nullable() })]),
  at: z.string().max(40),
  date: z.string().max(20),
  event: eventSchema,
  accepted: z.boolean(),
  refusal: z.strictObject({ code: z.string().max(64), message: z.string().max(2000) }).optional(),
  undone: z.boolean(),
  recordStep: z.string().max(200).optional(),
  state: z.record(z.string(), z.string()),
});

export const roomRecordSchema = z.strictObject({
  format: z.literal('truce-class-room'),
  version: z.literal(1),
  origin: z.strictObject({ scenarioFile: z.string().nullable(), sha256: z.string().nullable(), from: z.string().nullable() }),
  codes: z.record(z.string(), z.string().max(32)),
  status: z.enum(['waiting', 'running', 'paused', 'ended']),
  moves: z.array(moveSchema).max(MAX_RECORDED_MOVES),
});

export type RoomRecord = z.infer<typeof roomRecordSchema>;

/** The room's record file for a session file. */
export function recordFileOf(sessionFile: string): string {
  return `${sessionFile}.room.json`;
}

export function roomRecord(room: Room, origin: RoomOrigin): RoomRecord {
  return {
    format: 'truce-class-room',
    version: 1,
    origin,
    codes: Object.fromEntries(room.seats.map((seat) => [seat.party.id, seat.code])),
    status: room.status,
    moves: room.moves as RoomRecord['moves'],
  };
}

/**
 * The files to write after a change: the session as a scenario (once it has a step), and the room's record.
 * @example await writeOutputs(sessionOutputs('class.yaml', room, origin))
 */
export function sessionOutputs(sessionFile: string, room: Room, origin: RoomOrigin): Array<[string, string]> {
  const scenario = roomScenario(room);
  const record: [string, string] = [recordFileOf(sessionFile), `${JSON.stringify(roomRecord(room, origin), null, 1)}\n`];
  if (scenario === null) return [record];
  return [[sessionFile, scenarioAsYaml(scenario, 'a truce class session: replay it with truce run, view it with truce view, grade it with truce exercise check')], record];
}

/**
 * The room as its record left it, replayed from `start`: every move taken again in order, each
 * giving the answer it gave then. A session that was running comes back paused, for the teacher
 * to resume when the room is ready.
 */
export function restoreRoom(record: RoomRecord, start: Start, vocabulary: Vocabulary, briefs: Readonly<Record<string, Brief>> = {}): { ok: true; room: Room } | { ok: false; reason: string } {
  const parties = start.scenario?.parties.map((party) => party.id) ?? null;
  const codes = parties ? parties.map((id) => record.codes[id]) : Object.values(record.codes);
  if (codes.some((code) => code === undefined)) return { ok: false, reason: 'its join codes are not those of the scenario’s parties: the scenario has changed since the session began' };
  const room = openRoom(start, vocabulary, codes as string[], briefs);
  let snapshot = start.snapshot;
  let date = start.date;
  for (const move of record.moves as RoomMove[]) {
    if (move.accepted && !move.undone) {
      const outcome = step(snapshot, { ...(move.event as ScenarioEvent), date: move.date } as TruceEvent);
      if (!outcome.accepted) return { ok: false, reason: `move ${move.number} was taken in the session, and the rules now refuse it: the scenario has changed since the session began` };
      snapshot = outcome.snapshot;
      date = move.date;
    }
  }
  // The calendar is where the last move taken left it (as `undo` has it).
  return { ok: true, room: { ...room, moves: record.moves as RoomMove[], snapshot, date, status: record.status === 'running' ? 'paused' : record.status } };
}

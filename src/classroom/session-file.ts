/**
 * What the room writes as it goes, so that nothing is lost when the teacher's
 * laptop closes, and so that writing costs the same at the thousandth move as
 * at the first:
 *
 * - the room's record, `<file>.room.jsonl`: a first line saying where the room
 *   started (the scenario file, a fingerprint of its text, the step it started
 *   after) and its join codes, then one line a change, appended as it happens
 *   (a move tried, by whom and when, refused ones too; a move undone; the
 *   session started, paused, ended; a seat held or let go; a seat given a new
 *   code). `truce class --resume <file>` replays it.
 * - the session as a scenario, `<file>` (session-scenario.ts), which `truce
 *   run`, `view`, `export` and `exercise check` read: rewritten whole (never
 *   half-written) when the moves taken change, at most once a second, and when
 *   the room closes.
 *
 * Pure: text in, text out; the command line does the writing.
 */
import * as z from 'zod';
import { step, type ScenarioEvent, type TruceEvent } from '../model/index.js';
import type { Start, Vocabulary } from '../moves/index.js';
import { scenarioAsYaml } from '../scenario/index.js';
import type { Brief } from './briefs.js';
import { eventSchema } from './messages.js';
import { isJoinCode } from './codes.js';
import { openRoom, type Room, type RoomMove, type RoomStatus } from './room.js';
import { roomScenario } from './session-scenario.js';

/** Where the room started: the scenario file (as given, and a fingerprint of its text) and the step it started after. */
export interface RoomOrigin {
  scenarioFile: string | null;
  sha256: string | null;
  from: string | null;
}

/** One change, one line of the record. */
export type RecordEntry =
  | { move: RoomMove }
  | { undone: number }
  | { status: RoomStatus }
  | { held: { party: string; held: boolean } }
  | { code: { party: string; code: string } };

/** The most changes a room's record may hold: a long class makes a few hundred. */
export const MAX_RECORD_ENTRIES = 200_000;

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

const headerSchema = z.strictObject({
  format: z.literal('truce-class-room'),
  version: z.literal(1),
  origin: z.strictObject({ scenarioFile: z.string().nullable(), sha256: z.string().nullable(), from: z.string().nullable() }),
  codes: z.record(z.string(), z.string().max(32)),
  /** Where the room listened, and the console's and projector's secrets: a resumed room comes back at the same addresses, so open pages join again by themselves. */
  access: z.strictObject({ port: z.number().int().min(0).max(65535), teacherSecret: z.string().max(64), projectorSecret: z.string().max(64) }).optional(),
});

const entrySchema = z.union([
  z.strictObject({ move: moveSchema }),
  z.strictObject({ undone: z.number().int().min(1) }),
  z.strictObject({ status: z.enum(['waiting', 'running', 'paused', 'ended']) }),
  z.strictObject({ held: z.strictObject({ party: z.string().max(64), held: z.boolean() }) }),
  z.strictObject({ code: z.strictObject({ party: z.string().max(64), code: z.string().max(32) }) }),
]);

export type RoomRecordHeader = z.infer<typeof headerSchema>;

/** The room's record file for a session file. */
export function recordFileOf(sessionFile: string): string {
  return `${sessionFile}.room.jsonl`;
}

/** Where the room listens and its secrets, kept in the record (which is the teacher's alone: the command writes it readable by its owner only). */
export type RoomAccess = NonNullable<RoomRecordHeader['access']>;

/** The record's first line: where the room started, its codes, and where it listens. */
export function recordHeader(room: Room, origin: RoomOrigin, access?: RoomAccess): string {
  const header: RoomRecordHeader = { format: 'truce-class-room', version: 1, origin, codes: Object.fromEntries(room.seats.map((seat) => [seat.party.id, seat.code])), ...(access ? { access } : {}) };
  return `${JSON.stringify(header)}\n`;
}

/** What changed from `before` to `after`, as lines of the record (each room change is one of these). */
export function recordEntries(before: Room, after: Room): RecordEntry[] {
  const entries: RecordEntry[] = [];
  if (after.status !== before.status) entries.push({ status: after.status });
  before.moves.forEach((move, index) => {
    if (!move.undone && after.moves[index]?.undone) entries.push({ undone: move.number });
  });
  for (const move of after.moves.slice(before.moves.length)) entries.push({ move });
  before.seats.forEach((seat, index) => {
    const now = after.seats[index]!;
    if (now.held !== seat.held) entries.push({ held: { party: now.party.id, held: now.held } });
    if (now.code !== seat.code) entries.push({ code: { party: now.party.id, code: now.code } });
  });
  return entries;
}

export function recordLines(entries: readonly RecordEntry[]): string {
  return entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
}

/** The session as a scenario file's text, or null while it has no step. */
export function sessionScenarioText(room: Room): string | null {
  const scenario = roomScenario(room);
  return scenario === null ? null : scenarioAsYaml(scenario, 'a truce class session: replay it with truce run, view it with truce view, grade it with truce exercise check');
}

/** A record read back: where the room started, its codes, its changes; and whether a last line cut short by a crash was left out. */
export interface ReadRecord {
  header: RoomRecordHeader;
  entries: RecordEntry[];
  cutShort: boolean;
}

/** Reads a record's text, or says what is wrong with it, and on which line (null: the record as a whole). */
export function readRecord(text: string): { ok: true; record: ReadRecord } | { ok: false; line: number | null; reason: string } {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (lines.length === 0) return { ok: false, line: null, reason: 'the record is empty' };
  const header = parsed(lines[0]!);
  if (header === NOT_JSON) return { ok: false, line: 1, reason: 'not JSON' };
  const start = headerSchema.safeParse(header);
  if (!start.success) return { ok: false, line: 1, reason: 'not the start of a room’s record of truce class' };
  if (lines.length - 1 > MAX_RECORD_ENTRIES) return { ok: false, line: null, reason: `the record holds more than ${MAX_RECORD_ENTRIES.toLocaleString('en-US')} changes` };
  const entries: RecordEntry[] = [];
  for (let index = 1; index < lines.length; index++) {
    const data = parsed(lines[index]!);
    if (data === NOT_JSON) {
      // Only the last line can have been cut short (the room stopped while writing it).
      if (index === lines.length - 1 && !text.endsWith('\n')) return { ok: true, record: { header: start.data, entries, cutShort: true } };
      return { ok: false, line: index + 1, reason: 'not JSON' };
    }
    const entry = entrySchema.safeParse(data);
    if (!entry.success) return { ok: false, line: index + 1, reason: `not a change the room records (${entry.error.issues[0]?.path.join('.') || 'line'}: ${entry.error.issues[0]?.message})` };
    entries.push(entry.data as RecordEntry);
  }
  return { ok: true, record: { header: start.data, entries, cutShort: false } };
}

const NOT_JSON = Symbol('not JSON');

function parsed(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return NOT_JSON;
  }
}

/**
 * The room as its record left it, replayed from `start`: every move taken again in order, each
 * giving the answer it gave then. A session that was running comes back paused, for the teacher
 * to resume when the room is ready.
 */
export function restoreRoom(record: ReadRecord, start: Start, vocabulary: Vocabulary, briefs: Readonly<Record<string, Brief>> = {}): { ok: true; room: Room } | { ok: false; reason: string } {
  const parties = start.scenario?.parties.map((party) => party.id) ?? Object.keys(record.header.codes);
  const codes = parties.map((id) => record.header.codes[id]);
  if (codes.some((code) => code === undefined)) return { ok: false, reason: 'its join codes are not those of the scenario’s parties: the scenario has changed since the session began' };
  const moves: RoomMove[] = [];
  let status: RoomStatus = 'waiting';
  // Seats held and codes given since the start, by party (a code given last is the seat's).
  const held = new Map<string, boolean>();
  const newCodes = new Map<string, string>();
  for (const entry of record.entries) {
    if ('move' in entry) moves.push(entry.move);
    else if ('status' in entry) status = entry.status;
    else if ('held' in entry) held.set(entry.held.party, entry.held.held);
    else if ('code' in entry) newCodes.set(entry.code.party, entry.code.code);
    else {
      const index = moves.findIndex((move) => move.number === entry.undone);
      if (index >= 0) moves[index] = { ...moves[index]!, undone: true };
    }
  }
  let snapshot = start.snapshot;
  let date = start.date;
  for (const move of moves) {
    if (!move.accepted || move.undone) continue;
    const outcome = step(snapshot, { ...(move.event as ScenarioEvent), date: move.date } as TruceEvent);
    if (!outcome.accepted) return { ok: false, reason: `move ${move.number} was taken in the session, and the rules now refuse it: the scenario has changed since the session began` };
    snapshot = outcome.snapshot;
    // The calendar is where the last move taken left it (as `undo` has it).
    date = move.date;
  }
  for (const party of [...held.keys(), ...newCodes.keys()]) {
    if (!parties.includes(party)) return { ok: false, reason: `it holds or gives a code to a seat the scenario does not have ("${party}"): the scenario has changed since the session began` };
  }
  const seatCodes = parties.map((id, index) => newCodes.get(id) ?? codes[index]!);
  // The codes let pages in: each must be one the room could have drawn, and no two seats may share one.
  const badCode = seatCodes.find((code) => !isJoinCode(code));
  if (badCode !== undefined) return { ok: false, reason: `"${badCode}" is not a join code (four letters or digits, a dash, four more)` };
  if (new Set(seatCodes).size < seatCodes.length) return { ok: false, reason: 'two seats have the same join code' };
  const opened = openRoom(start, vocabulary, seatCodes, briefs);
  const seats = opened.seats.map((seat) => ({ ...seat, held: held.get(seat.party.id) ?? false }));
  return { ok: true, room: { ...opened, seats, moves, snapshot, date, status: status === 'running' ? 'paused' : status } };
}

/**
 * The debrief of a class session, for the whole room once the teacher ends
 * it: the record's steps after the room's start beside the moves the room
 * took, row by row; the first row where the room did not make the record's
 * move (where it left the record); and where each region ended, in the record
 * and in the room, side by side, with each agreement in words. Pure.
 */
import type { Party } from '../model/index.js';
import { isSameKindOfMove } from '../moves/index.js';
import { replayScenario, type Moment } from '../scenario/index.js';
import { agreementInWords, describeEvent, longDate, REGION_LABELS, words } from '../words/index.js';
import { recordSteps, takenMoves, type Room } from './room.js';
import { actorInWords } from './session-scenario.js';

/** Rows shown at most: a session longer than this is in its file. */
export const DEBRIEF_ROWS = 200;

export interface DebriefRow {
  record: { date: string; text: string } | null;
  session: { date: string; who: string; text: string } | null;
  /** The room made the record's kind of move here (same event, same party). */
  same: boolean;
}

export interface ClassDebrief {
  rows: DebriefRow[];
  /** The first row (0-based) where the room did not make the record's move; null when it never left it. */
  leftAt: number | null;
  /** Each region: where the record ended, where the room ended. */
  final: Array<{ region: string; record: string; session: string }>;
  agreement: { record: string | null; session: string | null };
}

/** Where the record ends: its main line replayed whole (worked out once for each start). */
const recordEnds = new WeakMap<object, Moment>();

function recordEnd(room: Room): Moment | null {
  const scenario = room.start.scenario;
  if (!scenario) return null;
  let end = recordEnds.get(room.start);
  if (!end) recordEnds.set(room.start, (end = replayScenario(scenario).final));
  return end;
}

export function classDebrief(room: Room): ClassDebrief {
  const parties: Party[] = room.seats.map((seat) => seat.party);
  const record = recordSteps(room);
  const taken = takenMoves(room);
  const rows: DebriefRow[] = [];
  let leftAt: number | null = null;
  for (let index = 0; index < Math.max(record.length, taken.length) && rows.length < DEBRIEF_ROWS; index++) {
    const step = record[index];
    const move = taken[index];
    const same = step !== undefined && move !== undefined && isSameKindOfMove(move.event, step.event);
    if (!same && leftAt === null) leftAt = index;
    rows.push({
      record: step ? { date: longDate(step.date), text: describeEvent(step.event, parties) } : null,
      session: move ? { date: longDate(move.date), who: actorInWords(room, move), text: describeEvent(move.event, parties) } : null,
      same,
    });
  }
  const end = recordEnd(room);
  const ended = room.snapshot.value as Record<string, string>;
  return {
    rows,
    leftAt,
    final: Object.entries(REGION_LABELS).map(([region, label]) => ({
      region: label,
      record: end ? words((end.state as Record<string, string>)[region] ?? '') : '—',
      session: words(ended[region] ?? ''),
    })),
    agreement: { record: end ? (agreementInWords(end.context) ?? null) : null, session: agreementInWords(room.snapshot.context) ?? null },
  };
}

/**
 * The debrief of a class session, for the whole room once the teacher ends
 * it: the record's steps after the room's start beside the moves the room
 * took, row by row; the first row where the room did not make the record's
 * move (where it left the record); and where each region ended, in the record
 * and in the room, side by side, with each agreement in words. Pure.
 */
import type { Party, ScenarioEvent } from '../model/index.js';
import { isSameKindOfMove } from '../moves/index.js';
import { replayScenario, type Moment } from '../scenario/index.js';
import { agreementInWords, describeEvent, longDate, REGION_LABELS, words } from '../words/index.js';
import { recordSteps, takenMoves, type Room } from './room.js';
import { actorInWords } from './session-scenario.js';

/** Moves compared at most on each side: a session longer than this is in its file. */
export const DEBRIEF_ROWS = 200;

export interface DebriefRow {
  record: { date: string; text: string } | null;
  session: { date: string; who: string; text: string } | null;
  /** The room made the record's kind of move here (same event, same party); rows where only one side moved are not. */
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

/**
 * The record's moves and the room's, lined up so that the same kind of move (same event, same
 * party) sits on one row, in order (a longest common subsequence); the others on rows of their own.
 */
function aligned(record: readonly ScenarioEvent[], room: readonly ScenarioEvent[]): Array<[number | null, number | null]> {
  const longest = Array.from({ length: record.length + 1 }, () => new Array<number>(room.length + 1).fill(0));
  for (let i = record.length - 1; i >= 0; i--) {
    for (let j = room.length - 1; j >= 0; j--) {
      longest[i]![j] = isSameKindOfMove(room[j]!, record[i]!) ? longest[i + 1]![j + 1]! + 1 : Math.max(longest[i + 1]![j]!, longest[i]![j + 1]!);
    }
  }
  const pairs: Array<[number | null, number | null]> = [];
  let i = 0;
  let j = 0;
  while (i < record.length || j < room.length) {
    if (i < record.length && j < room.length && isSameKindOfMove(room[j]!, record[i]!)) pairs.push([i++, j++]);
    else if (j < room.length && (i === record.length || longest[i]![j + 1]! >= longest[i + 1]![j]!)) pairs.push([null, j++]);
    else pairs.push([i++, null]);
  }
  return pairs;
}

export function classDebrief(room: Room): ClassDebrief {
  const parties: Party[] = room.seats.map((seat) => seat.party);
  const record = recordSteps(room).slice(0, DEBRIEF_ROWS);
  const taken = takenMoves(room).slice(0, DEBRIEF_ROWS);
  const rows: DebriefRow[] = [];
  let leftAt: number | null = null;
  for (const [recordIndex, takenIndex] of aligned(record.map((step) => step.event), taken.map((move) => move.event))) {
    const step = recordIndex === null ? undefined : record[recordIndex];
    const move = takenIndex === null ? undefined : taken[takenIndex];
    const same = step !== undefined && move !== undefined;
    if (!same && leftAt === null) leftAt = rows.length;
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

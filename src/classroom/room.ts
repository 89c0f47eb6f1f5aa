/**
 * A classroom as data: the seats (one for each party of the scenario, with
 * its join code), where the talks are, the session's calendar, and every move
 * tried in the room, by whom and when, accepted or refused. Pure functions
 * take a room and a request and return the next room; the server (server.ts)
 * keeps the one room there is, and the session file (session-file.ts) writes
 * it down after every change.
 *
 * Moves are dated by the session's calendar, which only the teacher moves
 * (a day, a week, to a date): the agreement's days run out as the model says
 * when the calendar passes its end day. The teacher may undo the last move
 * taken; the room is then replayed from its start without it.
 */
import { addDays, fromSnapshot, isRealDate, step, type Party, type Refusal, type ScenarioEvent, type TruceEvent, type TruceSnapshot, type TruceStateValue } from '../model/index.js';
import type { ScenarioStep } from '../scenario/index.js';
import { allowedMovesAt, DEFAULT_PARTIES, holdersInRecord, refusedMoves, type Holders, type Move, type RefusedMove, type Start, type Vocabulary } from '../moves/index.js';
import type { Brief } from './briefs.js';
import { wellFormed } from './messages.js';
import { asParty, asSeat, seatMakes } from './seat-authority.js';

export interface Seat {
  party: Party;
  /** What a page types (or finds in its link) to join as the party: the teacher may give a new one. */
  code: string;
  /** Whether the teacher holds its moves (a seat flooding the room, a team asked to wait) until it lets it go. */
  held: boolean;
}

/** Who made a move: a seat (as its party), or the teacher (as a party, or as the world: null). */
export type Actor = { kind: 'seat'; party: string } | { kind: 'teacher'; as: string | null };

export interface RoomMove {
  /** 1 for the first move tried in the room. */
  number: number;
  actor: Actor;
  /** When it was made, by the teacher's computer's clock (ISO 8601). */
  at: string;
  /** The session's calendar day it is dated. */
  date: string;
  /** The event as sent (its date is `date`). */
  event: ScenarioEvent;
  accepted: boolean;
  refusal?: Refusal;
  /** Taken back by the teacher. */
  undone: boolean;
  /** The step of the scenario's record the teacher brought in, when the move is one. */
  recordStep?: string;
  /** Where the talks were after it. */
  state: TruceStateValue;
}

export type RoomStatus = 'waiting' | 'running' | 'paused' | 'ended';

export interface Room {
  start: Start;
  vocabulary: Vocabulary;
  seats: Seat[];
  /** Who holds the hostages and who the prisoners, as the record shows (a release is its holder's move). */
  holders: Holders;
  /** Each party's brief, by party id (briefs.ts): shown to that seat and the teacher only. */
  briefs: Readonly<Record<string, Brief>>;
  status: RoomStatus;
  /** Every move tried, in order. */
  moves: RoomMove[];
  /** Where the talks are: the start, then every move taken and not undone. */
  snapshot: TruceSnapshot;
  /** The session's calendar day. */
  date: string;
}

export type RoomChange = { ok: true; room: Room; move?: RoomMove } | { ok: false; room: Room; reason: string };

/** The parties of the room: the scenario's, or the default start's. */
function partiesOf(start: Start): Party[] {
  return start.scenario?.parties ?? DEFAULT_PARTIES;
}

/**
 * A room over `start`, a seat for each party with the code given for it, waiting for the teacher to begin.
 * @example openRoom(start, vocabularyFor(start.scenario), newJoinCodes(5))
 */
export function openRoom(start: Start, vocabulary: Vocabulary, codes: readonly string[], briefs: Readonly<Record<string, Brief>> = {}): Room {
  const parties = partiesOf(start);
  if (codes.length !== parties.length) throw new RangeError(`internal: ${parties.length} seats need ${parties.length} codes, not ${codes.length}`);
  return {
    start,
    vocabulary,
    seats: parties.map((party, index) => ({ party, code: codes[index]!, held: false })),
    holders: holdersInRecord(start.scenario),
    briefs,
    status: 'waiting',
    moves: [],
    snapshot: start.snapshot,
    date: start.date,
  };
}

export function seatOf(room: Room, party: string): Seat | undefined {
  return room.seats.find((seat) => seat.party.id === party);
}

/** The moves the seat of `party` may make now, and those the rules refuse it (with the reason). */
export function seatMoves(room: Room, party: string): { allowed: Move[]; refused: RefusedMove[] } {
  const seat = seatOf(room, party);
  if (!seat) return { allowed: [], refused: [] };
  const position = { snapshot: room.snapshot, vocabulary: room.vocabulary, as: seat.party };
  // A release is its holder's to make (the record says who holds whom; the rules check counts, not captors).
  const { holders } = room;
  const holderOf = (type: string) => (type === 'HOSTAGES_RELEASED' ? holders.hostages : type === 'PRISONERS_RELEASED' ? holders.prisoners : null);
  const own = (move: Move) => seatMakes(move.type) && (holderOf(move.type) ?? party) === party;
  // The allowed moves from the compiled engine (the same list, proven equal, tens of times faster: every page of a busy room asks after every move); the refusals from the machine, which explains them.
  const allowed = allowedMovesAt(fromSnapshot(room.snapshot), room.vocabulary, seat.party).filter(own);
  return { allowed, refused: refusedMoves(position).filter(own) };
}

/** The moves the teacher may record for the room now: every move the rules allow, for any party or none (from the compiled engine, as a seat's). */
export function teacherMoves(room: Room): Move[] {
  return allowedMovesAt(fromSnapshot(room.snapshot), room.vocabulary, null);
}

function notRunning(room: Room): string | null {
  if (room.status === 'waiting') return 'the session has not begun: the teacher starts it';
  if (room.status === 'paused') return 'the teacher has paused the session';
  if (room.status === 'ended') return 'the session is over';
  return null;
}

/** A move tried: recorded whatever the rules say, taken when they allow it; one not well formed is not a move at all. */
function tryEvent(room: Room, actor: Actor, event: ScenarioEvent, at: string, recordStep?: string): RoomChange {
  const malformed = wellFormed(event);
  if (malformed) return { ok: false, room, reason: malformed };
  const outcome = step(room.snapshot, { ...event, date: room.date } as TruceEvent);
  const move: RoomMove = {
    number: room.moves.length + 1,
    actor,
    at,
    date: room.date,
    event,
    accepted: outcome.accepted,
    ...(outcome.accepted ? {} : { refusal: outcome.refusal }),
    undone: false,
    ...(recordStep !== undefined ? { recordStep } : {}),
    state: outcome.snapshot.value,
  };
  return { ok: true, room: { ...room, moves: [...room.moves, move], snapshot: outcome.accepted ? outcome.snapshot : room.snapshot }, move };
}

/**
 * A move by the seat of `party`: sent as that party, dated by the session's calendar.
 * @example act(room, 'hamas', { type: 'PROPOSAL_ACCEPTED' }, new Date().toISOString())
 */
export function act(room: Room, party: string, event: ScenarioEvent, at: string): RoomChange {
  const stopped = notRunning(room);
  if (stopped) return { ok: false, room, reason: stopped };
  const seat = seatOf(room, party);
  if (!seat) return { ok: false, room, reason: `there is no seat for "${party}" in this room` };
  const held = heldReason(room, party);
  if (held) return { ok: false, room, reason: held };
  const authorised = asSeat(event, seat.party);
  if (!authorised.ok) return { ok: false, room, reason: authorised.reason };
  return tryEvent(room, { kind: 'seat', party }, authorised.event, at);
}

/** A move the teacher records: as a party (its seat need not be taken), or as the world (`as` null). */
export function inject(room: Room, as: string | null, event: ScenarioEvent, at: string): RoomChange {
  if (room.status === 'ended') return { ok: false, room, reason: 'the session is over' };
  if (as !== null && !seatOf(room, as)) return { ok: false, room, reason: `there is no party "${as}" in this room` };
  const sent = as === null ? event : asParty(event, seatOf(room, as)!.party);
  return tryEvent(room, { kind: 'teacher', as }, sent, at);
}

/** The steps of the scenario's record after the room's start (its main line), which the teacher may bring into the session. */
export function recordSteps(room: Room): ScenarioStep[] {
  const steps = room.start.scenario?.steps ?? [];
  const replayed = new Set(room.start.replayed.map((step) => step.id));
  return steps.filter((step) => !replayed.has(step.id));
}

/**
 * A step of the record brought into the session by the teacher: its event, as the record has it,
 * dated by the session's calendar.
 */
export function injectRecordStep(room: Room, stepId: string, at: string): RoomChange {
  if (room.status === 'ended') return { ok: false, room, reason: 'the session is over' };
  const recorded = recordSteps(room).find((candidate) => candidate.id === stepId);
  if (!recorded) return { ok: false, room, reason: `"${stepId}" is not a step of the record after the room's start` };
  return tryEvent(room, { kind: 'teacher', as: null }, recorded.event, at, recorded.id);
}

/**
 * The calendar moved on to `date` (days pass: an agreement whose end day is behind it lapses).
 * @example advanceTo(room, '2024-05-20', at)
 */
export function advanceTo(room: Room, date: string, at: string): RoomChange {
  if (room.status === 'ended') return { ok: false, room, reason: 'the session is over' };
  if (!isRealDate(date)) return { ok: false, room, reason: `"${date}" is not a date: write it YYYY-MM-DD` };
  if (date <= room.date) return { ok: false, room, reason: `the calendar moves forward only: it is ${room.date} in the session` };
  const moved = tryEvent({ ...room, date }, { kind: 'teacher', as: null }, { type: 'TIME_PASSED' }, at);
  return moved.ok && moved.move?.accepted ? moved : { ok: false, room, reason: moved.ok ? (moved.move?.refusal?.message ?? 'refused') : moved.reason };
}

/** The calendar moved on by `days` days. */
export function advanceBy(room: Room, days: number, at: string): RoomChange {
  if (!Number.isSafeInteger(days) || days < 1 || days > 3660) return { ok: false, room, reason: 'the calendar moves on by 1 to 3,660 days at a time' };
  return advanceTo(room, addDays(room.date, days), at);
}

/** The moves taken and not undone, in order: what the session file records. */
export function takenMoves(room: Room): RoomMove[] {
  return room.moves.filter((move) => move.accepted && !move.undone);
}

/**
 * The last move taken, undone: the room is replayed from its start without it (and the calendar
 * goes back to the day of the move before, when the undone move was the calendar's).
 */
export function undo(room: Room): RoomChange {
  if (room.status === 'ended') return { ok: false, room, reason: 'the session is over' };
  const last = takenMoves(room).at(-1);
  if (!last) return { ok: false, room, reason: 'no move has been taken yet: there is nothing to undo' };
  const moves = room.moves.map((move) => (move === last ? { ...move, undone: true } : move));
  let snapshot = room.start.snapshot;
  let date = room.start.date;
  for (const move of moves) {
    if (!move.accepted || move.undone) continue;
    const outcome = step(snapshot, { ...move.event, date: move.date } as TruceEvent);
    if (!outcome.accepted) throw new Error(`internal: move ${move.number} was taken, and is refused when the room is replayed`);
    snapshot = outcome.snapshot;
    date = move.date;
  }
  return { ok: true, room: { ...room, moves, snapshot, date }, move: { ...last, undone: true } };
}

/** Why the seat of `party` may not move: the teacher holds it; null when it does not. */
export function heldReason(room: Room, party: string): string | null {
  const seat = seatOf(room, party);
  return seat?.held ? `the teacher is holding ${seat.party.name}'s moves for now` : null;
}

/** The seat of `party` changed by `change`, or why there is no such seat. */
function changeSeat(room: Room, party: string, change: (seat: Seat) => Seat): RoomChange {
  if (!seatOf(room, party)) return { ok: false, room, reason: `there is no seat for "${party}" in this room` };
  return { ok: true, room: { ...room, seats: room.seats.map((seat) => (seat.party.id === party ? change(seat) : seat)) } };
}

/** The teacher holds the moves of the seat of `party` (`held`), or lets it move again. */
export function holdSeat(room: Room, party: string, held: boolean): RoomChange {
  return changeSeat(room, party, (seat) => ({ ...seat, held }));
}

/**
 * The seat of `party` gets the join code `code` (the server draws it: codes.ts), when its code has
 * gone further than the team it is for. The old code lets no one in any more.
 */
export function giveNewCode(room: Room, party: string, code: string): RoomChange {
  if (room.seats.some((seat) => seat.code === code)) return { ok: false, room, reason: 'that code is already a seat’s' };
  return changeSeat(room, party, (seat) => ({ ...seat, code }));
}

const NEXT_STATUS: Record<'start' | 'pause' | 'resume' | 'end', { from: readonly RoomStatus[]; to: RoomStatus }> = {
  start: { from: ['waiting'], to: 'running' },
  pause: { from: ['running'], to: 'paused' },
  resume: { from: ['paused'], to: 'running' },
  end: { from: ['waiting', 'running', 'paused'], to: 'ended' },
};

/** The teacher starts, pauses, resumes or ends the session. */
export function control(room: Room, command: keyof typeof NEXT_STATUS): RoomChange {
  const { from, to } = NEXT_STATUS[command];
  if (!from.includes(room.status)) return { ok: false, room, reason: `the session is ${room.status}: it cannot ${command} now` };
  return { ok: true, room: { ...room, status: to } };
}

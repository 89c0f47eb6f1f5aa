/**
 * What each page of the room shows, as data the server sends: a seat sees
 * the situation, its own party's moves (each with the event it would send,
 * filled in for the moment) and why others are refused, and the timeline; the
 * teacher sees that and the seats, their codes and who is connected; the
 * projector sees only what the whole room may see. Words come from the shared
 * words kit, so the room says things as `truce run`, `play` and the viewer do.
 * Pure.
 */
import { activeStateIds, truceMachine, type Party, type ScenarioEvent } from '../model/index.js';
import { sampleEvent, type Move } from '../moves/index.js';
import { encode } from 'uqr';
import { describeEvent, factsInWords, longDate, proposalInWords, stateSentence } from '../words/index.js';
import { briefOn, type Brief } from './briefs.js';
import { classDebrief, type ClassDebrief } from './debrief.js';
import { recordSteps, seatMoves, takenMoves, teacherMoves, type Room, type RoomStatus } from './room.js';
import { actorInWords } from './session-scenario.js';

/** The moves a page shows at most: a long session's pages stay small, and quick to send to every seat. */
export const TIMELINE_SHOWN = 60;

export interface MoveOffer {
  type: string;
  label: string;
  /** The event the move sends, filled in for the moment (the seat's party as sender). */
  event: ScenarioEvent;
  /** For a claim, the parties it can name. */
  accused?: Array<{ id: string; name: string }>;
}

export interface TimelineEntry {
  number: number;
  who: string;
  date: string;
  text: string;
  accepted: boolean;
  reason?: string;
  undone: boolean;
}

/** Where the room is reached: the join page (no code in it), and each seat's join address (with its code). */
export interface RoomLinks {
  join: string;
  seats: Readonly<Record<string, string>>;
}

/** A QR code as rows of dark (true) and light modules, drawn by the page itself (no markup is sent). */
export type QrModules = boolean[][];

export interface PublicView {
  status: RoomStatus;
  /** The session's calendar day, in words. */
  date: string;
  title: string;
  /** Where the talks are, in words: the regions, then the facts. */
  situation: string[];
  /** The chart's states the talks are in (`truce.talks.proposal`, ...), for the page to mark on the statechart. */
  activeStates: string[];
  /** The last moves of the session (at most TIMELINE_SHOWN: the session file has them all). */
  timeline: TimelineEntry[];
  /** How many moves the session has had in all. */
  moveCount: number;
  /** Once the teacher has ended the session: the room beside the record, for everyone. */
  debrief: ClassDebrief | null;
  /** The join page, which students open and then type their seat's code into, and its QR code (not on a seat's own page). */
  join: { url: string; qr: QrModules | null };
}

export interface SeatView extends PublicView {
  role: 'seat';
  party: { id: string; name: string; role: string };
  /** The party's brief, for its seat's eyes only; null when the scenario has none for it. */
  brief: Brief | null;
  moves: MoveOffer[];
  refused: Array<{ type: string; label: string; reason: string }>;
}

export interface TeacherView extends PublicView {
  role: 'teacher';
  /** Every party's brief, by party id. */
  briefs: Readonly<Record<string, Brief>>;
  /** The steps of the record after the room's start, not yet brought in, which the teacher may bring into the session. */
  record: Array<{ id: string; date: string; text: string }>;
  seats: Array<{ party: { id: string; name: string; role: string }; code: string; connected: number; held: boolean; url: string; qr: QrModules }>;
  /** Every move the rules allow now, with the parties that may make it. */
  moves: Array<{ type: string; label: string; senderKind: string; parties: Array<{ id: string; name: string }>; event: ScenarioEvent }>;
}

const partyRef = (party: Party) => ({ id: party.id, name: party.name });

const qrCodes = new Map<string, QrModules>();

/** A QR code for `text`, a quiet border of two modules around it (worked out once for each address). */
function qr(text: string): QrModules {
  let modules = qrCodes.get(text);
  if (modules === undefined) {
    if (qrCodes.size > 1000) qrCodes.clear();
    qrCodes.set(text, (modules = encode(text, { border: 2 }).data));
  }
  return modules;
}

function publicView(room: Room, links: RoomLinks, withQr = true): PublicView {
  const { snapshot } = room;
  const parties = room.seats.map((seat) => seat.party);
  return {
    status: room.status,
    date: longDate(room.date),
    title: room.start.scenario?.title ?? 'The default start',
    situation: [stateSentence(snapshot.value), proposalInWords(snapshot.context), ...factsInWords(snapshot.context)],
    activeStates: activeStateIds(truceMachine.id, snapshot.value),
    moveCount: room.moves.length,
    debrief: room.status === 'ended' ? classDebrief(room) : null,
    timeline: room.moves.slice(-TIMELINE_SHOWN).map((move) => ({
      number: move.number,
      who: actorInWords(room, move),
      date: longDate(move.date),
      // Days passing say to when: "Time passes to 8 May 2024".
      text: move.event.type === 'TIME_PASSED' ? `${describeEvent(move.event, parties)} to ${longDate(move.date)}` : describeEvent(move.event, parties),
      accepted: move.accepted,
      ...(move.refusal ? { reason: move.refusal.message } : {}),
      undone: move.undone,
    })),
    join: { url: links.join, qr: withQr ? qr(links.join) : null },
  };
}

/** A move offered to the seat of `party`; a claim names another party (the first the rules allow), or is not offered. */
function offer(room: Room, move: Move, party: Party): MoveOffer | null {
  if (move.senderKind !== 'accused') return { type: move.type, label: move.label, event: sampleEvent(move.type, room.snapshot.context, room.vocabulary, party.id) };
  const others = move.parties.filter((other) => other.id !== party.id);
  const accused = others[0];
  if (accused === undefined) return null;
  const event = sampleEvent(move.type, room.snapshot.context, room.vocabulary, accused.id);
  const claim = { ...event, claimant: party.id, text: `${party.name} says ${accused.name} violated the agreement.` } as ScenarioEvent;
  return { type: move.type, label: move.label, event: claim, accused: others.map(partyRef) };
}

/** What the seat of `party` sees. */
export function seatView(room: Room, party: Party, links: RoomLinks): SeatView {
  const { allowed, refused } = seatMoves(room, party.id);
  const running = room.status === 'running';
  return {
    ...publicView(room, links, false),
    role: 'seat',
    party: { ...partyRef(party), role: party.role },
    brief: room.briefs[party.id] ? briefOn(room.briefs[party.id]!, room.start.date) : null,
    moves: running ? allowed.flatMap((move) => offer(room, move, party) ?? []) : [],
    refused: running ? refused.map((move) => ({ type: move.type, label: move.label, reason: move.refusal.message })) : [],
  };
}

/** What the teacher sees: everything, the join codes included. */
export function teacherView(room: Room, connected: ReadonlyMap<string, number>, links: RoomLinks): TeacherView {
  // The record's steps already brought in and still taken: looked up once, not once a step.
  const broughtIn = new Set(takenMoves(room).flatMap((move) => (move.recordStep === undefined ? [] : [move.recordStep])));
  return {
    ...publicView(room, links),
    role: 'teacher',
    briefs: Object.fromEntries(Object.entries(room.briefs).map(([party, brief]) => [party, briefOn(brief, room.start.date)])),
    record: recordSteps(room)
      .filter((step) => !broughtIn.has(step.id))
      .map((step) => ({ id: step.id, date: longDate(step.date), text: describeEvent(step.event, room.seats.map((seat) => seat.party)) })),
    seats: room.seats.map((seat) => {
      const url = links.seats[seat.party.id] ?? links.join;
      return { party: { ...partyRef(seat.party), role: seat.party.role }, code: seat.code, connected: connected.get(seat.party.id) ?? 0, held: seat.held, url, qr: qr(url) };
    }),
    moves: teacherMoves(room).map((move) => ({
      type: move.type,
      label: move.label,
      senderKind: move.senderKind,
      parties: move.parties.map(partyRef),
      event: sampleEvent(move.type, room.snapshot.context, room.vocabulary, move.senderKind === 'none' ? undefined : move.parties[0]?.id),
    })),
  };
}

/** What the projector shows: what the whole room may see, no codes, no briefs. */
export function projectorView(room: Room, links: RoomLinks): PublicView & { role: 'projector' } {
  return { ...publicView(room, links), role: 'projector' };
}

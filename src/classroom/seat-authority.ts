/**
 * What a seat may do: act as its own party, and only as it. A seat's move is
 * sent with its party as the sender (`by`), or, for a claim of a violation,
 * as the claimant (the party named in `by` is then the one accused). Moves
 * no one party makes alone — talks opened or stalled, a pause extended, the
 * next phase begun — and facts of the world — casualty figures, hostage
 * counts, days passing — are the teacher's to record for the room.
 */
import type { EventType, Party, ScenarioEvent } from '../model/index.js';
import { senderKind } from '../moves/index.js';

export type Authorised = { ok: true; event: ScenarioEvent } | { ok: false; reason: string };

/** Whether a seat (its party) can make moves of this type at all. */
export function seatMakes(type: EventType): boolean {
  return senderKind(type) !== 'none';
}

/**
 * The event as the teacher records it for `party`: sent by that party (a claim made by it),
 * whatever sender the event named; a move no one party makes goes as it is.
 */
export function asParty(event: ScenarioEvent, party: Party): ScenarioEvent {
  const kind = senderKind(event.type);
  if (kind === 'none') return event;
  if (kind === 'accused') return { ...event, claimant: party.id } as ScenarioEvent;
  return { ...event, by: party.id } as ScenarioEvent;
}

/**
 * The event as the seat of `party` sends it: its sender set to the party, or the reason it may not send it.
 * @example asSeat({ type: 'PROPOSAL_ACCEPTED' }, israel) // { ok: true, event: { type: 'PROPOSAL_ACCEPTED', by: 'israel' } }
 */
export function asSeat(event: ScenarioEvent, party: Party): Authorised {
  const kind = senderKind(event.type);
  if (kind === 'none') return { ok: false, reason: 'no one party makes this move alone: the teacher records it for the room' };
  // The party the event names as acting: the claimant of a claim, the sender of anything else. A seat may name its own, or none.
  const named = kind === 'accused' ? (event as { claimant?: unknown }).claimant : (event as { by?: unknown }).by;
  if (named !== undefined && named !== party.id) {
    return { ok: false, reason: `a seat ${kind === 'accused' ? 'makes claims' : 'acts'} as its own party only: this seat is ${party.name}` };
  }
  return { ok: true, event: asParty(event, party) };
}

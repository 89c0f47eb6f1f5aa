/**
 * Which moves the rules allow now, and who can make them: every event type
 * is tried with each party that could send it (a sample event with a payload
 * that fits the moment), and `snapshot.can` decides. Nothing here is a list
 * written by hand: add an event or a rule to the model and the menu follows.
 */
import { EVENT_TYPES, type EventType, type ScenarioEvent } from '../model/events.js';
import { explainRefusal } from '../model/explain.js';
import type { Party } from '../model/parties.js';
import type { Refusal } from '../model/refusal.js';
import { sampleEvent, senderKind, type SenderKind } from '../paths/sample-events.js';
import { MOVE_LABELS } from './move-labels.js';
import type { Session } from './session.js';

export interface Move {
  type: EventType;
  label: string;
  /** How the event names a party: its sender (`required`, `optional`), the party accused, or none. */
  senderKind: SenderKind;
  /** The parties that can make the move now (for `accused`: the parties it can name); empty for `none`. */
  parties: Party[];
}

export interface RefusedMove {
  type: EventType;
  label: string;
  senderKind: SenderKind;
  /** The parties the move could be tried for. */
  parties: Party[];
  /** Why the rules refuse it now (for the first of those parties). */
  refusal: Refusal;
}

/** The parties that may be named as sender: the one played, or all. The party accused is never restricted. */
function candidates(session: Session, kind: SenderKind): Party[] {
  const { parties } = session.setup.scenario;
  if (kind === 'none') return [];
  if (kind === 'accused' || session.setup.as === null) return parties;
  return [session.setup.as];
}

function probe(session: Session, type: EventType, party: Party | undefined): ScenarioEvent {
  const { snapshot, setup } = session;
  return sampleEvent(type, snapshot.context, setup.vocabulary, party?.id);
}

interface Tried {
  type: EventType;
  kind: SenderKind;
  candidates: Party[];
  allowed: Party[];
  /** Whether the move is allowed at all (for `none` and `optional`, without naming a party). */
  possible: boolean;
  firstProbe: ScenarioEvent;
}

function tryMove(session: Session, type: EventType): Tried {
  const kind = senderKind(type);
  const parties = candidates(session, kind);
  const can = (event: ScenarioEvent) => session.snapshot.can(event);
  // An optional sender is the player's party when one is played, and otherwise nobody in particular.
  const named = kind === 'required' || kind === 'accused' || (kind === 'optional' && session.setup.as !== null);
  if (!named) {
    const event = probe(session, type, undefined);
    const possible = can(event);
    return { type, kind, candidates: parties, allowed: possible ? parties : [], possible, firstProbe: event };
  }
  const allowed = parties.filter((party) => can(probe(session, type, party)));
  return { type, kind, candidates: parties, allowed, possible: allowed.length > 0, firstProbe: probe(session, type, parties[0]) };
}

/** The moves the rules allow now, in the model's order of events. */
export function allowedMoves(session: Session): Move[] {
  return EVENT_TYPES.map((type) => tryMove(session, type))
    .filter((tried) => tried.possible)
    .map((tried) => ({ type: tried.type, label: MOVE_LABELS[tried.type], senderKind: tried.kind, parties: tried.allowed }));
}

/** The moves the rules refuse now, each with the reason. */
export function refusedMoves(session: Session): RefusedMove[] {
  return EVENT_TYPES.map((type) => tryMove(session, type))
    .filter((tried) => !tried.possible)
    .map((tried) => ({
      type: tried.type,
      label: MOVE_LABELS[tried.type],
      senderKind: tried.kind,
      parties: tried.candidates,
      refusal: explainRefusal(session.snapshot, tried.firstProbe) ?? { code: 'UNKNOWN_EVENT', message: 'refused' },
    }));
}

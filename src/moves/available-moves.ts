/**
 * Which moves the rules allow now, and who can make them: every event type
 * is tried with each party that could send it (a sample event with a payload
 * that fits the moment), and the statechart's `step` decides. Nothing here is
 * a list written by hand: add an event or a rule to the model and the menus
 * of `truce play` (and of the classroom) follow.
 */
import { EVENT_TYPES, step, type EventType, type Party, type Refusal, type ScenarioEvent, type TruceSnapshot } from '../model/index.js';
import { MOVE_LABELS } from '../words/index.js';
import { sampleEvent, senderKind, type SenderKind } from './sample-events.js';
import type { Vocabulary } from './vocabulary.js';

export interface Move {
  type: EventType;
  label: string;
  /** How the event names a party: its sender (`required`, `optional`), the party accused, or none. */
  senderKind: SenderKind;
  /** The parties that can make the move now (for `accused`: the parties it can name); empty for `none`. */
  parties: Party[];
}

export interface RefusedMove extends Move {
  /** Why the rules refuse it now (for the first of the parties). */
  refusal: Refusal;
}

/** Where moves are made: the moment, what sample events are made of, and the party played (null: every party). */
export interface MovePosition {
  snapshot: TruceSnapshot;
  vocabulary: Vocabulary;
  as: Party | null;
}

/** The parties that may be named as sender: the one played, or all. The party accused is never restricted. */
function candidates({ vocabulary, as }: MovePosition, kind: SenderKind): Party[] {
  if (kind === 'none') return [];
  if (kind === 'accused' || as === null) return vocabulary.parties;
  return [as];
}

interface Tried {
  move: Move;
  allowed: Party[];
  /** Whether the move is allowed at all (for `none` and `optional`, without naming a party). */
  possible: boolean;
  refusal: Refusal | null;
}

function tryMove(position: MovePosition, type: EventType): Tried {
  const { snapshot, vocabulary, as } = position;
  const kind = senderKind(type);
  const parties = candidates(position, kind);
  const probe = (party: Party | undefined): ScenarioEvent => sampleEvent(type, snapshot.context, vocabulary, party?.id);
  const move: Move = { type, label: MOVE_LABELS[type], senderKind: kind, parties };
  // An optional sender is the player's party when one is played; otherwise nobody in particular, or
  // any party the rules let send it (a crossing is closed by a principal, never by a mediator).
  const unnamed = kind === 'none' || (kind === 'optional' && as === null);
  const probes = [...(unnamed ? [undefined] : []), ...(kind === 'none' ? [] : parties)];
  const outcomes = probes.map((party) => ({ party, outcome: step(snapshot, probe(party)) }));
  const accepted = outcomes.filter(({ outcome }) => outcome.accepted);
  const first = outcomes[0]?.outcome;
  return {
    move,
    allowed: accepted.flatMap(({ party }) => (party === undefined ? [] : [party])),
    possible: accepted.length > 0,
    refusal: first && !first.accepted ? first.refusal : null,
  };
}

/** The moves the rules allow now, in the model's order of events. */
export function allowedMoves(position: MovePosition): Move[] {
  return EVENT_TYPES.map((type) => tryMove(position, type))
    .filter((tried) => tried.possible)
    .map((tried) => ({ ...tried.move, parties: tried.allowed }));
}

/** The moves the rules refuse now, each with the reason. */
export function refusedMoves(position: MovePosition): RefusedMove[] {
  return EVENT_TYPES.map((type) => tryMove(position, type))
    .filter((tried) => !tried.possible)
    .map((tried) => ({ ...tried.move, refusal: tried.refusal ?? { code: 'UNKNOWN_EVENT', message: 'refused' } }));
}

/**
 * Which moves the rules allow now, and who can make them: every event type
 * is tried with each party that could send it (a sample event with a payload
 * that fits the moment), and the statechart's `step` decides. Nothing here is
 * a list written by hand: add an event or a rule to the model and the menus
 * of `truce play` (and of the classroom) follow.
 */
import { engineAcceptorFor, engineCandidates, EVENT_TYPES, step, type EngineState, type EventType, type Party, type Refusal, type ScenarioEvent, type TruceSnapshot } from '../model/index.js';
import { MOVE_LABELS } from '../words/index.js';
import { sampleEvent, senderKind, type SenderKind } from './sample-events.js';
import type { Vocabulary } from './vocabulary.js';

export interface Move {
  type: EventType;
  label: string;
  /** How the event names a party: its sender (`required`, `optional`), the party accused, or none. */
  senderKind: SenderKind;
  /** The parties that can make the move now (for `accused`: the parties it can name); empty for `none`. */
  parties: readonly Party[];
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
function candidates({ vocabulary, as }: Pick<MovePosition, 'vocabulary' | 'as'>, kind: SenderKind): readonly Party[] {
  if (kind === 'none') return [];
  if (kind === 'accused' || as === null) return vocabulary.parties;
  return [as];
}

/**
 * Whether a move is also tried naming no party: it names none, or its sender is optional and no
 * party is played (then nobody in particular may make it). When a party is played, an optional
 * sender is that party.
 */
function triedUnnamed(kind: SenderKind, as: Party | null): boolean {
  return kind === 'none' || (kind === 'optional' && as === null);
}

interface Tried {
  move: Move;
  allowed: Party[];
  /** Whether the move is allowed at all (for `none` and `optional`, without naming a party). */
  possible: boolean;
  refusal: Refusal | null;
}

/** Whether an event is taken: `step` on the machine (with the refusal), or the compiled engine (without). */
type Stepper = (event: ScenarioEvent) => { accepted: true } | { accepted: false; refusal?: Refusal };

function tryMove({ vocabulary, as }: Pick<MovePosition, 'vocabulary' | 'as'>, context: TruceSnapshot['context'], type: EventType, stepper: Stepper): Tried {
  const kind = senderKind(type);
  const parties = candidates({ vocabulary, as }, kind);
  const probe = (party: Party | undefined): ScenarioEvent => sampleEvent(type, context, vocabulary, party?.id);
  const move: Move = { type, label: MOVE_LABELS[type], senderKind: kind, parties };
  // Nobody in particular, or any party the rules let send it (a crossing is closed by a principal, never by a mediator).
  const unnamed = triedUnnamed(kind, as);
  // Plain loops: a simulation lists moves many times a run (flatMap alone took a quarter of a listing).
  let first: ReturnType<Stepper> | undefined;
  let possible = false;
  if (unnamed) {
    first = stepper(probe(undefined));
    possible = first.accepted;
  }
  const allowed: Party[] = [];
  if (kind !== 'none') {
    for (const party of parties) {
      const outcome = stepper(probe(party));
      first ??= outcome;
      if (outcome.accepted) allowed.push(party);
    }
  }
  possible ||= allowed.length > 0;
  return { move, allowed, possible, refusal: first && !first.accepted ? (first.refusal ?? null) : null };
}

const onMachine = ({ snapshot, vocabulary, as }: MovePosition, type: EventType) => tryMove({ vocabulary, as }, snapshot.context, type, (event) => step(snapshot, event));

/**
 * The moves the rules allow at an engine moment: the same list as `allowedMoves` gives for its
 * snapshot, worked out on the compiled engine. Only the event types some transition of the
 * current states could take are tried (the engine's table says which), and no refusal is
 * explained: what a simulation's policy and a classroom's every view ask.
 *
 * One sample event is made for each type and given each party in turn as its sender: a sample's
 * payload depends on the moment, never on who sends it, and the guards only read it.
 * @example allowedMovesAt(fromSnapshot(snapshot), vocabulary, null).map((move) => move.type)
 */
export function allowedMovesAt(state: EngineState, vocabulary: Vocabulary, as: Party | null): Move[] {
  const moves: Move[] = [];
  for (const type of engineCandidates(state)) {
    const accepts = engineAcceptorFor(type);
    const kind = senderKind(type);
    const parties = candidates({ vocabulary, as }, kind);
    let possible = triedUnnamed(kind, as) && accepts(state, sampleEvent(type, state.context, vocabulary));
    const allowed: Party[] = [];
    if (kind !== 'none' && parties.length > 0) {
      const probe = sampleEvent(type, state.context, vocabulary, parties[0]!.id) as ScenarioEvent & { by: string };
      for (const party of parties) {
        probe.by = party.id;
        if (accepts(state, probe)) allowed.push(party);
      }
    }
    possible ||= allowed.length > 0;
    if (possible) moves.push({ type, label: MOVE_LABELS[type], senderKind: kind, parties: allowed });
  }
  return moves;
}

/** The moves the rules allow now, in the model's order of events. */
export function allowedMoves(position: MovePosition): Move[] {
  return EVENT_TYPES.map((type) => onMachine(position, type))
    .filter((tried) => tried.possible)
    .map((tried) => ({ ...tried.move, parties: tried.allowed }));
}

/** The moves the rules refuse now, each with the reason. */
export function refusedMoves(position: MovePosition): RefusedMove[] {
  return EVENT_TYPES.map((type) => onMachine(position, type))
    .filter((tried) => !tried.possible)
    .map((tried) => ({ ...tried.move, refusal: tried.refusal ?? { code: 'UNKNOWN_EVENT', message: 'refused' } }));
}

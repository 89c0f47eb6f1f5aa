/**
 * A class session as a scenario file: the scenario's start and the steps of
 * the record replayed to reach the room's start, then every move taken in the
 * room (and not undone), dated by the session's calendar, each citing the
 * class session as its source, marked inferred, and expecting the state the
 * room reached with it. `truce run` replays it, `truce view` shows it,
 * `truce export --html` makes its handout, `truce exercise check` grades it.
 * Pure.
 */
import type { EventType } from '../model/index.js';
import { defaultStartParts } from '../moves/index.js';
import { freeId, type Scenario, type ScenarioSource, type ScenarioStep } from '../scenario/index.js';
import { partyName } from '../model/index.js';
import { takenMoves, type Room, type RoomMove } from './room.js';

/** The source every move of a class session cites. */
export const CLASS_SOURCE: ScenarioSource = { id: 'truce-class', title: 'Moves made in a truce class session: not a historical record' };

const kebab = (type: EventType) => type.toLowerCase().replace(/_/g, '-');

/** Who made the move, in words: `the seat of Israel`, `the teacher, as Qatar`, `the teacher`. */
export function actorInWords(room: Room, move: RoomMove): string {
  const parties = room.seats.map((seat) => seat.party);
  if (move.actor.kind === 'seat') return `the seat of ${partyName(parties, move.actor.party)}`;
  return move.actor.as === null ? 'the teacher' : `the teacher, as ${partyName(parties, move.actor.as)}`;
}

/** `10:42` (UTC) from an ISO time. */
function clock(at: string): string {
  return /T(\d{2}:\d{2})/.exec(at)?.[1] ?? at;
}

/**
 * The session as a scenario, or null while it has no step at all (a scenario has at least one).
 * @example scenarioAsYaml(roomScenario(room)!, 'a truce class session')
 */
export function roomScenario(room: Room): Scenario | null {
  const { start } = room;
  const base = start.scenario ?? defaultStartParts(CLASS_SOURCE, 'The default start of truce class (illustrative figures).');
  const ids = new Set(start.replayed.map((step) => step.id));
  const sourceId = start.scenario ? freeId(CLASS_SOURCE.id, new Set(start.scenario.sources.map((known) => known.id))) : CLASS_SOURCE.id;
  const record = new Map((start.scenario?.steps ?? []).map((step) => [step.id, step]));
  const steps: ScenarioStep[] = takenMoves(room).map((move) => {
    const recorded = move.recordStep === undefined ? undefined : record.get(move.recordStep);
    const id = freeId(`class-${move.number}-${kebab(move.event.type)}`, ids);
    const expect = { state: { ...move.state } };
    // A step of the record keeps its source; dated by the session's calendar, it says so.
    if (recorded) {
      return {
        id,
        date: move.date,
        event: move.event,
        ...(recorded.source !== undefined ? { source: recorded.source } : {}),
        ...(recorded.inferred !== undefined ? { inferred: recorded.inferred } : {}),
        note: `The record's step ${recorded.id} (${recorded.date}), brought into a truce class session by the teacher${recorded.date === move.date ? '' : ` and dated ${move.date} by the session's calendar`}.`,
        expect,
      };
    }
    return {
      id,
      date: move.date,
      event: move.event,
      source: sourceId,
      inferred: true,
      note: `Made by ${actorInWords(room, move)} at ${clock(move.at)} UTC in a truce class session; not a historical record.`,
      expect,
    };
  });
  const all = [...start.replayed, ...steps];
  if (all.length === 0) return null;
  const title = start.scenario?.title ?? 'The default start';
  return {
    id: `${start.scenario?.id ?? 'default'}-class`,
    title: `${title}: a class session`,
    summary:
      `Saved by truce class: ${steps.length} ${steps.length === 1 ? 'move' : 'moves'} made in the room` +
      `${start.replayed.length > 0 ? ` after step ${start.replayed.at(-1)!.id} of the record` : ''}. ` +
      `Steps of the record keep their sources; the moves made in the room cite ${sourceId} and are not a historical record.`,
    sources: start.scenario ? [...base.sources, { ...CLASS_SOURCE, id: sourceId }] : base.sources,
    parties: base.parties,
    initial: base.initial,
    steps: all,
  };
}

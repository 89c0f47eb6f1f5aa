/**
 * A play session as a scenario file: the scenario's own start, then every
 * event the machine took in the session, dated as its turn, so that
 * `truce run` replays it to the moment the session ended. Steps that are the
 * record's own keep their id, source and note; the player's moves, and the
 * days that passed as a turn opened, cite a source of their own and are
 * marked inferred, with a note saying they are not a historical record.
 * Every step expects the state the session reached with it. Pure.
 */
import type { EventType } from '../model/index.js';
import { freeId, type Scenario, type ScenarioSource, type ScenarioStep } from '../scenario/index.js';
import { turnThatLeftTheRecord, type Session, type TakenEvent } from './session.js';

/** The source the player's moves cite. */
const PLAY_SOURCE: ScenarioSource = { id: 'truce-play', title: 'Moves made in a truce play session: not a historical record' };
export const PLAYED_NOTE = 'A move made in truce play, not a historical record.';
const TIME_NOTE = "Time passes to the turn's date as the turn opens in truce play: the agreement's days have run out.";

/** `PROPOSAL_TABLED` → `proposal-tabled`. */
const kebab = (type: EventType) => type.toLowerCase().replace(/_/g, '-');

/** The step for `taken`: the record's own step (its id is kept), or a new one with an id not in `ids`. */
function stepOf(taken: TakenEvent, ids: Set<string>, source: string): ScenarioStep {
  const expect = { state: { ...taken.state } };
  const { historical } = taken;
  if (historical !== null) {
    return {
      id: historical.id,
      date: taken.date,
      event: taken.event,
      ...(historical.source !== undefined ? { source: historical.source } : {}),
      ...(historical.inferred !== undefined ? { inferred: historical.inferred } : {}),
      ...(historical.note !== undefined ? { note: historical.note } : {}),
      expect,
    };
  }
  const opened = taken.cause === 'turn-opened';
  return {
    id: freeId(`turn-${taken.turn + 1}-${opened ? 'opens' : kebab(taken.event.type)}`, ids),
    date: taken.date,
    event: taken.event,
    source,
    inferred: true,
    note: opened ? TIME_NOTE : PLAYED_NOTE,
    expect,
  };
}

/**
 * The session as a scenario, or null when the machine took no event (a scenario has at least one step).
 * @example scenarioAsYaml(sessionScenario(session)!, 'saved by truce play')
 */
export function sessionScenario(session: Session): Scenario | null {
  if (session.taken.length === 0) return null;
  const { scenario, as, history } = session.setup;
  // The record's step ids are kept (each step of it is played once at most): the others are chosen around them.
  const ids = new Set(history.map((step) => step.id));
  const source = { ...PLAY_SOURCE, id: freeId(PLAY_SOURCE.id, new Set(scenario.sources.map((known) => known.id))) };
  const steps = session.taken.map((taken) => stepOf(taken, ids, source.id));
  const played = session.turns.length;
  const left = turnThatLeftTheRecord(session);
  const path =
    left === undefined
      ? 'as in the record'
      : left.turn === 0
        ? 'leaving the record at turn 1'
        : `following the record for ${left.turn} ${left.turn === 1 ? 'turn' : 'turns'}, then leaving it at turn ${left.turn + 1}`;
  return {
    id: `${scenario.id}-played${as ? `-as-${as.id}` : ''}`,
    title: `${scenario.title}: a session of truce play${as ? ` as ${as.name}` : ''}`,
    summary:
      `Saved from truce play: ${played} ${played === 1 ? 'turn' : 'turns'} of the ${history.length} in the record of "${scenario.title}", ${path}. ` +
      `Steps from the record keep their sources; the other steps cite ${source.id} and are not a historical record.`,
    sources: [...scenario.sources, source],
    parties: scenario.parties,
    initial: scenario.initial,
    steps,
  };
}

/**
 * Whether a move is history's: the very event (same type, parties and
 * details), or the same kind of move (same type, same parties). A session of
 * play or a class session is compared with the record with these. Pure.
 */
import { idsOf, type ScenarioEvent } from '../model/index.js';

/** Who acts, whatever the order they are named in: a joint act is the same act. */
function sender(event: { by?: unknown }): string {
  return [...idsOf(event.by)].sort().join('+');
}

/** `value` with the keys of every object in one order, so events written in any order compare alike. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, inner]) => inner !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, inner]) => [key, canonical(inner)]));
}

/** Whether `event` is the very event history has: same type, same parties, same details. */
export function isHistorysEvent(event: ScenarioEvent, historical: ScenarioEvent): boolean {
  const key = (candidate: ScenarioEvent) => JSON.stringify(canonical({ ...candidate, by: sender(candidate as { by?: unknown }) }));
  return key(event) === key(historical);
}

/** Whether a move is the kind of move history made: same event type, same party (or parties, acting together). */
export function isSameKindOfMove(event: ScenarioEvent, historical: ScenarioEvent): boolean {
  return event.type === historical.type && sender(event as { by?: unknown }) === sender(historical as { by?: unknown });
}

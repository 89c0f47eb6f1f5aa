/**
 * Why was an event refused? The answer comes from the machine itself: find
 * the transitions the event could take in the current states, and ask their
 * guards in order; the first that says no gives the reason. When no state
 * handles the event at all, the reason says what the event needs instead.
 */
import type { TruceEvent } from './events.js';
import { isEventType } from './events.js';
import { isRuleName, rules, type RuleName } from './guards.js';
import type { Refusal } from './refusal.js';
import { isRuleSetName, ruleSets } from './rule-sets.js';
import { truceMachine } from './machine.js';
import { REGIONS, stateValueOf, type TruceSnapshot, type TruceStateValue } from './snapshot.js';

/** Rule names on a transition, rule sets and `and([...])` opened, in the order they are checked. */
export function guardNames(guard: unknown): string[] {
  if (guard === undefined) return [];
  if (typeof guard === 'string') return isRuleSetName(guard) ? [...ruleSets[guard]] : [guard];
  // XState's `and([...])` keeps its operands on `.guards` (see xstate/src/guards.ts).
  const operands = (guard as { guards?: unknown[] } | null)?.guards;
  if (operands) return operands.flatMap(guardNames);
  if (typeof guard === 'object' && guard !== null && 'type' in guard) return [String(guard.type)];
  return [];
}

/** The transitions `eventType` could take from the current configuration, innermost first. */
function candidateTransitions(value: TruceStateValue, eventType: TruceEvent['type']) {
  const nodeIds = [...REGIONS.flatMap((region) => [`truce.${region}.${value[region]}`, `truce.${region}`]), 'truce'];
  return nodeIds.flatMap((id): Array<{ guard?: unknown }> => {
    const byEvent: Partial<Record<string, Array<{ guard?: unknown }>>> = truceMachine.getStateNodeById(id).on;
    return byEvent[eventType] ?? [];
  });
}

/** The reason `event` is refused in `snapshot`, or null when the machine would take it. */
export function explainRefusal(snapshot: TruceSnapshot, event: TruceEvent): Refusal | null {
  const type: unknown = (event as { type?: unknown } | null)?.type;
  if (!isEventType(type)) {
    return {
      code: 'UNKNOWN_EVENT',
      message: type === undefined ? 'the event has no type' : `"${String(type)}" is not an event of the truce statechart`,
    };
  }
  if (snapshot.can(event)) return null;
  const value = stateValueOf(snapshot);
  const transitions = candidateTransitions(value, event.type);
  if (transitions.length === 0) return whyNotHandled(event.type, value);
  for (const transition of transitions) {
    const failing = guardNames(transition.guard)
      .filter(isRuleName)
      .find((name: RuleName) => !rules[name].holds(snapshot.context, event));
    if (failing) return rules[failing].refusal(snapshot.context, event);
  }
  // Every guard on an event's transition is a rule, so one of them said no.
  throw new Error(`internal: ${event.type} is refused in ${JSON.stringify(value)}, yet every rule on its transitions holds`);
}

/** Operations' state as words: "operations are …". */
const OPERATIONS_IN_WORDS: Record<TruceStateValue['operations'], string> = {
  active: 'active',
  pausedForRelease: 'paused for release',
  ceasefire: 'in a ceasefire',
  resumed: 'resumed',
};

/** Reasons for events that the current states do not handle at all. */
function whyNotHandled(type: TruceEvent['type'], value: TruceStateValue): Refusal {
  const { talks, operations } = value;
  switch (type) {
    case 'TALKS_STALLED':
      return {
        code: 'TALKS_ALREADY_AGREED',
        message: `talks are ${talks}: every principal has accepted the deal, so they cannot stall; a new proposal would reopen them`,
      };
    case 'OPERATION_LAUNCHED':
      return {
        code: 'OPERATIONS_PAUSED',
        message: `operations are ${OPERATIONS_IN_WORDS[operations]}: resume operations first (OPERATION_RESUMED), or report a violation (VIOLATION_REPORTED)`,
      };
    case 'OPERATION_PAUSED':
    case 'CEASEFIRE_BEGAN':
      return operations === 'ceasefire'
        ? { code: 'ALREADY_IN_CEASEFIRE', message: 'a ceasefire is already in force' }
        : { code: 'ALREADY_PAUSED', message: 'operations are already paused for release; a pause is lengthened with PAUSE_EXTENDED' };
    case 'PAUSE_EXTENDED':
      return {
        code: 'NOT_PAUSED',
        message: `operations are ${OPERATIONS_IN_WORDS[operations]}, not paused for release: only a running pause can be extended`,
      };
    case 'OPERATION_RESUMED':
      return {
        code: 'NOTHING_TO_RESUME',
        message: `operations are ${OPERATIONS_IN_WORDS[operations]}: they resume only after a pause for release or a ceasefire`,
      };
    case 'CROSSING_OPENED':
      return { code: 'CROSSING_NOT_CLOSED', message: 'aid access is open: no crossing is closed' };
    default:
      // Every other event is handled in every configuration (see the machine).
      throw new Error(`internal: ${type} is not handled in ${JSON.stringify(value)} and has no reason written for it`);
  }
}

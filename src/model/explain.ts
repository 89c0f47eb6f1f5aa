/**
 * Why was an event refused? The answer comes from the machine itself: find
 * the transitions the event could take in the current states, and ask their
 * guards in order; the first that says no gives the reason. When no state
 * handles the event at all, the state that refuses it says why, in its
 * `meta.refuses` (state-refusals.ts).
 */
import type { AnyStateNode } from 'xstate';
import { isEventType, type TruceEvent } from './events.js';
import { isRuleName, rules, type RuleName } from './guards.js';
import { truceMachine } from './machine.js';
import type { Refusal } from './refusal.js';
import { presumes } from './rule-presumes.js';
import { isRuleSetName, ruleSets } from './rule-sets.js';
import { REGIONS, stateNodeId, type TruceSnapshot, type TruceStateValue } from './snapshot.js';
import type { StateMeta } from './state-refusals.js';

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

function activeStateNodes(value: TruceStateValue): AnyStateNode[] {
  return REGIONS.map((region) => truceMachine.getStateNodeById(stateNodeId(region, value[region])) as AnyStateNode);
}

/** The transitions `eventType` could take from the current configuration, innermost first. */
function candidateTransitions(value: TruceStateValue, eventType: TruceEvent['type']) {
  const nodeIds = [...REGIONS.flatMap((region) => [stateNodeId(region, value[region]), stateNodeId(region)]), truceMachine.id];
  return nodeIds.flatMap((id): Array<{ guard?: unknown }> => {
    const byEvent: Partial<Record<string, Array<{ guard?: unknown }>>> = truceMachine.getStateNodeById(id).on;
    return byEvent[eventType] ?? [];
  });
}

/**
 * The reason `event` is refused in `snapshot`, or null when the machine takes it.
 * @example explainRefusal(snapshot, { type: 'OPERATION_PAUSED', by: 'israel' })?.code // 'NO_AGREED_DEAL'
 */
export function explainRefusal(snapshot: TruceSnapshot, event: TruceEvent): Refusal | null {
  const type: unknown = (event as { type?: unknown } | null)?.type;
  if (!isEventType(type)) {
    return {
      code: 'UNKNOWN_EVENT',
      message: type === undefined ? 'the event has no type' : `"${String(type)}" is not an event of the truce statechart`,
    };
  }
  const value = snapshot.value;
  const transitions = candidateTransitions(value, type);
  if (transitions.length === 0) return refusedByState(type, value);
  // Every guard on an event's transition is a rule (a test checks this), so the rules decide.
  const failing = transitions.map((transition) => guardNames(transition.guard).filter(isRuleName).find((name) => !rules[name].holds(snapshot.context, event)));
  if (failing.some((name) => name === undefined)) return null;
  return rules[failing[0]!].refusal(snapshot.context, event);
}

/**
 * Every reason `event` is refused in `snapshot`, the one the model gives first (`explainRefusal`'s), then
 * any other rule on the event's transitions that also says no, in the order they are asked; [] when the
 * machine takes it. A rule counts only when the rules it presumes hold (rule-presumes.ts): once no deal
 * is in force, "the deal gives no pause" is not a second reason. A student who names one of the others
 * has found a true reason, one the model checks after another.
 * @example everyRefusal(snapshot, { type: 'OPERATION_PAUSED', by: 'israel' }).map((refusal) => refusal.code) // ['PAUSE_ALREADY_USED', 'NO_AGREED_DEAL']
 */
export function everyRefusal(snapshot: TruceSnapshot, event: TruceEvent): Refusal[] {
  const first = explainRefusal(snapshot, event);
  if (first === null) return [];
  const type = (event as { type?: unknown }).type;
  if (!isEventType(type)) return [first];
  const { context } = snapshot;
  const holds = (name: RuleName) => rules[name].holds(context, event);
  const names = [...new Set(candidateTransitions(snapshot.value, type).flatMap((transition) => guardNames(transition.guard).filter(isRuleName)))];
  const reasons = [first];
  for (const name of names) {
    if (holds(name) || !(presumes[name] ?? []).every(holds)) continue;
    const refusal = rules[name].refusal(context, event);
    // The first rule's own refusal, or one two transitions share, is said once.
    if (!reasons.some((reason) => reason.code === refusal.code && reason.message === refusal.message)) reasons.push(refusal);
  }
  return reasons;
}

/** The reason written on the state that does not take the event. */
function refusedByState(type: TruceEvent['type'], value: TruceStateValue): Refusal {
  for (const node of activeStateNodes(value)) {
    const reason = (node.meta as StateMeta | undefined)?.refuses?.[type];
    if (reason) return reason;
  }
  // Every event is either handled or refused with a reason in every configuration (a test checks this).
  throw new Error(`internal: ${type} is not handled in ${JSON.stringify(value)} and no state gives a reason`);
}

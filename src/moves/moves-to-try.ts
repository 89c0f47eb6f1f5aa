/**
 * The events a search tries from a situation. Only events that can move a
 * region are tried: the machine handles the others (releases, statements,
 * casualty figures) at its root, where they change the record and never a
 * state (see src/model/machine.ts), so they never lie on a path to a state.
 * The events are enough to reach every situation the rules allow: each
 * principal and one mediator (mediators all act alike), each kind of deal,
 * each crossing.
 */
import { EVENT_TYPES, firstDayLapsed, isPrincipal, machineGraph, step, type EventType, type ScenarioEvent, type TruceContext, type TruceEvent, type TruceSnapshot } from '../model/index.js';
import { principals, sampleEvent, senderKind } from './sample-events.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Event types that can change a region's state: those with a transition below the machine's root,
 * and `TIME_PASSED`, which the root takes but which ends an agreement whose days have run out
 * (through the agreement's eventless check).
 */
export function regionEventTypes(): EventType[] {
  const graph = machineGraph();
  const declaredBelowRoot = new Set(graph.transitions.filter((transition) => transition.declaredOn !== graph.id).map((transition) => transition.event));
  return EVENT_TYPES.filter((type) => declaredBelowRoot.has(type) || type === 'TIME_PASSED');
}

/**
 * Who sends each kind of event in a search. Mediators put proposals forward
 * and principals answer with counter-proposals (one mediator stands for all:
 * the rules treat them alike); when counter-proposals are not among the
 * events tried, or there is no proposal on the table to counter, principals
 * table proposals themselves. Every other event that needs a sender is
 * tried from each principal.
 */
function sendersFor(type: EventType, context: TruceContext, vocabulary: Vocabulary, types: readonly EventType[]): Array<string | undefined> {
  const { parties } = vocabulary;
  const principalIds = principals(parties).map((party) => party.id);
  switch (type) {
    case 'PROPOSAL_TABLED': {
      const mediator = parties.find((party) => !isPrincipal(party));
      const countering = types.includes('COUNTER_PROPOSAL') && context.proposal !== null;
      const tablers = countering ? [] : principalIds;
      return mediator ? [mediator.id, ...tablers] : tablers;
    }
    default:
      return senderKind(type) === 'required' ? principalIds : [undefined];
  }
}

/**
 * Every event worth trying from `snapshot` among `types`, in a fixed order, each with the snapshot it leads to.
 * @example movesToTry(snapshot, vocabulary, regionEventTypes()).map(({ event }) => event.type)
 */
export function movesToTry(snapshot: TruceSnapshot, vocabulary: Vocabulary, types: readonly EventType[]): Array<{ event: TruceEvent; next: TruceSnapshot }> {
  const { context } = snapshot;
  const events = types.flatMap((type) =>
    sendersFor(type, context, vocabulary, types).flatMap((sender): TruceEvent[] => {
      if (type === 'TIME_PASSED') {
        // Days pass only where that changes something: to the first day the agreement in force has lapsed.
        const date = firstDayLapsed(context);
        return date === null || context.agreement?.status !== 'inForce' ? [] : [{ type, date }];
      }
      if (type === 'PROPOSAL_TABLED' || type === 'COUNTER_PROPOSAL') {
        return vocabulary.terms.map((terms) => sampleEvent(type, context, vocabulary, sender, terms));
      }
      if (type === 'CROSSING_CLOSED' || type === 'CROSSING_OPENED') {
        return [...new Set([...vocabulary.crossings, ...Object.keys(context.crossings)])].map((crossing) => ({
          ...sampleEvent(type, context, vocabulary, sender),
          crossing,
        })) as ScenarioEvent[];
      }
      return [sampleEvent(type, context, vocabulary, sender)];
    }),
  );
  return events.flatMap((event) => {
    const outcome = step(snapshot, event);
    return outcome.accepted ? [{ event, next: outcome.snapshot }] : [];
  });
}

/**
 * The events path finding tries from a situation. Only events that can move
 * a region are tried: the machine handles the others (releases, statements,
 * casualty figures) at its root, where they change the record and never a
 * state (see src/model/machine.ts), so they never lie on a path to a state.
 */
import { machineGraph } from '../export/machine-graph.js';
import { EVENT_TYPES, type EventType, type ScenarioEvent } from '../model/events.js';
import { isPrincipal } from '../model/parties.js';
import type { TruceSnapshot } from '../model/snapshot.js';
import { principals, sampleEvent, senderKind } from './sample-events.js';
import type { Vocabulary } from './vocabulary.js';

/** Event types with a transition below the machine's root: those that can change a region's state. */
export function regionEventTypes(): EventType[] {
  const graph = machineGraph();
  const declaredBelowRoot = new Set(graph.transitions.filter((transition) => transition.declaredOn !== graph.id).map((transition) => transition.event));
  return EVENT_TYPES.filter((type) => declaredBelowRoot.has(type));
}

/**
 * Who sends each kind of event in a path. Mediators put proposals forward and
 * principals answer with counter-proposals (one mediator stands for all: the
 * rules treat them alike); operations are paused and resumed by the
 * belligerents (by any principal when there is none).
 */
function sendersFor(type: EventType, vocabulary: Vocabulary): Array<string | undefined> {
  const { parties } = vocabulary;
  const principalIds = principals(parties).map((party) => party.id);
  switch (type) {
    case 'PROPOSAL_TABLED': {
      const mediator = parties.find((party) => !isPrincipal(party));
      return mediator ? [mediator.id] : [];
    }
    case 'OPERATION_LAUNCHED':
    case 'OPERATION_PAUSED':
    case 'OPERATION_RESUMED': {
      const belligerents = parties.filter((party) => party.role === 'belligerent').map((party) => party.id);
      return belligerents.length > 0 ? belligerents : principalIds;
    }
    default:
      return senderKind(type) === 'required' ? principalIds : [undefined];
  }
}

/** Every event worth trying from `snapshot`, in a fixed order: the ones the machine takes now. */
export function movesToTry(snapshot: TruceSnapshot, vocabulary: Vocabulary, types: readonly EventType[]): ScenarioEvent[] {
  const { context } = snapshot;
  return types.flatMap((type) =>
    sendersFor(type, vocabulary).flatMap((sender) => {
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
  ).filter((event) => snapshot.can(event));
}

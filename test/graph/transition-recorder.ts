/**
 * Noting the transitions an actor takes, through XState's inspection API:
 * each `@xstate.microstep` lists the transitions of that microstep
 * (`_transitions`). The states they leave from are those before the
 * microstep: after the `@xstate.event` that started the macrostep, the actor's
 * snapshot; after that, the previous microstep's snapshot.
 */
import type { InspectionEvent } from 'xstate';
import type { TruceStateValue } from '../../src/model/index.js';
import { itemOf, type TakenTransition } from './transition-items.js';

export interface TransitionRecorder {
  /** The `inspect` observer to give `createActor`. */
  inspect(inspection: InspectionEvent): void;
  /** Where the next microstep leaves from, for a traversal that sends no `@xstate.event`. */
  startingFrom(value: TruceStateValue): void;
}

/** A recorder that adds the label of every transition taken (see transition-items.ts) to `taken`. */
export function transitionRecorder(taken: { add(label: string): unknown }): TransitionRecorder {
  let before: TruceStateValue | undefined;
  return {
    inspect(inspection) {
      if (inspection.type === '@xstate.event') {
        before = (inspection.actorRef.getSnapshot() as { value: TruceStateValue }).value;
      } else if (inspection.type === '@xstate.microstep' && before !== undefined) {
        for (const transition of inspection._transitions as unknown as TakenTransition[]) taken.add(itemOf(transition, before));
        before = (inspection.snapshot as unknown as { value: TruceStateValue }).value;
      }
    },
    startingFrom(value) {
      before = value;
    },
  };
}

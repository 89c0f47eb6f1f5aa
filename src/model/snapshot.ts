/** Snapshots of the truce statechart: the public names of its states, and where a run starts. */
import type { SnapshotFrom } from 'xstate';
import { createInitialContext, type TruceInput } from './context.js';
import { truceMachine } from './machine.js';

export type TruceSnapshot = SnapshotFrom<typeof truceMachine>;

export const REGIONS = ['talks', 'operations', 'access'] as const;
export type Region = (typeof REGIONS)[number];

function statesOf(region: Region): string[] {
  return Object.keys(truceMachine.root.states[region]!.states);
}

/** The public state names of each region, read from the machine definition. */
export const REGION_STATES: Record<Region, readonly string[]> = {
  talks: statesOf('talks'),
  operations: statesOf('operations'),
  access: statesOf('access'),
};

export type TalksState = 'idle' | 'proposal' | 'accepted' | 'rejected' | 'stalled';
export type OperationsState = 'active' | 'pausedForRelease' | 'resumed' | 'ceasefire';
export type AccessState = 'open' | 'closed';

/** The snapshot value: one state per region. */
export interface TruceStateValue {
  talks: TalksState;
  operations: OperationsState;
  access: AccessState;
}

/** Where a run starts: the facts, and (optionally) the states to start in. */
export interface StartingPoint {
  input: TruceInput;
  state?: Partial<TruceStateValue>;
}

/**
 * The snapshot a run starts from. Without `state`, the machine's own initial
 * states; with it, those states and the initial context.
 * @example startingSnapshot({ input, state: { access: 'closed' } })
 */
export function startingSnapshot({ input, state }: StartingPoint): TruceSnapshot {
  const context = createInitialContext(input);
  const anyCrossingClosed = Object.values(context.crossings).includes('closed');
  const access = anyCrossingClosed ? 'closed' : 'open';
  // Access is closed exactly while a crossing is: a start that says otherwise is a mistake by the caller.
  if (state?.access !== undefined && state.access !== access) {
    throw new RangeError(
      `access cannot start ${state.access}: ${anyCrossingClosed ? 'a crossing is closed' : 'no crossing is closed'} in input.crossings`,
    );
  }
  const value: TruceStateValue = { talks: 'idle', operations: 'active', ...state, access };
  return truceMachine.resolveState({ value: { ...value }, context });
}

/** The state value of a snapshot, typed with the public names. */
export function stateValueOf(snapshot: TruceSnapshot): TruceStateValue {
  return snapshot.value as unknown as TruceStateValue;
}

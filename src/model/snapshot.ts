/** Snapshots of the truce statechart: the names of its regions and states, read from the machine, and where a run starts. */
import type { SnapshotFrom } from 'xstate';
import { isPastEnd } from './agreement.js';
import { createInitialContext, type TruceInput } from './context.js';
import { truceMachine } from './machine.js';

export type TruceSnapshot = SnapshotFrom<typeof truceMachine>;

/** The snapshot value: one state per region, typed by XState from the machine definition. */
export type TruceStateValue = TruceSnapshot['value'];
export type Region = keyof TruceStateValue;
export type TalksState = TruceStateValue['talks'];
export type OperationsState = TruceStateValue['operations'];
export type AccessState = TruceStateValue['access'];
export type AgreementState = TruceStateValue['agreement'];

/** The regions, in the order the machine declares them. */
export const REGIONS = Object.keys(truceMachine.root.states) as Region[];

const statesOf = (region: Region): readonly string[] => Object.keys(truceMachine.root.states[region]!.states);

/** The public state names of each region, read from the machine definition. */
export const REGION_STATES: Record<Region, readonly string[]> = {
  talks: statesOf('talks'),
  operations: statesOf('operations'),
  access: statesOf('access'),
  agreement: statesOf('agreement'),
};

/** The id of a region's state node, `truce.talks.proposal`; without a state, the region's own. */
export function stateNodeId(region: Region, state?: string): string {
  return `${truceMachine.id}.${region}${state === undefined ? '' : `.${state}`}`;
}

/** Where a run starts: the facts, and (optionally) the states to start in. */
export interface StartingPoint {
  input: TruceInput;
  state?: Partial<TruceStateValue>;
}

/**
 * The snapshot a run starts from. Without `state`, the machine's own initial
 * states; with it, those states and the initial context. Access and the
 * agreement follow from the input (a crossing closed; an agreement in force).
 * Operations may start paused or in a ceasefire: under the agreement in
 * force, its days then run from its `since` (a scenario file may start
 * quiet only under one; scenario/check-scenario.ts says so).
 * @example startingSnapshot({ input, state: { access: 'closed' } })
 */
export function startingSnapshot({ input, state }: StartingPoint): TruceSnapshot {
  const operations = state?.operations ?? 'active';
  const quiet = operations === 'ceasefire' ? 'ceasefire' : operations === 'pausedForRelease' ? 'pause' : null;
  const made = createInitialContext(input, quiet);
  // An agreement whose end day is already past when the run starts has lapsed by then: the start
  // must be as settled as any snapshot a step gives (the machine's eventless checks would otherwise
  // fire on the first event, refused or not).
  const context = isPastEnd(made.agreement, made.date) ? { ...made, agreement: { ...made.agreement!, status: 'lapsed' as const, endedOn: made.agreement!.endDay } } : made;
  const anyCrossingClosed = Object.values(context.crossings).includes('closed');
  const access = anyCrossingClosed ? 'closed' : 'open';
  const agreement = context.agreement?.status ?? 'none';
  // Access is closed exactly while a crossing is, and an agreement is in force exactly when the input
  // gives one: a start that says otherwise is a mistake by the caller.
  if (state?.access !== undefined && state.access !== access) {
    throw new RangeError(
      `access cannot start ${state.access}: ${anyCrossingClosed ? 'a crossing is closed' : 'no crossing is closed'} in input.crossings`,
    );
  }
  if (state?.agreement !== undefined && state.agreement !== agreement) {
    throw new RangeError(`the agreement cannot start ${state.agreement}: ${context.agreement ? `input.agreement gives one, ${agreement} at the start` : 'input.agreement gives none'}`);
  }
  const value: TruceStateValue = { talks: 'idle', ...state, operations, access, agreement };
  return truceMachine.resolveState({ value: { ...value }, context });
}

/** The snapshot with these states and this context (a moment of a trace, made live again to search from it). */
export function snapshotAt(state: TruceStateValue, context: TruceSnapshot['context']): TruceSnapshot {
  return truceMachine.resolveState({ value: { ...state }, context });
}

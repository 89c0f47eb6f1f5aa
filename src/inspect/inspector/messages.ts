/**
 * What the inspector server sends, one JSON text frame per message, to every
 * WebSocket client at ws://127.0.0.1:<port>/?token=<token>, the address truce
 * prints (a client that joins late first gets every message sent so far, in
 * order). Clients never need to send anything; one that sends is closed.
 *
 * Two families of messages share the socket:
 *
 * 1. The Stately inspector's own (`@statelyai/inspect` 0.7), made by that
 *    package's `createInspector` from the real actor's inspection events.
 *    Each has `type`, `sessionId` (the actor), `rootId`, `createdAt`, `id`
 *    and `_version` (the Stately page ignores anything without `_version`):
 *    - `@xstate.actor`    — `name` ("truce"), `definition` (the machine
 *                           config as a JSON string: id `truce`, states
 *                           `talks`, `operations`, `access`), `snapshot`
 *                           (the starting snapshot).
 *    - `@xstate.event`    — `event` (`{ type, ...payload, date }`), `sourceId`.
 *    - `@xstate.snapshot` — `snapshot` (`{ status, value: { talks, operations,
 *                           access }, context, ... }`), `event` (what led to it).
 *
 * 2. Ours, for the truce viewer (`truce view`), which the Stately page ignores:
 *    - `truce.replay` — first: the scenario, the branch and the steps to come.
 *    - `truce.step`   — just before each step's `@xstate.event` and
 *                       `@xstate.snapshot`: which step of `truce.replay.steps` it is.
 *    - `truce.done`   — last: the replay is over and whether it went as the file
 *                       expects; the server closes the sockets right after.
 *
 * Order on the wire: `truce.replay`; `@xstate.actor`, `@xstate.event`
 * (xstate.init), `@xstate.snapshot` (the start); then for each step
 * `truce.step`, `@xstate.event`, `@xstate.snapshot`; then the actor's last
 * `@xstate.snapshot` (status "stopped", event xstate.stop); `truce.done`.
 */
import type { StatelyInspectionEvent } from '@statelyai/inspect';

export type StatelyMessage = StatelyInspectionEvent;

export interface ReplayStepSummary {
  id: string;
  date: string;
  part: 'trunk' | 'branch';
  /** The step's event type, e.g. `CROSSING_CLOSED`. */
  event: string;
}

export interface TruceReplayMessage {
  type: 'truce.replay';
  scenario: { id: string; title: string };
  branch: { id: string; title: string; from: string } | null;
  steps: ReplayStepSummary[];
}

export interface TruceStepMessage {
  type: 'truce.step';
  /** 0-based position in `truce.replay.steps`. */
  index: number;
  id: string;
  accepted: boolean;
}

export interface TruceDoneMessage {
  type: 'truce.done';
  ok: boolean;
}

export type TruceMessage = TruceReplayMessage | TruceStepMessage | TruceDoneMessage;

export type InspectorMessage = StatelyMessage | TruceMessage;

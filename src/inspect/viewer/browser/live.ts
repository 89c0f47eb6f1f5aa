/**
 * Following a running `truce run --inspect` over its WebSocket. The messages
 * are described in `src/inspect/inspector/messages.ts`: the Stately
 * inspector's own (`@xstate.actor`, `@xstate.snapshot`, ...) and the truce
 * viewer's (`truce.replay` names the branch, `truce.step` says which step the
 * next snapshot belongs to, `truce.done` ends the replay). Without the truce
 * messages (another inspector server), each snapshot after an event is taken
 * as the next step.
 */
import type { TruceContext, TruceStateValue } from '../../../model/index.js';
import type { InspectorMessage } from '../../inspector/index.js';

export interface LiveSnapshot {
  /** The step's position in the replay (from `truce.step`); null when the server does not say. */
  index: number | null;
  /** The event that led to this snapshot, as the replay sent it (with its `date`); null when no snapshot came (an event never sent). */
  event: { type: string; date?: unknown } | null;
  state: TruceStateValue;
  context: TruceContext;
}

export interface LiveStart {
  state: TruceStateValue;
  context: TruceContext;
}

/** A status line in parts: words, and the server's address, which projector mode leaves off the screen. */
export type LiveStatus = Array<string | { address: string }>;

export interface LiveHandlers {
  /** The replay announced itself: which branch it replays (null: the main line). */
  replay(branch: string | null): void;
  /** The truce actor started, from this snapshot. */
  started(start: LiveStart | null): void;
  stepped(snapshot: LiveSnapshot): void;
  status(parts: LiveStatus): void;
}

function snapshotParts(snapshot: unknown): LiveStart | null {
  const { value, context } = (snapshot ?? {}) as { value?: unknown; context?: unknown };
  if (typeof value !== 'object' || value === null || typeof context !== 'object' || context === null) return null;
  return { state: value as TruceStateValue, context: context as TruceContext };
}

const plural = (count: number) => `${count} step${count === 1 ? '' : 's'}`;

/**
 * Connects to `url` and reports the truce actor's steps; returns a function that disconnects.
 * The status names the server by scheme, host and port only: a token in the address stays off the screen.
 */
export function followLive(url: string, machineId: string, handlers: LiveHandlers): () => void {
  const at = { address: new URL(url).origin };
  let followed: string | null = null;
  let last: LiveStart | null = null;
  /** A `truce.step` whose snapshot has not come yet. */
  let pending: number | null = null;
  let steps = 0;
  let done: boolean | null = null;

  const step = (snapshot: LiveSnapshot) => {
    steps += 1;
    last = { state: snapshot.state, context: snapshot.context };
    handlers.stepped(snapshot);
    handlers.status(['Following the replay', at, `: ${plural(steps)} so far.`]);
  };
  // A refused event of an unknown type is never sent to the actor, so no snapshot follows its truce.step.
  const settlePending = () => {
    if (pending !== null && last) step({ index: pending, event: null, ...last });
    pending = null;
  };

  const receive = (data: InspectorMessage) => {
    switch (data.type) {
      case 'truce.replay':
        steps = 0;
        handlers.replay(data.branch?.id ?? null);
        return;
      case 'truce.step':
        settlePending();
        pending = data.index;
        return;
      case 'truce.done':
        settlePending();
        done = data.ok;
        return;
      case '@xstate.actor':
        if (data.name !== machineId) return;
        followed = data.sessionId;
        last = snapshotParts(data.snapshot);
        handlers.started(last);
        handlers.status(['Following the replay', at, ': it has started.']);
        return;
      case '@xstate.snapshot': {
        const parts = snapshotParts(data.snapshot);
        const event = data.event as { type?: unknown; date?: unknown } | undefined;
        if (data.sessionId !== followed || !parts || typeof event?.type !== 'string' || event.type.startsWith('xstate.')) return;
        step({ index: pending, event: { type: event.type, date: event.date }, ...parts });
        pending = null;
        return;
      }
      default:
        return;
    }
  };

  handlers.status(['Connecting to the replay', at, '…']);
  const socket = new WebSocket(url);
  socket.addEventListener('open', () => handlers.status(['Following the replay', at, ': waiting for its first step.']));
  socket.addEventListener('error', () => {
    if (done === null) handlers.status(['Could not follow the replay', at, '. Is truce run --inspect running? Start it, then reload this page.']);
  });
  socket.addEventListener('close', () => {
    if (done !== null) handlers.status([`The replay is over: ${plural(steps)}, ${done ? 'all as the file expects' : 'some not as the file expects'}. Step through them here.`]);
    else handlers.status(['The replay', at, ` closed the connection after ${plural(steps)}. The steps received stay on the page.`]);
  });
  socket.addEventListener('message', (message) => {
    try {
      receive(JSON.parse(String(message.data)) as InspectorMessage);
    } catch {
      // Not JSON, or not a message we know: a viewer ignores what it cannot read.
    }
  });
  return () => socket.close();
}

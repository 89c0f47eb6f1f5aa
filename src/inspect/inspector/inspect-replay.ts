/**
 * `truce run --inspect` from start to end: replay, open the server, wait for a
 * browser, send the steps at the chosen pace, close everything. The process
 * can exit as soon as this returns, whatever the clients do.
 */
import type { Problem } from '../../files/index.js';
import type { Scenario, Trace } from '../../scenario/index.js';
import { STATELY_INSPECTOR_URL } from './bridge-page.js';
import { startInspectorServer } from './inspector-server.js';
import { playLive, type Pacing } from './play-live.js';
import { recordReplay } from './record-replay.js';

export interface InspectOptions extends Pacing {
  branch?: string;
  /** 0: any free port. */
  port: number;
  /** How long to wait for a browser before giving up, in ms. */
  waitMs: number;
  /** Tells the user what is going on, one line at a time. */
  say(line: string): void;
}

export type InspectOutcome =
  | { kind: 'replayed'; trace: Trace }
  /** No browser or viewer connected in time: nothing was sent. */
  | { kind: 'no-client'; url: string }
  /** The server could not listen (the port is taken, say): nothing was sent. */
  | { kind: 'cannot-listen'; problems: Problem[] };

/**
 * Replays `scenario` (or its branch `options.branch`, one it has) for the
 * Stately inspector and the live viewers.
 */
export async function inspectReplay(scenario: Scenario, options: InspectOptions): Promise<InspectOutcome> {
  const { say } = options;
  const recorded = await recordReplay(scenario, options.branch);
  const started = await startInspectorServer({ port: options.port });
  if (!started.ok) return { kind: 'cannot-listen', problems: started.problems };
  const server = started.value;
  try {
    say(`Stately inspector: open ${server.url} in a browser (it shows ${STATELY_INSPECTOR_URL}, which needs the internet).`);
    say(`Live viewers can follow this replay at ${server.socketUrl}`);
    say(`Waiting up to ${Math.round(options.waitMs / 1000)} s for a browser to connect…`);
    if (!(await server.waitForClient(options.waitMs))) return { kind: 'no-client', url: server.url };
    const pace = options.lines ? 'press Enter for each step' : options.delayMs > 0 ? `one step every ${options.delayMs} ms` : 'all at once';
    say(`Connected. Replaying ${recorded.trace.steps.length} steps (${pace}).`);
    await playLive(recorded, server, options, say);
    return { kind: 'replayed', trace: recorded.trace };
  } finally {
    await server.close();
  }
}

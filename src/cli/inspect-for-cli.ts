/** `truce run --inspect`: its options, and what the command says and returns around the live replay. */
import type { Scenario, Trace } from '../scenario/index.js';
import { EXIT, UsageError, wholeNumber, type BooleanOption, type StringOption } from './command.js';
import type { LineSource } from '../files/index.js';
import type { Io } from './io.js';

/** The port of `@statelyai/inspect`'s own server, so that its habits carry over. */
export const DEFAULT_INSPECT_PORT = 8080;
const DEFAULT_WAIT_SECONDS = 120;

export const INSPECT_OPTIONS = {
  inspect: { type: 'boolean', description: 'show the replay live in the Stately inspector: prints the address to open (on 127.0.0.1, this computer only)' },
  port: {
    type: 'string',
    value: '<n>',
    parse: wholeNumber(0, 65535),
    description: `with --inspect: the port to serve on (default ${DEFAULT_INSPECT_PORT}; 0 = any free port, printed)`,
  },
  delay: { type: 'string', value: '<ms>', parse: wholeNumber(0, 3_600_000), description: 'with --inspect: pause before each step, in milliseconds (default 0), so a class can follow' },
  step: { type: 'boolean', description: 'with --inspect: wait for Enter before each step' },
  wait: {
    type: 'string',
    value: '<seconds>',
    parse: wholeNumber(1, 86_400),
    description: `with --inspect: how long to wait for a browser to connect (default ${DEFAULT_WAIT_SECONDS})`,
  },
} as const satisfies Record<string, BooleanOption | StringOption<number>>;

export interface InspectSettings {
  port: number;
  delayMs: number;
  step: boolean;
  waitSeconds: number;
}

type InspectValues = { inspect: boolean; port: number | undefined; delay: number | undefined; step: boolean; wait: number | undefined };

/** The inspector settings, or null without --inspect; an option given without it is a UsageError (exit 2). */
export function readInspectSettings(options: InspectValues): InspectSettings | null {
  if (!options.inspect) {
    const stray = (['port', 'delay', 'step', 'wait'] as const).filter((name) => options[name] !== undefined && options[name] !== false);
    if (stray.length > 0) throw new UsageError(`${stray.map((name) => `--${name}`).join(', ')} only ${stray.length === 1 ? 'works' : 'work'} with --inspect`);
    return null;
  }
  return { port: options.port ?? DEFAULT_INSPECT_PORT, delayMs: options.delay ?? 0, step: options.step, waitSeconds: options.wait ?? DEFAULT_WAIT_SECONDS };
}

/** An input that has already ended: what `--step` reads when there is no standard input. */
const NO_INPUT: LineSource = { nextLine: async () => null, close: () => {} };

/**
 * Runs the live replay. Returns the trace to print as usual, or an exit code
 * after a one-line message (the port cannot be used, no browser in time).
 */
export async function runInspected(scenario: Scenario, branch: string | undefined, settings: InspectSettings, say: (line: string) => void, io: Io): Promise<Trace | number> {
  // Loaded only with --inspect: the WebSocket server and the Stately bridge are not needed otherwise.
  const { inspectReplay } = await import('../inspect/index.js');
  const lines = settings.step ? (io.openInput?.() ?? NO_INPUT) : null;
  try {
    const outcome = await inspectReplay(scenario, {
      ...(branch === undefined ? {} : { branch }),
      port: settings.port,
      delayMs: settings.delayMs,
      waitMs: settings.waitSeconds * 1000,
      lines,
      say,
    });
    if (outcome.kind === 'replayed') return outcome.trace;
    if (outcome.kind === 'cannot-listen') {
      for (const problem of outcome.problems) io.stderr(`truce run: ${problem.message}\n`);
      return EXIT.badInput;
    }
    io.stderr(`truce run: no browser connected to ${outcome.url} within ${settings.waitSeconds} s, so nothing was replayed; open that address while truce waits, or give it longer with --wait\n`);
    return EXIT.badInput;
  } finally {
    lines?.close();
  }
}

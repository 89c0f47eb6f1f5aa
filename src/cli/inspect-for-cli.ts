/** `truce run --inspect`: its options, and what the command says and returns around the live replay. */
/** The only address our servers listen on. */
const LOOPBACK = '127.0.0.1';
import type { Trace } from '../scenario/replay.js';
import type { Scenario } from '../scenario/schema.js';
import { EXIT, UsageError, type OptionSpec, type ParsedArgs } from './command.js';
import type { Io, LineInput } from './io.js';

/** The port of `@statelyai/inspect`'s own server, so that its habits carry over. */
export const DEFAULT_INSPECT_PORT = 8080;
const DEFAULT_WAIT_SECONDS = 120;

export const INSPECT_OPTIONS: Record<string, OptionSpec> = {
  inspect: { type: 'boolean', description: `show the replay live in the Stately inspector: prints the address to open (on ${LOOPBACK}, this computer only)` },
  port: { type: 'string', value: '<n>', description: `with --inspect: the port to serve on (default ${DEFAULT_INSPECT_PORT}; 0 = any free port, printed)` },
  delay: { type: 'string', value: '<ms>', description: 'with --inspect: pause before each step, in milliseconds (default 0), so a class can follow' },
  step: { type: 'boolean', description: 'with --inspect: wait for Enter before each step' },
  wait: { type: 'string', value: '<seconds>', description: `with --inspect: how long to wait for a browser to connect (default ${DEFAULT_WAIT_SECONDS})` },
};

export interface InspectSettings {
  port: number;
  delayMs: number;
  step: boolean;
  waitSeconds: number;
}

function wholeNumber(option: string, value: string | boolean | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const text = String(value);
  const number = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(number >= min && number <= max)) throw new UsageError(`--${option} expects a whole number from ${min} to ${max}, found "${text}"`);
  return number;
}

/** The inspector settings, or null without --inspect; a mistake in them is a UsageError (exit 2). */
export function readInspectSettings(options: ParsedArgs['options']): InspectSettings | null {
  if (options.inspect !== true) {
    const stray = ['port', 'delay', 'step', 'wait'].filter((name) => options[name] !== undefined);
    if (stray.length > 0) throw new UsageError(`${stray.map((name) => `--${name}`).join(', ')} only ${stray.length === 1 ? 'works' : 'work'} with --inspect`);
    return null;
  }
  return {
    port: wholeNumber('port', options.port, DEFAULT_INSPECT_PORT, 0, 65535),
    delayMs: wholeNumber('delay', options.delay, 0, 0, 3_600_000),
    step: options.step === true,
    waitSeconds: wholeNumber('wait', options.wait, DEFAULT_WAIT_SECONDS, 1, 86_400),
  };
}

/** An input that has already ended: what `--step` reads when there is no standard input. */
const NO_INPUT: LineInput = { nextLine: async () => null, close: () => {} };

/**
 * Runs the live replay. Returns the trace to print as usual, or an exit code
 * after a one-line message (port in use, no browser in time).
 */
export async function runInspected(scenario: Scenario, branch: string | undefined, settings: InspectSettings, say: (line: string) => void, io: Io): Promise<Trace | number> {
  // Loaded only with --inspect: the WebSocket server and the Stately bridge are not needed otherwise.
  const { inspectReplay, ListenError, PortInUseError } = await import('../inspect/inspector/index.js');
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
    io.stderr(`truce run: no browser connected to ${outcome.url} within ${settings.waitSeconds} s, so nothing was replayed; open that address while truce waits, or give it longer with --wait\n`);
    return EXIT.badInput;
  } catch (error) {
    if (error instanceof PortInUseError) {
      io.stderr(`truce run: port ${error.port} is already in use on ${LOOPBACK}; choose another with --port, or --port 0 for any free port\n`);
      return EXIT.badInput;
    }
    if (error instanceof ListenError) {
      io.stderr(`truce run: ${error.message}; choose another with --port, or --port 0 for any free port\n`);
      return EXIT.badInput;
    }
    throw error;
  } finally {
    lines?.close();
  }
}

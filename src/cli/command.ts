/**
 * Commands are data: what they take, what they say about themselves, what
 * they may exit with, and what they do. `defineCommand` reads the options'
 * types from their declaration (as citty does), so a command's `run` gets
 * `options.port` as a number and `options.json` as a boolean, with no casts;
 * help is written from the same declaration.
 */
import type { Io } from './io.js';

export const EXIT = { ok: 0, expectationFailed: 1, badInput: 2, internalError: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A mistake in how a command was called: reported in one line with a pointer to help, exit 2.
 * With `unknown` and `known`, the line also suggests the nearest known name ("did you mean --json?").
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly suggest?: { unknown: string; known: readonly string[] },
  ) {
    super(message);
  }
}

interface BaseOption {
  short?: string;
  description: string;
}

export interface BooleanOption extends BaseOption {
  type: 'boolean';
}

export interface StringOption<T = string> extends BaseOption {
  type: 'string';
  /** What the value is called in help, e.g. `<id>`. */
  value: string;
  /** Given more than once, every value is kept, in order. */
  multiple?: boolean;
  /** Turns the text given into the value; throws a UsageError when it cannot. */
  parse?: (text: string, flag: string) => T;
  /** The value when the option is not given. */
  default?: T;
}

export type OptionSpec = BooleanOption | StringOption<unknown>;

export interface PositionalSpec {
  name: string;
  description: string;
  /** One or more (`<file...>`). */
  variadic?: boolean;
  optional?: boolean;
}

/** An exit code a command may end with, and what it means for this command. */
export interface ExitCodeSpec {
  code: ExitCode;
  meaning: string;
}

/** The value `run` gets for an option, read from its declaration. */
type OptionValue<S> = S extends { type: 'boolean' }
  ? boolean
  : S extends { multiple: true }
    ? string[]
    : S extends { parse: (text: string, flag: string) => infer T }
      ? S extends { default: unknown }
        ? T
        : T | undefined
      : S extends { default: string }
        ? string
        : string | undefined;

export type OptionValues<O> = { [K in keyof O]: OptionValue<O[K]> };

export interface CommandArgs<O> {
  positionals: string[];
  options: OptionValues<O>;
}

interface CommandSpec<O extends Record<string, OptionSpec>> {
  name: string;
  summary: string;
  description?: string;
  positionals: PositionalSpec[];
  options: O;
  examples: string[];
  /** Every code the command may exit with besides an internal error (3), which every command may. */
  exitCodes: ExitCodeSpec[];
  run(args: CommandArgs<O>, io: Io): Promise<number>;
}

/** A command as the program keeps it: its options' types are known only to its own `run`. */
export interface Command extends Omit<CommandSpec<Record<string, OptionSpec>>, 'run'> {
  run(args: { positionals: string[]; options: Record<string, unknown> }, io: Io): Promise<number>;
  /** Commands of its own (`truce exercise check`): the first positional names one. */
  subcommands?: Record<string, Command>;
}

/**
 * A command, its options typed from their declaration.
 * @example defineCommand({ name: 'schema', summary: '...', positionals: [], options: { json: { type: 'boolean', description: '...' } }, examples: [], exitCodes: [], run: async ({ options }) => (options.json ? 0 : 1) })
 */
export function defineCommand<const O extends Record<string, OptionSpec>>(spec: CommandSpec<O>): Command {
  return spec as unknown as Command;
}

/** A command made of subcommands (`truce exercise list|show|hint|check`); each action has its own options and exit codes. */
export function defineGroup(spec: Pick<Command, 'name' | 'summary' | 'description' | 'examples'> & { subcommands: Command[] }): Command {
  const subcommands = Object.fromEntries(spec.subcommands.map((command) => [command.name, command]));
  return {
    ...spec,
    positionals: [{ name: 'action', description: Object.keys(subcommands).join(', ') }],
    options: {},
    exitCodes: [],
    subcommands,
    // Never run: main runs the action the first argument names.
    run: async () => EXIT.badInput,
  };
}

/**
 * A parser for whole numbers from `min` to `max`, for `parse:` in an option's declaration.
 * @example port: { type: 'string', value: '<n>', parse: wholeNumber(0, 65535), description: '...' }
 */
export function wholeNumber(min: number, max: number, note = ''): (text: string, flag: string) => number {
  return (text, flag) => {
    const number = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!(number >= min && number <= max)) throw new UsageError(`${flag} needs a whole number from ${min} to ${max}${note}, found "${text}"`);
    return number;
  };
}

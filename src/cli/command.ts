/** Commands are data: what they take, what they say about themselves, and what they do. */
import type { Io } from './io.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** For string options: what the value is called in help, e.g. `<id>`. */
  value?: string;
  description: string;
  /** For string options that may be given more than once: every value is in `ParsedArgs.lists`. */
  multiple?: boolean;
}

export interface PositionalSpec {
  name: string;
  description: string;
  /** One or more (`<file...>`). */
  variadic?: boolean;
  optional?: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
  /** Every value of each `multiple` option, in the order given (`options` holds the last). */
  lists?: Record<string, string[]>;
}

export interface Command {
  name: string;
  summary: string;
  description?: string;
  positionals: PositionalSpec[];
  options: Record<string, OptionSpec>;
  examples: string[];
  /** Returns the exit code: 0 fine, 1 a replay went other than expected, 2 bad input. */
  run(args: ParsedArgs, io: Io): Promise<number>;
}

export const EXIT = { ok: 0, expectationFailed: 1, badInput: 2, internalError: 3 } as const;

/** A mistake in how a command was called: reported in one line with a pointer to help, exit 2. */
export class UsageError extends Error {}

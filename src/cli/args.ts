/** Turning argv into a command's arguments, with node's own `parseArgs` and each option's own parser. */
import { parseArgs } from 'node:util';
import { UsageError, type Command, type OptionSpec } from './command.js';

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, unknown>;
  help: boolean;
}

type ParseArgsOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function nodeOptions(options: Record<string, OptionSpec>): ParseArgsOptions {
  return Object.fromEntries(
    Object.entries({ ...options, help: { type: 'boolean', short: 'h', description: '' } as OptionSpec }).map(([name, spec]) => [
      name,
      { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.type === 'string' && spec.multiple ? { multiple: true } : {}) },
    ]),
  ) as ParseArgsOptions;
}

/** Each option's value as its declaration says: parsed, defaulted, a list for `multiple`. */
function optionValues(options: Record<string, OptionSpec>, given: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(options).map(([name, spec]) => {
      const value = given[name];
      if (spec.type === 'boolean') return [name, value === true];
      if (spec.multiple) return [name, Array.isArray(value) ? value.map(String) : []];
      if (value === undefined) return [name, spec.default];
      return [name, spec.parse ? spec.parse(String(value), `--${name}`) : value];
    }),
  );
}

/** The arguments for `command`, or a UsageError saying what is wrong with them. */
export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: nodeOptions(command.options), allowPositionals: true, strict: true });
  } catch (error) {
    const message = cleanParseError(error instanceof Error ? error.message : String(error));
    const unknown = /^unknown option (\S+)$/.exec(message)?.[1];
    const known = [...Object.entries(command.options).map(([name]) => `--${name}`), '--help'];
    throw new UsageError(message, unknown === undefined ? undefined : { unknown, known });
  }
  const given = parsed.values as Record<string, unknown>;
  if (given.help === true) return { positionals: parsed.positionals, options: {}, help: true };
  checkPositionals(command, parsed.positionals);
  return { positionals: parsed.positionals, options: optionValues(command.options, given), help: false };
}

/** node's messages carry advice for programmers ("To specify a positional argument..."): keep the first sentence. */
function cleanParseError(message: string): string {
  const first = message.split(/\.\s/)[0]!.replace(/\.$/, '');
  return first
    .replace(/^Unknown option '(.+)'$/, 'unknown option $1')
    .replace(/^Option '(.+)' argument missing$/, 'option $1 needs a value')
    .replace(/^Option '(.+)' argument is ambiguous$/, 'option $1 needs a value; a value that starts with "-" is written $1=<value>');
}

function checkPositionals(command: Command, positionals: string[]): void {
  const required = command.positionals.filter((spec) => !spec.optional);
  const variadic = command.positionals.some((spec) => spec.variadic);
  if (positionals.length < required.length) {
    throw new UsageError(`missing ${required.slice(positionals.length).map((spec) => `<${spec.name}>`).join(' ')}`);
  }
  if (!variadic && positionals.length > command.positionals.length) {
    throw new UsageError(`unexpected argument "${positionals[command.positionals.length]!}"`);
  }
}

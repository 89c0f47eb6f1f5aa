/** Turning argv into a command's arguments, with node's own `parseArgs`. */
import { parseArgs } from 'node:util';
import { UsageError, type Command, type ParsedArgs } from './command.js';

export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  const options = Object.fromEntries(
    Object.entries({ ...command.options, help: { type: 'boolean', short: 'h', description: '' } }).map(([name, spec]) => [
      name,
      { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...('multiple' in spec && spec.multiple ? { multiple: true } : {}) },
    ]),
  ) as Parameters<typeof parseArgs>[0] extends infer C ? (C extends { options?: infer O } ? O : never) : never;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(cleanParseError(error instanceof Error ? error.message : String(error)));
  }
  const result = splitLists({ positionals: parsed.positionals, options: parsed.values as ParsedArgs['options'] });
  if (result.options.help) return result;
  checkPositionals(command, result.positionals);
  return result;
}

/** Values of `multiple` options come as arrays: they go to `lists`, and `options` keeps the last. */
function splitLists(args: ParsedArgs): ParsedArgs {
  const lists: Record<string, string[]> = {};
  const options: ParsedArgs['options'] = {};
  for (const [name, value] of Object.entries(args.options as Record<string, unknown>)) {
    if (Array.isArray(value)) {
      lists[name] = value.map(String);
      options[name] = value.at(-1) as string | undefined;
    } else options[name] = value as string | boolean | undefined;
  }
  return Object.keys(lists).length > 0 ? { ...args, options, lists } : args;
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

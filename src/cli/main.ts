/**
 * The one place that turns what happened into an exit code. Commands return
 * codes; user mistakes are one line on stderr; only a bug in truce itself
 * prints a stack trace, and only when TRUCE_DEBUG is set.
 */
import { nearestName } from '../words/index.js';
import { parseCommandArgs } from './args.js';
import { EXIT, UsageError, type Command } from './command.js';
import { COMMAND_NAMES, loadAllCommands, loadCommand } from './commands/index.js';
import { commandHelp, PROGRAM, programHelp } from './help.js';
import type { Io } from './io.js';
import { packageVersion } from './package-files.js';

/** The command to run: `command` itself, or the action of a group its first argument names. */
function resolveAction(command: Command, argv: string[]): { command: Command; parent?: Command; argv: string[] } {
  if (!command.subcommands) return { command, argv };
  const [action, ...rest] = argv;
  if (action === undefined || action === '--help' || action === '-h') return { command, argv: ['--help'] };
  const sub = command.subcommands[action];
  if (!sub) {
    const names = Object.keys(command.subcommands);
    const nearest = nearestName(action, names);
    throw new UsageError(`unknown action "${action}"${nearest ? ` (did you mean "${nearest}"?)` : ''}; actions: ${names.join(', ')}`);
  }
  return { command: sub, parent: command, argv: rest };
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(programHelp(await loadAllCommands()));
    return EXIT.badInput;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(programHelp(await loadAllCommands()));
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  const command = await loadCommand(name);
  if (!command) {
    const nearest = nearestName(name, COMMAND_NAMES);
    io.stderr(`${PROGRAM}: unknown command "${name}"${nearest ? ` (did you mean "${nearest}"?)` : ''}; commands: ${COMMAND_NAMES.join(', ')}; see ${PROGRAM} --help\n`);
    return EXIT.badInput;
  }
  let shown = command.name;
  try {
    const target = resolveAction(command, rest);
    shown = target.parent ? `${target.parent.name} ${target.command.name}` : target.command.name;
    const args = parseCommandArgs(target.command, target.argv);
    if (args.help) {
      io.stdout(commandHelp(target.command, target.parent));
      return EXIT.ok;
    }
    return await target.command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${PROGRAM} ${shown}: ${error.message} (see ${PROGRAM} ${shown} --help)\n`);
      return EXIT.badInput;
    }
    const detail = io.env.TRUCE_DEBUG && error instanceof Error ? `\n${error.stack}` : ' (set TRUCE_DEBUG=1 for details)';
    io.stderr(`${PROGRAM}: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\nThis is a bug in truce-sim, not in your file; please report it.\n`);
    return EXIT.internalError;
  }
}

/**
 * The one place that turns what happened into an exit code. Commands return
 * codes; user mistakes are one line on stderr; only a bug in truce itself
 * prints a stack trace, and only when TRUCE_DEBUG is set.
 */
import { parseCommandArgs } from './args.js';
import { EXIT, UsageError } from './command.js';
import { COMMAND_NAMES, loadAllCommands, loadCommand } from './commands/index.js';
import { commandHelp, PROGRAM, programHelp } from './help.js';
import type { Io } from './io.js';
import { nearestName } from '../scenario/suggest.js';
import { packageVersion } from './version.js';

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
  try {
    const args = parseCommandArgs(command, rest);
    if (args.options.help) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${PROGRAM} ${command.name}: ${error.message} (see ${PROGRAM} ${command.name} --help)\n`);
      return EXIT.badInput;
    }
    const detail = io.env.TRUCE_DEBUG && error instanceof Error ? `\n${error.stack}` : ' (set TRUCE_DEBUG=1 for details)';
    io.stderr(`${PROGRAM}: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\nThis is a bug in truce-sim, not in your file; please report it.\n`);
    return EXIT.internalError;
  }
}

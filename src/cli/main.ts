/**
 * The one place that turns what happened into an exit code. Commands return
 * codes; user mistakes are one line on stderr; only a bug in truce itself
 * prints a stack trace, and only when TRUCE_DEBUG is set.
 */
import { parseCommandArgs } from './args.js';
import { EXIT, UsageError, type Command } from './command.js';
import { COMMAND_NAMES, loadAllCommands, loadCommand } from './commands/index.js';
import { commandHelp, PROGRAM, programHelp } from './help.js';
import type { Io } from './io.js';
import { packageVersion } from './package-files.js';

/** " (did you mean "run"?)", or nothing; the words kit is loaded only when a name is unknown (it brings the model). */
async function suggestion(word: string, known: readonly string[]): Promise<string> {
  const { didYouMean } = await import('../words/index.js');
  return didYouMean(word, known);
}

/** The command to run: `command` itself, or the action of a group its first argument names (undefined: no action given). */
async function resolveAction(command: Command, argv: string[]): Promise<{ command: Command; parent?: Command; argv: string[] } | undefined> {
  if (!command.subcommands) return { command, argv };
  const [action, ...rest] = argv;
  if (action === '--help' || action === '-h') return { command, argv: ['--help'] };
  if (action === undefined) return undefined;
  const sub = command.subcommands[action];
  if (!sub) {
    const names = Object.keys(command.subcommands);
    throw new UsageError(`unknown action "${action}"${await suggestion(action, names)}; actions: ${names.join(', ')}`);
  }
  return { command: sub, parent: command, argv: rest };
}

/**
 * `text` as one line of visible characters (see `printable`): a usage error quotes what was typed (a file
 * name, an id), and an internal error may quote a file.
 */
async function visible(text: string): Promise<string> {
  const { printable } = await import('../words/index.js');
  return printable(text);
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
    const what = name.startsWith('-') ? `unknown option ${name}${await suggestion(name, ['--help', '--version'])}` : `unknown command "${name}"${await suggestion(name, COMMAND_NAMES)}; commands: ${COMMAND_NAMES.join(', ')}`;
    io.stderr(`${PROGRAM}: ${await visible(what)}; see ${PROGRAM} --help\n`);
    return EXIT.badInput;
  }
  let shown = command.name;
  try {
    const target = await resolveAction(command, rest);
    if (!target) {
      // An action is needed: say which there are, as `truce` alone says which commands there are.
      io.stderr(commandHelp(command));
      return EXIT.badInput;
    }
    shown = target.parent ? `${target.parent.name} ${target.command.name}` : target.command.name;
    const args = parseCommandArgs(target.command, target.argv);
    if (args.help) {
      io.stdout(commandHelp(target.command, target.parent));
      return EXIT.ok;
    }
    const code = await target.command.run(args, io);
    await io.flush?.();
    // The output could not be written whole (a full disk): whatever the command found, the user did not get it.
    return io.outputFailure?.() === 'failed' ? EXIT.badInput : code;
  } catch (error) {
    if (error instanceof UsageError) {
      const hint = error.suggest ? await suggestion(error.suggest.unknown, error.suggest.known) : '';
      io.stderr(`${PROGRAM} ${shown}: ${await visible(`${error.message}${hint}`)} (see ${PROGRAM} ${shown} --help)\n`);
      return EXIT.badInput;
    }
    const detail = io.env.TRUCE_DEBUG && error instanceof Error ? `\n${error.stack}` : ' (set TRUCE_DEBUG=1 for details)';
    io.stderr(`${PROGRAM}: internal error: ${await visible(error instanceof Error ? error.message : String(error))}${detail}\nThis is a bug in truce-sim, not in your file; please report it.\n`);
    return EXIT.internalError;
  }
}

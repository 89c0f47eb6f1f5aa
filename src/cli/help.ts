/** Help text, written from the command definitions so it cannot drift from what they accept and return. */
import { EXIT, type Command, type ExitCodeSpec } from './command.js';

export const PROGRAM = 'truce';

/** Every command may end with this code: a bug in truce-sim itself, never a problem with a file. */
export const INTERNAL_ERROR: ExitCodeSpec = { code: EXIT.internalError, meaning: 'a bug in truce-sim itself (not in your files); set TRUCE_DEBUG=1 for details' };

/** The environment variables truce reads, and what each does. */
export const ENVIRONMENT: Array<[string, string]> = [
  ['NO_COLOR', 'when set (to anything), no colour is used, even on a terminal'],
  ['TRUCE_DEBUG', 'when set, an internal error prints its stack trace'],
  ['TRUCE_PLAY_NUMBERED', 'when set, truce play uses numbered menus even on a terminal (for screen readers and scripts)'],
];

function usageLine(command: Command, parent?: Command): string {
  const positionals = command.positionals.map((spec) => {
    const name = `<${spec.name}${spec.variadic ? '...' : ''}>`;
    return spec.optional ? `[${name}]` : name;
  });
  const hasOptions = Object.keys(command.options).length > 0;
  return [PROGRAM, ...(parent ? [parent.name] : []), command.name, ...positionals, ...(hasOptions ? ['[options]'] : [])].join(' ');
}

function table(rows: Array<[string, string]>): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/** Every command ends with this code when it is called wrongly (an unknown option, a missing argument). */
const CALLED_WRONGLY = 'the command was called wrongly (an unknown option, a missing argument, a value out of range)';

/** A command's own exit codes, with the two every command may end with: called wrongly, and a bug. */
function exitCodeLines(codes: readonly ExitCodeSpec[]): string[] {
  const own = codes.find((exit) => exit.code === EXIT.badInput);
  const badInput = { code: EXIT.badInput, meaning: own ? `${own.meaning}; or ${CALLED_WRONGLY}` : CALLED_WRONGLY };
  const all = [...codes.filter((exit) => exit.code !== EXIT.badInput), badInput, INTERNAL_ERROR].sort((a, b) => a.code - b.code);
  return ['Exit codes:', ...all.map(({ code, meaning }) => `  ${code}  ${meaning}`)];
}

/** The help for one command (or one action of a command, given its `parent`). */
export function commandHelp(command: Command, parent?: Command): string {
  const lines = [`${command.summary}`, '', `Usage: ${usageLine(command, parent)}`];
  if (command.description) lines.push('', command.description);
  if (command.subcommands) {
    const actions = Object.values(command.subcommands).map((sub): [string, string] => [usageLine(sub, command).slice(PROGRAM.length + command.name.length + 2), sub.summary]);
    lines.push('', 'Actions:', ...table(actions), '', `Run "${PROGRAM} ${command.name} <action> --help" for an action's options.`);
  } else {
    if (command.positionals.length > 0) lines.push('', 'Arguments:', ...table(command.positionals.map((spec) => [`<${spec.name}>`, spec.description])));
    const optionRows: Array<[string, string]> = Object.entries(command.options).map(([name, spec]) => [
      `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ` ${spec.value}` : ''}`,
      spec.description,
    ]);
    optionRows.push(['-h, --help', 'show this help']);
    lines.push('', 'Options:', ...table(optionRows));
  }
  if (command.examples.length > 0) lines.push('', 'Examples:', ...command.examples.map((example) => `  ${example}`));
  lines.push('', ...(command.subcommands ? [`Exit codes: each action's --help lists its own; every action ends with 2 when called wrongly, and 3 for a bug in truce-sim itself.`] : exitCodeLines(command.exitCodes)));
  return `${lines.join('\n')}\n`;
}

export function programHelp(commands: readonly Command[]): string {
  const lines = [
    `${PROGRAM} — truce negotiations as a statechart: replay sourced scenarios, check them, try what-if branches`,
    '',
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...table(commands.map((command) => [usageLine(command).slice(PROGRAM.length + 1), command.summary])),
    '',
    'Options:',
    ...table([
      ['-h, --help', 'show this help'],
      ['-v, --version', 'show the version'],
    ]),
    '',
    `Run "${PROGRAM} <command> --help" for a command's options, examples and exit codes.`,
    '',
    'Exit codes (each command says what they mean for it):',
    '  0  done, and everything went as expected',
    '  1  done, but something did not go as expected (a check not met, an exercise not solved, no path found)',
    '  2  a file is broken, or the command was called wrongly',
    `  ${INTERNAL_ERROR.code}  ${INTERNAL_ERROR.meaning}`,
    '',
    'Environment:',
    ...table(ENVIRONMENT),
  ];
  return `${lines.join('\n')}\n`;
}

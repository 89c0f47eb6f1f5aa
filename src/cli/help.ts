/** Help text, written from the command definitions so it cannot drift from what they accept. */
import type { Command } from './command.js';

export const PROGRAM = 'truce';

export const EXIT_CODES_HELP = [
  'Exit codes:',
  '  0  everything went as the scenario expects',
  '  1  a step was refused unexpectedly, or an expectation was not met',
  '  2  a scenario file is broken, or the command was called wrongly',
].join('\n');

function usageLine(command: Command): string {
  const positionals = command.positionals.map((spec) => {
    const name = `<${spec.name}${spec.variadic ? '...' : ''}>`;
    return spec.optional ? `[${name}]` : name;
  });
  const hasOptions = Object.keys(command.options).length > 0;
  return [PROGRAM, command.name, ...positionals, ...(hasOptions ? ['[options]'] : [])].join(' ');
}

function table(rows: Array<[string, string]>): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

export function commandHelp(command: Command): string {
  const optionRows: Array<[string, string]> = Object.entries(command.options).map(([name, spec]) => [
    `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`,
    spec.description,
  ]);
  optionRows.push(['-h, --help', 'show this help']);
  const lines = [`${command.summary}`, '', `Usage: ${usageLine(command)}`];
  if (command.description) lines.push('', command.description);
  if (command.positionals.length > 0) {
    lines.push('', 'Arguments:', ...table(command.positionals.map((spec) => [`<${spec.name}>`, spec.description])));
  }
  lines.push('', 'Options:', ...table(optionRows));
  if (command.examples.length > 0) lines.push('', 'Examples:', ...command.examples.map((example) => `  ${example}`));
  lines.push('', EXIT_CODES_HELP);
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
    `Run "${PROGRAM} <command> --help" for a command's options and examples.`,
    '',
    EXIT_CODES_HELP,
  ];
  return `${lines.join('\n')}\n`;
}

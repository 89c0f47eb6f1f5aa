import { readScenarioFile } from '../../scenario/index.js';
import { paletteFor } from '../color.js';
import { defineCommand, EXIT } from '../command.js';
import { reportProblems } from '../load-for-cli.js';
import { MAX_SIZE_OPTION, readLimit } from '../max-size.js';
import { plural, printable } from '../../words/index.js';

export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'Check scenario files for mistakes, without replaying them',
  description: 'Reports every problem found, one line each: file:line:column: where: what is wrong.',
  positionals: [{ name: 'file', description: 'one or more scenario files', variadic: true }],
  options: { ...MAX_SIZE_OPTION },
  examples: ['truce validate scenarios/*.yaml'],
  exitCodes: [
    { code: EXIT.ok, meaning: 'every file is a valid scenario' },
    { code: EXIT.badInput, meaning: 'a file has problems (each listed on stderr), or none was named' },
  ],
  async run({ positionals, options }, io) {
    const paint = paletteFor(io);
    let broken = 0;
    for (const file of positionals) {
      const result = await readScenarioFile(file, readLimit(options['max-size']));
      if (result.ok) {
        const { steps, branches = [] } = result.value;
        io.stdout(`${paint.green('✓')} ${printable(file)}: ${plural(steps.length, 'step')}, ${plural(branches.length, 'branch', 'branches')}\n`);
      } else {
        broken++;
        reportProblems(io, result.problems);
      }
    }
    return broken > 0 ? EXIT.badInput : EXIT.ok;
  },
});

import { readScenarioFile } from '../../scenario/read-scenario.js';
import { renderIssue } from '../../scenario/issue.js';
import { paletteFor } from '../color.js';
import { EXIT, type Command } from '../command.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check scenario files for mistakes, without replaying them',
  description: 'Reports every problem found, one line each: file:line:column: where: what is wrong.',
  positionals: [{ name: 'file', description: 'one or more scenario files', variadic: true }],
  options: {},
  examples: ['truce validate scenarios/*.yaml'],
  async run({ positionals }, io) {
    const paint = paletteFor(io);
    let broken = 0;
    for (const file of positionals) {
      const result = await readScenarioFile(file);
      if (result.ok) {
        const { steps, branches = [] } = result.scenario;
        io.stdout(`${paint.green('✓')} ${file}: ${steps.length} steps, ${branches.length} branches\n`);
      } else {
        broken++;
        for (const issue of result.issues) io.stderr(`${renderIssue(issue)}\n`);
      }
    }
    return broken > 0 ? EXIT.badInput : EXIT.ok;
  },
};

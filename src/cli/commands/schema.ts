import { scenarioJsonSchema } from '../../scenario/schema.js';
import { EXIT, type Command } from '../command.js';

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'Print the scenario file format as JSON Schema (for editors and other tools)',
  positionals: [],
  options: {},
  examples: ['truce schema > scenario.schema.json'],
  async run(_args, io) {
    io.stdout(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  },
};

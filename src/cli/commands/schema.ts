import { scenarioJsonSchema } from '../../scenario/index.js';
import { defineCommand, EXIT } from '../command.js';

export const schemaCommand = defineCommand({
  name: 'schema',
  summary: 'Print the scenario file format as JSON Schema (for editors and other tools)',
  positionals: [],
  options: {},
  examples: ['truce schema > scenario.schema.json'],
  exitCodes: [{ code: EXIT.ok, meaning: 'the schema was printed' }],
  async run(_args, io) {
    io.stdout(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  },
});

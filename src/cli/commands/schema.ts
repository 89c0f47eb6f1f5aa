import { scenarioJsonSchema } from '../../scenario/index.js';
import { assumptionsJsonSchema } from '../../simulate/index.js';
import { defineCommand, EXIT } from '../command.js';

export const schemaCommand = defineCommand({
  name: 'schema',
  summary: 'Print the scenario file format (or, with --assumptions, the assumptions file format) as JSON Schema',
  positionals: [],
  options: {
    assumptions: { type: 'boolean', description: 'the format of the assumptions files of truce simulate instead' },
  },
  examples: ['truce schema > scenario.schema.json', 'truce schema --assumptions > assumptions.schema.json'],
  exitCodes: [{ code: EXIT.ok, meaning: 'the schema was printed' }],
  async run({ options }, io) {
    io.stdout(`${JSON.stringify(options.assumptions ? assumptionsJsonSchema() : scenarioJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  },
});

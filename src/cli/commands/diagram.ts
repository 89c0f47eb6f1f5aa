import { DIAGRAM_FORMATS, isDiagramFormat } from '../../export/index.js';
import { machineGraph } from '../../model/index.js';
import { defineCommand, EXIT, UsageError } from '../command.js';
import { writeOutputs } from '../write-output.js';

const FORMAT_NAMES = Object.keys(DIAGRAM_FORMATS);

export const diagramCommand = defineCommand({
  name: 'diagram',
  summary: 'Print the statechart as a diagram: Mermaid, Graphviz DOT, SCXML or JSON',
  description:
    'The diagram is read from the statechart itself, so it always shows the rules the replay enforces.\n' +
    'Mermaid is drawn by GitHub and many editors; DOT by Graphviz (dot -Tsvg); SCXML is the W3C statechart format.',
  positionals: [],
  options: {
    format: { type: 'string', short: 'f', value: '<format>', default: 'mermaid', description: `one of ${FORMAT_NAMES.join(', ')} (default mermaid)` },
    out: { type: 'string', short: 'o', value: '<file>', description: 'write to this file instead of printing' },
  },
  examples: ['truce diagram', 'truce diagram --format dot | dot -Tsvg > chart.svg', 'truce diagram --format scxml --out truce.scxml'],
  exitCodes: [
    { code: EXIT.ok, meaning: 'the diagram was printed or written' },
    { code: EXIT.badInput, meaning: 'an unknown format, or the file cannot be written' },
  ],
  async run({ options }, io) {
    const { format } = options;
    if (!isDiagramFormat(format)) throw new UsageError(`unknown format "${format}"; formats: ${FORMAT_NAMES.join(', ')}`);
    const text = DIAGRAM_FORMATS[format](machineGraph());
    if (options.out === undefined) {
      io.stdout(text);
      return EXIT.ok;
    }
    const written = await writeOutputs([[options.out, text]]);
    if (!written.ok) {
      io.stderr(`truce diagram: ${written.problems[0]!.message}\n`);
      return EXIT.badInput;
    }
    return EXIT.ok;
  },
});

import { DIAGRAM_FORMATS, isDiagramFormat } from '../../export/diagram-formats.js';
import { machineGraph } from '../../export/machine-graph.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { writeOutput } from '../write-output.js';

const FORMAT_NAMES = Object.keys(DIAGRAM_FORMATS);

export const diagramCommand: Command = {
  name: 'diagram',
  summary: 'Print the statechart as a diagram: Mermaid, Graphviz DOT, SCXML or JSON',
  description:
    'The diagram is read from the statechart itself, so it always shows the rules the replay enforces.\n' +
    'Mermaid is drawn by GitHub and many editors; DOT by Graphviz (dot -Tsvg); SCXML is the W3C statechart format.',
  positionals: [],
  options: {
    format: { type: 'string', short: 'f', value: '<format>', description: `one of ${FORMAT_NAMES.join(', ')} (default mermaid)` },
    out: { type: 'string', short: 'o', value: '<file>', description: 'write to this file instead of printing' },
  },
  examples: ['truce diagram', 'truce diagram --format dot | dot -Tsvg > chart.svg', 'truce diagram --format scxml --out truce.scxml'],
  async run({ options }, io) {
    const format = (options.format as string | undefined) ?? 'mermaid';
    if (!isDiagramFormat(format)) throw new UsageError(`unknown format "${format}"; formats: ${FORMAT_NAMES.join(', ')}`);
    const text = DIAGRAM_FORMATS[format](machineGraph());
    const out = options.out as string | undefined;
    if (out === undefined) {
      io.stdout(text);
      return EXIT.ok;
    }
    const problem = await writeOutput(out, text);
    if (problem) {
      io.stderr(`truce diagram: ${problem}\n`);
      return EXIT.badInput;
    }
    return EXIT.ok;
  },
};

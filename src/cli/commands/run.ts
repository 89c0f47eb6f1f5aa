import { replayScenario } from '../../scenario/index.js';
import { paletteFor } from '../color.js';
import { defineCommand, EXIT } from '../command.js';
import { traceToJson } from '../format/trace-json.js';
import { formatTimeline } from '../format/timeline.js';
import { INSPECT_OPTIONS, readInspectSettings, runInspected } from '../inspect-for-cli.js';
import { branchExists, loadOrReport } from '../load-for-cli.js';
import { printJson } from '../print-json.js';
import { MAX_SIZE_OPTION, readLimit } from '../max-size.js';

export const runCommand = defineCommand({
  name: 'run',
  summary: 'Replay a scenario step by step: what happened, the state after it, and every check',
  description:
    'Each step shows its date, the event in words and the state of talks, operations and aid access after it.\n' +
    'A refused event is shown with the reason; the replay goes on from the unchanged state.',
  positionals: [{ name: 'file', description: 'a scenario file (.yaml or .json)' }],
  options: {
    branch: { type: 'string', short: 'b', value: '<id>', description: 'replay a what-if branch instead of the main line' },
    json: { type: 'boolean', description: 'print the whole trace as JSON (for other tools)' },
    verbose: { type: 'boolean', description: "show each step's source and note" },
    ...INSPECT_OPTIONS,
    ...MAX_SIZE_OPTION,
  },
  examples: [
    'truce run scenarios/rafah-2024-05.yaml',
    'truce run scenarios/rafah-2024-05.yaml --branch pause-for-release',
    'truce run scenarios/pause-2023-11.yaml --json > trace.json',
    'truce run scenarios/rafah-2024-05.yaml --inspect --delay 2000',
    'truce run scenarios/pause-2023-11.yaml --inspect --port 0 --step',
  ],
  exitCodes: [
    { code: EXIT.ok, meaning: 'every step went as the scenario expects' },
    { code: EXIT.expectationFailed, meaning: 'a step was refused that the file did not expect, or an expectation was not met' },
    { code: EXIT.badInput, meaning: 'the file is broken, the branch unknown, the command called wrongly; with --inspect, the port cannot be used or no browser came' },
  ],
  async run({ positionals, options }, io) {
    const file = positionals[0]!;
    const inspect = readInspectSettings(options);
    const scenario = await loadOrReport(file, io, readLimit(options['max-size']));
    if (!scenario || !branchExists(scenario, file, options.branch, io)) return EXIT.badInput;
    const branch = options.branch === undefined ? {} : { branch: options.branch };
    // With --json, stdout is for the trace alone: what the inspector says goes to stderr.
    const say = (line: string) => (options.json ? io.stderr : io.stdout)(`${line}\n`);
    const trace = inspect ? await runInspected(scenario, options.branch, inspect, say, io) : replayScenario(scenario, branch);
    // A number is the exit code of an inspected run that could not go on (a port in use, say).
    if (typeof trace === 'number') return trace;
    if (options.json) {
      // In pieces: the trace of a long file is more JSON than one string can hold.
      await printJson(io, traceToJson(trace, scenario.parties));
    } else {
      io.stdout(formatTimeline(trace, scenario.parties, paletteFor(io), { verbose: options.verbose }));
    }
    return trace.ok ? EXIT.ok : EXIT.expectationFailed;
  },
});

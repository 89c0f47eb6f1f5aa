import { vocabularyFor } from '../../moves/index.js';
import { defaultStart, describePaths, pathScenario, scenarioYaml, startFrom, termsOriginInWords, termsOrigins, type PathStart } from '../../paths/index.js';
import { describeTarget, findPaths, parseTarget } from '../../search/index.js';
import { capitalised, describeTerms, stateLine } from '../../words/index.js';
import { defineCommand, EXIT, UsageError, wholeNumber } from '../command.js';
import type { Io } from '../io.js';
import type { ReadOptions } from '../../files/index.js';
import type { Terms } from '../../model/index.js';
import { loadOrReport, reportProblems } from '../load-for-cli.js';
import { MAX_SIZE_OPTION, readLimit } from '../max-size.js';

const DEFAULT_MAX_PATHS = 3;
const DEFAULT_MAX_STEPS = 10;

/** `file@step`: the step after the last `@`, when what follows it looks like a step (no slash). */
function splitFrom(from: string): { file: string; step?: string } {
  const at = from.lastIndexOf('@');
  if (at <= 0 || from.slice(at + 1).includes('/') || at === from.length - 1) return { file: from };
  return { file: from.slice(0, at), step: from.slice(at + 1) };
}

async function resolveStart(from: string | undefined, io: Io, read: ReadOptions): Promise<PathStart | undefined> {
  if (from === undefined) return defaultStart();
  const { file, step } = splitFrom(from);
  const scenario = await loadOrReport(file, io, read);
  if (!scenario) return undefined;
  const result = startFrom(scenario, step);
  if (result.ok) return result.value;
  reportProblems(io, result.problems.map((problem) => ({ ...problem, file })));
  return undefined;
}

export const pathsCommand = defineCommand({
  name: 'paths',
  summary: 'Find the shortest ways, and a few others, from a start to a state of the talks',
  description:
    'Searches the statechart (with xstate/graph) for sequences of events that lead to the target states.\n' +
    'It tries proposals with the terms the scenario uses (or a pause and a ceasefire), answers by each\n' +
    'principal, pauses, ceasefires, resumptions, stalls and crossings; releases and statements change no\n' +
    'state, so they are not tried.',
  positionals: [],
  options: {
    to: { type: 'string', value: '<region=state>', multiple: true, description: 'where to go, e.g. operations=resumed; give --to again for more regions' },
    from: { type: 'string', value: '<file[@step]>', description: 'start from a scenario, or from the moment after one of its steps (id or number)' },
    max: { type: 'string', value: '<n>', parse: wholeNumber(1, 50), default: DEFAULT_MAX_PATHS, description: `the most paths to show (default ${DEFAULT_MAX_PATHS})` },
    depth: { type: 'string', value: '<n>', parse: wholeNumber(1, 20), default: DEFAULT_MAX_STEPS, description: `the longest path to look for, in steps (default ${DEFAULT_MAX_STEPS})` },
    yaml: { type: 'boolean', description: 'print the shortest path as a scenario file you can replay with truce run' },
    ...MAX_SIZE_OPTION,
  },
  examples: [
    'truce paths --to operations=resumed',
    'truce paths --to talks=accepted --to operations=pausedForRelease',
    'truce paths --from scenarios/rafah-2024-05.yaml@burns-netanyahu --to operations=pausedForRelease',
    'truce paths --to ceasefire --yaml > path.yaml && truce run path.yaml',
  ],
  exitCodes: [
    { code: EXIT.ok, meaning: 'a path was found (or the start is already there)' },
    { code: EXIT.expectationFailed, meaning: 'no path was found within --depth steps' },
    { code: EXIT.badInput, meaning: 'a target names an unknown region or state, the --from file is broken, or its step unknown' },
  ],
  async run({ options }, io) {
    const parsed = parseTarget(options.to);
    if (!parsed.ok) throw new UsageError(parsed.problems[0]!.message);
    const start = await resolveStart(options.from, io, readLimit(options['max-size']));
    if (!start) return EXIT.badInput;

    const target = parsed.value;
    const maxSteps = options.depth;
    const vocabulary = vocabularyFor(start.scenario);
    const result = findPaths({ from: start.snapshot, target, vocabulary, maxPaths: options.max, maxSteps });
    const say = options.yaml ? io.stderr : io.stdout;
    if (!result.reachable) {
      say(
        `No path found from ${start.label} to ${describeTarget(target)} within ${maxSteps} steps ` +
          `(${result.situationsSeen} situations looked at). The rules may not allow it from there, or it may take more steps (--depth).\n`,
      );
      return EXIT.expectationFailed;
    }
    const [shortest] = result.paths;
    if (shortest!.steps.length === 0) {
      say(`${capitalised(start.label)} already has ${describeTarget(target)}: no steps needed.\n`);
      return EXIT.ok;
    }
    if (options.yaml) {
      io.stdout(scenarioYaml(pathScenario(start, shortest!, target)));
      return EXIT.ok;
    }
    const originOf = termsOrigins(start.scenario);
    const termsNote = (terms: Terms) => termsOriginInWords(originOf(terms), start.scenario !== null);
    const triedTerms = vocabulary.terms.map((terms) => {
      const note = termsNote(terms);
      return `${describeTerms(terms)}${note === undefined ? '' : ` (${note})`}`;
    });
    io.stdout(
      [
        `From: ${start.label}`,
        `      ${stateLine(start.snapshot.value)}`,
        `To:   ${describeTarget(target)}`,
        '',
        // From the default start everything is illustrative, as its label says: only a scenario's paths mark terms that are not its own.
        describePaths(result.paths, vocabulary.parties, start.scenario === null ? undefined : termsNote),
        '',
        `Looked at ${result.situationsSeen} situations, paths of up to ${maxSteps} steps.`,
        `Terms tried in proposals: ${triedTerms.join('; ')}. Crossings: ${vocabulary.crossings.join(', ')}.`,
        `To replay the shortest path, add --yaml and save it to a file: ... --yaml > path.yaml, then truce run path.yaml`,
      ].join('\n') + '\n',
    );
    return EXIT.ok;
  },
});

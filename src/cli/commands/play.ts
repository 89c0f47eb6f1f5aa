import { keyPrompter, linePrompter, playSetup, runPlay, sessionScenario, type Prompter, type Session } from '../../play/index.js';
import { scenarioAsYaml } from '../../scenario/index.js';
import { printable } from '../../words/index.js';
import { paletteFor } from '../color.js';
import { defineCommand, EXIT, type ExitCode } from '../command.js';
import type { Io } from '../io.js';
import { loadOrReport } from '../load-for-cli.js';
import { MAX_SIZE_OPTION, readLimit } from '../max-size.js';
import { DEFAULT_SCENARIO } from '../package-files.js';
import { checkOutputs, writeOutputs } from '../write-output.js';

/** Arrow-key menus on a terminal; numbered prompts otherwise (or with TRUCE_PLAY_NUMBERED), so answers can be piped in. */
function prompterFor(io: Io): Prompter {
  if (io.terminal && io.isTTY && !io.env.TRUCE_PLAY_NUMBERED) {
    const enabled = !io.env.NO_COLOR;
    return keyPrompter({ ...io.terminal, highlight: (text) => (enabled ? `\u001b[7m${text}\u001b[27m` : text) });
  }
  return linePrompter(io.openInput?.() ?? null, io.stdout);
}

/** Saves `session` to `file` as a scenario (whole or not at all), and says where, or why not. */
async function save(session: Session, file: string, scenarioFile: string, io: Io): Promise<ExitCode> {
  const scenario = sessionScenario(session);
  if (scenario === null) {
    io.stdout(`Nothing saved to ${printable(file)}: no move was made, and a scenario needs at least one step.\n`);
    return EXIT.ok;
  }
  const text = scenarioAsYaml(scenario, `A session of truce play over ${printable(scenarioFile)}, saved with --save: replay it with truce run`);
  const written = await writeOutputs([[file, text]], [scenarioFile]);
  if (!written.ok) {
    io.stderr(`truce play: the session was not saved: ${written.problems[0]!.message}\n`);
    return EXIT.badInput;
  }
  const steps = scenario.steps.length;
  io.stdout(`Saved the session to ${printable(file)} (${steps} ${steps === 1 ? 'step' : 'steps'}): replay it with truce run ${printable(file)}\n`);
  return EXIT.ok;
}

export const playCommand = defineCommand({
  name: 'play',
  summary: 'Play the talks turn by turn: choose the moves, see what the rules allow, compare with history',
  description:
    'Each turn is one dated step of the scenario. The menu lists the moves the rules allow now and who can\n' +
    'make them; a refused move is explained. At the end, a debrief compares your path with what happened.\n' +
    'On a terminal the menus use the arrow keys; otherwise they are numbered and read one answer per line.',
  positionals: [{ name: 'scenario', optional: true, description: 'a scenario file (default: the May 2024 Rafah scenario)' }],
  options: {
    as: { type: 'string', value: '<party>', description: 'play one party (its id, e.g. israel): the menu offers its moves' },
    save: {
      type: 'string',
      value: '<file>',
      description: 'when the session ends, save it as a scenario file (replay it with truce run <file>); an existing file is replaced whole',
    },
    ...MAX_SIZE_OPTION,
  },
  examples: [
    'truce play',
    'truce play scenarios/pause-2023-11.yaml --as hamas',
    'truce play scenarios/rafah-2024-05.yaml --as israel --save my-week.yaml',
    "printf 'let this turn\\nend\\n' | truce play scenarios/pause-2023-11.yaml",
  ],
  exitCodes: [
    { code: EXIT.ok, meaning: 'the session ended (the history ran out, or you ended it), and was saved if --save asked' },
    { code: EXIT.badInput, meaning: 'the scenario file is broken, --as names no party of it, or the --save file cannot be written (nothing half-written is left)' },
  ],
  async run({ positionals, options }, io) {
    const file = positionals[0] ?? DEFAULT_SCENARIO;
    const scenario = await loadOrReport(file, io, readLimit(options['max-size']));
    if (!scenario) return EXIT.badInput;
    const setup = playSetup(scenario, options.as);
    if (!setup.ok) {
      for (const problem of setup.problems) io.stderr(`truce play: ${problem.message}\n`);
      return EXIT.badInput;
    }
    // A file that cannot be written is said before the session, not after an hour of play.
    const usable = options.save === undefined ? null : await checkOutputs([options.save], [file]);
    if (usable && !usable.ok) {
      io.stderr(`truce play: --save: ${usable.problems[0]!.message}\n`);
      return EXIT.badInput;
    }
    const paint = paletteFor(io);
    const session = await runPlay(setup.value, prompterFor(io), { accepted: paint.green, refused: paint.red });
    return options.save === undefined ? EXIT.ok : save(session, options.save, file, io);
  },
});

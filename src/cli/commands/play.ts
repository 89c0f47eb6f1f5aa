import { keyPrompter, linePrompter, playSetup, runPlay, type Prompter } from '../../play/index.js';
import { paletteFor } from '../color.js';
import { defineCommand, EXIT } from '../command.js';
import type { Io } from '../io.js';
import { loadOrReport } from '../load-for-cli.js';
import { MAX_SIZE_OPTION, readLimit } from '../max-size.js';
import { DEFAULT_SCENARIO } from '../package-files.js';

/** Arrow-key menus on a terminal; numbered prompts otherwise (or with TRUCE_PLAY_NUMBERED), so answers can be piped in. */
function prompterFor(io: Io): Prompter {
  if (io.terminal && io.isTTY && !io.env.TRUCE_PLAY_NUMBERED) {
    const enabled = !io.env.NO_COLOR;
    return keyPrompter({ ...io.terminal, highlight: (text) => (enabled ? `\u001b[7m${text}\u001b[27m` : text) });
  }
  return linePrompter(io.openInput?.() ?? null, io.stdout);
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
    ...MAX_SIZE_OPTION,
  },
  examples: ['truce play', 'truce play scenarios/pause-2023-11.yaml --as hamas', "printf 'let this turn\\nend\\n' | truce play scenarios/pause-2023-11.yaml"],
  exitCodes: [
    { code: EXIT.ok, meaning: 'the session ended (the history ran out, or you ended it)' },
    { code: EXIT.badInput, meaning: 'the scenario file is broken, or --as names no party of it' },
  ],
  async run({ positionals, options }, io) {
    const scenario = await loadOrReport(positionals[0] ?? DEFAULT_SCENARIO, io, readLimit(options['max-size']));
    if (!scenario) return EXIT.badInput;
    const setup = playSetup(scenario, options.as);
    if (!setup.ok) {
      for (const problem of setup.problems) io.stderr(`truce play: ${problem.message}\n`);
      return EXIT.badInput;
    }
    const paint = paletteFor(io);
    await runPlay(setup.value, prompterFor(io), { accepted: paint.green, refused: paint.red });
    return EXIT.ok;
  },
});

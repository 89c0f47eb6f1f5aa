import { fileURLToPath } from 'node:url';
import { keyPrompter } from '../../play/key-prompter.js';
import { linePrompter } from '../../play/line-prompter.js';
import { runPlay } from '../../play/play-loop.js';
import type { Prompter } from '../../play/prompter.js';
import { playSetup } from '../../play/setup.js';
import { paletteFor } from '../color.js';
import { EXIT, type Command } from '../command.js';
import type { Io } from '../io.js';
import { loadOrReport } from '../load-for-cli.js';

/** The scenario played when none is named: the May 2024 talks, shipped with the package. */
export const DEFAULT_PLAY_SCENARIO = fileURLToPath(new URL('../../../scenarios/rafah-2024-05.yaml', import.meta.url));

/** Arrow-key menus when both ends are a terminal; numbered prompts otherwise, so answers can be piped in. */
function prompterFor(io: Io): Prompter {
  if (io.isTTY && process.stdin.isTTY && !io.env.TRUCE_PLAY_NUMBERED) {
    const enabled = !io.env.NO_COLOR;
    return keyPrompter({ input: process.stdin, output: process.stdout, highlight: (text) => (enabled ? `\u001b[7m${text}\u001b[27m` : text) });
  }
  return linePrompter(io.openInput?.() ?? null, io.stdout);
}

export const playCommand: Command = {
  name: 'play',
  summary: 'Play the talks turn by turn: choose the moves, see what the rules allow, compare with history',
  description:
    'Each turn is one dated step of the scenario. The menu lists the moves the rules allow now and who can\n' +
    'make them; a refused move is explained. At the end, a debrief compares your path with what happened.\n' +
    'On a terminal the menus use the arrow keys; otherwise they are numbered and read one answer per line.',
  positionals: [{ name: 'scenario', optional: true, description: 'a scenario file (default: the May 2024 Rafah scenario)' }],
  options: {
    as: { type: 'string', value: '<party>', description: 'play one party (its id, e.g. israel): the menu offers its moves' },
  },
  examples: ['truce play', 'truce play scenarios/pause-2023-11.yaml --as hamas', "printf 'let this turn\\nend\\n' | truce play scenarios/pause-2023-11.yaml"],
  async run({ positionals, options }, io) {
    const file = positionals[0] ?? DEFAULT_PLAY_SCENARIO;
    const scenario = await loadOrReport(file, io);
    if (!scenario) return EXIT.badInput;
    const setup = playSetup(scenario, options.as as string | undefined);
    if (!setup.ok) {
      io.stderr(`truce play: ${setup.message}\n`);
      return EXIT.badInput;
    }
    const paint = paletteFor(io);
    await runPlay(setup.setup, prompterFor(io), { accepted: paint.green, refused: paint.red });
    return EXIT.ok;
  },
};

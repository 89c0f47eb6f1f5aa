/**
 * A stand-in terminal for the arrow-key menus, in this process: a stream that says it is one takes
 * the keys a player would press, and the test reads what was drawn (options highlighted as `[...]`).
 * `play-terminal.test.ts` drives the same menus through a real pseudo-terminal.
 */
import { PassThrough, Writable } from 'node:stream';
import { keyPrompter, type Prompter } from '../../src/play/index.js';

/** Keys as a terminal sends them. */
export const KEYS = {
  UP: '\u001b[A',
  DOWN: '\u001b[B',
  ENTER: '\r',
  /** Ctrl-J: a line feed, which some terminals send for Enter. */
  LINE_FEED: '\n',
  BACKSPACE: '\u007f',
  TAB: '\t',
  ESCAPE: '\u001b',
  CTRL_A: '\u0001',
  CTRL_C: '\u0003',
  CTRL_D: '\u0004',
} as const;

export function standInTerminal() {
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    rawMode: false,
    setRawMode(this: { rawMode: boolean }, on: boolean) {
      this.rawMode = on;
      return this;
    },
  });
  let drawn = '';
  const output = Object.assign(new Writable({ write: (chunk, _encoding, done) => ((drawn += String(chunk)), done()) }), { columns: 40 });
  const prompter: Prompter = keyPrompter({
    input: input as unknown as NodeJS.ReadStream,
    output: output as unknown as NodeJS.WriteStream,
    highlight: (text) => `[${text}]`,
  });
  return { input, prompter, drawn: () => drawn, press: (...keys: string[]) => keys.forEach((key) => input.write(key)) };
}

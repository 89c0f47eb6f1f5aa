/**
 * Menus driven by the arrow keys, for a terminal: ↑/↓ (or k/j) move, Enter
 * chooses, a digit jumps to that line, Ctrl-C, Esc or q ends the session
 * (the debrief still follows). Answers are typed on one line (Backspace
 * edits). The terminal stays in raw mode for the whole session and every
 * key goes through one listener, queued until a menu or question takes it,
 * so nothing typed ahead is lost. Wide characters are measured as the
 * terminal draws them (columns.ts).
 */
import { emitKeypressEvents, type Key } from 'node:readline';
import { columnsOf, fitColumns, lastCharacter } from './columns.js';
import type { Prompter } from './prompter.js';

const ESC = '\u001b[';
const HIDE_CURSOR = `${ESC}?25l`;
const SHOW_CURSOR = `${ESC}?25h`;

export interface Terminal {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
  /** Highlights the line under the cursor (inverse video, unless NO_COLOR). */
  highlight(text: string): string;
}

type KeyHandler = (text: string | undefined, key: Key | undefined) => void;

function isStop(text: string | undefined, key: Key | undefined): boolean {
  return (key?.ctrl === true && (key.name === 'c' || key.name === 'd')) || key?.name === 'escape' || text === 'q';
}

export function keyPrompter({ input, output, highlight }: Terminal): Prompter {
  const write = (text: string) => output.write(text);
  const waiting: Array<[string | undefined, Key | undefined]> = [];
  let handler: KeyHandler | null = null;
  const take = (next: KeyHandler | null) => {
    handler = next;
    while (handler !== null && waiting.length > 0) handler(...waiting.shift()!);
  };
  const onKey: KeyHandler = (text, key) => (handler ? handler(text, key) : waiting.push([text, key]));
  emitKeypressEvents(input);
  input.setRawMode(true);
  input.on('keypress', onKey);
  input.resume();

  function drawMenu(question: string, options: readonly string[], selected: number): string {
    const width = (output.columns || 80) - 4;
    const lines = options.map((option, index) => (index === selected ? highlight(`❯ ${fitColumns(option, width)}`) : `  ${fitColumns(option, width)}`));
    return `${question}  (↑/↓ to move, Enter to choose)\n${lines.join('\n')}\n`;
  }

  return {
    choose(question, options) {
      return new Promise((resolve) => {
        let selected = 0;
        const up = `${ESC}${options.length + 1}A${ESC}0J`;
        const finish = (choice: number | null) => {
          write(`${up}${question} ${choice === null ? '(stopped)' : options[choice]}\n${SHOW_CURSOR}`);
          take(null);
          resolve(choice);
        };
        write(HIDE_CURSOR + drawMenu(question, options, selected));
        take((text, key) => {
          const name = key?.name;
          if (isStop(text, key)) return finish(null);
          if (name === 'return' || name === 'enter') return finish(selected);
          if (name === 'up' || name === 'k') selected = (selected + options.length - 1) % options.length;
          else if (name === 'down' || name === 'j') selected = (selected + 1) % options.length;
          else if (text !== undefined && /^[1-9]$/.test(text) && Number(text) <= options.length) selected = Number(text) - 1;
          else return;
          write(up + drawMenu(question, options, selected));
        });
      });
    },
    ask(question, fallback) {
      return new Promise((resolve) => {
        let line = '';
        write(`${question}${fallback === undefined ? '' : ` [${fallback}]`}: `);
        const finish = (answer: string | null) => {
          write('\n');
          take(null);
          resolve(answer);
        };
        take((text, key) => {
          if (key?.ctrl === true && (key.name === 'c' || key.name === 'd')) return finish(null);
          if (key?.name === 'return' || key?.name === 'enter') return finish(line);
          if (key?.name === 'backspace') {
            if (line.length > 0) {
              // The last character as a reader sees it (an emoji is two UTF-16 units), erased over the columns it took.
              const last = lastCharacter(line);
              line = line.slice(0, -last.length);
              const columns = columnsOf(last);
              write('\b'.repeat(columns) + ' '.repeat(columns) + '\b'.repeat(columns));
            }
            return;
          }
          // One character typed (an emoji is one character in two UTF-16 units), not a control key.
          if (text !== undefined && Array.from(text).length === 1 && text >= ' ' && !key?.ctrl && !key?.meta) {
            line += text;
            write(text);
          }
        });
      });
    },
    say: write,
    close: () => {
      input.off('keypress', onKey);
      input.setRawMode(false);
      input.pause();
      write(SHOW_CURSOR);
    },
  };
}

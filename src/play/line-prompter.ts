/**
 * Numbered menus and plain questions, one line of input per answer: for when
 * stdin is not a terminal, so a session can be scripted (and tested) by
 * piping answers in. A menu takes the number of an option or the first
 * words of one. Every prompt ends in "> ".
 */
import type { LineSource } from '../files/index.js';
import { printable } from '../words/index.js';
import type { Prompter } from './prompter.js';

export function linePrompter(input: LineSource | null, write: (text: string) => void): Prompter {
  const nextLine = async () => (input === null ? null : input.nextLine());
  return {
    async choose(question, options) {
      write(`${options.map((option, index) => `  ${String(index + 1).padStart(2)}. ${option}`).join('\n')}\n`);
      for (;;) {
        write(`${question} [1-${options.length}]> `);
        const line = await nextLine();
        if (line === null) return null;
        // Answers piped in are not echoed by a terminal: echo them, so the transcript reads as a dialogue.
        write(`${printable(line)}\n`);
        const answer = line.trim();
        if (/^\d+$/.test(answer) && Number(answer) >= 1 && Number(answer) <= options.length) return Number(answer) - 1;
        // The beginning of an option's words also chooses it, when no other option begins so: scripts stay readable.
        const matching = answer === '' ? [] : options.flatMap((option, index) => (option.toLowerCase().startsWith(answer.toLowerCase()) ? [index] : []));
        if (matching.length === 1) return matching[0]!;
        write(`Type a number from 1 to ${options.length}${matching.length > 1 ? ', or more of the words' : ''}.\n`);
      }
    },
    async ask(question, fallback) {
      write(`${question}${fallback === undefined ? '' : ` [${fallback}]`}> `);
      const line = await nextLine();
      if (line !== null) write(`${printable(line)}\n`);
      return line;
    },
    say: write,
    close: () => input?.close(),
  };
}

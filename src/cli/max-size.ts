/**
 * `--max-size <MB>`: the largest scenario or exercise file a command reads.
 * A limit stays (a file is refused before it is read whole), but an analyst
 * with a generated scenario larger than the default can raise it, and the
 * message about a file too large says how.
 */
import { MAX_FILE_BYTES, type ReadOptions } from '../files/index.js';
import { wholeNumber, type StringOption } from './command.js';

const MEGABYTE = 1024 * 1024;
const DEFAULT_MEGABYTES = MAX_FILE_BYTES / MEGABYTE;

/**
 * The highest limit allowed. A 23 MB scenario of 160,000 steps takes 1.5 GB of memory to replay and print as
 * JSON; node's heap stops at 4 GB on a large machine (less on a small one), and running out of it ends the
 * process with a fatal error, not a message. 32 MB (about 220,000 steps) stays well inside it.
 */
export const MOST_MEGABYTES = 32;

export const MAX_SIZE_OPTION = {
  'max-size': {
    type: 'string',
    value: '<MB>',
    parse: wholeNumber(1, MOST_MEGABYTES),
    default: DEFAULT_MEGABYTES,
    description: `the largest scenario or exercise file to read, in megabytes (default ${DEFAULT_MEGABYTES}, at most ${MOST_MEGABYTES})`,
  },
} as const satisfies Record<string, StringOption<number>>;

/**
 * How to read files of at most `megabytes` (the value of --max-size): a file too large says how to raise the limit.
 * @example readScenarioFile(file, readLimit(options['max-size']))
 */
export function readLimit(megabytes: number): ReadOptions {
  return {
    maxBytes: megabytes * MEGABYTE,
    whenTooLarge: (needed) => (needed <= MOST_MEGABYTES ? `use --max-size ${needed} to read it` : `truce reads files of at most ${MOST_MEGABYTES} MB (--max-size ${MOST_MEGABYTES})`),
  };
}

/** Printing a large value as JSON (a trace of a long scenario): in pieces, as fast as the reader takes them. */
import { chunked, jsonPieces } from './format/json-pieces.js';
import type { Io } from './io.js';

/** Chunks written before waiting for them to be taken: what is held in memory stays a few megabytes. */
const CHUNKS_AHEAD = 64;

/**
 * Prints `value` as JSON indented by two spaces, then a line break: the text `JSON.stringify(value, null, 2)` gives,
 * without ever holding it whole (it can be larger than a string may be), and waiting for a slow reader (a pipe).
 */
export async function printJson(io: Io, value: unknown): Promise<void> {
  let written = 0;
  for (const chunk of chunked(jsonPieces(value))) {
    io.stdout(chunk);
    if (++written % CHUNKS_AHEAD === 0) await io.flush?.();
  }
  io.stdout('\n');
}

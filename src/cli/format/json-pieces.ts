/**
 * JSON text in pieces: the same characters as `JSON.stringify(value, null, 2)`,
 * but never as one string. A trace of a hundred thousand steps is more JSON
 * than a JavaScript string can hold (about 512 MB in V8), and a string that
 * large ends in "Invalid string length"; printed piece by piece, its size is
 * bounded only by the disk.
 */

/**
 * Objects above this depth, and lists one level deeper, are written one member at a time; below, each
 * member is one piece. A trace's steps (a list in the top object) and the entries of its record (lists in
 * an object in the top object) are then one piece each: small, and few enough that the JSON is written
 * about as fast as by one JSON.stringify.
 */
const OBJECT_SPLIT_DEPTH = 2;
const LIST_SPLIT_DEPTH = OBJECT_SPLIT_DEPTH + 1;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';

/** `JSON.stringify(value, null, 2)` as written `depth` levels in: every line after the first indented to it. */
function indented(value: unknown, depth: number): string {
  // Line breaks inside JSON strings are written as \n, so every real one starts a line of the layout.
  return (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * The pieces of `value`'s JSON text, indented by two spaces, in order.
 * @example for (const piece of jsonPieces(trace)) write(piece)
 */
export function* jsonPieces(value: unknown, depth = 0): Generator<string> {
  const inner = '  '.repeat(depth + 1);
  if (depth < LIST_SPLIT_DEPTH && Array.isArray(value) && value.length > 0) {
    yield '[';
    for (const [index, item] of value.entries()) {
      yield `${index === 0 ? '' : ','}\n${inner}`;
      // As JSON.stringify does: a member it cannot write (undefined, a function) is null in a list.
      yield* jsonPieces(item === undefined || typeof item === 'function' ? null : item, depth + 1);
    }
    yield `\n${'  '.repeat(depth)}]`;
    return;
  }
  if (depth < OBJECT_SPLIT_DEPTH && isPlainObject(value)) {
    // As JSON.stringify does: a key whose value it cannot write is left out.
    const entries = Object.entries(value).filter(([, member]) => member !== undefined && typeof member !== 'function');
    if (entries.length === 0) return yield '{}';
    yield '{';
    for (const [index, [key, member]] of entries.entries()) {
      yield `${index === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
      yield* jsonPieces(member, depth + 1);
    }
    yield `\n${'  '.repeat(depth)}}`;
    return;
  }
  yield indented(value, depth);
}

/**
 * Pieces joined into chunks of about `size` characters: a few large writes rather than a million small ones.
 * @example for (const chunk of chunked(jsonPieces(trace))) write(chunk)
 */
export function* chunked(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let chunk = '';
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= size) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

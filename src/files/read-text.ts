/**
 * Reading the text of a file the tool is given: the one place a data file is
 * read from disk. Only regular files are read, and no more than a limit: a
 * device (`/dev/zero`) or a named pipe would otherwise be read without end,
 * and `stat` says 0 bytes for both. A problem reading is reported like any
 * other, with the file's name.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { fileProblem, type LocatedProblem, type Result } from './problem.js';

/** Data files are small; a larger one is refused before it is read whole. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export interface ReadOptions {
  /** The most bytes read (default MAX_FILE_BYTES). */
  maxBytes?: number;
  /**
   * What the message about a file too large adds, given the whole megabytes the file needs: how to read
   * it anyway (`use --max-size 19 to allow larger files`), which only the caller knows.
   */
  whenTooLarge?: (megabytesNeeded: number) => string;
}

const OPEN_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'cannot open this file (permission denied)',
  EPERM: 'cannot open this file (permission denied)',
  ENOTDIR: 'no such file (part of the path is a file, not a folder)',
  ELOOP: 'cannot open this file (a link that points to itself)',
};

function megabytes(bytes: number): string {
  const value = bytes / 1024 / 1024;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * The UTF-8 text of `file`, or one problem saying why it cannot be read.
 * @example const read = await readTextFile('scenarios/rafah-2024-05.yaml'); if (read.ok) parse(read.value)
 */
export async function readTextFile(file: string, options: ReadOptions = {}): Promise<Result<string, LocatedProblem>> {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  let handle;
  try {
    // O_NONBLOCK: opening a named pipe with no writer must not wait for one; it is refused below as not a regular file.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    if (code === 'EISDIR') return { ok: false, problems: [fileProblem(file, 'not-a-file', 'this is a folder, not a file')] };
    return { ok: false, problems: [fileProblem(file, code === 'ENOENT' || code === 'ENOTDIR' ? 'no-such-file' : 'unreadable', OPEN_PROBLEMS[code] ?? `cannot open this file (${code})`)] };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, problems: [fileProblem(file, 'not-a-file', 'this is a folder, not a file')] };
    if (!info.isFile()) {
      return { ok: false, problems: [fileProblem(file, 'not-a-file', 'this is not a regular file (a device, a pipe or a socket); give the path of a file saved on disk')] };
    }
    if (info.size > maxBytes) return { ok: false, problems: [tooLarge(file, info.size, maxBytes, options)] };
    // Read to the end, not to the size `stat` gave: the file may have grown since, past the limit.
    const chunks: Buffer[] = [];
    let length = 0;
    while (length <= maxBytes) {
      const chunk = Buffer.alloc(Math.min(Math.max(info.size - length, 0) + 1, maxBytes + 1 - length, 1 << 20));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
    }
    if (length > maxBytes) return { ok: false, problems: [tooLarge(file, length, maxBytes, options)] };
    return decodeUtf8(Buffer.concat(chunks, length), file);
  } catch (error) {
    return { ok: false, problems: [fileProblem(file, 'unreadable', `cannot read this file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`)] };
  } finally {
    await handle.close();
  }
}

function tooLarge(file: string, size: number, maxBytes: number, { whenTooLarge }: ReadOptions) {
  const advice = whenTooLarge ? `; ${whenTooLarge(Math.ceil(size / 1024 / 1024))}` : '';
  return fileProblem(file, 'too-large', `the file is too large (${(size / 1024 / 1024).toFixed(1)} MB); files may be at most ${megabytes(maxBytes)} MB${advice}`);
}

function decodeUtf8(bytes: Buffer, file: string): Result<string, LocatedProblem> {
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problems: [fileProblem(file, 'not-utf8', 'the file is not UTF-8 text; save it as UTF-8', firstInvalidByte(bytes))] };
  }
}

/** True when `bytes` are UTF-8; with `partly`, the last character may be cut short. */
function isUtf8(bytes: Uint8Array, partly = true): boolean {
  try {
    // `stream: true` lets a prefix end in the middle of a character without counting that as an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partly });
    return true;
  } catch {
    return false;
  }
}

/** Where the first byte that is not UTF-8 sits, as a line and column (binary search on valid prefixes). */
function firstInvalidByte(bytes: Buffer): { line: number; column: number } {
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2);
    if (isUtf8(bytes.subarray(0, middle))) valid = middle;
    else invalid = middle;
  }
  // The bad byte may end a character that began well (C3 28): the problem starts with that character.
  let start = invalid - 1;
  while (start > 0 && start > invalid - 4 && !isUtf8(bytes.subarray(0, start), false)) start--;
  const lines = bytes.subarray(0, start).toString('utf8').split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

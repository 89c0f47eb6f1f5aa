/**
 * Writing a command's output file whole or not at all: the text goes to a
 * temporary file beside the target, which is then renamed over it, so an
 * error (or a crash) never leaves a half-written diagram or handout behind.
 */
import { randomBytes } from 'node:crypto';
import { rm, stat, writeFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Result } from '../files/index.js';
import { printable } from '../words/index.js';

const REASONS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
};

function cannotWrite(file: string, reason: string): Result<void> {
  return { ok: false, problems: [{ code: 'cannot-write', file, message: `cannot write "${printable(file)}": ${reason}` }] };
}

/**
 * Writes `text` to `file` atomically, or says in one line why it cannot.
 * @example const written = await writeOutput('chart.svg', svg); if (!written.ok) reportProblems(io, written.problems)
 */
export async function writeOutput(file: string, text: string): Promise<Result<void>> {
  const existing = await stat(file).catch(() => null);
  if (existing?.isDirectory()) return cannotWrite(file, REASONS.EISDIR!);
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, file);
    return { ok: true, value: undefined };
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return cannotWrite(file, REASONS[code] ?? (error instanceof Error ? error.message : String(error)));
  }
}

/**
 * Writing a command's output file whole or not at all: the text goes to a
 * temporary file beside the target, which is then renamed over it, so an
 * error (or a crash) never leaves a half-written diagram or handout behind.
 */
import { randomBytes } from 'node:crypto';
import { rm, stat, writeFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const REASONS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
};

/**
 * Writes `text` to `file` atomically. Returns null when written, or a one-line reason when not.
 * @example const problem = await writeOutput('chart.svg', svg); if (problem) io.stderr(`${problem}\n`)
 */
export async function writeOutput(file: string, text: string): Promise<string | null> {
  const existing = await stat(file).catch(() => null);
  if (existing?.isDirectory()) return `cannot write "${file}": ${REASONS.EISDIR}`;
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, file);
    return null;
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return `cannot write "${file}": ${REASONS[code] ?? (error instanceof Error ? error.message : String(error))}`;
  }
}

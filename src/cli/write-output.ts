/**
 * Writing a command's output files whole or not at all, and never over what
 * must not be lost. The text goes to a temporary file beside the target,
 * which is then renamed over it, so an error (or a crash) never leaves a
 * half-written diagram or handout behind. Before anything is written, every
 * target is checked: not the file the output is made from (a slip of the Tab
 * key would replace a student's scenario with its handout), not the same
 * file twice, and nothing that is not a regular file (a device or a pipe
 * would be replaced by a file). A link is written through, and an existing
 * file keeps its permissions.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, parse, resolve } from 'node:path';
import type { Problem, Result } from '../files/index.js';
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

function cannotWrite(file: string, reason: string): Problem {
  return { code: 'cannot-write', file, message: `cannot write "${printable(file)}": ${reason}` };
}

interface Target {
  /** The path as given. */
  file: string;
  /** Where the bytes go: the path itself, or the file a link points to. */
  real: string;
  /** The existing file's identity and mode; null when there is none yet. */
  existing: { id: string; mode: number } | null;
}

async function identify(file: string): Promise<{ id: string; mode: number; isFile: boolean; isDirectory: boolean } | null> {
  const info = await stat(file).catch(() => null);
  return info && { id: `${info.dev}:${info.ino}`, mode: info.mode & 0o7777, isFile: info.isFile(), isDirectory: info.isDirectory() };
}

async function targetOf(file: string): Promise<Target | Problem> {
  const found = await identify(file);
  if (found === null) {
    // Said before anything is written (or, for a session, played), not when the temporary file fails.
    const folder = await identify(dirname(resolve(file)));
    if (folder === null) return cannotWrite(file, REASONS.ENOENT!);
    if (!folder.isDirectory) return cannotWrite(file, REASONS.ENOTDIR!);
    return { file, real: resolve(file), existing: null };
  }
  if (found.isDirectory) return cannotWrite(file, REASONS.EISDIR!);
  if (!found.isFile) return cannotWrite(file, 'it is not a regular file (a device, a pipe or a socket); give the name of a file to write');
  return { file, real: await realpath(file), existing: { id: found.id, mode: found.mode } };
}

const isProblem = (value: Target | Problem): value is Problem => 'code' in value;

/**
 * Checks that each of `files` can be written as an output made from `inputs`, as `writeOutputs`
 * does before it writes: for a command that writes only after a while (a play session), so that
 * a name that cannot be used is said at the start.
 * @example const usable = await checkOutputs(['session.yaml'], ['scenarios/rafah-2024-05.yaml'])
 */
export async function checkOutputs(files: readonly string[], inputs: readonly string[] = []): Promise<Result<void>> {
  const checked = await targetsOf(files, inputs);
  return checked.ok ? { ok: true, value: undefined } : checked;
}

/**
 * Writes each `[file, text]` of `outputs`, or none of them: every target is
 * checked first, and a problem with any is said in one line. `inputs` are the
 * files the outputs are made from, which are never written over.
 * @example const written = await writeOutputs([['pause.html', html]], ['scenarios/pause-2023-11.yaml'])
 */
export async function writeOutputs(outputs: ReadonlyArray<readonly [string, string | Uint8Array]>, inputs: readonly string[] = []): Promise<Result<void>> {
  const checked = await targetsOf(outputs.map(([file]) => file), inputs);
  if (!checked.ok) return checked;
  for (const [index, target] of checked.value.entries()) {
    const written = await writeOne(target, outputs[index]![1]);
    if (!written.ok) return written;
  }
  return { ok: true, value: undefined };
}

/** Where each of `files` would be written, or the first problem with one of them. */
async function targetsOf(files: readonly string[], inputs: readonly string[]): Promise<Result<Target[]>> {
  const inputIds = new Map<string, string>();
  for (const input of inputs) {
    const found = await identify(input);
    if (found) inputIds.set(found.id, input);
  }
  const targets: Target[] = [];
  for (const file of files) {
    const target = await targetOf(file);
    if (isProblem(target)) return { ok: false, problems: [target] };
    const input = target.existing && inputIds.get(target.existing.id);
    if (input) return { ok: false, problems: [cannotWrite(file, `it is ${printable(input)}, the file the output is made from; choose another name`)] };
    const twice = targets.find((earlier) => earlier.real === target.real || (earlier.existing && earlier.existing.id === target.existing?.id));
    if (twice) return { ok: false, problems: [cannotWrite(file, `it is named for another output too (${printable(twice.file)}); give each output a file of its own`)] };
    targets.push(target);
  }
  return { ok: true, value: targets };
}

async function writeOne(target: Target, text: string | Uint8Array): Promise<Result<void>> {
  const temporary = join(dirname(target.real), `.${basename(target.real)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    if (target.existing) await chmod(temporary, target.existing.mode);
    await rename(temporary, target.real);
    return { ok: true, value: undefined };
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { ok: false, problems: [cannotWrite(target.file, REASONS[code] ?? (error instanceof Error ? error.message : String(error)))] };
  }
}

/**
 * Makes the folder `folder` (and the folders above it that are missing), or says in one line why it
 * cannot. One level at a time, from the top: Node's own recursive mkdir loops for ever on a path
 * it can never make (under /proc), and its codes (EEXIST, ENOTDIR) mean nothing to a teacher.
 * @example const made = await makeFolder('results/run-1')
 */
export async function makeFolder(folder: string): Promise<Result<void>> {
  const cannot = (reason: string): Result<void> => ({ ok: false, problems: [{ code: 'cannot-write', file: folder, message: `cannot make the folder "${printable(folder)}": ${reason}` }] });
  const full = resolve(folder);
  const levels: string[] = [];
  for (let path = full; path !== parse(path).root; path = dirname(path)) levels.unshift(path);
  for (const level of levels) {
    try {
      await mkdir(level);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST') {
        const found = await stat(level).catch(() => null);
        if (found?.isDirectory()) continue;
        return cannot(level === full ? 'a file of that name is there already; give the name of a folder' : `${printable(level)} is a file, not a folder`);
      }
      if (code === 'ENOENT') return cannot(`${printable(dirname(level))} does not take new folders`);
      return cannot(REASONS[code] ?? `it cannot be made (${code || String(error)})`);
    }
  }
  return { ok: true, value: undefined };
}

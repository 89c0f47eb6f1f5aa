/** Reading a scenario file from disk: the one place the scenario layer touches files. */
import { readFile, stat } from 'node:fs/promises';
import type { ScenarioIssue } from './issue.js';
import { loadScenarioText, type LoadResult } from './load-scenario.js';

/** Scenario files are small; a larger file is refused before it is read. */
export const MAX_SCENARIO_BYTES = 16 * 1024 * 1024;

function problem(file: string, message: string, line = 1, column = 1): LoadResult {
  const issue: ScenarioIssue = { file, line, column, path: '', message };
  return { ok: false, issues: [issue] };
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

/** Reads and loads the scenario at `file`; problems reading it are reported like any other. */
export async function readScenarioFile(file: string): Promise<LoadResult> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return problem(file, 'this is a folder, not a scenario file');
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return problem(file, code === 'ENOENT' ? 'no such file' : `cannot open this file (${code ?? 'unknown error'})`);
  }
  if (size > MAX_SCENARIO_BYTES) {
    return problem(file, `the file is too large (${(size / 1024 / 1024).toFixed(1)} MB); scenario files may be at most ${MAX_SCENARIO_BYTES / 1024 / 1024} MB`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return problem(file, `cannot read this file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { line, column } = firstInvalidByte(bytes);
    return problem(file, 'the file is not UTF-8 text; save it as UTF-8', line, column);
  }
  return loadScenarioText(text, file);
}

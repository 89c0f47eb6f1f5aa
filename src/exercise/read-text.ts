/**
 * Reading the text of an exercise or solution file, with the same limits and
 * messages as scenario files: a problem reading it is an issue like any other.
 */
import { readFile, stat } from 'node:fs/promises';
import type { ScenarioIssue } from '../scenario/issue.js';
import { MAX_SCENARIO_BYTES } from '../scenario/read-scenario.js';

export type TextRead = { ok: true; text: string } | { ok: false; issues: ScenarioIssue[] };

function problem(file: string, message: string): TextRead {
  return { ok: false, issues: [{ file, line: 1, column: 1, path: '', message }] };
}

/** The UTF-8 text of `file`, or one located issue saying why it cannot be read. */
export async function readTextFile(file: string): Promise<TextRead> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return problem(file, 'this is a folder, not a file');
    if (info.size > MAX_SCENARIO_BYTES) return problem(file, `the file is too large (${(info.size / 1024 / 1024).toFixed(1)} MB); at most ${MAX_SCENARIO_BYTES / 1024 / 1024} MB`);
    const bytes = await readFile(file);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch (error) {
    if (error instanceof TypeError) return problem(file, 'the file is not UTF-8 text; save it as UTF-8');
    const code = (error as NodeJS.ErrnoException).code;
    return problem(file, code === 'ENOENT' ? 'no such file' : `cannot read this file (${code ?? 'unknown error'})`);
  }
}

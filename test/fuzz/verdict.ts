/**
 * What a hostile file may get from the loader, and nothing else: either it
 * loads, and then it replays (main line and every branch) without a throw;
 * or it is refused with issues that each name a real place in the file
 * (line and column from 1), in one line of words, with no stack trace.
 */
import { replayScenario, type ScenarioLoad } from '../../src/scenario/index.js';

/** Lines that give away a crash: a stack frame, or a JavaScript error's name. */
export const CRASH_SIGNS = /^\s+at |^\w*Error\b|\bat .*\(.*:\d+:\d+\)|\[object Object\]|undefined is not|Cannot read propert/m;

/** The number of lines in `text`, counting every kind of line break YAML counts. */
function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** What is wrong with how the loader answered a file of `text` (empty when all is well). */
export function verdictProblems(result: ScenarioLoad, text: string): string[] {
  if (result.ok) {
    const problems: string[] = [];
    for (const branch of [undefined, ...(result.value.branches ?? []).map((one) => one.id)]) {
      try {
        replayScenario(result.value, branch === undefined ? {} : { branch });
      } catch (error) {
        problems.push(`it loaded, but replaying ${branch ?? 'the main line'} threw ${String(error)}`);
      }
    }
    return problems;
  }
  if (result.problems.length === 0) return ['refused with no issue'];
  const lines = lineCount(text);
  return result.problems.flatMap((issue) => {
    const said = JSON.stringify(issue);
    const problems: string[] = [];
    if (!Number.isInteger(issue.line) || issue.line < 1 || issue.line > lines) problems.push(`line out of the file (${lines} lines): ${said}`);
    if (!Number.isInteger(issue.column) || issue.column < 1) problems.push(`column not from 1: ${said}`);
    if (issue.message.trim() === '' || /[\r\n]/.test(issue.message)) problems.push(`message not one line of words: ${said}`);
    if (CRASH_SIGNS.test(issue.message)) problems.push(`message looks like a crash: ${said}`);
    return problems;
  });
}

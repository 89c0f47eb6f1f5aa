/** Reading what the tool is given: data files from disk (regular files, within a limit), parsed with positions, every problem as located data; and lines of input. */
export { readTextFile, MAX_FILE_BYTES, type ReadOptions } from './read-text.js';
export { MIN_ALIAS_ALLOWANCE } from './yaml-data.js';
export { parseText, type ParsedText, type ParseOptions, type Position } from './parse-text.js';
export { zodFindings, locateFindings, valueAt, type Finding } from './findings.js';
export { zodIssueMessage, describeValue } from './zod-issues.js';
export type { LineSource } from './line-source.js';
export { formatPath, renderProblem, fileProblem, problemToJson, type IssuePath, type Problem, type LocatedProblem, type ProblemCode, type Result } from './problem.js';

/**
 * Problems found in parsed data, before they are placed in the file: where in
 * the document (a path) and what is wrong. `locateFindings` turns them into
 * located problems. Shared by every file the tool reads.
 */
import type * as z from 'zod';
import { printable } from '../words/index.js';
import type { ParsedText } from './parse-text.js';
import type { IssuePath, LocatedProblem, ProblemCode } from './problem.js';
import { zodIssueMessage } from './zod-issues.js';

export interface Finding {
  path: IssuePath;
  message: string;
  /** The kind of problem (default `invalid`: the value is not what the format allows). */
  code?: ProblemCode;
  /** Point at the key that names the place, rather than its value. */
  at?: 'key' | 'value';
}

/** The value at `path` in parsed data, or undefined where the path leads nowhere. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/**
 * The issues of the one form of a union that the value has the shape of (a list where the forms are
 * a number or a list), placed under the union's path; undefined when no form, or several, fit.
 * `phases: [ { toBeNegotiated: maybe } ]` is then said as what is wrong inside the list.
 */
function issuesOfTheFormMeant(issue: z.core.$ZodIssue): z.core.$ZodIssue[] | undefined {
  if (issue.code !== 'invalid_union') return undefined;
  const wrongShape = (branch: readonly z.core.$ZodIssue[]) => branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0);
  const fitting = issue.errors.filter((branch) => !wrongShape(branch));
  if (fitting.length !== 1 || fitting[0]!.length === 0) return undefined;
  return fitting[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

/** Zod's issues as findings, in words; an unknown key is pointed at the key itself. */
export function zodFindings(issues: readonly z.core.$ZodIssue[], data: unknown, prefix: IssuePath = []): Finding[] {
  return issues.flatMap((issue): Finding[] => {
    const meant = issuesOfTheFormMeant(issue);
    if (meant) return zodFindings(meant, data, prefix);
    const path = [...prefix, ...(issue.path as Array<string | number>)];
    if (issue.code === 'unrecognized_keys') {
      return [{ path: [...path, issue.keys[0]!], message: issue.message, code: 'unknown-key', at: 'key' }];
    }
    return [{ path, message: zodIssueMessage(issue, valueAt(data, [...(issue.path as PropertyKey[])])) }];
  });
}

/** Findings placed in the file (line and column), in the order they appear there. */
export function locateFindings(findings: readonly Finding[], parsed: ParsedText, file: string): LocatedProblem[] {
  return findings
    .map((finding): LocatedProblem => {
      const { line, column } = parsed.locate(finding.path, finding.at);
      // A control or direction-changing character quoted from the file would break the one-line message.
      return { code: finding.code ?? 'invalid', file, line, column, path: finding.path, message: printable(finding.message) };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

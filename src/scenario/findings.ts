/** Problems found in parsed data, and how they become located issues. Shared by every file the tool reads. */
import type * as z from 'zod';
import type { Finding } from './check-scenario.js';
import { formatPath, type IssuePath, type ScenarioIssue } from './issue.js';
import { printable, type ParsedText } from './parse-text.js';
import { zodIssueMessage } from './zod-issues.js';

/** The value at `path` in parsed data, or undefined where the path leads nowhere. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** Zod's issues as findings, in words; an unknown key is pointed at the key itself. */
export function zodFindings(issues: readonly z.core.$ZodIssue[], data: unknown, prefix: IssuePath = []): Finding[] {
  return issues.map((issue) => {
    const path = [...prefix, ...(issue.path as Array<string | number>)];
    if (issue.code === 'unrecognized_keys') {
      return { path: [...path, issue.keys[0]!], message: issue.message, at: 'key' as const };
    }
    return { path, message: zodIssueMessage(issue, valueAt(data, [...(issue.path as PropertyKey[])])) };
  });
}

/** Findings placed in the file (line and column), in the order they appear there. */
export function locateFindings(findings: readonly Finding[], parsed: ParsedText, file: string): ScenarioIssue[] {
  return findings
    .map((finding) => {
      const { line, column } = parsed.locate(finding.path, finding.at);
      // A control or direction-changing character from the file would break the one-line message.
      return { file, line, column, path: printable(formatPath(finding.path)), message: printable(finding.message) };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

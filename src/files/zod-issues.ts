/** Zod's issues, said in words for people who do not read schemas. */
import type * as z from 'zod';
import { didYouMean } from '../words/index.js';

/** How a value looks, for "found ..." in messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (key: value lines)',
  array: 'a list',
};

/** The kinds of value a union takes, `a whole number or a list`, when each of its forms is one kind. */
function formsInWords(branches: readonly (readonly z.core.$ZodIssue[])[]): string | undefined {
  const kinds = branches.map((branch) => branch.find((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
  if (kinds.some((kind) => kind === undefined)) return undefined;
  const words = [...new Set(kinds.map((kind) => (kind as z.core.$ZodIssueInvalidType).expected).map((expected) => TYPE_WORDS[expected] ?? expected))];
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)!}` : words[0];
}

function lastKey(path: readonly PropertyKey[]): string {
  const key = path[path.length - 1];
  return typeof key === 'string' ? key : 'value';
}

/** The message for one zod issue, given the value it was found at. */
export function zodIssueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  // Whatever the schema asked of it, a value that is not there is missing.
  if (input === undefined && issue.code !== 'custom') return `missing "${lastKey(issue.path)}"`;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `missing "${lastKey(issue.path)}"`;
      if (issue.expected === 'int' && typeof input === 'number') return `expected a whole number, found ${describeValue(input)}`;
      return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, found ${describeValue(input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `expected at least ${String(issue.minimum)} item(s), found none`;
      if (issue.origin === 'string') return 'expected some text, found an empty string';
      return `expected a whole number of at least ${String(issue.minimum)}, found ${describeValue(input)}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}, found ${describeValue(input)}`;
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const found = describeValue(input);
      return `unknown value ${found}; expected one of ${allowed.join(', ')}${typeof input === 'string' ? didYouMean(input, allowed) : ''}`;
    }
    case 'invalid_union':
      return `expected ${lastKey(issue.path) === 'withdrawal' ? 'true, false or text' : (formsInWords(issue.errors) ?? 'one of the allowed forms')}, found ${describeValue(input)}`;
    case 'invalid_format':
      return issue.format === 'url' ? `expected a web address (https://...), found ${describeValue(input)}` : `${issue.message}, found ${describeValue(input)}`;
    case 'custom':
      return `${issue.message}: ${describeValue(input)}`;
    default:
      return issue.message;
  }
}

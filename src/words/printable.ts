/**
 * Text as one line of visible characters: control characters, line and
 * paragraph separators and direction overrides are written as escapes, so
 * text quoted from a file can neither break a line nor reorder it on a
 * terminal.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (character) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Text of several lines, each made printable: its line breaks kept, every other control written as an escape. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

/**
 * Reading the instructor's guide as a test reads it: its ```sh command lines,
 * each with what the guide says about it in a trailing comment, and the
 * files it asks the reader to save (```yaml blocks that start with
 * `# file: <path>`), in the order the guide gives them.
 */

export type Expectation =
  | { kind: 'exit'; code: number }
  /** Set-up the README gives (needs the internet): checked against the README, not run. */
  | { kind: 'once' }
  /** A command that waits for the reader's answers. */
  | { kind: 'interactive' }
  /** A command that runs until Ctrl-C (the viewer). */
  | { kind: 'until-stopped' };

export type GuideItem = { kind: 'command'; command: string; expect: Expectation; line: number } | { kind: 'file'; path: string; content: string; line: number };

function expectationOf(comment: string | undefined): Expectation {
  if (comment === undefined) return { kind: 'exit', code: 0 };
  const exits = /^exits (\d+)\b/.exec(comment);
  if (exits) return { kind: 'exit', code: Number(exits[1]) };
  if (/^once\b/.test(comment)) return { kind: 'once' };
  if (/^interactive\b/.test(comment)) return { kind: 'interactive' };
  if (/^runs until you press Ctrl-C\b/.test(comment)) return { kind: 'until-stopped' };
  throw new Error(`a comment the guide's test cannot read: "# ${comment}"`);
}

/** Every command and file of the guide, in order. */
export function guideItems(markdown: string): GuideItem[] {
  const items: GuideItem[] = [];
  for (const block of markdown.matchAll(/^```(sh|yaml)\n([\s\S]*?)^```$/gm)) {
    const [, language, body] = block as unknown as [string, string, string];
    const line = markdown.slice(0, block.index).split('\n').length + 1;
    if (language === 'yaml') {
      const file = /^# file: (\S+)\n/.exec(body);
      if (file) items.push({ kind: 'file', path: file[1]!, content: body.slice(file[0].length), line });
      continue;
    }
    body.split('\n').forEach((text, offset) => {
      if (text.trim() === '' || text.trim().startsWith('#')) return;
      const [, command, comment] = /^(.*?)(?:\s+#\s+(.*))?$/.exec(text)!;
      items.push({ kind: 'command', command: command!.trim(), expect: expectationOf(comment), line: line + offset });
    });
  }
  return items;
}

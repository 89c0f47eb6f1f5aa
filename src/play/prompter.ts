/** How a session talks with the player: a menu to choose from, a question to answer, text to read. */
export interface Prompter {
  /** Shows `options` and resolves the index chosen, or null once the input has ended (or the player quit). */
  choose(question: string, options: readonly string[]): Promise<number | null>;
  /** Asks for a line of text; just Enter gives `fallback` (shown in brackets). null once the input has ended. */
  ask(question: string, fallback?: string): Promise<string | null>;
  say(text: string): void;
  close(): void;
}

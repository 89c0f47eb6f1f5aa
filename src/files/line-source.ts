/** Lines of input read one at a time: typed answers, Enter pressed to go on. */
export interface LineSource {
  /** The next line, or null once the input has ended. */
  nextLine(): Promise<string | null>;
  /** Stops reading, so that an open input does not keep the process alive. */
  close(): void;
}

/**
 * A pure function of a string, remembered: a simulation asks about the same
 * few thousand dates millions of times. The memory is bounded (emptied when it
 * holds `limit` answers), so a long-running process cannot grow without end.
 */
export function remembered<T>(compute: (key: string) => T, limit = 20_000): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (answers.has(key)) return answers.get(key)!;
    const answer = compute(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}

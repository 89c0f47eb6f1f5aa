/**
 * A pure function of a string or a number, remembered: a simulation asks about
 * the same few thousand dates millions of times. The memory is bounded (emptied
 * when it holds `limit` answers), so a long-running process cannot grow without end.
 */
export function remembered<K extends string | number, T extends NonNullable<unknown>>(compute: (key: K) => T, limit = 20_000): (key: K) => T {
  const answers = new Map<K, T>();
  // The last two questions are asked again most often (an event's date and the agreement's end
  // day, in turn): they are answered without a lookup.
  let lastKey: K | undefined;
  let lastAnswer: T | undefined;
  let previousKey: K | undefined;
  let previousAnswer: T | undefined;
  return (key) => {
    if (key === lastKey) return lastAnswer!;
    if (key === previousKey) return previousAnswer!;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key);
      if (answers.size >= limit) answers.clear();
      answers.set(key, answer);
    }
    previousKey = lastKey;
    previousAnswer = lastAnswer;
    lastKey = key;
    lastAnswer = answer;
    return answer;
  };
}

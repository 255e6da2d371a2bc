/**
 * A pure function of one string, with its answers kept for the life of the
 * thread: for work asked again and again with the same input (a name in
 * every article that mentions it, a headline once per citation style). All
 * answers are forgotten at once past `limit`, so that memory stays flat
 * however long the run.
 */
export function remembered<T>(compute: (input: string) => T, limit = 20_000): (input: string) => T {
  const answers = new Map<string, T>();
  return (input) => {
    if (answers.has(input)) return answers.get(input)!;
    if (answers.size >= limit) answers.clear();
    const answer = compute(input);
    answers.set(input, answer);
    return answer;
  };
}

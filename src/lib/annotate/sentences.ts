/** The sentence of `text` that holds offset `at`: enough context to judge a mention. */
export function sentenceOf(text: string, at: number): string {
  const before = text.slice(0, at);
  const start = Math.max(...['. ', '? ', '! ', '.” ', '." '].map((end) => {
    const i = before.lastIndexOf(end);
    return i < 0 ? 0 : i + end.length;
  }));
  const rest = text.slice(at);
  const stop = /[.!?]["”’)]?(?:\s|$)/u.exec(rest);
  return text.slice(start, stop ? at + stop.index + stop[0].trimEnd().length : text.length).trim();
}

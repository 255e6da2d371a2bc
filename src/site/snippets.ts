/** A sentence-level excerpt around a mention, split so the mention can be highlighted. */
export type Snippet = { before: string; match: string; after: string };

const MAX_SIDE = 220;

/** Sentence-ending punctuation: both tests below need one, so a position without it is passed over without a regex. */
const STOP = new Set(['.', '!', '?']);

/** The sentence that holds `text[start, end)`, trimmed to a readable length on each side. */
export function sentenceAround(text: string, start: number, end: number): Snippet {
  // Every mention on the site is shown in its sentence, hundreds of thousands at 10,000 articles.
  let from = start;
  while (from > 0 && !((STOP.has(text[from - 2]!) || STOP.has(text[from - 3]!)) && /[.!?]["”’)]?\s$/u.test(text.slice(Math.max(0, from - 3), from)))) from--;
  let to = end;
  while (to < text.length && !(STOP.has(text[to]!) && /^[.!?]["”’)]?(?:\s|$)/u.test(text.slice(to, to + 3)))) to++;
  to = Math.min(text.length, to + (/^[.!?]["”’)]?/u.exec(text.slice(to, to + 2))?.[0].length ?? 0));
  let before = text.slice(from, start);
  let after = text.slice(end, to);
  if (before.length > MAX_SIDE) before = `…${before.slice(before.length - MAX_SIDE).replace(/^\S*\s/u, '')}`;
  if (after.length > MAX_SIDE) after = `${after.slice(0, MAX_SIDE).replace(/\s\S*$/u, '')}…`;
  return { before, match: text.slice(start, end), after };
}

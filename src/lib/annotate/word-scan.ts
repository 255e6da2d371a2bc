/**
 * Which of a fixed list of words occur in a text, found in one pass over it:
 * an Aho–Corasick automaton compiled to a table. The words are lower-case
 * ASCII letters and digits, the text is lower-cased by the caller, and any
 * other character ends every word in progress. Searching each paragraph for a
 * hundred words one after another cost as much as the topic patterns the
 * words were there to rule out.
 */

/** a–z, then 0–9. */
const SYMBOLS = 36;

function symbol(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return -1;
}

export type WordScanner = {
  /** How many words it looks for. */
  readonly size: number;
  /** The state after each state and symbol, SYMBOLS to a row. */
  readonly next: Int32Array;
  /** The words (by number) that end at each state. */
  readonly ends: readonly (readonly number[])[];
};

export function wordScanner(words: readonly string[]): WordScanner {
  const next: number[] = [];
  const ends: number[][] = [];
  const addState = () => {
    for (let s = 0; s < SYMBOLS; s++) next.push(-1);
    return ends.push([]) - 1;
  };
  addState();
  words.forEach((word, id) => {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const s = symbol(word.charCodeAt(i));
      if (s < 0) throw new Error(`word scanner: "${word}" is not lower-case ASCII letters and digits`);
      let to = next[state * SYMBOLS + s]!;
      if (to < 0) next[state * SYMBOLS + s] = to = addState();
      state = to;
    }
    ends[state]!.push(id);
  });
  // Breadth first, so that a state's fallback (the longest proper suffix that
  // is also a prefix) is complete before the state itself is.
  const fallback = new Array<number>(ends.length).fill(0);
  const queue: number[] = [];
  for (let s = 0; s < SYMBOLS; s++) {
    const to = next[s]!;
    if (to < 0) next[s] = 0;
    else queue.push(to);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    const back = fallback[state]!;
    ends[state]!.push(...ends[back]!);
    for (let s = 0; s < SYMBOLS; s++) {
      const to = next[state * SYMBOLS + s]!;
      if (to < 0) next[state * SYMBOLS + s] = next[back * SYMBOLS + s]!;
      else {
        fallback[to] = next[back * SYMBOLS + s]!;
        queue.push(to);
      }
    }
  }
  return { size: words.length, next: Int32Array.from(next), ends };
}

/** Sets `seen[id]` to 1 for every word that occurs in `lower`. */
export function scanWords(scanner: WordScanner, lower: string, seen: Uint8Array): void {
  const { next, ends } = scanner;
  let state = 0;
  for (let i = 0; i < lower.length; i++) {
    const s = symbol(lower.charCodeAt(i));
    state = s < 0 ? 0 : next[state * SYMBOLS + s]!;
    const here = ends[state]!;
    for (let h = 0; h < here.length; h++) seen[here[h]!] = 1;
  }
}

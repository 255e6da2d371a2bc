/**
 * A cheap test that a regex cannot match a text, so that it need not be run.
 *
 * Every paragraph is tried against every topic pattern, and most patterns
 * are made of words ("\bsanction(?:s|ed)?\b", "\b(?:Trump|Biden)\s+administration").
 * A match contains each word, or one of each group of alternative words, so
 * a paragraph whose lower-cased text lacks one has no match. Finding all the
 * words in one pass over the text is far cheaper than running a
 * case-insensitive Unicode regex over it for each pattern.
 */
import { scanWords, wordScanner, type WordScanner } from './word-scan.ts';

/** Shorter words rule out too little to be worth looking for. */
const MIN_WORD = 3;

/**
 * Sets of words, lower case, such that every match of `source` contains one
 * word of each set: one set for each word ("executive\s+order" gives
 * [executive] and [order]) and each group of alternatives that all begin with
 * a word ("(?:Trump|Biden)\s+administration" gives [trump, biden] and
 * [administration]) that a match cannot skip. None for a pattern with a
 * top-level alternation; nothing is required of what is optional, looked
 * around, escaped or in a class, or of a word shorter than three letters.
 */
export function requiredWords(source: string): string[][] {
  if (hasTopLevelBar(source)) return [];
  const sets: string[][] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      i = skipQuantifier(source, escapeEnd(source, i));
    } else if (c === '[') {
      i = skipQuantifier(source, classEnd(source, i) + 1);
    } else if (c === '(') {
      const close = closingParen(source, i);
      if (close < 0) break;
      // A group a quantifier makes optional, or a lookaround, requires nothing (wordsAt gives null).
      const words = wordsAt(source, i);
      if (words) sets.push(words);
      i = skipQuantifier(source, close + 1);
    } else if (/[A-Za-z0-9]/.test(c)) {
      const end = runEnd(source, i);
      const word = requiredPart(source, i, end);
      if (word) sets.push([word]);
      i = skipQuantifier(source, end);
    } else {
      i = skipQuantifier(source, i + 1);
    }
  }
  return sets.filter((words) => words.every((w) => w.length >= MIN_WORD));
}

/** The words that begin every match of the pattern from `i`: a run of letters and digits, or a group of alternatives that each begin with one. */
function wordsAt(source: string, i: number): string[] | null {
  if (source.startsWith('(?:', i)) {
    const close = closingParen(source, i);
    if (close < 0 || !mustOccur(source, close + 1)) return null;
    const alternatives = splitTopLevel(source.slice(i + 3, close));
    const words: string[] = [];
    for (const alternative of alternatives) {
      const found = wordsAt(alternative, 0);
      if (!found) return null;
      words.push(...found);
    }
    return words;
  }
  const word = requiredPart(source, i, runEnd(source, i));
  return word ? [word] : null;
}

/** Past the run of letters and digits that starts at `i`. */
function runEnd(source: string, i: number): number {
  let end = i;
  while (end < source.length && /[A-Za-z0-9]/.test(source[end]!)) end++;
  return end;
}

/** The run source[start, end), lower case, less a last letter a quantifier may leave out: "sanctions?" guarantees "sanction". */
function requiredPart(source: string, start: number, end: number): string {
  return source.slice(start, mustOccur(source, end) ? end : end - 1).toLowerCase();
}

/** Whether what ends before `at` must occur in a match: no quantifier at `at`, or "+". */
function mustOccur(source: string, at: number): boolean {
  return skipQuantifier(source, at) === at || source[at] === '+';
}

/** Past a quantifier ("?", "*", "+", "{2,5}", each perhaps lazy) at `i`, if there is one. */
function skipQuantifier(source: string, i: number): number {
  let j = i;
  if (source[j] === '?' || source[j] === '*' || source[j] === '+') j++;
  else if (source[j] === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(j))) j = source.indexOf('}', j) + 1;
  else return i;
  return source[j] === '?' ? j + 1 : j;
}

/** Past the escape at `i`: "\\b", "\\u2019", "\\u{1F600}", "\\x41", "\\p{L}", "\\k<name>". */
function escapeEnd(source: string, i: number): number {
  const kind = source[i + 1];
  const braced = source[i + 2] === '{' ? source.indexOf('}', i) : -1;
  if ((kind === 'u' || kind === 'p' || kind === 'P') && braced > 0) return braced + 1;
  if (kind === 'u') return i + 6;
  if (kind === 'x') return i + 4;
  if (kind === 'c') return i + 3;
  if (kind === 'k' && source[i + 2] === '<') return source.indexOf('>', i) + 1 || source.length;
  return i + 2;
}

/** Index of the ")" closing the group opened at `open`, skipping escapes and classes; -1 if there is none. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/** The pattern split at the bars outside any group or class. */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

function hasTopLevelBar(source: string): boolean {
  return splitTopLevel(source).length > 1;
}

/**
 * Characters outside ASCII that a case-insensitive Unicode regex matches to
 * an ASCII letter (the Kelvin sign to "k", the long s to "s"). A text that
 * holds one is not filtered, since lower-casing does not map them the same way.
 */
const FOLDS_TO_ASCII = /[\u017F\u212A]/u;

/**
 * The required words of many patterns, numbered once, and a scanner that
 * finds all of them in a text in one pass.
 */
export type WordIndex = { words: string[]; required: number[][][]; scanner: WordScanner };

export function indexWords(patterns: readonly (readonly (readonly string[])[])[]): WordIndex {
  const words: string[] = [];
  const ids = new Map<string, number>();
  const id = (word: string) => ids.get(word) ?? ids.set(word, words.push(word) - 1).get(word)!;
  const required = patterns.map((sets) => sets.map((set) => set.map(id)));
  return { words, required, scanner: wordScanner(words) };
}

/** A text read once for the patterns of one index: which of their words it holds (1), and whether that may be trusted. */
export type Haystack = { exact: boolean; seen: Uint8Array };

export function haystackOf(text: string, index: Pick<WordIndex, 'scanner'>): Haystack {
  const seen = new Uint8Array(index.scanner.size);
  const exact = !FOLDS_TO_ASCII.test(text);
  if (exact) scanWords(index.scanner, text.toLowerCase(), seen);
  return { exact, seen };
}

/** False only where the pattern whose required words (by number) these are certainly has no match in the text. */
export function mayMatch(required: readonly (readonly number[])[], haystack: Haystack): boolean {
  if (!haystack.exact) return true;
  const { seen } = haystack;
  return required.every((set) => set.some((id) => seen[id] === 1));
}

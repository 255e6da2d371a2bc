/**
 * A cheap test that a regex cannot match a text, so that it need not be run.
 *
 * Every paragraph is tried against every topic pattern, and most patterns
 * begin with a word ("\bsanction(?:s|ed)?\b", "\b(?:Trump|Biden)\s+administration").
 * A match then contains one of those words, so a paragraph whose lower-cased
 * text contains none of them has no match, and a substring search is far
 * cheaper than running a case-insensitive Unicode regex over it.
 */

/** Shorter words rule out too little to be worth looking for. */
const MIN_WORD = 3;

/**
 * Words, lower case, at least one of which every match of `source` contains;
 * null where the pattern does not begin with such words (a top-level
 * alternation, a lookaround, a class or an escape first, an optional first
 * group, or a word shorter than three letters).
 */
export function leadingWords(source: string): string[] | null {
  if (hasTopLevelBar(source)) return null;
  let i = 0;
  while (source.startsWith('\\b', i) || source[i] === '^') i += source[i] === '^' ? 1 : 2;
  const words = wordsAt(source, i);
  return words && words.every((w) => w.length >= MIN_WORD) ? words : null;
}

/** The words that begin every match of the pattern from `i`: a run of letters and digits, or a group of alternatives that each begin with one. */
function wordsAt(source: string, i: number): string[] | null {
  if (source.startsWith('(?:', i)) {
    const close = closingParen(source, i);
    if (close < 0 || isOptional(source[close + 1]) || source[close + 1] === '{') return null;
    const alternatives = splitTopLevel(source.slice(i + 3, close));
    const words: string[] = [];
    for (const alternative of alternatives) {
      const found = wordsAt(alternative, 0);
      if (!found) return null;
      words.push(...found);
    }
    return words;
  }
  let end = i;
  while (end < source.length && /[A-Za-z0-9]/.test(source[end]!)) end++;
  // "sanctions?" guarantees "sanction": the letter a quantifier applies to may be absent.
  if (isOptional(source[end]) || source[end] === '{') end--;
  return end > i ? [source.slice(i, end).toLowerCase()] : null;
}

function isOptional(quantifier: string | undefined): boolean {
  return quantifier === '?' || quantifier === '*';
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

/** A text prepared once for all the patterns it is tested against. */
export type Haystack = { lower: string; exact: boolean };

export function haystackOf(text: string): Haystack {
  return { lower: text.toLowerCase(), exact: !FOLDS_TO_ASCII.test(text) };
}

/** False only where the pattern with these leading words certainly has no match in the text. */
export function mayMatch(words: readonly string[] | null, haystack: Haystack): boolean {
  return words === null || !haystack.exact || words.some((w) => haystack.lower.includes(w));
}

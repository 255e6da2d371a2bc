// Runs of letters and digits, found by reading character codes rather than
// by a /[\p{L}\p{N}]+/u regex: the same words, without a match object for
// each. Name matching reads every word of every block; with the regex, making
// the matches cost more than looking the words up.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * The length in UTF-16 units (1, or 2 for a surrogate pair) of the letter or
 * digit that starts at `i`, as [\p{L}\p{N}] in a /u regex reads it, or 0 when
 * the character there is neither (a lone surrogate is neither).
 */
export function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  const size = charSize(text, i);
  return LETTER_OR_DIGIT.test(text.slice(i, i + size)) ? size : 0;
}

/** The length in UTF-16 units of the character that starts at `i`: 2 for a surrogate pair, else 1. */
export function charSize(text: string, i: number): number {
  return (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

/** Where the run of letters and digits that starts at `start` ends. */
export function wordEnd(text: string, start: number): number {
  let i = start;
  let size = wordCharAt(text, i);
  while (size > 0) {
    i += size;
    size = i < text.length ? wordCharAt(text, i) : 0;
  }
  return i;
}

/** Calls `onWord` with the start and end of each run of letters and digits in `text`, in order: what /[\p{L}\p{N}]+/gu matches. */
export function forEachWord(text: string, onWord: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    if (wordCharAt(text, i) === 0) {
      i += charSize(text, i);
      continue;
    }
    const end = wordEnd(text, i);
    onWord(i, end);
    i = end;
  }
}

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
  const point = text.codePointAt(i)!;
  const size = point > 0xffff ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(i, i + size)) ? size : 0;
}

/** Calls `onWord` with the start and end of each run of letters and digits in `text`, in order: what /[\p{L}\p{N}]+/gu matches. */
export function forEachWord(text: string, onWord: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let size = wordCharAt(text, i);
    if (size === 0) {
      i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    do i += size;
    while (i < length && (size = wordCharAt(text, i)) > 0);
    onWord(start, i);
  }
}

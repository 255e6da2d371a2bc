/**
 * Text as matching sees it: curly quotes and apostrophes folded to straight
 * ones, dashes to hyphens, spacing collapsed. The stored text never changes;
 * only comparisons use this form. Every fold maps one UTF-16 unit to one, so
 * offsets found in the folded text are offsets in the original.
 */
export function foldQuotes(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

const SINGLE_QUOTES = /[‘’‚‛′`´]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;

/** A key for "is this the same line again?": case, quotes, spacing and end punctuation ignored. */
export function sameTextKey(text: string): string {
  // foldQuotes' folds, after lowercasing (no quote or dash has a case). A
  // single space is left alone rather than replaced by itself, which spares
  // a copy of most lines; a parse makes a key of every block.
  return foldQuotes(text.toLowerCase())
    .replace(/[–—]/g, '-')
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .replace(/[\s.!?:;,]+$/u, '')
    .trim();
}

export function wordCount(text: string): number {
  let count = 0;
  const word = /\S+/g;
  while (word.test(text)) count++;
  return count;
}

/** Ends like a sentence: a full stop, question or exclamation mark, maybe inside a closing quote or bracket. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["”’')\]]*$/u.test(text.trim());
}

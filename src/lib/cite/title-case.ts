import { remembered } from '../remembered.ts';
import { protectWebAddresses } from './csl-item.ts';

/**
 * Title case as citeproc-js prints it for MLA and Chicago, for the plain
 * headlines that `isPlainText` accepts: no quotation marks, brackets or markup.
 * It follows citeproc-js's own rules (CSL.Output.Formatters.title), quirks
 * included, because a citation must read the same whether Dossier formats it
 * itself or hands it to citeproc: tests/unit/cite-plain.test.ts holds the two
 * to the same text.
 *
 * The rules: a headline is cut at punctuation and hyphens; each piece's
 * lower-case words are capitalised unless they are one letter or a stop word;
 * the first word, the word after ! ? or : and a stop word that ends the
 * headline are capitalised anyway; a word with a capital in it is left alone,
 * and so is a dotted web address or abbreviation ("Antiwar.com", "U.S.").
 */

// citeproc-js's list, joined into a pattern as citeproc-js joins it, so "v."
// and "vs." match as patterns do ("vi", "vsa") there too.
const STOP_WORDS = [
  'about', 'above', 'across', 'afore', 'after', 'against', 'al', 'along', 'alongside', 'amid', 'amidst', 'among', 'amongst',
  'anenst', 'apropos', 'apud', 'around', 'as', 'aside', 'astride', 'at', 'athwart', 'atop', 'barring', 'before', 'behind',
  'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'but', 'by', 'circa', 'despite', 'down', 'during', 'et',
  'except', 'for', 'forenenst', 'from', 'given', 'in', 'inside', 'into', 'lest', 'like', 'modulo', 'near', 'next',
  'notwithstanding', 'of', 'off', 'on', 'onto', 'out', 'over', 'per', 'plus', 'pro', 'qua', 'sans', 'since', 'than',
  'through', ' thru', 'throughout', 'thruout', 'till', 'to', 'toward', 'towards', 'under', 'underneath', 'until', 'unto',
  'up', 'upon', 'versus', 'vs.', 'v.', 'vs', 'v', 'via', 'vis-à-vis', 'with', 'within', 'without', 'according to',
  'ahead of', 'apart from', 'as for', 'as of', 'as per', 'as regards', 'aside from', 'back to', 'because of', 'close to',
  'due to', 'except for', 'far from', 'inside of', 'instead of', 'near to', 'next to', 'on to', 'out from', 'out of',
  'outside of', 'prior to', 'pursuant to', 'rather than', 'regardless of', 'such as', 'that of', 'up to', 'where as', 'or',
  'yet', 'so', 'for', 'and', 'nor', 'a', 'an', 'the', 'de', "d'", 'von', 'van', 'c', 'ca',
];
const STOP = new RegExp(`(?:(?:[?!:]*\\s+|-|^)(?:${STOP_WORDS.join('|')})(?=[!?:]*\\s+|-|$))`);

const NOCASE_OPEN = '<span class="nocase">';
const NOCASE_CLOSE = '</span>';
// Where citeproc-js cuts a headline into pieces (the quotation marks it also
// cuts at are outside the plain text this module accepts).
const CUT = /(’|'|[-\u2013\u2014/.,;?!:]|\[|\]|\(|\)|<span class="nocase">|<\/span>)/;
const SPACE = /([\u00A0\u0020\u2000-\u200B\u205F\u3000]+)/;

const LETTER = 'A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F';
// Words of Latin letters and digits, with the punctuation of headlines, and an
// apostrophe only inside a word ("Iran’s"): anything else (quotation marks,
// brackets, markup, other scripts) is left to citeproc-js.
const PLAIN = new RegExp(`^(?:[${LETTER}0-9%&$#+]|[-\u2013\u2014/.,;:?!()]|(?<=[${LETTER}])['’](?=[${LETTER}])| (?! ))+$`, 'u');

// Punctuation that citeproc-js moves or merges: a mark after a space, marks side by side, a space inside brackets.
const MOVED = /\s[.,;:?!)]|[.,;:?!]{2}|\(\s|\.\./;

// Starts with a letter or digit; ends with one, or with a closing bracket, a percentage or a full stop, question or exclamation mark.
const ENDS = new RegExp(`^[${LETTER}0-9](?:.*[${LETTER}0-9%)?!.])?$`, 'u');

/** True when `text` is a one-line headline or name that the plain formatters print as citeproc-js would. */
export function isPlainText(text: string): boolean {
  return ENDS.test(text) && PLAIN.test(text) && !MOVED.test(text);
}

/** The headline in title case (see the module's comment); `text` must pass isPlainText. Remembered: each citation style of both of an article's sets asks. */
export const titleCase = remembered(caseTitle);

function caseTitle(text: string): string {
  const pieces = protectWebAddresses(text).split(CUT);
  // split() with a capture group alternates text and cuts: text, cut, text, …
  const strings: string[] = [];
  const cuts: string[] = [];
  pieces.forEach((piece, i) => (i % 2 === 0 ? strings : cuts).push(piece));
  // A straight apostrophe before text stays with that text (citeproc-js's Doppeler).
  for (let i = cuts.length - 1; i >= 0; i--) {
    if (cuts[i] === "'" && strings[i + 1]!.length > 0) {
      strings[i + 1] = `'${strings[i + 1]}`;
      cuts[i] = '';
    }
  }
  const original = strings.slice();

  let isFirst = true;
  let afterPunctuation = false;
  let last: { piece: number; word: number } | null = null;
  let insideNocase = 0;

  const capitaliseWords = (piece: number, nextCut: string | undefined) => {
    const str = strings[piece]!;
    if (!str.trim()) return;
    const words = str.split(SPACE);
    for (let j = 0; j < words.length; j += 2) {
      const word = words[j]!;
      if (!word) continue;
      const lower = word.toLowerCase();
      const capitalise =
        (word.length > 1 && !STOP.test(lower)) || (j === words.length - 1 && nextCut === '-') || isFirst || afterPunctuation;
      if (capitalise && word === lower) words[j] = capitalised(word);
      afterPunctuation = false;
      isFirst = false;
      last = { piece, word: j };
    }
    strings[piece] = words.join('');
  };

  // citeproc-js passes the following cut only for the first piece.
  capitaliseWords(0, cuts[0]);
  for (let i = 0; i < cuts.length; i++) {
    const cut = cuts[i]!;
    const str = strings[i + 1]!;
    if (cut === NOCASE_OPEN) insideNocase++;
    else if (insideNocase > 0 && cut === NOCASE_CLOSE) insideNocase--;
    if (/[!?:]$/.test(cut)) afterPunctuation = true;
    if (insideNocase === 0) capitaliseWords(i + 1, undefined);
    else if (str.trim()) last = null;
    // A closing mark with no opening one: the text after it keeps its first letter as written.
    if (cut === '’') {
      strings[i + 1] = original[i + 1]!.slice(0, 1) + strings[i + 1]!.slice(1);
      last = null;
    }
    if (str.trim()) {
      isFirst = false;
      afterPunctuation = false;
    }
  }
  const end = last as { piece: number; word: number } | null;
  if (end) {
    const words = strings[end.piece]!.split(SPACE);
    const word = words[end.word]!;
    if (word.length > 1 && STOP.test(word.toLowerCase())) words[end.word] = capitalised(word);
    strings[end.piece] = words.join('');
  }
  let joined = strings[0]!;
  for (let i = 0; i < cuts.length; i++) joined += (cuts[i] === NOCASE_OPEN || cuts[i] === NOCASE_CLOSE ? '' : cuts[i]!) + strings[i + 1]!;
  return joined;
}

function capitalised(word: string): string {
  const [first = '', ...rest] = Array.from(word);
  if (/^[\u0370-\u03FF]$/.test(first) && rest.length === 0) return word;
  return first.toLocaleUpperCase('en-US') + rest.join('');
}

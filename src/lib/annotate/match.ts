import { foldQuotes } from '../parse/normalize.ts';
import { forEachWord } from '../parse/words.ts';
import type { Form, Lexicon } from './lexicon.ts';

/** A stretch of a block's text that names an entity. Offsets are UTF-16 indices. */
export type Mention = {
  entity: string;
  text: string;
  start: number;
  end: number;
  /** How it was found: a registered name, a role phrase, a metonym, a short form, or discovery. */
  via: 'name' | 'role' | 'metonym' | 'short' | 'discovered';
};

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * Finds registered names in `text`. Longest match wins, on word boundaries;
 * quotes and apostrophes are folded so "Iran’s" and "Iran's" match alike.
 * `allowed` says which contextual forms are active for this article.
 */
export function matchNames(text: string, lexicon: Lexicon, allowed: (form: Form) => boolean): Mention[] {
  return matchCandidates(nameCandidates(text, lexicon), allowed);
}

/** The words of a text that start a registered name, with their forms: read once, matched as often as the forms allowed change. */
export type NameCandidates = { text: string; folded: string; words: { start: number; forms: Form[] }[] };

export function nameCandidates(text: string, lexicon: Lexicon): NameCandidates {
  const folded = foldQuotes(text);
  const words: NameCandidates['words'] = [];
  forEachWord(folded, (start, end) => {
    const forms = lexicon.byFirstWord.get(folded.slice(start, end));
    if (forms) words.push({ start, forms });
  });
  return { text, folded, words };
}

/** matchNames on words already read: a word that starts no registered name was passed over whatever came before it, so only these are tried. */
export function matchCandidates({ text, folded, words }: NameCandidates, allowed: (form: Form) => boolean): Mention[] {
  const found: Mention[] = [];
  let lastEnd = 0;
  for (const { start, forms } of words) {
    if (start < lastEnd) continue;
    for (const form of forms) {
      const end = start + form.text.length;
      if (!folded.startsWith(form.text, start) || isWordChar(folded[end]) || !allowed(form)) continue;
      found.push({ entity: form.entity, text: text.slice(start, end), start, end, via: 'name' });
      lastEnd = end;
      break;
    }
  }
  return found;
}

/** Drops mentions that overlap an earlier, longer one. Input in any order. */
export function longestFirst(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Mention[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}

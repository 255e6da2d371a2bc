import { foldQuotes } from '../parse/normalize.ts';
import type { Mention } from './match.ts';
import { MONTHS_AND_DAYS } from './name-words.ts';
import { AFTER_PREPOSITION, headWord, WORD, type Subject } from './quotes-subject.ts';
import { antecedent, canSpeak, fits, recentSpeaker, sentenceAt, type ArticleView } from './quotes-view.ts';
import { BODY_WORDS, PEOPLE_WORDS, PREPOSITION, TITLE_WORDS } from './quotes-words.ts';

export type Cue = 'said' | 'told' | 'according-to' | 'colon' | 'headline' | 'pronoun' | 'continuation' | null;

/**
 * Whom the text credits with a quotation. `credited` says a speech clause
 * with a human or institutional subject was found, even when that subject
 * is nobody we can name ("an official said"): such words are a statement,
 * where a quoted term with no one saying it is not.
 */
export type Attribution = { speaker: string | null; cue: Cue; credited: boolean };

export const NONE: Attribution = { speaker: null, cue: null, credited: false };

const INDEFINITE = /^(?:a|an|one)$/iu;
const HE_OR_SHE = /^(?:he|she)$/iu;
const POSSESSIVE = /['’]s?\s/u;
/** Two capitalised words ending a subject, not a possessive: a person's name. */
const UNKNOWN_NAME = /^(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their) )\p{Lu}[\p{Ll}'’.-]+ \p{Lu}[\p{Ll}-]+$/u;
const CAPITALISED = /^\p{Lu}/u;
/** What a demonym adds to its country's name, once a final vowel is dropped: Iran-ian, Israel-i, German(y). */
const DEMONYM_SUFFIX = /^(?:|n|an|ian|ean|i|ese|ish|ic|ern)$/u;
const FINAL_VOWEL = /[aeiouy]$/u;
const POSSESSIVE_END = /'s?$/u;

/** The speaker a subject stands for. */
export function credit(article: ArticleView, vi: number, subject: Subject | null, cue: Cue): Attribution {
  if (!subject) return NONE;
  if (subject.kind === 'mention') {
    return subject.direct || canSpeak(article, subject.mention) ? { speaker: subject.mention.entity, cue, credited: true } : NONE;
  }
  if (subject.kind === 'pronoun') {
    const wanted = HE_OR_SHE.test(subject.word) ? 'person' : 'body';
    return { speaker: antecedent(article, vi, subject.start, wanted)?.entity ?? null, cue: 'pronoun', credited: true };
  }
  return describe(article, vi, subject.start, subject.end, cue);
}

/**
 * A subject written as a description. A name at its head is the speaker
 * ("US envoy Steve Witkoff"). A bare title ("the minister", "Iranian leader")
 * refers back to the person last named in this or the previous paragraph;
 * "a spokesman for X" and "X's spokesman" speak for X. A body ("the
 * ministry", "a statement") is the body named in it ("Iran's foreign
 * ministry"), its adjective ("the Iranian foreign ministry"), or a body
 * named in the same sentence. Unnamed people ("officials") and names nobody
 * registered are credited, to nobody.
 */
function describe(article: ArticleView, vi: number, start: number, end: number, cue: Cue): Attribution {
  const view = article.views[vi]!;
  const words = [...view.masked.slice(start, end).matchAll(WORD)].map((w) => ({ text: w[0], start: start + w.index, end: start + w.index + w[0].length }));
  if (words.length === 0 || AFTER_PREPOSITION.test(` ${words[0]!.text} `)) return NONE;
  const preposition = words.findIndex((w, k) => k > 0 && PREPOSITION.test(w.text));
  const head = words[preposition > 0 ? preposition - 1 : words.length - 1]!;
  const inPhrase = view.actors.filter((m) => m.start >= start && m.end <= end);
  const named = inPhrase.find((m) => m.start < head.end && head.end <= m.end);
  if (named) return credit(article, vi, { kind: 'mention', mention: named, start: named.start, direct: true }, cue);
  const word = headWord(head.text);
  const speaking = (entity: string | null | undefined): Attribution => ({ speaker: entity ?? null, cue, credited: true });
  const body = (from: number) => inPhrase.find((m) => m.start >= from && fits(article, m, 'body'))?.entity;
  if (TITLE_WORDS.has(word)) {
    const person = inPhrase.find((m) => fits(article, m, 'person'));
    if (person) return speaking(person.entity);
    const indefinite = INDEFINITE.test(words[0]!.text);
    // Somebody's title ("the Prime Minister’s spokesperson", "a spokesman for Iran's foreign ministry") is no reference back to a name.
    if (indefinite || POSSESSIVE.test(view.masked.slice(start, head.start)) || body(start)) return speaking(body(indefinite ? head.end : start));
    return speaking(antecedent(article, vi, start, 'person', 1)?.entity ?? recentSpeaker(article, vi));
  }
  if (BODY_WORDS.has(word)) return speaking(body(start) ?? demonym(article, words.map((w) => w.text)) ?? nearbyBody(article, vi, start));
  if (PEOPLE_WORDS.has(word)) return speaking(null);
  // A name nobody has registered ("Work and Pensions Secretary Mel Stride"): somebody speaks; we cannot say who.
  const before = words[words.indexOf(head) - 1];
  if (before && UNKNOWN_NAME.test(`${before.text} ${head.text}`) && !MONTHS_AND_DAYS.has(word)) return speaking(null);
  return NONE;
}

/** "Iranian" in "the Iranian foreign ministry": a country or body the article names, by its adjective. */
function demonym(article: ArticleView, words: string[]): string | null {
  const adjectives = words.filter((w) => CAPITALISED.test(w));
  for (const view of article.views) {
    for (const m of view.actors) {
      if (!fits(article, m, 'body')) continue;
      const stem = foldQuotes(m.text).replace(POSSESSIVE_END, '').replace(FINAL_VOWEL, '');
      if (stem.length < 3 || /\s/u.test(stem)) continue;
      if (adjectives.some((w) => w !== m.text && w.startsWith(stem) && DEMONYM_SUFFIX.test(w.slice(stem.length)))) return m.entity;
    }
  }
  return null;
}

/** A body named elsewhere in the same sentence: the nearest before the subject, else the first after it. */
function nearbyBody(article: ArticleView, vi: number, at: number): string | null {
  const view = article.views[vi]!;
  const sentence = sentenceAt(view, at);
  const inSentence = view.actors.filter((m: Mention) => m.start >= sentence.start && m.end <= sentence.end && fits(article, m, 'body'));
  return (inSentence.filter((m) => m.end <= at).at(-1) ?? inSentence.find((m) => m.start >= at))?.entity ?? null;
}

import { credit, NONE, type Attribution, type Cue } from './quotes-credit.ts';
import type { QuoteSpan, Sentence } from './quotes-spans.ts';
import { adjacent, quotedSource, sentenceSubject, subjectAfter, subjectBefore } from './quotes-subject.ts';
import { canSpeak, sentenceAt, MASK, type ArticleView, type BlockView } from './quotes-view.ts';
import { ACCORDING_TO, INVERTED_VERB, PARTICIPLE, SPEECH_VERB, TELL_VERB } from './quotes-words.ts';

/** "…, says Iran" closing a headline credits the headline's quotations. */
const HEADLINE_CREDIT = /(?:^|[\s,:;\u2013\u2014-])(?:says|said)\s+(?=\S)([^,;:]{1,80}?)[.!]?\s*$/iu;
/** "Trump: Iran ‘wants to talk’": a short name before a colon opens a headline credit. */
const HEADLINE_SPEAKER = /^\s*(?:\p{Lu}[\p{L}\p{N}'’.-]*\s+){0,4}\p{Lu}[\p{L}\p{N}'’.-]*\s*:/u;
/** A participle opening a headline ("Facilitated By Egypt:") is no speaker's name. */
const PARTICIPLE_OPENING = /^\s*\p{L}+(?:ed|ing)\b/iu;
const HEADLINE_COLON = /^\s*:\s*/u;
/** How far after "‘…’:" a headline's speaker may start. */
const HEADLINE_REACH = 12;
const LEAD_IN = /^\s*(?:[,\u2013\u2014-]\s*)?/u;
/** A break between clauses ("…, and the E3 discussed"; not "…, and that"): attribution does not reach back across it. */
const CLAUSE_BREAK = /;|,\s+(?:but|and|while|whereas|although|though)\s(?!that\b)|\s[\u2013\u2014]\s(?=[^\u2013\u2014]*$)/giu;
/** "IRNA quoted Araghchi as saying …": the words are Araghchi's, not the agency's. */
const QUOTED_AS = /\b(?:quoted|quotes|quoting|cited|cites|citing)\s+([^,;\uFFFC]{1,80}?)\s+as\s+$/iu;
/** "…,” the agency quoted Araghchi as saying": after a trailing "quoted", its object is the speaker. */
const QUOTED_OBJECT = /^\s+([^,;\uFFFC]{1,80}?)\s+as\s+saying\b/iu;
/** "was told by Khamenei": the speaker comes after the verb. */
const PASSIVE_BY = /^\s+by\s+/iu;
const COLON_AFTER_VERB = /^[^.;:\uFFFC]{0,60}:\s*$/u;
/** A verb straight after a comma or a conjunction may have no subject of its own. */
const LOOSE_BEFORE = /(?:,|\b(?:and|but|or))\s*$/u;

/**
 * Whom a quotation is credited to: a headline credit, an attribution right
 * after the quotation, or one earlier in its clause — in that order.
 */
export function attribute(article: ArticleView, vi: number, span: QuoteSpan): Attribution {
  return headline(article, vi, span) ?? trailing(article, vi, span) ?? leading(article, vi, span) ?? NONE;
}

/** Speech verbs in [from, to) of the block, outside names ("Said Jalili" says nothing). */
function speechVerbs(view: BlockView, from: number, to: number): { word: string; at: number }[] {
  return [...view.masked.slice(from, to).matchAll(SPEECH_VERB)]
    .map((m) => ({ word: m[0], at: from + m.index }))
    .filter((v) => !view.block.mentions.some((m) => m.start <= v.at && v.at < m.end));
}

function verbCue(verb: string): Cue {
  return TELL_VERB.test(verb.trim()) ? 'told' : 'said';
}

/** "Talks are ‘meaningless’, says Iran", "Trump: Iran ‘wants to talk’", "‘No talks’: Khamenei …" in a headline or standfirst. */
function headline(article: ArticleView, vi: number, span: QuoteSpan): Attribution | null {
  const view = article.views[vi]!;
  if (view.block.kind !== 'title' && view.block.kind !== 'dek') return null;
  const creditAtEnd = HEADLINE_CREDIT.exec(view.masked);
  if (creditAtEnd && creditAtEnd.index >= span.end) {
    const at = creditAtEnd.index + creditAtEnd[0].lastIndexOf(creditAtEnd[1]!);
    const found = credit(article, vi, subjectAfter(view, at, view.masked.length), 'headline');
    if (found.speaker) return found;
  }
  const speakerFirst = HEADLINE_SPEAKER.exec(view.masked);
  if (speakerFirst && speakerFirst[0].length <= span.open && !PARTICIPLE_OPENING.test(speakerFirst[0])) {
    const colon = speakerFirst[0].length - 1;
    const who = view.actors.find((m) => view.masked.slice(m.end, colon).trim() === '' && canSpeak(article, m));
    if (who) return { speaker: who.entity, cue: 'headline', credited: true };
  }
  const colon = span.close === null ? null : HEADLINE_COLON.exec(view.masked.slice(span.close + 1));
  if (colon && span.close !== null && !view.masked.slice(0, span.open).trim()) {
    const at = span.close + 1 + colon[0].length;
    const first = view.actors.find((m) => m.start >= at && m.start - at <= HEADLINE_REACH && canSpeak(article, m));
    if (first) return { speaker: first.entity, cue: 'headline', credited: true };
  }
  return null;
}

/** Attribution right after the closing mark: "…,” Araghchi said", "…,” said the minister", "…”, according to X". */
function trailing(article: ArticleView, vi: number, span: QuoteSpan): Attribution | null {
  if (span.close === null) return null;
  const view = article.views[vi]!;
  const sentence = sentenceAt(view, span.open);
  const from = span.close + 1;
  const nextQuote = view.masked.indexOf(MASK, from);
  const stop = nextQuote >= 0 && nextQuote < sentence.end ? nextQuote : sentence.end;
  const p = from + LEAD_IN.exec(view.masked.slice(from, stop))![0].length;
  const tail = view.masked.slice(p, stop);
  if (!tail.trim()) return null;
  const according = ACCORDING_TO.exec(tail);
  if (according) return credit(article, vi, subjectAfter(view, p + according[0].length, stop), 'according-to');
  const inverted = INVERTED_VERB.exec(tail);
  if (inverted && speechVerbs(view, p, p + inverted[0].length).length > 0) {
    return credit(article, vi, subjectAfter(view, p + inverted[0].length, stop), verbCue(inverted[0]));
  }
  for (const verb of speechVerbs(view, p, stop)) {
    if (PARTICIPLE.test(verb.word)) continue;
    const after = verb.at + verb.word.length;
    const object = QUOTED_OBJECT.exec(view.masked.slice(after, stop));
    if (object) return credit(article, vi, quotedSource(after + object[0].indexOf(object[1]!), object[1]!), 'said');
    const subject = subjectBefore(view, p, verb.at);
    if (!subject || !adjacent(view, p, subject.start)) continue;
    const found = credit(article, vi, subject, verbCue(verb.word));
    if (found.credited) return found;
  }
  return null;
}

/**
 * Attribution earlier in the quotation's clause: "X said: “…”", "X told Y
 * that Iran was “…”", "what he called “…”", "…, insisting that “…”" (a
 * participle speaks for the subject of the sentence).
 */
function leading(article: ArticleView, vi: number, span: QuoteSpan): Attribution | null {
  const view = article.views[vi]!;
  const sentence = sentenceAt(view, span.open);
  let from = sentence.start;
  for (const brk of view.masked.slice(from, span.open).matchAll(CLAUSE_BREAK)) from = sentence.start + brk.index + brk[0].length;
  const verb = speechVerbs(view, from, span.open).at(-1);
  if (!verb) return null;
  const after = verb.at + verb.word.length;
  const cue = COLON_AFTER_VERB.test(view.masked.slice(after, span.open)) ? 'colon' : verbCue(verb.word);
  const passive = PASSIVE_BY.exec(view.masked.slice(after, span.open));
  if (passive) return credit(article, vi, subjectAfter(view, after + passive[0].length, span.open), cue);
  const source = QUOTED_AS.exec(view.masked.slice(sentence.start, verb.at));
  const subject = source ? quotedSource(sentence.start + source.index + source[0].indexOf(source[1]!), source[1]!) : subjectBefore(view, sentence.start, verb.at);
  const direct = credit(article, vi, subject, cue);
  if (direct.credited) return direct;
  const loose = PARTICIPLE.test(verb.word) || LOOSE_BEFORE.test(view.masked.slice(sentence.start, verb.at));
  if (!loose) return direct;
  // The verb's own clause first ("…, but the incident recalled Brown calling her a “…”"), then the whole sentence.
  const clause = mainSubject(article, vi, { start: from, end: sentence.end }, verb.at, cue);
  return clause.credited || from === sentence.start ? clause : mainSubject(article, vi, sentence, verb.at, cue);
}

/**
 * Who speaks through a verb with no subject of its own ("…, insisting that",
 * "… but argued"): the subject of the first speech verb in the stretch, or
 * else the stretch's subject, which comes before that verb.
 */
function mainSubject(article: ArticleView, vi: number, stretch: Sentence, at: number, cue: Cue): Attribution {
  const view = article.views[vi]!;
  const first = speechVerbs(view, stretch.start, at)[0];
  if (first) {
    const found = credit(article, vi, subjectBefore(view, stretch.start, first.at), cue);
    if (found.credited) return found;
  }
  return credit(article, vi, sentenceSubject(article, view, stretch, first?.at ?? at), cue);
}

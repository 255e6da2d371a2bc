import { foldQuotes } from '../parse/normalize.ts';
import type { Mention } from './match.ts';
import type { Sentence } from './quotes-spans.ts';
import { canSpeak, fits, MASK, type ArticleView, type BlockView } from './quotes-view.ts';
import {
  APPOSITIVE_START,
  BODY_WORDS,
  CLAUSE_OPENER,
  FILLER_TAIL,
  INTRO_PARTICIPLE,
  INTRO_PHRASE,
  NP_AFTER_END,
  NP_BOUNDARY,
  PEOPLE_WORDS,
  TITLE_WORDS,
} from './quotes-words.ts';

/**
 * Who a speech verb's subject is, as written: a name, a pronoun, or a noun
 * phrase to be read ("the minister", "a statement from the ministry").
 * `direct` marks a name that is the verb's own subject, so that a place can
 * speak for its occupant ("the White House said").
 */
export type Subject =
  /** `start`: where the subject's words begin, title and all ("the spokesperson, Ilana Stein"). */
  | { kind: 'mention'; mention: Mention; start: number; direct: boolean }
  | { kind: 'pronoun'; word: string; start: number }
  | { kind: 'phrase'; start: number; end: number };

export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
export const DETERMINER = /^(?:the|a|an)\s+/iu;
/** A name right after a preposition is an object ("talks with Iran"), not a subject. */
export const AFTER_PREPOSITION = /(?:^|\s)(?:of|for|from|at|in|on|with|to|by|about|against|into|over|under|than|like|between|among|near)\s+(?:the\s+)?$/iu;

const TRAILING_PRONOUN = /(?:^|\s)(he|she|they|it)$/iu;
const LEADING_PRONOUN = /^(he|she|they|it)\b/iu;
const OBJECT_PRONOUN: Record<string, string> = { him: 'he', her: 'she', them: 'they' };
const PHRASE_BREAK = /[,;:()\u2013\u2014\uFFFC]/u;
const MAX_PHRASE_WORDS = 7;
const MAX_GAP_WORDS = 6;
/** Between a possessive anchor and a name: titles only ("’s Supreme Leader Ayatollah", "’s foreign minister,"). */
const TITLED_BY =
  /^['’]s?(?:\s+(?:\p{Lu}[\p{L}-]*|foreign|supreme|deputy|prime|top|chief|vice|special|senior|national|security|minister|leader|president|envoy|spokesman|spokeswoman|ambassador|secretary|director|general),?)*\s+$/u;

export const headWord = (word: string) => foldQuotes(word).toLowerCase().replace(/'s$/u, '');
const isPersonOrBody = (word: string) => [TITLE_WORDS, BODY_WORDS, PEOPLE_WORDS].some((set) => set.has(headWord(word)));

/**
 * The subject that ends right before a verb: a name, a pronoun, or a noun
 * phrase, read backwards over adverbs ("also strongly"), auxiliaries and
 * parentheses set off by commas ("Larijani, the new secretary, told").
 */
export function subjectBefore(view: BlockView, floor: number, at: number): Subject | null {
  let end = at;
  for (let hop = 0; hop < 3; hop++) {
    let head = view.masked.slice(floor, end);
    for (let filler = FILLER_TAIL.exec(head); filler && filler[0].length > 0; filler = FILLER_TAIL.exec(head)) head = head.slice(0, filler.index);
    head = head.trimEnd();
    if (!head) return null;
    if (head.endsWith(',')) {
      const previous = head.lastIndexOf(',', head.length - 2);
      if (previous < 0) return null;
      const inner = head.slice(previous + 1, -1).trim();
      if (!APPOSITIVE_START.test(inner) || inner.includes(MASK)) return null;
      // "the spokesperson, Ilana Stein, said": the name set off by commas is the speaker.
      const innerStart = floor + head.indexOf(inner, previous);
      const name = view.actors.find((m) => m.start === innerStart && m.end === innerStart + inner.length);
      const outer = head.slice(0, previous).trimEnd();
      if (name && !view.actors.some((m) => m.end === floor + outer.length)) return { kind: 'mention', mention: name, start: floor + phraseStart(outer), direct: true };
      end = floor + previous;
      continue;
    }
    const tailEnd = floor + head.length;
    const mention = view.actors.find((m) => m.end === tailEnd);
    if (mention && !AFTER_PREPOSITION.test(view.masked.slice(floor, mention.start))) return { kind: 'mention', mention, start: mention.start, direct: true };
    const pronoun = TRAILING_PRONOUN.exec(head);
    if (pronoun) return { kind: 'pronoun', word: pronoun[1]!, start: tailEnd - pronoun[1]!.length };
    const start = phraseStart(head);
    return start === head.length ? null : { kind: 'phrase', start: floor + start, end: tailEnd };
  }
  return null;
}

/** Reads a noun phrase back from the end of `text`: a few words, stopping at punctuation or a clause word. */
function phraseStart(text: string): number {
  let start = text.length;
  const words = [...text.matchAll(WORD)];
  for (let k = words.length - 1, count = 0; k >= 0 && count < MAX_PHRASE_WORDS; k--, count++) {
    const w = words[k]!;
    if (PHRASE_BREAK.test(text.slice(w.index + w[0].length, start)) || NP_BOUNDARY.test(w[0])) break;
    start = w.index;
  }
  return start;
}

/**
 * Only the rest of the subject's noun phrase may stand between a quotation
 * and the subject credited after it: "…,” Iranian Foreign Ministry spokesman
 * Esmaeil Baghaei told …", not "…” mechanism, Araghchi said".
 */
export function adjacent(view: BlockView, from: number, start: number): boolean {
  const gap = view.masked.slice(from, start);
  return gap === '' || (phraseStart(gap.trimEnd()) === 0 && [...gap.matchAll(WORD)].length <= MAX_GAP_WORDS);
}

/** The subject named after its verb: "said Iran’s foreign minister, Abbas Araghchi", "according to a statement". */
export function subjectAfter(view: BlockView, p: number, stop: number): Subject | null {
  const text = view.masked.slice(p, stop);
  const cut = NP_AFTER_END.exec(text);
  const end = p + (cut ? cut.index : text.trimEnd().length);
  if (end <= p) return null;
  const pronoun = LEADING_PRONOUN.exec(text);
  if (pronoun) return { kind: 'pronoun', word: pronoun[1]!, start: p };
  return { kind: 'phrase', start: p, end };
}

/** The source in "quoted Araghchi as saying" or "quoted him as saying". */
export function quotedSource(start: number, text: string): Subject {
  const pronoun = OBJECT_PRONOUN[text.toLowerCase()];
  return pronoun ? { kind: 'pronoun', word: pronoun, start } : { kind: 'phrase', start, end: start + text.length };
}

/** The length of an introductory phrase at `offset`, or 0. */
function introAt(text: string, offset: number): number {
  const rest = text.slice(offset);
  return (INTRO_PHRASE.exec(rest) ?? INTRO_PARTICIPLE.exec(rest))?.[0].length ?? 0;
}

/**
 * The subject of the sentence's main clause, for a participle or a second
 * verb that has none of its own: "On Tuesday, Khamenei opened the door …,
 * telling …". Introductory phrases are skipped; a pronoun or a title that
 * opens the clause wins, else the first actor named before the verb.
 */
export function sentenceSubject(article: ArticleView, view: BlockView, sentence: Sentence, at: number): Subject | null {
  const text = view.masked.slice(sentence.start, at);
  let offset = CLAUSE_OPENER.exec(text)?.[0].length ?? 0;
  for (let intro = introAt(text, offset); intro > 0; intro = introAt(text, offset)) offset += intro;
  const clause = text.slice(offset);
  const start = sentence.start + offset;
  const pronoun = LEADING_PRONOUN.exec(clause);
  if (pronoun) return { kind: 'pronoun', word: pronoun[1]!, start };
  const head = DETERMINER.test(clause) ? [...clause.matchAll(WORD)].slice(0, 5).find((w) => isPersonOrBody(w[0])) : undefined;
  if (head) return { kind: 'phrase', start, end: start + head.index + head[0].length };
  const first = view.actors.find((m) => m.start >= start && m.end <= at && canSpeak(article, m));
  if (!first) return null;
  // "Iran’s Supreme Leader Ayatollah Ali Khamenei …": the possessive is an anchor; the person is the subject.
  const owned = view.actors.find((m) => m.start > first.end && m.end <= at && fits(article, m, 'person') && TITLED_BY.test(view.masked.slice(first.end, m.start)));
  const subject = owned ?? first;
  return { kind: 'mention', mention: subject, start: subject.start, direct: false };
}

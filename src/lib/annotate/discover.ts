import { isKnownPlace, namedType, taggedType } from './name-type.ts';
import { headlineSlug } from '../slug.ts';
import { forEachWord } from '../parse/words.ts';
import { remembered } from '../remembered.ts';
import type { EntityType } from '../schema/entity.ts';
import type { Mention } from './match.ts';
import {
  FUNCTION_WORDS,
  HONORIFICS,
  MONTHS_AND_DAYS,
  NAME_JOINERS,
  NOT_ACTOR_WORDS,
  OFFICE_WORDS,
  ORG_WORDS,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  prepositionBefore,
  PLACE_WORDS,
  TITLES,
} from './name-words.ts';

/** An actor found in the text that the registry does not know. */
export type Discovered = { id: string; name: string; type: EntityType };

export type DiscoveryContext = {
  /** Words that name a registered place or country, to recognise demonyms ("Omani", "Iranian"). */
  placeNames: string[];
  /** Surface forms the registry owns: never rediscovered. */
  known: (surface: string) => boolean;
  /** Per-article memory: short forms of names already seen ("Carney" after "Mark Carney"). */
  shortForms: Map<string, Discovered>;
  /** All names discovered in this article, by id. */
  found: Map<string, Discovered>;
};

type Token = { text: string; start: number; end: number };

/**
 * A discovered name's id, as a slug: remembered, since the same names come
 * back span after span and article after article, and slugging one (its
 * transliteration) costs more than the rest of reading the span.
 */
const idOf = remembered(headlineSlug);

const CAPITALISED = /^(?:\p{Lu}[\p{Ll}'’-]|\p{Lu}{2,}|\p{Lu}$|\p{Lu}\.)/u;
const SENTENCE_END = /[.!?]["”’)\]]*\s+$|^\s*["“‘(]*$|[:;]\s*["“]\s*$|["“]\s*$/u;
const LOCATIVE_BEFORE = prepositionBefore([...PLACE_PREPOSITIONS, 'to', 'from']);
const EMBASSY = /^(?:embassy|consulate|mission)$/;
/** "Camilluccia neighborhood", "Bushehr power plant": a name that modifies a place noun. */
const PLACE_NOUN_AFTER = /^\s+(?:neighbou?rhood|district|province|region|city|town|village|port|airport|(?:nuclear |power )?(?:plant|facility|site)|enrichment site|area|suburb|county)\b/u;
/** More words than any name has ("Islamic Revolutionary Guard Corps Aerospace Force" has six). */
const MAX_NAME_TOKENS = 12;
const SPEECH_AFTER = /^\s*(?:,\s*)?(?:said|says|told|added|argued|wrote|warned|insisted|stated|claimed|noted|explained|asked)\b/u;

/**
 * Finds people, organisations and places the registry does not know, from
 * capitalised word sequences outside registered mentions. Cheap rules decide
 * most cases; compromise is asked only about spans the rules cannot place,
 * one sentence at a time, because it costs ~30 ms per article.
 */
export function discover(text: string, registered: Mention[], ctx: DiscoveryContext, onlyKnownNames = false): Mention[] {
  const tokens = tokenize(text);
  const taken = (t: Token) => registered.some((m) => t.start < m.end && m.start < t.end);
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (!CAPITALISED.test(first.text) || taken(first)) {
      i++;
      continue;
    }
    // Extend over capitalised words and the joiners between them.
    let j = i + 1;
    let end = i;
    while (j < tokens.length) {
      const t = tokens[j]!;
      const gap = text.slice(tokens[j - 1]!.end, t.start);
      if (!/^ $/.test(gap) || taken(t) || /['’]s?$/u.test(tokens[j - 1]!.text)) break;
      if (CAPITALISED.test(t.text)) end = j;
      else if (!NAME_JOINERS.has(t.text.toLowerCase())) break;
      j++;
    }
    const span = tokens.slice(i, end + 1);
    const from = i;
    i = end + 1;
    // A longer run of capitals is a Title Case line or shouting, not one name,
    // and compromise's time on it grows much faster than its length.
    if (span.length > MAX_NAME_TOKENS) continue;
    const mention = readSpan(text, span, ctx, onlyKnownNames);
    // "X and Y" read as X alone: Y is read next, as a name of its own.
    const and = span.findIndex((t) => t.text === 'and');
    if (and >= 0 && (!mention || mention.end <= span[and]!.start)) i = from + and + 1;
    if (mention) out.push(mention);
  }
  return out;
}

function readSpan(text: string, span: Token[], ctx: DiscoveryContext, onlyKnownNames: boolean): Mention | null {
  let words = [...span];
  let titled = false;
  let honorific = false;
  // Titles, demonyms and sentence-initial function words come off the front.
  while (words.length > 0) {
    const w = words[0]!;
    const lower = w.text.toLowerCase().replace(/\.$/, '');
    if (HONORIFICS.test(w.text)) honorific = true;
    if (TITLES.has(lower) || HONORIFICS.test(w.text)) titled = true;
    // "Iranian Foreign Minister …" is a description; "Canadian Broadcasting Corporation" a name.
    const lastWord = words[words.length - 1]!.text.toLowerCase();
    const institution = (ORG_WORDS.has(lastWord) && words.length >= 3) || (words.length === 2 && EMBASSY.test(lastWord));
    const demonym = isDemonym(w.text, ctx) && (words.length === 1 || TITLES.has(words[1]!.text.toLowerCase()) || !institution);
    if (TITLES.has(lower) || HONORIFICS.test(w.text) || FUNCTION_WORDS.has(lower) || MONTHS_AND_DAYS.has(lower) || demonym || NAME_JOINERS.has(lower)) {
      words.shift();
    } else break;
  }
  // "French President Emmanuel Macron", "Bank of England Governor Andrew Bailey": the name follows the office.
  const office = words.findLastIndex((_, k) => k < words.length - 1 && isOfficeEnd(words, k));
  if (office >= 0 && !NAME_JOINERS.has(words[office + 1]!.text.toLowerCase())) {
    words = words.slice(office + 1);
    titled = true;
  }
  while (words.length > 0 && NAME_JOINERS.has(words[words.length - 1]!.text.toLowerCase())) words.pop();
  // "X and Y" is two names unless the whole is an institution ("Department of Trade and Industry"),
  // and two when each half is a name of its kind ("Assembly of Experts and the Strait of Hormuz").
  const and = words.findIndex((w) => w.text === 'and');
  if (and >= 0 && (!isKindName(words, ORG_WORDS) || (isKindName(words.slice(0, and)) && isKindName(words.slice(and + 1))))) words = words.slice(0, and);
  if (words.length === 0) return null;

  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  const name = text.slice(start, end).replace(/['’]s$/u, '');
  const last = words[words.length - 1]!.text.toLowerCase().replace(/['’]s$/u, '');
  const single = words.length === 1;
  const lowerWords = words.map((w) => w.text.toLowerCase());

  if (ctx.known(name)) return null;
  const short = ctx.shortForms.get(name);
  if (short) return mentionOf(short, text, start, start + name.length, 'short');
  // In a Title Case headline every word is capitalised, so only names the body has already established count there.
  const id = idOf(name);
  if (onlyKnownNames && !ctx.found.has(id)) return null;
  if (lowerWords.some((w) => NOT_ACTOR_WORDS.has(w))) return null;
  if (!single && isOfficeEnd(words, words.length - 1)) return null;
  if (single && (MONTHS_AND_DAYS.has(last) || FUNCTION_WORDS.has(last) || isDemonym(words[0]!.text, ctx))) return null;
  if (insideTitleQuote(text, span[0]!.start, end)) return null;
  // A lone capitalised word that starts a sentence is usually an ordinary word.
  if (single && startsSentence(text, words[0]!.start) && !titled) return null;
  if (words.some((w) => /^\p{Lu}+$/u.test(w.text) && w.text.length > 6)) return null; // SHOUTED words, not names

  // A capitalised common noun on its own ("Parliament", "Embassy", "TV") names nothing in particular.
  if (single && (ORG_WORDS.has(last) || PLACE_WORDS.has(last) || TITLES.has(last))) return null;
  let type: EntityType | null = null;
  // A lone acronym is an organisation only where the prose treats it as one: "the IRGC", "IRNA said".
  const acronym = single && /^\p{Lu}{3,6}$/u.test(name) && !COMMON_ACRONYMS.has(name);
  const actsLikeOrg = /\bthe\s+$/iu.test(text.slice(Math.max(0, start - 5), start)) || SPEECH_AFTER.test(text.slice(end, end + 20)) || /^['’]s\b/u.test(text.slice(end, end + 3));
  if (ORG_WORDS.has(last) || headedBy(lowerWords, ORG_WORDS) || (acronym && actsLikeOrg)) type = 'organization';
  else if (acronym) return null;
  else if (PLACE_WORDS.has(last) || headedBy(lowerWords, PLACE_WORDS) || (!single && PLACE_PREFIXES.has(lowerWords[0]!))) type = 'place';
  else if (honorific) type = 'person';
  // A name already placed in this article keeps its type: it names the same actor.
  else if (!single) type = ctx.found.get(id)?.type ?? namedType(text, start, end, name, words[0]!.text);
  else {
    const before = text.slice(Math.max(0, start - 20), start);
    if (PLACE_NOUN_AFTER.test(text.slice(end, end + 30))) type = 'place';
    else if (LOCATIVE_BEFORE.test(before) && !/(?:ish|ese|ian)$/u.test(name)) {
      const guess = isKnownPlace(name) ? 'place' : taggedType(text, start, end);
      type = guess === null || guess === 'place' ? 'place' : null;
    }
    // "Kharrazi said": one unknown word is too weak a sign of a person (see below), whatever the tagger makes of it.
    else type = null;
  }
  if (!type) return null;
  if (type === 'person' && single && !honorific) return null; // a lone unknown word is too weak a sign

  const entity: Discovered = ctx.found.get(id) ?? { id, name, type };
  ctx.found.set(entity.id, entity);
  if (type === 'person' && words.length >= 2) {
    const surname = words[words.length - 1]!.text.replace(/['’]s$/u, '');
    if (!ctx.known(surname) && !ctx.shortForms.has(surname)) ctx.shortForms.set(surname, entity);
  }
  return mentionOf(entity, text, start, start + name.length, 'discovered');
}

/** Whether word k ends a job title: "Government Spokeswoman", "Bank of England Governor"; not "Office of the President", a name. */
function isOfficeEnd(words: Token[], k: number): boolean {
  const word = words[k]!.text.toLowerCase().replace(/['’]s$/u, '');
  return k > 0 && OFFICE_WORDS.has(word) && !NAME_JOINERS.has(words[k - 1]!.text.toLowerCase());
}

/**
 * Two words or more (an article aside) that end in a word of one of the
 * kinds or are headed by one: "Amnesty International", "Assembly of
 * Experts", "the Strait of Hormuz".
 */
function isKindName(words: Token[], ...kinds: ReadonlySet<string>[]): boolean {
  const lower = words.map((w) => w.text.toLowerCase()).filter((w, k) => k > 0 || w !== 'the');
  const sets = kinds.length > 0 ? kinds : [ORG_WORDS, PLACE_WORDS];
  return lower.length >= 2 && sets.some((kind) => kind.has(lower[lower.length - 1]!) || headedBy(lower, kind));
}

/** "Institute for Regional Affairs", "Assembly of Experts", "Strait of Hormuz": a name headed by one of `heads` and its complement. */
function headedBy(words: string[], heads: ReadonlySet<string>): boolean {
  return words.some((w, k) => k < words.length - 2 && heads.has(w) && words[k + 1] !== 'and' && NAME_JOINERS.has(words[k + 1]!));
}

function mentionOf(entity: Discovered, text: string, start: number, end: number, via: Mention['via']): Mention {
  return { entity: entity.id, text: text.slice(start, end), start, end, via };
}

/**
 * Words, with the apostrophes, full stops and hyphens inside them ("U.S.",
 * "Iran's", "al-Araji"): what /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu
 * finds, read by character codes (words.ts), since every block is read: runs
 * of letters and digits, joined where only those marks come between them.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  let end = -1;
  forEachWord(text, (from, to) => {
    if (start >= 0 && onlyInnerMarks(text, end, from)) {
      end = to;
      return;
    }
    if (start >= 0) tokens.push({ text: text.slice(start, end), start, end });
    start = from;
    end = to;
  });
  if (start >= 0) tokens.push({ text: text.slice(start, end), start, end });
  return tokens;
}

/** ' ’ . - */
const INNER_MARKS = new Set([0x27, 0x2019, 0x2e, 0x2d]);

function onlyInnerMarks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!INNER_MARKS.has(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether the word at `index` starts a sentence: it starts the text, follows
 * a sentence's end or an opening quote, or has no \w before it.
 */
function startsSentence(text: string, index: number): boolean {
  if (index === 0 || SENTENCE_END.test(text.slice(Math.max(0, index - 4), index))) return true;
  // Nothing but non-word characters before it (`^\W*$` on all the text
  // before it) means no \w before it: one search, rather than a test of the
  // whole prefix, which takes time that grows with the square of the length
  // in text with no ASCII letters.
  const firstWordChar = text.search(/\w/u);
  return firstWordChar < 0 || index <= firstWordChar;
}

/** "Omani", "Iranian", "Israeli", "Canadians": adjectives and nouns formed from a place's name. */
function isDemonym(word: string, ctx: DiscoveryContext): boolean {
  // Asked of most capitalised words, often twice, and each answer tries every place name: remembered per set of place names.
  let known = demonyms.get(ctx.placeNames);
  if (!known) demonyms.set(ctx.placeNames, (known = remembered((w) => readDemonym(w, ctx.placeNames))));
  return known(word);
}

const demonyms = new WeakMap<readonly string[], (word: string) => boolean>();

function readDemonym(word: string, placeNames: readonly string[]): boolean {
  const w = word.replace(/s$/, '');
  if (!/^\p{Lu}\p{Ll}+(?:i|ian|an|ese|ish|ic|ean)$/u.test(w)) return false;
  return placeNames.some((place) => {
    const stem = place.replace(/[aeiouy]$/, '');
    return stem.length >= 3 && w.startsWith(stem) && w.length > place.length - 1;
  }) || /^(?:American|European|Western|Eastern|Arab|Persian|Shia|Shiite|Sunni|Muslim|Christian|Jewish|Kurdish|Gulf|African|Asian|Latin)/u.test(w);
}

/** “The Power of Negotiation”, “America First”: a title or slogan in quotes, not an actor. */
function insideTitleQuote(text: string, start: number, end: number): boolean {
  const open = text.slice(Math.max(0, start - 1), start);
  const close = text.slice(end, end + 2);
  return /["“‘']/.test(open) && /^[,.]?["”’']/.test(close);
}

/** Capitals that are not organisations. */
const COMMON_ACRONYMS = new Set(['GMT', 'UTC', 'EDT', 'EST', 'BST', 'CET', 'CEO', 'GDP', 'USD', 'EUR', 'LNG', 'HIV', 'DNA', 'FAQ', 'PDF', 'ADVERTISEMENT']);

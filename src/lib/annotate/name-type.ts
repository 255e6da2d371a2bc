import type { EntityType } from '../schema/entity.ts';
import { nameTags } from './name-lexicon.ts';
import { PLACE_PREPOSITIONS, prepositionBefore } from './name-words.ts';
import { nlp } from './nlp.ts';

// What kind of actor an unknown name is, where discovery's rules (name-words.ts) do not say.

/** As discovery's LOCATIVE_BEFORE, less "to" and "from", which come before people as often ("according to"). */
const PLACE_BEFORE = prepositionBefore(PLACE_PREPOSITIONS);
/** Characters of context compromise reads on either side of a span: a long sentence's worth, and a bound on its cost. */
const NLP_CONTEXT = 300;

/**
 * The type of a run of two or more capitalised words that discovery's rules
 * have not placed: a person, unless the lexicon knows the whole name ("Tel Aviv",
 * "Goldman Sachs") or, after "in", "at" or "near", the tagger reads it as a
 * place or organisation. The tagger is asked nothing else: over the
 * benchmark corpus it read unknown names as people or as nothing (the
 * default, a person) in all but 60 of 760 runs, and 4 of those 60 were
 * people read as places ("Omid Caldwell"); the rest now have rules
 * ("Institute for …", "… International", "Lake …", in discover.ts).
 */
export function namedType(text: string, start: number, end: number, name: string, firstWord: string): EntityType {
  if (isGivenName(firstWord)) return 'person';
  const lexical = lexiconType(name);
  if (lexical) return lexical;
  const locative = PLACE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
  return (locative ? taggedType(text, start, end) : null) ?? 'person';
}

/** Lexicon tags of a given name: "Hamid", "Sarah". */
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);

/**
 * "Hamid Sadeghi", "Sarah Morrow": a known given name followed by more
 * capitalised words names a person. Asked of the lexicon, not the tagger:
 * over the benchmark corpus the tagger read all 569 such spans as people,
 * and tagging their sentences was most of discovery's time.
 */
function isGivenName(word: string): boolean {
  return nameTags(word).some((tag) => FIRST_NAME_TAGS.has(tag));
}

/** Lexicon tags of a place's name: "Oslo", "Iraq", "Ontario", "Europe". */
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);

/** A word the lexicon knows as a place; after "in" or "near" the tagger read all 173 such words in the benchmark corpus as places. */
export function isKnownPlace(word: string): boolean {
  return nameTags(word).some((tag) => PLACE_TAGS.has(tag));
}

/** What compromise's lexicon calls a whole name: "Tel Aviv" a place, "Goldman Sachs" an organisation. */
function lexiconType(name: string): EntityType | null {
  const tags = nameTags(name);
  if (tags.some((tag) => PLACE_TAGS.has(tag))) return 'place';
  if (tags.includes('Organization')) return 'organization';
  return null;
}

const nlpCache = new Map<string, EntityType | null>();
let tagged: { sentence: string; doc: ReturnType<typeof nlp> } | undefined;

/** What compromise's tagger makes of text[start, end) in its sentence: a person, a place, an organisation or nothing. */
export function taggedType(text: string, start: number, end: number): EntityType | null {
  const dot = text.lastIndexOf('. ', start);
  const stop = text.indexOf('. ', end);
  const sentenceStart = Math.max(dot < 0 ? 0 : dot + 2, start - NLP_CONTEXT);
  const sentence = text.slice(sentenceStart, Math.min(stop < 0 ? text.length : stop + 1, end + NLP_CONTEXT));
  const span = text.slice(start, end);
  const key = `${sentence}\u0000${span}`;
  if (nlpCache.has(key)) return nlpCache.get(key)!;
  // Spans are read left to right, and an unknown name often shares its
  // sentence with another (a tenth of the calls in the benchmark corpus):
  // the sentence is tagged, nearly all of compromise's cost, once.
  if (tagged?.sentence !== sentence) tagged = { sentence, doc: nlp(sentence) };
  const match = tagged.doc.match(span);
  let type: EntityType | null = null;
  if (match.has('#Person')) type = 'person';
  else if (match.has('#Place')) type = 'place';
  else if (match.has('#Organization')) type = 'organization';
  if (nlpCache.size > 10_000) nlpCache.clear();
  nlpCache.set(key, type);
  return type;
}

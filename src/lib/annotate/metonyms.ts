import type { Lexicon } from './lexicon.ts';
import type { Mention } from './match.ts';

/**
 * "Tehran" can mean the city or the government. The city is meant after a
 * locative ("officers in Tehran", "flew to Tehran") or before ", Country";
 * a capitalised word straight after makes it part of a longer name ("Tehran
 * University"), which is not a mention of either. Otherwise the government is
 * meant, but only when the article speaks of that state elsewhere: in a story
 * that never mentions Italy, "Rome remains in mourning" is about the city.
 */
const LOCATIVE = /(?:^|[^\p{L}])(?:in|at|near|outside|inside|around|across|throughout|within|into|downtown|central|northern|southern|eastern|western|(?:north|south|east|west) of|streets of)\s+(?:the\s+)?$/iu;
const TRAVEL = /(?:^|[^\p{L}])(?:fl[ye]w?|flown|travel(?:l?ed|s)?|return(?:ed|s|ing)?|arriv(?:e|ed|es|ing)|went|go(?:es|ing)?|came|com(?:e|es|ing)|trip|visit(?:ed|s|ing)?|journey(?:ed)?|back|moved?|head(?:ed|ing)?|sent|deploy(?:ed)?|evacuated|fled)\s+(?:[\p{L}-]+\s+){0,2}(?:to|from)\s+$/iu;
const NAME_AFTER = /^ \p{Lu}[\p{Ll}]/u;
const POSSESSIVE_AFTER = /^['’]s?\b/u;
/** Common nouns that make a city name a place when it modifies them: "his Ottawa district". */
const PLACE_NOUN = /^\s+(?:district|neighbou?rhood|suburbs?|streets?|skyline|airport|residents|mayor|city|region|province|area|riding|constituency|hotel|university|campus|bazaar|metro|traffic)\b/iu;

export type Reading = 'state' | 'place' | 'none';

/**
 * `others` are the other mentions in the same block: "in Tehran, Iran," is a
 * place because a country's name follows it.
 */
export function readMetonym(text: string, m: Mention, others: Mention[], lexicon: Lexicon): Reading {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 30);
  if (NAME_AFTER.test(after) && !/^ (?:and|or|but|has|had|is|was|said|says)\b/u.test(after)) return 'none';
  if (PLACE_NOUN.test(after)) return 'place';
  const countryAfter = others.some(
    (o) =>
      lexicon.entities.get(o.entity)?.type === 'country' &&
      /^,\s*$/.test(text.slice(m.end, o.start)) &&
      !/^\s*\p{L}/u.test(text.slice(o.end, o.end + 2)),
  );
  if (countryAfter) return 'place';
  if ((LOCATIVE.test(before) || TRAVEL.test(before)) && !POSSESSIVE_AFTER.test(after)) return 'place';
  return 'state';
}

/**
 * Applies the reading to every mention of a place that stands for a state.
 * `mentioned` is the set of entities named elsewhere in the article.
 */
export function resolveMetonyms(text: string, mentions: Mention[], lexicon: Lexicon, mentioned: Set<string>): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const state = lexicon.entities.get(m.entity)?.metonym_for;
    if (!state) {
      out.push(m);
      continue;
    }
    const reading = readMetonym(text, m, mentions, lexicon);
    if (reading === 'none') continue;
    if (reading === 'state' && mentioned.has(state)) out.push({ ...m, entity: state, via: 'metonym' });
    else out.push(m);
  }
  return out;
}

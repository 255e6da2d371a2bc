import { foldQuotes } from '../parse/normalize.ts';
import type { Lexicon, OfficeHolder } from './lexicon.ts';
import { isWordChar, type Mention } from './match.ts';

/**
 * Role phrases anchored by a named entity — "Iran’s foreign minister",
 * "Iran supreme leader", "Hamas’s political chief", "IAEA Director-General" —
 * are mentions of whoever held that office on the article's date. The anchor
 * stays a mention of its own (the role mention contains it).
 *
 * Not role mentions: a title written straight before a name ("US envoy Steve
 * Witkoff": the name is the mention), a former holder ("Iran's former
 * president"), and an office with no single holder on that date. A name in
 * apposition ("Hamas’s political chief, Ismail Haniyeh,") settles who is meant
 * whatever the date.
 */
const MODIFIER = /^(?:new|newly appointed|newly elected|current|acting|incoming|interim|then|former|ex-|outgoing|late)\s+/i;

export function findRoles(
  text: string,
  anchors: Mention[],
  lexicon: Lexicon,
  date: string | null,
  /** Mentions of people found by name in the same block, for appositions. */
  people: Mention[],
  /** Headline-style capitals: a capital after the title does not signal a name. */
  titleCase = false,
): Mention[] {
  const folded = foldQuotes(text);
  const found: Mention[] = [];
  for (const anchor of anchors) {
    const words = lexicon.roleWords.get(anchor.entity);
    if (!words) continue;
    let at = anchor.end;
    const possessive = /^'s?\s+|^\s+/.exec(folded.slice(at));
    if (!possessive) continue;
    at += possessive[0].length;
    const modifier = MODIFIER.exec(folded.slice(at));
    const former = modifier !== null && /^(?:former|ex-|outgoing|late|then)/i.test(modifier[0]);
    if (modifier) at += modifier[0].length;
    // Only as much text as the longest role word, lowercased one unit at a time so
    // lengths (and therefore offsets) never change, and long paragraphs stay linear.
    const rest = lowerSameLength(folded.slice(at, at + (words[0]?.length ?? 0) + 1));
    const title = words.find((w) => rest.startsWith(w) && !isWordChar(rest[w.length]));
    if (!title) continue;
    const end = at + title.length;
    const after = folded.slice(end);
    const nameNext = titleCase ? people.some((p) => /^\s+$/.test(folded.slice(end, p.start))) : /^\s+\p{Lu}/u.test(after);
    if (nameNext) continue; // a title before a name
    const holders = (lexicon.offices.get(anchor.entity) ?? []).filter(({ office }) =>
      [office.title, ...office.synonyms].some((w) => foldQuotes(w.toLowerCase()) === title),
    );
    const apposed = /^\s*,\s*/.exec(after);
    const named = apposed ? people.find((p) => p.start === end + apposed[0].length) : undefined;
    let holder: string | undefined;
    if (named && holders.some((h) => h.entity === named.entity)) holder = named.entity;
    else if (!former) holder = holderOn(holders, date);
    if (!holder) continue;
    found.push({ entity: holder, text: text.slice(anchor.start, end), start: anchor.start, end, via: 'role' });
  }
  return found;
}

/** The one holder on `date`; with no date, the one holder there has ever been. */
export function holderOn(holders: OfficeHolder[], date: string | null): string | undefined {
  const active = date
    ? holders.filter(({ office }) => (!office.from || office.from <= date) && (!office.to || date <= office.to))
    : holders;
  const ids = new Set(active.map((h) => h.entity));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** Lowercase that keeps every UTF-16 unit in place ("İ" would otherwise grow by one). */
function lowerSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

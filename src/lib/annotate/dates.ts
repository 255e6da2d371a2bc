import type { BlockKind } from './article.ts';
import { parseIsoDay } from './dates-calendar.ts';
import { findDatePhrases, type Found, type Precision } from './dates-rules.ts';
import { sentenceAt, sentenceStarts, tenseAround } from './dates-sentence.ts';

export type { Precision };

/** A date the article refers to, resolved to the calendar. */
export type Event = {
  /** YYYY-MM-DD, YYYY-MM or YYYY, by precision. */
  date: string;
  precision: Precision;
  /** The date phrase as written ("Tuesday", "last month", "Oct. 18"), without its preposition. */
  text: string;
  /** The sentence of the block that holds the phrase. */
  sentence: string;
  block: string;
  /** Offsets of the phrase in the block's text (UTF-16). */
  start: number;
  end: number;
};

export type DateBlock = { id: string; kind: BlockKind; text: string };

/**
 * Finds the dates an article refers to and resolves them against its
 * publication day, leaving out any that cannot be resolved without guessing.
 *
 * Targeted regexes rather than chrono-node: chrono resolves "Tuesday" to the
 * nearest Tuesday (possibly a future one), reads bare numbers as times and
 * reports "12-day" or "343 seats" as dates, and its guesses are hard to tell
 * apart from its certainties. The forms news copy uses are few, and each rule
 * in dates-rules.ts says how it resolves and when it declines:
 *
 * - with a year ("September 24, 2024", "24 September 2024", "June 2025",
 *   "in 2018", "the 2015 nuclear deal") → as written, publication date or not;
 * - "yesterday", "today", "tomorrow", "two days ago" → that day;
 *   "last/this/next month|year" → that month or year ("the last year", a span, is left out);
 * - a weekday → the latest on or before publication (news convention), or the
 *   next one in a clause about the future; "next/this Tuesday" are left out;
 * - "October 18", "in June" → the publication year if on or before
 *   publication, else this year in a future clause and last year otherwise;
 * - "last week(end)", seasons, ranges ("June 13-24"), "Friday prayers",
 *   "the Oct. 7 attack" → left out.
 *
 * With no publication date only phrases that carry their year are kept.
 * Captions are skipped: they date the photo, not the story.
 */
export function findEvents(blocks: readonly DateBlock[], published: string | null): Event[] {
  const day = published ? parseIsoDay(published) : null;
  const events: Event[] = [];
  for (const block of blocks) {
    if (block.kind === 'caption') continue;
    const text = block.text;
    // Found only for a block that has a date phrase: most have none.
    let starts: number[] | undefined;
    const sentence = (at: number) => sentenceAt(text, (starts ??= sentenceStarts(text)), at);
    const tense = (start: number, end: number) => {
      const [s, e] = sentence(start);
      return tenseAround(text.slice(s, Math.max(e, end)), start - s, end - s);
    };
    for (const f of longestFirst(findDatePhrases({ text, published: day, tense }))) {
      if (!f.value) continue;
      const [s, e] = sentence(f.start);
      events.push({ ...f.value, text: text.slice(f.start, f.end), sentence: text.slice(s, e).trim(), block: block.id, start: f.start, end: f.end });
    }
  }
  return events;
}

/** Where phrases overlap the longest wins ("Friday, April 25, 2025" over "Friday"), then the earliest; then in reading order. */
function longestFirst(found: Found[]): Found[] {
  const kept: Found[] = [];
  for (const f of [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

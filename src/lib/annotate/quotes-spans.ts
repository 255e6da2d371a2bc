import { ABBREVIATION, SPEECH_VERB } from './quotes-words.ts';

/**
 * A stretch of a block's text inside quotation marks. `start`/`end` bound the
 * quoted words (marks excluded); `close` is the closing mark, or null when the
 * quote runs on to the end of the paragraph (a quote continued in the next
 * paragraph, or a mark the writer forgot).
 */
export type QuoteSpan = { open: number; start: number; end: number; close: number | null; single: boolean };

export type Sentence = { start: number; end: number };

const DOUBLE = /["“”„«»]/u;
const SINGLE_OPEN = /['‘]/u;
const SINGLE_CLOSE = /['’]/u;
/** What may stand before an opening mark: nothing, a space, a bracket or a dash. */
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/“"]/u;
/** What may follow a closing single mark; a letter after it makes it an apostrophe (Iran’s, don’t). */
const AFTER_SINGLE_CLOSE = /[\s.,;:!?)\]}\u2014\u2013\-”"…]/u;
const AFTER_DOUBLE_CLOSE = /[\s.,;:!?)\]}\u2014\u2013\-’'…]/u;
const WORDLIKE = /[\p{L}\p{N}[(…]/u;
const OPENING_MARK = /^\s*["“„«'‘]/u;

const opensAt = (text: string, i: number) => (i === 0 || BEFORE_OPEN.test(text[i - 1]!)) && WORDLIKE.test(text[i + 1] ?? '');
const endsAt = (text: string, i: number, after: RegExp) => i > 0 && !/\s/u.test(text[i - 1]!) && (i + 1 === text.length || after.test(text[i + 1]!));

/**
 * Finds the quotations in one paragraph. Double marks pair up whatever their
 * shape (“…" happens); single marks count only where they open after a space
 * and close before punctuation or a space, so apostrophes stay apostrophes.
 * Single marks inside a double quotation belong to it (a quote within a quote).
 * A quotation left open at the end runs on into the next paragraph when that
 * one opens with a quotation mark (the convention for long quotations).
 */
export function findQuoteSpans(text: string, nextOpensWithQuote = false): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (DOUBLE.test(ch) && ch !== '”' && ch !== '»' && opensAt(text, i)) {
      const close = doubleClose(text, i + 1);
      spans.push(span(text, i, close, false));
      if (close === null) break;
      i = close + 1;
      continue;
    }
    if (SINGLE_OPEN.test(ch) && opensAt(text, i)) {
      const close = singleClose(text, i + 1);
      // An unclosed single mark is an apostrophe (‘90s), unless the next
      // paragraph opens with a quotation mark: then the quotation runs on.
      if (close !== null || nextOpensWithQuote) {
        spans.push(span(text, i, close, true));
        if (close === null) break;
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return spans.filter((s) => s.end > s.start);
}

function span(text: string, open: number, close: number | null, single: boolean): QuoteSpan {
  const start = open + 1;
  const end = close ?? start + text.slice(start).trimEnd().length;
  return { open, start, end, close, single };
}

function doubleClose(text: string, from: number): number | null {
  for (let j = from; j < text.length; j++) {
    const ch = text[j]!;
    if (ch === '”' || ch === '»') return j;
    if ((ch === '"' || ch === '“') && endsAt(text, j, AFTER_DOUBLE_CLOSE)) return j;
  }
  return null;
}

function singleClose(text: string, from: number): number | null {
  for (let j = from; j < text.length; j++) {
    if (SINGLE_CLOSE.test(text[j]!) && endsAt(text, j, AFTER_SINGLE_CLOSE)) return j;
  }
  return null;
}

/** Whether the paragraph opens with a quotation mark: the sign that a quotation runs on into it. */
export function opensWithQuote(text: string): boolean {
  return OPENING_MARK.test(text);
}

const BOUNDARY = /[.!?…]+["”’'»)\]]*\s+(?=[\p{Lu}\p{N}"“‘'«(])/gu;
/** A short attribution after a quote that ends in ? or ! ("“Why?” Araghchi asked.") is still its sentence. */
const SHORT_ATTRIBUTION = /^[^.!?"“”]{0,60}?[.!?,]/u;
const SPEECH = new RegExp(SPEECH_VERB.source, 'iu');

/**
 * Splits a paragraph into sentences. Full stops inside a quotation do not end
 * the sentence around it, unless the quotation ends there; abbreviations and
 * initials ("Mr.", "U.S.") do not end one either.
 */
export function findSentences(text: string, spans: QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index;
    const runEnd = at + m[0].trimEnd().length;
    const inside = spans.find((s) => s.start <= at && at < s.end);
    if (inside && !(inside.close !== null && inside.close < runEnd)) continue;
    if (ABBREVIATION.test(text.slice(Math.max(0, at - 12), at + 1))) continue;
    if (inside) {
      const next = SHORT_ATTRIBUTION.exec(text.slice(at + m[0].length));
      if (next && SPEECH.test(next[0])) continue;
    }
    sentences.push({ start, end: at + m[0].trimEnd().length });
    start = at + m[0].length;
  }
  if (start < text.length) sentences.push({ start, end: text.trimEnd().length });
  return sentences;
}

import type { AnnotatedBlock } from '../annotate/article.ts';
import type { Statement, StatementPart } from '../annotate/quotes.ts';
import { foldQuotes } from '../parse/normalize.ts';
import type { GoldFile } from './score.ts';

/**
 * Scores found statements against gold quotes. Gold gives each quotation's
 * first words (`text_start`, as written, sometimes with its closing mark to
 * tell two alike apart) and its speaker; a gold quote is found when a
 * statement part's text in its block starts with those words.
 */
export type QuoteCheck = { textStart: string; gold: string | null; found: string | null; matched: boolean };

export type QuoteScore = {
  gold: number;
  /** Statement parts found (a quotation interrupted by its attribution counts twice, as in gold). */
  found: number;
  matched: number;
  /** Gold quotes found and credited to the gold speaker. */
  right: number;
  checks: QuoteCheck[];
  /** Parts that gold does not list: scare quotes or quoted terms taken for speech, or quotes gold missed. */
  extra: { text: string; speaker: string | null }[];
};

const key = (text: string) => foldQuotes(text).replace(/\s+/gu, ' ');

export function scoreQuotes(gold: GoldFile, statements: Statement[], blocks: AnnotatedBlock[]): QuoteScore {
  const texts = new Map(blocks.map((b) => [b.id, b.text]));
  const parts = statements.flatMap((s) => s.parts.map((part) => ({ part, speaker: s.speaker })));
  const from = (part: StatementPart) => texts.get(part.block)?.slice(part.start) ?? part.text;
  const used = new Set<number>();
  const checks = gold.quotes.map((q): QuoteCheck => {
    // Exact first, then with quotation marks and spacing folded.
    let i = parts.findIndex((p, k) => !used.has(k) && from(p.part).startsWith(q.text_start));
    if (i < 0) i = parts.findIndex((p, k) => !used.has(k) && key(from(p.part)).startsWith(key(q.text_start)));
    if (i < 0) return { textStart: q.text_start, gold: q.speaker, found: null, matched: false };
    used.add(i);
    return { textStart: q.text_start, gold: q.speaker, found: parts[i]!.speaker, matched: true };
  });
  return {
    gold: gold.quotes.length,
    found: parts.length,
    matched: checks.filter((c) => c.matched).length,
    right: checks.filter((c) => c.matched && c.found === c.gold).length,
    checks,
    extra: parts.filter((_, k) => !used.has(k)).map((p) => ({ text: p.part.text, speaker: p.speaker })),
  };
}

/** Adds up per-file scores. */
export function sumQuoteScores(scores: QuoteScore[]): QuoteScore {
  return {
    gold: scores.reduce((n, s) => n + s.gold, 0),
    found: scores.reduce((n, s) => n + s.found, 0),
    matched: scores.reduce((n, s) => n + s.matched, 0),
    right: scores.reduce((n, s) => n + s.right, 0),
    checks: scores.flatMap((s) => s.checks),
    extra: scores.flatMap((s) => s.extra),
  };
}

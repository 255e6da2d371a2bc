import type { EntityType } from '../schema/entity.ts';
import type { AnnotatedBlock } from './article.ts';
import type { Mention } from './match.ts';
import { findQuoteSpans, findSentences, opensWithQuote, type QuoteSpan, type Sentence } from './quotes-spans.ts';

/**
 * One block as attribution reads it: its quotations, its sentences, its text
 * with the quotations blanked out (words inside a quote never attribute it),
 * and the outermost actor mentions outside quotations.
 */
export type BlockView = {
  block: AnnotatedBlock;
  spans: QuoteSpan[];
  sentences: Sentence[];
  masked: string;
  actors: Mention[];
  /** The first span carries on a quotation left open at the end of the previous block. */
  continuesQuote: boolean;
};

/** The article as attribution reads it: its blocks, what its entities are, and whom it has credited so far. */
export type ArticleView = {
  views: BlockView[];
  typeOf: (entity: string) => EntityType | null;
  /** Speakers credited so far, by block: "the minister said" may refer back to the last one. */
  speakers: { view: number; entity: string }[];
};

/** Stands in for quoted text: neither a word, a space nor sentence punctuation. */
export const MASK = '\uFFFC';

/** Each actor's type, by id: a Map, or anything that looks one up. */
export type EntityTypes = { get(id: string): { type: EntityType } | undefined };

export function readArticle(blocks: AnnotatedBlock[], entities: EntityTypes): ArticleView {
  const read = blocks.filter((b) => b.kind !== 'caption');
  const spans = read.map((b, i) => findQuoteSpans(b.text, read[i + 1] !== undefined && opensWithQuote(read[i + 1]!.text)));
  const continues = read.map((b, i) => {
    const open = i > 0 ? spans[i - 1]!.at(-1) : undefined;
    return open !== undefined && open.close === null && spans[i]![0]?.open === b.text.search(/\S/u);
  });
  const views = read.map((block, i) => ({
    block,
    spans: spans[i]!,
    sentences: findSentences(block.text, spans[i]!),
    masked: mask(block.text, spans[i]!),
    actors: outerMentions(block.mentions, spans[i]!),
    continuesQuote: continues[i]!,
  }));
  return { views, typeOf: (id) => entities.get(id)?.type ?? null, speakers: [] };
}

function mask(text: string, spans: QuoteSpan[]): string {
  let out = text;
  for (const s of spans) {
    const end = s.close === null ? s.end : s.close + 1;
    out = out.slice(0, s.open) + MASK.repeat(end - s.open) + out.slice(end);
  }
  return out;
}

/** Mentions not inside another mention ("Iran’s foreign minister", not its "Iran") and not inside a quotation. */
function outerMentions(mentions: Mention[], spans: QuoteSpan[]): Mention[] {
  const quoted = (m: Mention) => spans.some((s) => s.open <= m.start && m.end <= (s.close === null ? s.end : s.close + 1));
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of sorted) {
    const last = out.at(-1);
    if (last && m.start < last.end) continue;
    if (!quoted(m)) out.push(m);
  }
  return out;
}

export function sentenceAt(view: BlockView, at: number): Sentence {
  return view.sentences.find((s) => s.start <= at && at < s.end) ?? view.sentences.at(-1) ?? { start: 0, end: view.block.text.length };
}

export type Wanted = 'person' | 'body';

/** Whether a mention can speak: people, and bodies (countries, organisations, groups); never places. */
export function fits(article: ArticleView, m: Mention, wanted: Wanted): boolean {
  const type = article.typeOf(m.entity);
  return wanted === 'person' ? type === 'person' : type !== 'person' && type !== 'place';
}

/** People and bodies can be credited with words. */
export function canSpeak(article: ArticleView, m: Mention): boolean {
  return fits(article, m, 'person') || fits(article, m, 'body');
}

/**
 * Whom "he" or "the minister" (person) or "they"/"it" (body) refers to: the
 * subject — the first fitting mention — of the nearest sentence before `at`
 * that has one, looking back at most `blocksBack` blocks. Taking the
 * sentence's subject rather than the nearest name skips objects: in "Khamenei
 * backed Pezeshkian. “…,” he said", he is Khamenei.
 */
export function antecedent(article: ArticleView, viewIndex: number, at: number, wanted: Wanted, blocksBack = Infinity): Mention | null {
  for (let b = viewIndex; b >= 0 && viewIndex - b <= blocksBack; b--) {
    const view = article.views[b]!;
    const limit = b === viewIndex ? at : Infinity;
    for (let s = view.sentences.length - 1; s >= 0; s--) {
      const sentence = view.sentences[s]!;
      if (sentence.start >= limit) continue;
      const found = view.actors.find((m) => m.start >= sentence.start && m.end <= Math.min(sentence.end, limit) && fits(article, m, wanted));
      if (found) return found;
    }
  }
  return null;
}

/** The person last credited with a statement in this block or the one before. */
export function recentSpeaker(article: ArticleView, viewIndex: number): string | null {
  const last = article.speakers.at(-1);
  return last && viewIndex - last.view <= 1 && article.typeOf(last.entity) === 'person' ? last.entity : null;
}

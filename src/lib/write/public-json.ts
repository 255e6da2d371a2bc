import type { AnnotatedBlock } from '../annotate/article.ts';
import type { Article } from '../pipeline/load.ts';
import type { Citations } from '../cite/citations.ts';

/**
 * The public per-article data, `dist/data/articles/<slug>.json`, documented in
 * docs/data.md. `text` is each block exactly as in the seed; mention offsets
 * are UTF-16 indices into it (JavaScript string indices).
 */
export type PublicMention = { entity: string; text: string; start: number; end: number };
export type PublicBlock = { id: string; kind: AnnotatedBlock['kind']; text: string; mentions: PublicMention[] };
export type PublicArticle = {
  slug: string;
  url: string | null;
  title: string;
  published: string | null;
  publisher: string | null;
  blocks: PublicBlock[];
  topics: { id: string; weight: number; paragraphs: string[] }[];
  statements: {
    id: string;
    speaker: string | null;
    text: string;
    cue: string | null;
    parts: { block: string; start: number; end: number; text: string }[];
  }[];
  events: { date: string; precision: 'day' | 'month' | 'year'; text: string; sentence: string; block: string; start: number; end: number }[];
  /** The article's citations, and one paragraph's with PARAGRAPH_TOKEN standing for its number. */
  citations: { article: Citations; paragraph: Citations } | null;
};

export type Extras = Pick<PublicArticle, 'topics' | 'events' | 'statements' | 'citations'>;

/**
 * Keys come in the order of the public schema (src/lib/schema/public.ts), so
 * that this file, as written, is byte for byte what the site publishes: the
 * build copies it into `dist/data/articles/` instead of rendering it again.
 */
export function publicArticle(article: Article, blocks: AnnotatedBlock[], extras: Extras): PublicArticle {
  return {
    slug: article.slug,
    url: article.url,
    title: article.headline,
    published: article.published,
    publisher: article.publisher,
    blocks: blocks.map((b) => ({
      id: b.id,
      kind: b.kind,
      text: b.text,
      mentions: b.mentions.map(({ entity, text, start, end }) => ({ entity, text, start, end })),
    })),
    topics: extras.topics,
    statements: extras.statements.map(({ id, speaker, text, cue, parts }) => ({ id, speaker, text, cue, parts })),
    events: extras.events,
    citations: extras.citations,
  };
}

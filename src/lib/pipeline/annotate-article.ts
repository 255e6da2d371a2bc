import { annotateArticle, type AnnotatedBlock } from '../annotate/article.ts';
import { findEvents } from '../annotate/dates.ts';
import type { Discovered } from '../annotate/discover.ts';
import type { Lexicon } from '../annotate/lexicon.ts';
import type { Mention } from '../annotate/match.ts';
import { outermostMentions } from '../annotate/outermost.ts';
import { findStatements } from '../annotate/quotes.ts';
import { tagTopics, type TopicMatcher } from '../annotate/topics.ts';
import type { EntityType } from '../schema/entity.ts';
import { publicArticle } from '../write/public-json.ts';
import { articleMarkdown, frontmatterOf, type Link } from '../write/markdown.ts';
import { articleCitations, type ArticleCitations, type SiteAddress } from './citations.ts';
import type { Cache } from './cache.ts';
import type { Article } from './load.ts';

/** What the whole-set indexes need from one article, besides its two files. */
export type ArticleOutput = {
  markdown: string;
  json: string;
  discovered: Discovered[];
  /** Mentions per entity, in first-seen order. */
  counts: [string, number][];
  /** The article's topics, and how many of its paragraphs carry each topic. */
  articleTopics: string[];
  paragraphTopics: [string, number][];
};

export type Context = {
  lexicon: Lexicon;
  topicMatcher: TopicMatcher;
  topicNames: Map<string, string>;
  names: Map<string, string>;
  types: Map<string, { type: EntityType }>;
  address: SiteAddress;
  /** Citations made before, by their facts (see citations.ts); none means always made afresh. */
  citations?: Cache<ArticleCitations> | undefined;
};

/** Where an actor's page is, relative to an article page (so any base path works). */
export const actorHref = (id: string) => `../../actors/${id}/`;

/**
 * One article → its Markdown and public JSON. Depends only on the article, the
 * registries and the site's address, which is what lets results be cached.
 */
export function annotateOne(article: Article, ctx: Context): ArticleOutput {
  const { blocks, discovered } = annotateArticle(article, ctx.lexicon);
  // Names and types come from the registry and this article's own discoveries
  // only, the registry first. Looked up in both rather than copied into one:
  // copying the registry's two maps for every article cost each thread about
  // 0.06 s at 1,000 articles.
  const found = new Map<string, Discovered>();
  for (const d of discovered) if (!found.has(d.id)) found.set(d.id, d);
  const nameOf = (id: string) => ctx.names.get(id) ?? found.get(id)?.name;
  const types = { get: (id: string) => ctx.types.get(id) ?? (found.has(id) ? { type: found.get(id)!.type } : undefined) };
  const statements = findStatements(blocks, types);
  const counts = countMentions(blocks);
  const actors = [...counts]
    .map(([id, count]) => ({ id, name: nameOf(id) ?? id, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const tags = tagTopics(blocks, ctx.topicMatcher);
  const paragraphTopics = Object.fromEntries(tags.paragraphs.filter((p) => p.topics.length > 0).map((p) => [p.block, p.topics.map((t) => t.id)]));
  const topics = tags.article.map((t) => ({ id: t.id, name: ctx.topicNames.get(t.id) ?? t.id, weight: Math.round(t.weight * 1000) / 1000 }));
  const events = findEvents(blocks, article.published);
  const body = blocks.filter((b) => b.kind === 'body').map((b) => ({ text: b.text, links: linksOf(b.mentions) }));
  const frontmatter = frontmatterOf(article, {
    actors,
    topics,
    paragraphTopics,
  });
  const cited = articleCitations(article, ctx.address, ctx.citations);
  const publicTopics = topics.map((t) => ({
    id: t.id,
    weight: t.weight,
    paragraphs: tags.paragraphs.filter((p) => p.topics.some((x) => x.id === t.id)).map((p) => p.block),
  }));
  const perTopic = new Map<string, number>();
  for (const p of tags.paragraphs) for (const t of p.topics) perTopic.set(t.id, (perTopic.get(t.id) ?? 0) + 1);
  return {
    markdown: articleMarkdown(frontmatter, body, article.path),
    json: `${JSON.stringify(publicArticle(article, blocks, { topics: publicTopics, events, statements, citations: { article: cited.citations, paragraph: cited.paragraphCitations } }), null, 1)}\n`,
    discovered,
    counts: [...counts],
    articleTopics: tags.article.map((t) => t.id),
    paragraphTopics: [...perTopic],
  };
}

function countMentions(blocks: AnnotatedBlock[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of blocks) for (const m of block.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return counts;
}

/** Markdown links cannot nest: a role phrase ("Iran’s foreign minister") links, the anchor inside it does not. */
function linksOf(mentions: Mention[]): Link[] {
  return outermostMentions(mentions).map((m) => ({ start: m.start, end: m.end, href: actorHref(m.entity) }));
}

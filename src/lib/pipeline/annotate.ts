import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticle, type AnnotatedBlock } from '../annotate/article.ts';
import { indexEntities, type IndexedEntity } from '../annotate/entity-index.ts';
import { buildLexicon } from '../annotate/lexicon.ts';
import type { Mention } from '../annotate/match.ts';
import { loadEntities } from '../registry/entities.ts';
import type { Discovered } from '../annotate/discover.ts';
import { publicArticle } from '../write/public-json.ts';
import { articleMarkdown, frontmatterOf, type Link } from '../write/markdown.ts';
import { loadSeeds, type Article } from './load.ts';
import { loadTopics } from '../registry/topics.ts';
import { buildTopicMatcher, tagTopics } from '../annotate/topics.ts';
import { findEvents } from '../annotate/dates.ts';
import { findStatements } from '../annotate/quotes.ts';
import { articleCitations, type SiteAddress } from './citations.ts';

export type AnnotateOptions = {
  seeds: string;
  out: string;
  /** The curated entity registry (content/entities). */
  entities: string;
  /** The curated topic registry (content/topics). */
  topics: string;
  /** Where the site will live, for citations of its pages. */
  address: SiteAddress;
};
export type AnnotateResult = { articles: Article[]; warnings: string[]; entities: IndexedEntity[] };

/** Where an actor's page is, relative to an article page (so any base path works). */
export const actorHref = (id: string) => `../../actors/${id}/`;
/** Indexes of the whole set, in a subfolder so the per-article globs never see them. */
export const ENTITIES_FILE = '_index/entities.json';
export const TOPICS_FILE = '_index/topics.json';

/**
 * seeds/ → for each article a Markdown file (frontmatter and linked body) and
 * its public JSON, plus `_index/entities.json` and `_index/topics.json` for the whole set. The caller decides
 * where `out` is; the build points it at a staging folder.
 */
export function annotateSeeds({ seeds, out, entities: registryDir, topics: topicsDir, address }: AnnotateOptions): AnnotateResult {
  const registry = loadEntities(registryDir);
  const lexicon = buildLexicon(registry.entities);
  const topicRegistry = loadTopics(topicsDir);
  const topicMatcher = buildTopicMatcher(topicRegistry.topics);
  const topicNames = new Map(topicRegistry.topics.map((t) => [t.id, t.name]));
  const topicArticles = new Map<string, number>();
  const topicParagraphs = new Map<string, number>();
  const { articles, warnings } = loadSeeds(seeds);
  mkdirSync(out, { recursive: true });
  const perArticle: { discovered: Discovered[]; counts: Map<string, number> }[] = [];
  const names = new Map(registry.entities.map((e) => [e.id, e.name]));
  const types = new Map(registry.entities.map((e) => [e.id, { type: e.type }]));

  for (const article of articles) {
    const { blocks, discovered } = annotateArticle(article, lexicon);
    for (const d of discovered) {
      if (!names.has(d.id)) names.set(d.id, d.name);
      if (!types.has(d.id)) types.set(d.id, { type: d.type });
    }
    const statements = findStatements(blocks, types);
    const counts = countMentions(blocks);
    perArticle.push({ discovered, counts });
    const actors = [...counts]
      .map(([id, count]) => ({ id, name: names.get(id) ?? id, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    const tags = tagTopics(blocks, topicMatcher);
    const paragraphTopics = Object.fromEntries(tags.paragraphs.filter((p) => p.topics.length > 0).map((p) => [p.block, p.topics.map((t) => t.id)]));
    for (const t of tags.article) topicArticles.set(t.id, (topicArticles.get(t.id) ?? 0) + 1);
    for (const p of tags.paragraphs) for (const t of p.topics) topicParagraphs.set(t.id, (topicParagraphs.get(t.id) ?? 0) + 1);
    const topics = tags.article.map((t) => ({ id: t.id, name: topicNames.get(t.id) ?? t.id, weight: Math.round(t.weight * 1000) / 1000 }));
    const events = findEvents(blocks, article.published);
    const body = blocks.filter((b) => b.kind === 'body').map((b) => ({ text: b.text, links: linksOf(b.mentions) }));
    const frontmatter = frontmatterOf(article, {
      actors,
      topics,
      paragraphTopics,
      events: events.map(({ date, precision, text, sentence, block }) => ({ date, precision, text, sentence, block })),
      statements: statements.map(({ id, speaker, text, parts, cue }) => ({ id, speaker, text, cue, blocks: [...new Set(parts.map((p) => p.block))] })),
      ...articleCitations(article, address),
    });
    writeFileSync(join(out, `${article.slug}.md`), articleMarkdown(frontmatter, body, article.path));
    const publicTopics = topics.map((t) => ({
      id: t.id,
      weight: t.weight,
      paragraphs: tags.paragraphs.filter((p) => p.topics.some((x) => x.id === t.id)).map((p) => p.block),
    }));
    writeFileSync(join(out, `${article.slug}.json`), `${JSON.stringify(publicArticle(article, blocks, { topics: publicTopics, events, statements }), null, 1)}\n`);
  }
  const topicIndex = topicRegistry.topics.map((t) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    articles: topicArticles.get(t.id) ?? 0,
    paragraphs: topicParagraphs.get(t.id) ?? 0,
    former_ids: t.former_ids,
  }));
  mkdirSync(join(out, '_index'), { recursive: true });
  writeFileSync(join(out, TOPICS_FILE), `${JSON.stringify(topicIndex, null, 1)}\n`);
  const entities = indexEntities(registry.entities, perArticle, (id) => `/actors/${id}/`);
  writeFileSync(join(out, ENTITIES_FILE), `${JSON.stringify(entities, null, 1)}\n`);
  return { articles, warnings, entities };
}

function countMentions(blocks: AnnotatedBlock[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of blocks) for (const m of block.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return counts;
}

/** Markdown links cannot nest: a role phrase ("Iran’s foreign minister") links, the anchor inside it does not. */
function linksOf(mentions: Mention[]): Link[] {
  const links: Link[] = [];
  let lastEnd = -1;
  for (const m of mentions) {
    if (m.start < lastEnd) continue;
    links.push({ start: m.start, end: m.end, href: actorHref(m.entity) });
    lastEnd = m.end;
  }
  return links;
}

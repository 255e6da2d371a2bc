import { getCollection, type CollectionEntry } from 'astro:content';
import { readAnnotations, type Annotation } from './annotations.ts';
import { byNewest, newestFirst, oldestFirst } from './order.ts';
import { startSearchIndex } from './search-index.ts';

/**
 * What the pages derive from the pipeline's output, computed once per build
 * and shared by every page (Astro renders pages in one process).
 */
export type MentionInContext = {
  article: CollectionEntry<'articles'>['data'];
  block: string;
  /** The paragraph's text, and where the mention stands in it: its sentence (sentenceAround) is cut when a page shows it. */
  text: string;
  start: number;
  end: number;
};

/** A paragraph that carries a topic, for the topic's dated digest. */
export type TopicParagraph = { article: CollectionEntry<'articles'>['data']; block: string; text: string };

/** Something an actor said, where it stands, for their statements over time. */
export type StatementInContext = { article: CollectionEntry<'articles'>['data']; text: string; block: string | undefined };

export type SiteData = {
  articles: CollectionEntry<'articles'>[];
  articleBySlug: Map<string, CollectionEntry<'articles'>>;
  actors: Map<string, CollectionEntry<'actors'>['data']>;
  /** Every mention of each actor, by article date then reading order. */
  mentionsOf: Map<string, MentionInContext[]>;
  /** For each actor, the actors mentioned in the same paragraphs, with counts. */
  together: Map<string, Map<string, number>>;
  topics: Map<string, CollectionEntry<'topics'>['data']>;
  annotations: Map<string, Annotation>;
  /** What each actor said, oldest first. */
  statementsOf: Map<string, StatementInContext[]>;
  /** Every paragraph carrying each topic, newest article first. */
  paragraphsOf: Map<string, TopicParagraph[]>;
  /** For each topic, the actors mentioned in its paragraphs, with counts. */
  topicActors: Map<string, Map<string, number>>;
  /** For each actor, the topics of the paragraphs that mention them, with counts (topicActors turned round). */
  actorTopics: Map<string, Map<string, number>>;
  /** The articles naming each actor, newest first: an index, so that no page scans every article. */
  articlesWithActor: Map<string, CollectionEntry<'articles'>[]>;
  /** The articles carrying each topic, newest first. */
  articlesWithTopic: Map<string, CollectionEntry<'articles'>[]>;
};

let cached: Promise<SiteData> | undefined;

export function siteData(): Promise<SiteData> {
  cached ??= load().then((data) => {
    startSearchIndex(data);
    return data;
  });
  return cached;
}

async function load(): Promise<SiteData> {
  const articles = (await getCollection('articles')).sort(byNewest);
  const articleBySlug = new Map(articles.map((a) => [a.data.slug, a]));
  const annotations = readAnnotations();
  const actors = new Map((await getCollection('actors')).map((a) => [a.data.id, a.data]));
  const mentionsOf = new Map<string, MentionInContext[]>();
  const together = new Map<string, Map<string, number>>();
  const topics = new Map((await getCollection('topics')).map((t) => [t.data.id, t.data]));
  const paragraphsOf = new Map<string, TopicParagraph[]>();
  const topicActors = new Map<string, Map<string, number>>();

  const statementsOf = new Map<string, StatementInContext[]>();
  const ordered = [...annotations].sort((a, b) => oldestFirst(a.published, b.published) || a.slug.localeCompare(b.slug));
  for (const data of ordered) {
    const article = articleBySlug.get(data.slug)?.data;
    if (!article) continue;
    for (const statement of data.statements) {
      if (!statement.speaker) continue;
      const list = statementsOf.get(statement.speaker) ?? [];
      list.push({ article, text: statement.text, block: statement.parts.find((p) => p.block.startsWith('p-'))?.block ?? statement.parts[0]?.block });
      statementsOf.set(statement.speaker, list);
    }
    for (const block of data.blocks) {
      const ids = new Set<string>();
      for (const m of block.mentions) {
        ids.add(m.entity);
        const list = mentionsOf.get(m.entity) ?? [];
        list.push({ article, block: block.id, text: block.text, start: m.start, end: m.end });
        mentionsOf.set(m.entity, list);
      }
      if (block.kind !== 'body') continue;
      for (const topic of article.paragraphTopics[block.id] ?? []) {
        const list = paragraphsOf.get(topic) ?? [];
        list.push({ article, block: block.id, text: block.text });
        paragraphsOf.set(topic, list);
        const row = topicActors.get(topic) ?? new Map<string, number>();
        for (const id of ids) row.set(id, (row.get(id) ?? 0) + 1);
        topicActors.set(topic, row);
      }
      for (const a of ids) {
        for (const b of ids) {
          if (a === b) continue;
          const row = together.get(a) ?? new Map<string, number>();
          row.set(b, (row.get(b) ?? 0) + 1);
          together.set(a, row);
        }
      }
    }
  }
  // Digest order: newest article first, then reading order.
  for (const list of paragraphsOf.values()) {
    list.sort(
      (a, b) =>
        newestFirst(a.article.published, b.article.published) ||
        a.article.slug.localeCompare(b.article.slug) ||
        Number(a.block.slice(2)) - Number(b.block.slice(2)),
    );
  }
  const articlesWithActor = new Map<string, CollectionEntry<'articles'>[]>();
  const articlesWithTopic = new Map<string, CollectionEntry<'articles'>[]>();
  for (const article of articles) {
    for (const id of new Set(article.data.actors.map((x) => x.id))) push(articlesWithActor, id, article);
    for (const id of new Set(article.data.topics.map((t) => t.id))) push(articlesWithTopic, id, article);
  }
  const actorTopics = new Map<string, Map<string, number>>();
  for (const [topic, row] of topicActors) {
    for (const [id, count] of row) {
      const topicsOfActor = actorTopics.get(id) ?? new Map<string, number>();
      topicsOfActor.set(topic, count);
      actorTopics.set(id, topicsOfActor);
    }
  }
  const annotationBySlug = new Map(annotations.map((a) => [a.slug, a]));
  return { articles, articleBySlug, actors, mentionsOf, together, topics, paragraphsOf, topicActors, actorTopics, annotations: annotationBySlug, statementsOf, articlesWithActor, articlesWithTopic };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export const TYPE_LABELS: Record<string, string> = {
  person: 'People',
  country: 'Countries',
  organization: 'Organisations',
  group: 'Groups',
  place: 'Places',
};

export const TYPE_SINGULAR: Record<string, string> = {
  person: 'Person',
  country: 'Country',
  organization: 'Organisation',
  group: 'Group',
  place: 'Place',
};

/** Mentions per month (YYYY-MM), oldest first, for the mentions-over-time chart. Undated articles are left out. */
export function mentionsByMonth(mentions: MentionInContext[]): { month: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (!m.article.published) continue;
    const month = m.article.published.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([month, count]) => ({ month, count }));
}

/** The offices an actor held on a date, as "foreign minister of Iran". */
export function rolesOn(data: SiteData, id: string, date: string | null): string[] {
  const actor = data.actors.get(id);
  if (!actor || !date) return [];
  return actor.offices
    .filter((o) => (!o.from || o.from <= date) && (!o.to || date <= o.to))
    .map((o) => `${o.title} of ${data.actors.get(o.of)?.name ?? o.of}`);
}

/** The strongest co-mention links among the given actors, for network drawings. */
export function networkOf(data: SiteData, ids: string[], maxEdges = 40): { a: string; b: string; weight: number }[] {
  const wanted = new Set(ids);
  const edges: { a: string; b: string; weight: number }[] = [];
  // Pairs among the few actors drawn, not every co-mention of each: the most
  // mentioned actors are named with thousands of others at 10,000 articles.
  for (const a of ids) {
    const withA = data.together.get(a);
    if (!withA) continue;
    for (const b of wanted) {
      const weight = a < b ? withA.get(b) : undefined;
      if (weight !== undefined) edges.push({ a, b, weight });
    }
  }
  return edges.sort((x, y) => y.weight - x.weight || x.a.localeCompare(y.a) || x.b.localeCompare(y.b)).slice(0, maxEdges);
}

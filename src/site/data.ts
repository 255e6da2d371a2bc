import { getCollection, type CollectionEntry } from 'astro:content';
import { readAnnotations, type Annotation } from './annotations.ts';
import { startSearchIndex } from './search-index.ts';
import { sentenceAround, type Snippet } from './snippets.ts';

/**
 * What the pages derive from the pipeline's output, computed once per build
 * and shared by every page (Astro renders pages in one process).
 */
export type MentionInContext = {
  article: CollectionEntry<'articles'>['data'];
  block: string;
  snippet: Snippet;
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
  const ordered = [...annotations].sort((a, b) => byDateAsc(a.published, b.published) || a.slug.localeCompare(b.slug));
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
        list.push({ article, block: block.id, snippet: sentenceAround(block.text, m.start, m.end) });
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

export function byNewest(a: CollectionEntry<'articles'>, b: CollectionEntry<'articles'>): number {
  return newestFirst(a.data.published, b.data.published) || a.data.title.localeCompare(b.data.title);
}

/** Newest first; unknown dates last. */
function newestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/** Oldest first; unknown dates last. */
function byDateAsc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
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

/** Articles looked at per article page; they come from its rarest actors and topics first. */
const RELATED_CANDIDATES = 300;
const featureSets = new WeakMap<SiteData, Map<string, { actors: Set<string>; topics: Set<string> }>>();

/**
 * Articles that share actors with this one, ranked by what they share: an
 * actor named in few articles says more than one named everywhere (idf).
 *
 * Candidates come from the actor and topic indexes, rarest first, and stop at
 * RELATED_CANDIDATES: an actor or topic found in most articles would otherwise
 * make every article page look at every other article (10,000 × 10,000 at
 * 10,000 articles), while it adds next to nothing to the score.
 */
export function relatedArticles(data: SiteData, slug: string, limit = 5): { article: CollectionEntry<'articles'>; shared: string[]; sharedTopics: string[]; score: number }[] {
  const own = data.articleBySlug.get(slug);
  if (!own) return [];
  let sets = featureSets.get(data);
  if (!sets) {
    sets = new Map(data.articles.map((a) => [a.data.slug, { actors: new Set(a.data.actors.map((x) => x.id)), topics: new Set(a.data.topics.map((t) => t.id)) }]));
    featureSets.set(data, sets);
  }
  const total = data.articles.length;
  const idf = (articles: number | undefined) => Math.log((1 + total) / (articles ?? 1));
  const mine = sets.get(slug)!;
  const features = [
    ...[...mine.actors].map((id) => ({ id, kind: 'actor' as const, weight: idf(data.actors.get(id)?.articles), postings: data.articlesWithActor.get(id) ?? [] })),
    ...[...mine.topics].map((id) => ({ id, kind: 'topic' as const, weight: idf(data.topics.get(id)?.articles), postings: data.articlesWithTopic.get(id) ?? [] })),
  ].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  const candidates = new Map<string, CollectionEntry<'articles'>>();
  for (const feature of features) {
    for (const article of feature.postings) {
      if (candidates.size >= RELATED_CANDIDATES) break;
      if (article.data.slug !== slug) candidates.set(article.data.slug, article);
    }
    if (candidates.size >= RELATED_CANDIDATES) break;
  }
  // Up to 300 candidates for every article page: scored first, and what they
  // share listed only for the few shown.
  const actorFeatures = features.filter((f) => f.kind === 'actor');
  const topicFeatures = features.filter((f) => f.kind === 'topic');
  return [...candidates.values()]
    .map((article) => {
      const theirs = sets.get(article.data.slug)!;
      let score = 0;
      // Actors' weights first, then topics', each in feature order: the same sum, to the last bit, so ties break the same way.
      for (const f of actorFeatures) if (theirs.actors.has(f.id)) score += f.weight;
      for (const f of topicFeatures) if (theirs.topics.has(f.id)) score += f.weight;
      return { article, score };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || byNewest(a.article, b.article))
    .slice(0, limit)
    .map(({ article, score }) => {
      const theirs = sets.get(article.data.slug)!;
      return {
        article,
        shared: actorFeatures.filter((f) => theirs.actors.has(f.id)).map((f) => f.id),
        sharedTopics: topicFeatures.filter((f) => theirs.topics.has(f.id)).map((f) => f.id),
        score,
      };
    });
}


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

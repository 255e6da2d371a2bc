import type { CollectionEntry } from 'astro:content';
import type { SiteData } from './data.ts';
import { byNewest } from './order.ts';

/** Articles looked at per article page; they come from its rarest actors and topics first. */
const RELATED_CANDIDATES = 300;

/**
 * Each article's actors and topics, as sets and as numbers (every actor and
 * topic of the site numbered once), and a scratch table from those numbers to
 * the features of the article being related. Scoring 300 candidates with set
 * lookups on every feature was the render's largest cost of its own at
 * 10,000 articles (5.6 s); with numbers it is a table read per feature.
 */
type FeatureIndex = {
  sets: Map<string, { actors: Set<string>; topics: Set<string>; numbers: Int32Array }>;
  numberOf: Map<string, number>;
  /** Per feature number: its position among the current article's features, or -1. */
  position: Int32Array;
};
const featureIndexes = new WeakMap<SiteData, FeatureIndex>();

function featureIndexOf(data: SiteData): FeatureIndex {
  let index = featureIndexes.get(data);
  if (index) return index;
  const numberOf = new Map<string, number>();
  const number = (key: string) => {
    let n = numberOf.get(key);
    if (n === undefined) numberOf.set(key, (n = numberOf.size));
    return n;
  };
  const sets = new Map(data.articles.map((a) => {
    const actors = new Set(a.data.actors.map((x) => x.id));
    const topics = new Set(a.data.topics.map((t) => t.id));
    const numbers = Int32Array.from([...[...actors].map((id) => number(`actor:${id}`)), ...[...topics].map((id) => number(`topic:${id}`))]);
    return [a.data.slug, { actors, topics, numbers }];
  }));
  index = { sets, numberOf, position: new Int32Array(numberOf.size).fill(-1) };
  featureIndexes.set(data, index);
  return index;
}

type Scored = { article: CollectionEntry<'articles'>; score: number };
type Related = Scored & { shared: string[]; sharedTopics: string[] };

/**
 * Articles that share actors with this one, ranked by what they share: an
 * actor named in few articles says more than one named everywhere (idf).
 *
 * Candidates come from the actor and topic indexes, rarest first, and stop at
 * RELATED_CANDIDATES: an actor or topic found in most articles would otherwise
 * make every article page look at every other article (10,000 × 10,000 at
 * 10,000 articles), while it adds next to nothing to the score.
 */
export function relatedArticles(data: SiteData, slug: string, limit = 5): Related[] {
  if (!data.articleBySlug.has(slug) || limit < 1) return [];
  const { sets, numberOf, position } = featureIndexOf(data);
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
  // Actors' weights first, then topics', each in feature order: the same sum,
  // to the last bit, as when each was looked up in turn, so ties break the same way.
  const order = [...features.keys()].filter((i) => features[i]!.kind === 'actor').concat([...features.keys()].filter((i) => features[i]!.kind === 'topic'));
  const numbers = features.map((f) => numberOf.get(`${f.kind}:${f.id}`)!);
  const shares = new Uint8Array(features.length);
  // The best `limit` so far, best first; ties keep the candidates' order, as a stable sort would.
  const best: Scored[] = [];
  const before = (a: Scored, b: Scored) => b.score - a.score || byNewest(a.article, b.article);
  numbers.forEach((n, i) => (position[n] = i));
  try {
    for (const article of candidates.values()) {
      shares.fill(0);
      for (const n of sets.get(article.data.slug)!.numbers) {
        const i = position[n]!;
        if (i >= 0) shares[i] = 1;
      }
      let score = 0;
      for (const i of order) if (shares[i]) score += features[i]!.weight;
      if (!(score > 0)) continue;
      const scored = { article, score };
      if (best.length === limit && before(scored, best[limit - 1]!) >= 0) continue;
      let at = best.length;
      while (at > 0 && before(scored, best[at - 1]!) < 0) at--;
      best.splice(at, 0, scored);
      if (best.length > limit) best.pop();
    }
  } finally {
    for (const n of numbers) position[n] = -1;
  }
  return best.map(({ article, score }) => {
    const theirs = sets.get(article.data.slug)!;
    return {
      article,
      shared: features.filter((f) => f.kind === 'actor' && theirs.actors.has(f.id)).map((f) => f.id),
      sharedTopics: features.filter((f) => f.kind === 'topic' && theirs.topics.has(f.id)).map((f) => f.id),
      score,
    };
  });
}

import type { CollectionEntry } from 'astro:content';
import type { SiteData } from './data.ts';
import { byNewest } from './order.ts';

/** Articles looked at per article page; they come from its rarest actors and topics first. */
const RELATED_CANDIDATES = 300;

/**
 * Each article numbered (its place in data.articles) with its actors and
 * topics as sets and as numbers (every actor and topic of the site numbered
 * once); each actor's and topic's articles as numbers; and scratch tables
 * from feature numbers to the ranks of the article being related's features, and
 * from article numbers to the call that last took them as candidates.
 * Scoring 300 candidates with set lookups on every feature was the render's
 * largest cost of its own at 10,000 articles (5.6 s); with numbers it is a
 * table read per feature. Candidates kept in a Map by slug still cost
 * 0.44 ms an article page; marked in a table they cost a tenth of that.
 */
type FeatureIndex = {
  numberOfArticle: Map<string, number>;
  sets: { actors: Set<string>; topics: Set<string> }[];
  /** Article i's feature numbers are numbers[start[i]] to numbers[start[i + 1]], all in one table: read for 300 candidates an article page, scattered tables cost cache misses. */
  start: Int32Array;
  numbers: Int32Array;
  numberOf: Map<string, number>;
  postings: Map<string, Int32Array>;
  /** Per feature number: its rank among the current article's features (see relatedArticles), or -1. */
  position: Int32Array;
  /** Per article number: the call that last took it as a candidate. */
  taken: Int32Array;
  calls: number;
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
  const numberOfArticle = new Map(data.articles.map((a, i) => [a.data.slug, i]));
  const lists: number[][] = [];
  const sets = data.articles.map((a) => {
    const actors = new Set(a.data.actors.map((x) => x.id));
    const topics = new Set(a.data.topics.map((t) => t.id));
    lists.push([...[...actors].map((id) => number(`actor:${id}`)), ...[...topics].map((id) => number(`topic:${id}`))]);
    return { actors, topics };
  });
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (start[i + 1] = start[i]! + list.length));
  const numbers = Int32Array.from(lists.flat());
  const postings = new Map<string, Int32Array>();
  const numbered = (kind: string, lists: Map<string, CollectionEntry<'articles'>[]>) => {
    for (const [id, articles] of lists) postings.set(`${kind}:${id}`, Int32Array.from(articles, (a) => numberOfArticle.get(a.data.slug)!));
  };
  numbered('actor', data.articlesWithActor);
  numbered('topic', data.articlesWithTopic);
  index = { numberOfArticle, sets, start, numbers, numberOf, postings, position: new Int32Array(numberOf.size).fill(-1), taken: new Int32Array(data.articles.length), calls: 0 };
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
  const index = featureIndexOf(data);
  const { sets, start, numbers: featuresOf, numberOf, postings, position, taken } = index;
  const total = data.articles.length;
  const idf = (articles: number | undefined) => Math.log((1 + total) / (articles ?? 1));
  const me = index.numberOfArticle.get(slug)!;
  const mine = sets[me]!;
  const features = [
    ...[...mine.actors].map((id) => ({ id, kind: 'actor' as const, weight: idf(data.actors.get(id)?.articles) })),
    ...[...mine.topics].map((id) => ({ id, kind: 'topic' as const, weight: idf(data.topics.get(id)?.articles) })),
  ].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  const call = ++index.calls;
  taken[me] = call;
  const candidates: number[] = [];
  for (const feature of features) {
    for (const n of postings.get(`${feature.kind}:${feature.id}`) ?? []) {
      if (candidates.length >= RELATED_CANDIDATES) break;
      if (taken[n] !== call) {
        taken[n] = call;
        candidates.push(n);
      }
    }
    if (candidates.length >= RELATED_CANDIDATES) break;
  }
  // A candidate's score adds the weights of the features it shares in one
  // order: actors' first, then topics', each in feature order. The same sum,
  // to the last bit, as when each was looked up in turn, so ties break the
  // same way. `position` gives each of this article's features its rank in
  // that order.
  const ranked = [...features.keys()].filter((i) => features[i]!.kind === 'actor').concat([...features.keys()].filter((i) => features[i]!.kind === 'topic'));
  const weightOfRank = Float64Array.from(ranked, (i) => features[i]!.weight);
  const numbers = ranked.map((i) => numberOf.get(`${features[i]!.kind}:${features[i]!.id}`)!);
  const ranks = new Int32Array(features.length);
  // The best `limit` so far, best first; ties keep the candidates' order, as a stable sort would.
  const best: Scored[] = [];
  const before = (a: Scored, b: Scored) => b.score - a.score || byNewest(a.article, b.article);
  numbers.forEach((n, rank) => (position[n] = rank));
  try {
    for (const candidate of candidates) {
      // Its shared features' ranks, in order (a candidate shares few: insertion sort).
      let shared = 0;
      for (let f = start[candidate]!, end = start[candidate + 1]!; f < end; f++) {
        const rank = position[featuresOf[f]!]!;
        if (rank < 0) continue;
        let at = shared++;
        while (at > 0 && ranks[at - 1]! > rank) ranks[at] = ranks[--at]!;
        ranks[at] = rank;
      }
      let score = 0;
      for (let k = 0; k < shared; k++) score += weightOfRank[ranks[k]!]!;
      if (!(score > 0)) continue;
      const article = data.articles[candidate]!;
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
    const theirs = sets[index.numberOfArticle.get(article.data.slug)!]!;
    return {
      article,
      shared: features.filter((f) => f.kind === 'actor' && theirs.actors.has(f.id)).map((f) => f.id),
      sharedTopics: features.filter((f) => f.kind === 'topic' && theirs.topics.has(f.id)).map((f) => f.id),
      score,
    };
  });
}

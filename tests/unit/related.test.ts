// Related articles (src/site/related.ts) are scored with numbered features and
// the best few kept as they come. They must be exactly what scoring every
// candidate by set lookups and stably sorting them all gives: the same
// articles, in the same order, with the same scores to the last bit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CollectionEntry } from 'astro:content';
import type { SiteData } from '../../src/site/data.ts';
import { byNewest } from '../../src/site/order.ts';
import { relatedArticles } from '../../src/site/related.ts';

type Article = CollectionEntry<'articles'>;

/** A site of articles with the given actors and topics, indexed as siteData() indexes them. */
function siteOf(specs: { actors: number[]; topics: number[]; published: string | null; title: string }[]): SiteData {
  const articles = specs.map((s, i) => ({ data: { slug: `a${i}`, title: s.title, published: s.published, actors: s.actors.map((n) => ({ id: `actor-${n}` })), topics: s.topics.map((n) => ({ id: `topic-${n}` })) } }) as unknown as Article);
  const postings = (pick: (a: Article) => string[]) => {
    const map = new Map<string, Article[]>();
    for (const a of articles) for (const id of new Set(pick(a))) map.set(id, [...(map.get(id) ?? []), a]);
    return map;
  };
  const articlesWithActor = postings((a) => a.data.actors.map((x) => x.id));
  const articlesWithTopic = postings((a) => a.data.topics.map((t) => t.id));
  return {
    articles,
    articleBySlug: new Map(articles.map((a) => [a.data.slug, a])),
    actors: new Map([...articlesWithActor].map(([id, list]) => [id, { id, articles: list.length }])),
    topics: new Map([...articlesWithTopic].map(([id, list]) => [id, { id, articles: list.length }])),
    articlesWithActor,
    articlesWithTopic,
  } as unknown as SiteData;
}

/** The rule written plainly: every candidate scored by set lookups, all of them sorted (stably), the first few kept. */
function plainly(data: SiteData, slug: string, limit = 5) {
  const own = data.articleBySlug.get(slug);
  if (!own) return [];
  const sets = new Map(data.articles.map((a) => [a.data.slug, { actors: new Set(a.data.actors.map((x) => x.id)), topics: new Set(a.data.topics.map((t) => t.id)) }]));
  const total = data.articles.length;
  const idf = (articles: number | undefined) => Math.log((1 + total) / (articles ?? 1));
  const mine = sets.get(slug)!;
  const features = [
    ...[...mine.actors].map((id) => ({ id, kind: 'actor', weight: idf(data.actors.get(id)?.articles), postings: data.articlesWithActor.get(id) ?? [] })),
    ...[...mine.topics].map((id) => ({ id, kind: 'topic', weight: idf(data.topics.get(id)?.articles), postings: data.articlesWithTopic.get(id) ?? [] })),
  ].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  const candidates = new Map<string, Article>();
  for (const feature of features) for (const article of feature.postings) if (candidates.size < 300 && article.data.slug !== slug) candidates.set(article.data.slug, article);
  return [...candidates.values()]
    .map((article) => {
      const theirs = sets.get(article.data.slug)!;
      const shared = features.filter((f) => f.kind === 'actor' && theirs.actors.has(f.id));
      const sharedTopics = features.filter((f) => f.kind === 'topic' && theirs.topics.has(f.id));
      let score = 0;
      for (const f of [...shared, ...sharedTopics]) score += f.weight;
      return { article, shared: shared.map((f) => f.id), sharedTopics: sharedTopics.map((f) => f.id), score };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || byNewest(a.article, b.article))
    .slice(0, limit);
}

const spec = fc.record({
  actors: fc.array(fc.nat({ max: 11 }), { maxLength: 6 }),
  topics: fc.array(fc.nat({ max: 4 }), { maxLength: 3 }),
  // Few dates and titles, so that many candidates tie and the order of ties is tested too.
  published: fc.constantFrom('2025-04-12', '2025-04-19', '2025-05-02', null),
  title: fc.constantFrom('Talks resume', 'Talks stall', 'Sanctions widen'),
});

describe('related articles', () => {
  it('are the candidates a plain scoring and stable sort would rank first, with the same scores', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (specs, limit) => {
        const data = siteOf(specs);
        for (const article of data.articles) expect(relatedArticles(data, article.data.slug, limit)).toEqual(plainly(data, article.data.slug, limit));
      }),
      { numRuns: 300, seed: 20261205 },
    );
  });

  it('look at no more than 300 candidates, rarest actors first', () => {
    // One article shares a rare actor with a1; 400 others share only an actor everyone has.
    const data = siteOf([
      { actors: [0, 1], topics: [], published: '2025-04-12', title: 'Talks resume' },
      { actors: [0, 1], topics: [], published: '2025-01-01', title: 'Talks stall' },
      ...Array.from({ length: 400 }, () => ({ actors: [0], topics: [], published: '2025-05-02', title: 'Sanctions widen' })),
    ]);
    const related = relatedArticles(data, 'a0');
    expect(related[0]!.article.data.slug).toBe('a1');
    expect(related[0]!.shared).toEqual(['actor-1', 'actor-0']);
    expect(related).toEqual(plainly(data, 'a0'));
    expect(relatedArticles(data, 'no-such-article')).toEqual([]);
  });
});

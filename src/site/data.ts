import { getCollection, type CollectionEntry } from 'astro:content';
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

export type SiteData = {
  articles: CollectionEntry<'articles'>[];
  articleBySlug: Map<string, CollectionEntry<'articles'>>;
  actors: Map<string, CollectionEntry<'actors'>['data']>;
  /** Every mention of each actor, by article date then reading order. */
  mentionsOf: Map<string, MentionInContext[]>;
  /** For each actor, the actors mentioned in the same paragraphs, with counts. */
  together: Map<string, Map<string, number>>;
};

let cached: Promise<SiteData> | undefined;

export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const articles = (await getCollection('articles')).sort(byNewest);
  const articleBySlug = new Map(articles.map((a) => [a.data.slug, a]));
  const annotations = await getCollection('annotations');
  const actors = new Map((await getCollection('actors')).map((a) => [a.data.id, a.data]));
  const mentionsOf = new Map<string, MentionInContext[]>();
  const together = new Map<string, Map<string, number>>();

  const ordered = [...annotations].sort((a, b) => byDateAsc(a.data.published, b.data.published) || a.data.slug.localeCompare(b.data.slug));
  for (const { data } of ordered) {
    const article = articleBySlug.get(data.slug)?.data;
    if (!article) continue;
    for (const block of data.blocks) {
      const ids = new Set<string>();
      for (const m of block.mentions) {
        ids.add(m.entity);
        const list = mentionsOf.get(m.entity) ?? [];
        list.push({ article, block: block.id, snippet: sentenceAround(block.text, m.start, m.end) });
        mentionsOf.set(m.entity, list);
      }
      if (block.kind !== 'body') continue;
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
  return { articles, articleBySlug, actors, mentionsOf, together };
}

export function byNewest(a: CollectionEntry<'articles'>, b: CollectionEntry<'articles'>): number {
  return byDateAsc(b.data.published, a.data.published) || a.data.title.localeCompare(b.data.title);
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

import type { CollectionEntry } from 'astro:content';
import type { SiteData } from './data.ts';

/**
 * Former addresses (docs/urls.md): an actor's or topic's `former_ids` and an
 * article's `formerSlugs`, each with the id it now goes by. Every route under
 * an actor, topic or article answers at the former address too (a page
 * redirects, a feed or a data file is served as it is), so that no cited URL
 * dies with a rename. A former id that is some entity's id again is that
 * entity's, and is left out.
 */
export type Former = { former: string; id: string };

export function formerActorIds(data: SiteData): Former[] {
  return formerIds(data.actors);
}

export function formerTopicIds(data: SiteData): Former[] {
  return formerIds(data.topics);
}

function formerIds(current: ReadonlyMap<string, { id: string; former_ids: string[] }>): Former[] {
  return [...current.values()].flatMap((x) => x.former_ids.filter((f) => !current.has(f)).map((former) => ({ former, id: x.id })));
}

export function formerArticleSlugs(articles: CollectionEntry<'articles'>[]): Former[] {
  const slugs = new Set(articles.map((a) => a.data.slug));
  return articles.flatMap((a) => a.data.formerSlugs.filter((f) => !slugs.has(f)).map((former) => ({ former, id: a.data.slug })));
}

import type { CollectionEntry } from 'astro:content';

/** Articles newest first, then by title. */
export function byNewest(a: CollectionEntry<'articles'>, b: CollectionEntry<'articles'>): number {
  return newestFirst(a.data.published, b.data.published) || a.data.title.localeCompare(b.data.title);
}

/** Newest first; unknown dates last. */
export function newestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/** Oldest first; unknown dates last too. */
export function oldestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

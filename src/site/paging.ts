/**
 * Long lists (an actor's mentions, a topic's digest) are shown a page at a
 * time: page 1 on the actor's or topic's own page, the rest on numbered pages
 * after it. At 10,000 articles one unpaged actor page was 37 MiB.
 */
export const PAGE_SIZE = { mentionArticles: 50, digestParagraphs: 100 } as const;

export type Paged<T> = { items: T[]; page: number; pages: number; from: number; to: number; total: number };

export function pageOf<T>(all: T[], page: number, size: number): Paged<T> {
  const pages = Math.max(1, Math.ceil(all.length / size));
  const from = (page - 1) * size;
  const items = all.slice(from, from + size);
  return { items, page, pages, from: from + 1, to: from + items.length, total: all.length };
}

/** The numbered pages after the first, for getStaticPaths. */
export function laterPages(total: number, size: number): number[] {
  const pages = Math.ceil(total / size);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 2);
}

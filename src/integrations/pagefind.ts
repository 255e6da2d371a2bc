import { join } from 'node:path';

/**
 * Builds the Pagefind index once Astro has written the site, through
 * Pagefind's Node API (as Starlight does). Only elements marked
 * `data-pagefind-body` are indexed, so navigation and chrome stay out.
 * scripts/build.ts runs it after Astro's process has exited (see there).
 */

/**
 * The only pages that carry `data-pagefind-body`. Pagefind would otherwise
 * read every page to find that out; the articles' cite/ pages alone are a
 * quarter of the site's bytes. A new kind of searchable page must be added here.
 */
export const INDEXED_PAGES = '{articles,actors,topics}/*/index.html';

/** Indexes the built site at `site` into `site/pagefind/`; returns how many pages were indexed. */
export async function indexSite(site: string): Promise<number> {
  const { createIndex, close } = await import('pagefind');
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await close();
  }
}

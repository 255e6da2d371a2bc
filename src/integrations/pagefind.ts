import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { failpoint } from '../lib/failpoint.ts';

/**
 * Builds the Pagefind index once Astro has written the site, through
 * Pagefind's Node API (as Starlight does). Only elements marked
 * `data-pagefind-body` are indexed, so navigation and chrome stay out.
 */
/**
 * The only pages that carry `data-pagefind-body`. Pagefind would otherwise
 * read every page to find that out; the articles' cite/ pages alone are a
 * quarter of the site's bytes. A new kind of searchable page must be added here.
 */
export const INDEXED_PAGES = '{articles,actors,topics}/*/index.html';

export function pagefind(): AstroIntegration {
  return {
    name: 'dossier:pagefind',
    hooks: {
      'astro:build:start': () => failpoint('astro'),
      'astro:build:done': async ({ dir, logger }) => {
        failpoint('pagefind');
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await close();
        }
      },
    },
  };
}

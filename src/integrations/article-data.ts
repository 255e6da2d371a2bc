import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `data/articles/<slug>.json` in the built site: each article's public data
 * is the file the pipeline wrote beside its Markdown, already in the published
 * format (src/lib/write/public-json.ts), so the build copies it. Astro used to
 * render each one as a route, parsing and serialising it again: a quarter of
 * the site's routes, 0.5–1.0 s of rendering at 1,000 articles. The route is
 * kept for the dev server and for former slugs (src/pages/data/articles/).
 * Returns how many files were copied.
 */
export function copyArticleData(articles: string, site: string): number {
  const out = join(site, 'data', 'articles');
  mkdirSync(out, { recursive: true });
  const names = readdirSync(articles).filter((name) => name.endsWith('.json'));
  for (const name of names) copyFileSync(join(articles, name), join(out, name));
  return names.length;
}

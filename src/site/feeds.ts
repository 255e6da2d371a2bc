import { Feed } from 'feed';
import type { CollectionEntry } from 'astro:content';
import { SITE_SUBJECT, SITE_TITLE } from '../site.ts';

/** The site's public address of a path, with the base path: feeds need absolute links. */
export function absolute(site: URL | undefined, path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  return new URL(`${base}/${path.replace(/^\/+/, '')}`, site ?? 'https://dossier.example.org').href;
}

/**
 * An Atom feed of articles, newest first. Its `updated` is the newest
 * article's date, never the build's clock, so two builds of the same input
 * give the same bytes.
 */
/** The feed library marks titles and summaries as HTML, so text is escaped to stay text. */
const asHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function atomFeed(opts: { site: URL | undefined; path: string; title: string; description: string; articles: CollectionEntry<'articles'>[] }): string {
  const dated = opts.articles.filter((a) => a.data.published);
  const newest = dated.map((a) => a.data.published!).sort().at(-1) ?? '1970-01-01';
  const feed = new Feed({
    id: absolute(opts.site, opts.path),
    title: asHtml(opts.title),
    description: asHtml(opts.description),
    link: absolute(opts.site, '/'),
    language: 'en',
    updated: new Date(`${newest}T00:00:00Z`),
    generator: `${SITE_TITLE}`,
    feedLinks: { atom: absolute(opts.site, opts.path) },
    copyright: `Articles belong to their publishers; annotations by ${SITE_TITLE}.`,
  });
  for (const article of opts.articles.slice(0, 100)) {
    const link = absolute(opts.site, `/articles/${article.data.slug}/`);
    const date = new Date(`${article.data.published ?? '1970-01-01'}T00:00:00Z`);
    feed.addItem({
      title: asHtml(article.data.title),
      id: link,
      link,
      date,
      published: date,
      description: asHtml(article.data.dek ?? `${article.data.publisher ?? 'Unknown publisher'}`),
      ...(article.data.author ? { author: [{ name: article.data.author }] } : {}),
    });
  }
  return feed.atom1();
}

export const SITE_FEED_TITLE = `${SITE_TITLE}: ${SITE_SUBJECT}`;

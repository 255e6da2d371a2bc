import { dayParts, formatDay } from './day.ts';
import { tidyInput, type CiteInput } from './input.ts';
import { cslName, invertedName } from './names.ts';
import { withoutFragment } from './page-url.ts';

export { actorLd, newsArticleLd, safeJsonLd } from './json-ld.ts';

/** One `<meta>` element: Highwire and Dublin Core use `name`, OpenGraph uses `property`. */
export type MetaTag = { name?: string; property?: string; content: string };

export type MetaInput = CiteInput & { description?: string | null; section?: string };

/**
 * The `<meta>` tags that reference managers (Zotero, Mendeley, Google
 * Scholar), link previews and our own importer read, in this order: Highwire
 * Press `citation_*`, Dublin Core `DC.*`, OpenGraph. A tag whose value is
 * unknown is left out rather than written empty.
 *
 * The article is described as the original publication (its headline,
 * authors, date and publisher), found at the Dossier page. Zotero reads
 * `DC.source` as the publication's name; `citation_journal_title`, which it
 * trusts more, keeps that the publisher's name and not the original address.
 */
export function metaTagsFor(raw: MetaInput): MetaTag[] {
  const input = tidyInput(raw);
  const page = withoutFragment(input.pageUrl);
  const day = dayParts(input.published);
  const names = input.authors.map((a) => cslName(a, input.publisher));
  const description = raw.description?.replace(/\s+/g, ' ').trim() || null;
  const section = raw.section?.replace(/\s+/g, ' ').trim() || null;

  const tags: MetaTag[] = [];
  const name = (key: string, content: string | null) => {
    if (content) tags.push({ name: key, content });
  };
  const property = (key: string, content: string | null) => {
    if (content) tags.push({ property: key, content });
  };

  name('citation_title', input.title);
  for (const n of names) name('citation_author', invertedName(n));
  name('citation_publication_date', day && formatDay(day, '/'));
  name('citation_journal_title', input.publisher);
  name('citation_publisher', input.publisher);
  name('citation_public_url', page);
  name('citation_fulltext_html_url', page);

  name('DC.title', input.title);
  for (const n of names) name('DC.creator', invertedName(n));
  name('DC.date', day && formatDay(day, '-'));
  name('DC.publisher', input.publisher);
  name('DC.identifier', page);
  name('DC.source', input.originalUrl);
  name('DC.type', 'Text');

  property('og:type', 'article');
  property('og:title', input.title);
  property('og:url', page);
  property('og:site_name', input.siteTitle);
  property('og:description', description);
  property('article:published_time', day && formatDay(day, '-'));
  for (const author of input.authors) property('article:author', author);
  property('article:publisher', input.publisher);
  property('article:section', section);
  return tags;
}

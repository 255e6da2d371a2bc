import { BYLINE } from '../clean/patterns.ts';
import { jsonLdArticle } from './json-ld.ts';

/**
 * Everything a page says about itself, as candidates in order of trust. The
 * first usable candidate for a field wins; flags given on the command line
 * come before all of these (see import-article.ts). The order, most trusted
 * first, and why (docs/import.md repeats it for editors):
 *
 *  1. `citation_*` (Highwire Press): written for libraries and scholars, by
 *     sites that take the trouble to be exact.
 *  2. JSON-LD NewsArticle / Article: structured data a newsroom's CMS fills in
 *     from the story's own fields.
 *  3. OpenGraph `og:*` and `article:*`: also from the CMS, but meant for
 *     social cards, so titles are sometimes rewritten and authors are links.
 *  4. Other meta: `author`, `dc.*`, `parsely-*`, `twitter:*`, `description`,
 *     microdata `itemprop=datePublished`, and `<link rel=canonical>`.
 *  5. Readability's reading of the page: byline, site name, date, title.
 *  6. A byline paragraph at the top of the story ("By Jane Roe").
 *  7. The first `<time datetime>` (inside <article> if there is one): it may
 *     belong to a sidebar, so it is almost the last resort.
 *  8. The document's `<title>`, which often carries the site's name too.
 */
export type Field = 'headline' | 'author' | 'publisher' | 'published' | 'url' | 'standfirst';
export type Candidate = { value: string; from: string };
export type Candidates = Record<Field, Candidate[]>;

/** What Readability found, in the shape its parse() returns. */
export type ReadabilityFacts = {
  title?: string | null | undefined;
  byline?: string | null | undefined;
  siteName?: string | null | undefined;
  publishedTime?: string | null | undefined;
};

export type PageMetadata = { candidates: Candidates; paywalled: boolean };

export function pageMetadata(document: Document, readability: ReadabilityFacts | null, bodyByline: string | null): PageMetadata {
  const c: Candidates = { headline: [], author: [], publisher: [], published: [], url: [], standfirst: [] };
  const add = (field: Field, from: string, ...values: (string | null | undefined)[]) => {
    for (const value of values) {
      const clean = value?.replace(/\s+/g, ' ').trim();
      if (clean) c[field].push({ value: clean, from });
    }
  };
  const meta = metaTags(document);
  const one = (key: string) => meta.get(key)?.[0];

  // 1. Highwire citation_*.
  add('headline', 'citation_title', one('citation_title'));
  add('author', 'citation_author', people((meta.get('citation_author') ?? []).map(lastCommaFirst)));
  add('published', 'citation_publication_date', one('citation_publication_date'));
  add('published', 'citation_date', one('citation_date'));
  add('published', 'citation_online_date', one('citation_online_date'));
  add('publisher', 'citation_publisher', one('citation_publisher'));
  add('publisher', 'citation_journal_title', one('citation_journal_title'));
  add('url', 'citation_public_url', one('citation_public_url'));
  add('url', 'citation_abstract_html_url', one('citation_abstract_html_url'));
  add('url', 'citation_fulltext_html_url', one('citation_fulltext_html_url'));

  // 2. JSON-LD.
  const scripts = [...document.querySelectorAll('script')]
    .filter((s) => /^\s*application\/ld\+json\s*$/i.test(s.getAttribute('type') ?? ''))
    .map((s) => s.textContent ?? '');
  const ld = jsonLdArticle(scripts);
  if (ld) {
    add('headline', 'JSON-LD headline', ld.headline);
    add('author', 'JSON-LD author', people(ld.authors));
    add('publisher', 'JSON-LD publisher', ld.publisher);
    add('published', 'JSON-LD datePublished', ld.published);
    add('url', 'JSON-LD url', ld.url);
    add('standfirst', 'JSON-LD description', ld.description);
  }

  // 3. OpenGraph and article:*.
  add('headline', 'og:title', one('og:title'));
  add('author', 'article:author', people(meta.get('article:author') ?? []));
  add('publisher', 'og:site_name', one('og:site_name'));
  add('published', 'article:published_time', one('article:published_time'));
  add('url', 'og:url', one('og:url'));
  add('standfirst', 'og:description', one('og:description'));

  // 4. Other meta.
  add('headline', 'dc.title', one('dc.title'));
  add('headline', 'parsely-title', one('parsely-title'));
  add('headline', 'twitter:title', one('twitter:title'));
  add('author', 'meta author', people(meta.get('author') ?? []));
  add('author', 'dc.creator', people(meta.get('dc.creator') ?? []));
  add('author', 'parsely-author', people(meta.get('parsely-author') ?? []));
  add('author', 'sailthru.author', one('sailthru.author'));
  add('publisher', 'dc.publisher', one('dc.publisher'));
  add('publisher', 'application-name', one('application-name'));
  for (const key of ['dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'pubdate', 'publish-date', 'date']) {
    add('published', key, one(key));
  }
  for (const el of document.querySelectorAll('[itemprop~="datePublished"]')) {
    add('published', 'itemprop=datePublished', el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent);
  }
  for (const link of document.querySelectorAll('link[rel]')) {
    if (/(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) add('url', 'link rel=canonical', link.getAttribute('href'));
  }
  add('standfirst', 'meta description', one('description'));
  add('standfirst', 'twitter:description', one('twitter:description'));

  // 5. Readability.
  add('headline', 'Readability title', readability?.title);
  add('author', 'Readability byline', bylineName(readability?.byline));
  add('publisher', 'Readability site name', readability?.siteName);
  add('published', 'Readability date', readability?.publishedTime);

  // 6. A "By …" paragraph at the top of the story.
  add('author', 'byline in the text', bodyByline);

  // 7. <time datetime>.
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  add('published', '<time datetime>', time?.getAttribute('datetime'));

  // 8. <title>.
  add('headline', '<title>', document.querySelector('title')?.textContent);

  return { candidates: c, paywalled: ld?.free === false };
}

/** "By Jane Roe | 21 June 2025" → "Jane Roe"; a profile URL is not a name. */
export function bylineName(byline: string | null | undefined): string | null {
  const text = byline?.replace(/\s+/g, ' ').trim();
  if (!text || isLink(text)) return null;
  const match = BYLINE.exec(text);
  const name = match ? match[1]!.trim().replace(/\s*(?:,|and|&)$/, '') : text.replace(/^by\s+/i, '');
  return name.length <= 100 ? name : null;
}

/**
 * A credit that can be printed as the author: names, not a date or a place in
 * a "dateline" box that Readability took for a byline, and not a link.
 */
export function plausibleAuthor(text: string): string | null {
  const name = bylineName(text);
  if (!name || /\d|@|https?:/i.test(name)) return null;
  return name;
}

/** Several people as one credit: "A", "A and B", "A, B and C". Links are not names. */
function people(names: string[]): string | null {
  const unique = [...new Set(names.map((n) => n.replace(/\s+/g, ' ').trim()).filter((n) => n && !isLink(n)))];
  if (unique.length === 0) return null;
  return unique.length === 1 ? unique[0]! : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

function isLink(text: string): boolean {
  return /^(?:https?:)?\/\//i.test(text) || /^www\./i.test(text);
}

/** Highwire writes authors "Roe, Jane"; a credit reads "Jane Roe". */
function lastCommaFirst(name: string): string {
  const parts = name.split(',').map((p) => p.trim());
  return parts.length === 2 && parts[0] && parts[1] && !/\s/.test(parts[0]) ? `${parts[1]} ${parts[0]}` : name;
}

/** All <meta> tags by lower-cased name, property or itemprop, in page order. */
function metaTags(document: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const el of document.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (!key || !content) continue;
    tags.set(key, [...(tags.get(key) ?? []), content]);
  }
  return tags;
}

import { parseHTML } from 'linkedom';
import createMetascraper from 'metascraper';
import metascraperAuthor from 'metascraper-author';
import metascraperDate from 'metascraper-date';
import metascraperPublisher from 'metascraper-publisher';
import metascraperTitle from 'metascraper-title';
import metascraperUrl from 'metascraper-url';
import { describe, expect, it } from 'vitest';
import type { CiteInput } from '../../src/lib/cite/citations.ts';
import { actorLd, metaTagsFor, newsArticleLd, safeJsonLd, type MetaTag } from '../../src/lib/cite/meta.ts';
import { jsonLdArticle } from '../../src/lib/import/json-ld.ts';
import { pageMetadata } from '../../src/lib/import/metadata.ts';

const SLUG = '2024-08-27-irans-khamenei-opens-door-to-direct-talks-with-the-us';
const ORIGINAL = 'https://news.antiwar.com/2024/08/27/irans-khamenei-opens-door-to-direct-talks-with-the-us';
const PAGE = `https://dossier.example.org/articles/${SLUG}/`;

const SEED: CiteInput & { description: string } = {
  title: 'Iran’s Khamenei Opens Door to Direct Talks With the US',
  authors: ['Dave DeCamp'],
  publisher: 'Antiwar.com',
  published: '2024-08-27',
  originalUrl: ORIGINAL,
  pageUrl: PAGE,
  siteTitle: 'Dossier: Iran–US relations',
  id: SLUG,
  description: "Iran's new president wants to engage with the US to get sanctions lifted",
};

const metascraper = createMetascraper([metascraperTitle(), metascraperAuthor(), metascraperDate(), metascraperPublisher(), metascraperUrl()]);

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A minimal page head, written the way a template would write these tags. */
function page(tags: MetaTag[], jsonLd?: string): string {
  const metas = tags
    .map((t) => `<meta ${t.name !== undefined ? `name="${attr(t.name)}"` : `property="${attr(t.property!)}"`} content="${attr(t.content)}">`)
    .join('\n    ');
  const script = jsonLd === undefined ? '' : `\n    <script type="application/ld+json">${jsonLd}</script>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    ${metas}${script}
  </head>
  <body><article><h1>Heading</h1><p>Text.</p></article></body>
</html>`;
}

const values = (tags: MetaTag[], key: string) => tags.filter((t) => (t.name ?? t.property) === key).map((t) => t.content);

describe('metaTagsFor', () => {
  it('writes Highwire, Dublin Core and OpenGraph tags in that order', () => {
    expect(metaTagsFor({ ...SEED, section: 'Diplomacy' })).toEqual([
      { name: 'citation_title', content: SEED.title },
      { name: 'citation_author', content: 'DeCamp, Dave' },
      { name: 'citation_publication_date', content: '2024/08/27' },
      { name: 'citation_journal_title', content: 'Antiwar.com' },
      { name: 'citation_publisher', content: 'Antiwar.com' },
      { name: 'citation_public_url', content: PAGE },
      { name: 'citation_fulltext_html_url', content: PAGE },
      { name: 'DC.title', content: SEED.title },
      { name: 'DC.creator', content: 'DeCamp, Dave' },
      { name: 'DC.date', content: '2024-08-27' },
      { name: 'DC.publisher', content: 'Antiwar.com' },
      { name: 'DC.identifier', content: PAGE },
      { name: 'DC.source', content: ORIGINAL },
      { name: 'DC.type', content: 'Text' },
      { property: 'og:type', content: 'article' },
      { property: 'og:title', content: SEED.title },
      { property: 'og:url', content: PAGE },
      { property: 'og:site_name', content: 'Dossier: Iran–US relations' },
      { property: 'og:description', content: SEED.description },
      { property: 'article:published_time', content: '2024-08-27' },
      { property: 'article:author', content: 'Dave DeCamp' },
      { property: 'article:publisher', content: 'Antiwar.com' },
      { property: 'article:section', content: 'Diplomacy' },
    ]);
  });

  it('uses the exact tag names Zotero reads, one citation_author per author', () => {
    const tags = metaTagsFor({ ...SEED, authors: ['Dave DeCamp', 'Ursula von der Leyen', 'Reuters'] });
    expect(values(tags, 'citation_title')).toEqual([SEED.title]);
    expect(values(tags, 'citation_author')).toEqual(['DeCamp, Dave', 'von der Leyen, Ursula', 'Reuters']);
    expect(values(tags, 'citation_publication_date')).toEqual(['2024/08/27']);
    expect(values(tags, 'article:author')).toEqual(['Dave DeCamp', 'Ursula von der Leyen', 'Reuters']);
    expect(tags.every((t) => (t.name === undefined) !== (t.property === undefined))).toBe(true);
  });

  it('leaves out what is not known instead of writing it empty', () => {
    const tags = metaTagsFor({ ...SEED, authors: [], publisher: null, published: null, originalUrl: null, description: '  ' });
    const keys = tags.map((t) => t.name ?? t.property);
    for (const key of ['citation_author', 'citation_publication_date', 'citation_journal_title', 'citation_publisher', 'DC.creator', 'DC.date', 'DC.publisher', 'DC.source', 'og:description', 'article:published_time', 'article:author', 'article:publisher', 'article:section']) {
      expect(keys).not.toContain(key);
    }
    expect(keys).toContain('citation_title');
    expect(tags.every((t) => t.content.length > 0)).toBe(true);
  });

  it('describes the whole page, not the paragraph being cited', () => {
    const tags = metaTagsFor({ ...SEED, pageUrl: `${PAGE}#p-3`, paragraph: 3 });
    expect(values(tags, 'og:url')).toEqual([PAGE]);
    expect(values(tags, 'citation_public_url')).toEqual([PAGE]);
  });
});

describe('a real metadata parser reads the tags', () => {
  it('metascraper finds the title, author, date, page address and (from og:site_name) the Dossier site', async () => {
    const meta = await metascraper({ html: page(metaTagsFor(SEED)), url: PAGE });
    expect(meta.title).toBe(SEED.title);
    expect(meta.author).toBe('Dave DeCamp');
    expect(meta.date?.slice(0, 10)).toBe('2024-08-27');
    expect(meta.url).toBe(PAGE);
    expect(meta.publisher).toBe('Dossier: Iran–US relations');
  });

  it('metascraper reads the same with the JSON-LD in the head, which names the original publisher', async () => {
    const meta = await metascraper({ html: page(metaTagsFor(SEED), safeJsonLd(newsArticleLd(SEED))), url: PAGE });
    expect(meta.title).toBe(SEED.title);
    expect(meta.author).toBe('Dave DeCamp');
    expect(meta.date?.slice(0, 10)).toBe('2024-08-27');
    expect(meta.publisher).toBe('Antiwar.com');
  });

  it('metascraper reads a headline with quotes, ampersands and a tag exactly', async () => {
    const title = 'Iran & the US: "talks" <script>alert(1)</script> at 100%';
    const meta = await metascraper({ html: page(metaTagsFor({ ...SEED, title })), url: PAGE });
    // metascraper makes straight quotes typographic; everything else arrives as written.
    expect(meta.title?.replace(/[“”]/g, '"')).toBe(title);
  });

  it("Dossier's own importer reads the page back as the original article", () => {
    const { document } = parseHTML(page(metaTagsFor(SEED), safeJsonLd(newsArticleLd(SEED))));
    const { candidates } = pageMetadata(document, null, null);
    expect(candidates.headline[0]).toEqual({ value: SEED.title, from: 'citation_title' });
    expect(candidates.author[0]).toEqual({ value: 'Dave DeCamp', from: 'citation_author' });
    expect(candidates.published[0]).toEqual({ value: '2024/08/27', from: 'citation_publication_date' });
    expect(candidates.publisher[0]).toEqual({ value: 'Antiwar.com', from: 'citation_publisher' });
    expect(candidates.standfirst[0]?.value).toBe(SEED.description);
  });
});

describe('JSON-LD', () => {
  it('NewsArticle: the original story at the Dossier address, part of the Dossier site', () => {
    expect(newsArticleLd({ ...SEED, pageUrl: `${PAGE}#p-2`, section: 'Diplomacy' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: SEED.title,
      url: PAGE,
      datePublished: '2024-08-27',
      author: [{ '@type': 'Person', name: 'Dave DeCamp' }],
      publisher: { '@type': 'Organization', name: 'Antiwar.com' },
      isBasedOn: ORIGINAL,
      sameAs: ORIGINAL,
      isPartOf: { '@type': 'WebSite', name: 'Dossier: Iran–US relations' },
      description: SEED.description,
      articleSection: 'Diplomacy',
    });
  });

  it('NewsArticle leaves out what is not known; an agency credit is an Organization', () => {
    const ld = newsArticleLd({ ...SEED, authors: ['Reuters'], publisher: null, published: null, originalUrl: null, description: null });
    expect(ld['author']).toEqual([{ '@type': 'Organization', name: 'Reuters' }]);
    for (const key of ['publisher', 'datePublished', 'isBasedOn', 'sameAs', 'description', 'articleSection']) expect(ld).not.toHaveProperty(key);
  });

  it('our importer reads the NewsArticle back', () => {
    expect(jsonLdArticle([safeJsonLd(newsArticleLd(SEED))])).toMatchObject({
      headline: SEED.title,
      authors: ['Dave DeCamp'],
      publisher: 'Antiwar.com',
      published: '2024-08-27',
      url: PAGE,
    });
  });

  it.each([
    ['person', 'Person'],
    ['organization', 'Organization'],
    ['group', 'Organization'],
    ['country', 'Country'],
    ['place', 'Place'],
  ] as const)('actor type %s is schema.org %s', (type, schemaType) => {
    const ld = actorLd({ name: 'X', type, description: 'An actor.', url: 'https://dossier.example.org/actors/x/', sameAs: ['https://www.wikidata.org/wiki/Q1', 'https://www.wikidata.org/wiki/Q1'] });
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': schemaType,
      name: 'X',
      description: 'An actor.',
      url: 'https://dossier.example.org/actors/x/',
      sameAs: ['https://www.wikidata.org/wiki/Q1'],
    });
  });

  it('actor without description, page or links has just its type and name', () => {
    expect(actorLd({ name: 'Tehran', type: 'place', description: null, url: null, sameAs: [] })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Place',
      name: 'Tehran',
    });
  });
});

describe('safeJsonLd', () => {
  // Set directly: newsArticleLd puts the headline on one line, which removes U+2028 and U+2029.
  const hostile = { ...newsArticleLd(SEED), headline: 'A </script><script>alert(1)</script> & <!-- "quoted" {braces} \u2028 line \u2029 end' };

  it('escapes <, >, & and the line separators, and parses back to the same object', () => {
    const json = safeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(json).toContain('\\u0026');
    expect(json).toContain('\\u2028');
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('cannot end the script element it is written into', () => {
    const { document } = parseHTML(page([], safeJsonLd(hostile)));
    const scripts = document.querySelectorAll('script');
    expect(scripts.length).toBe(1);
    expect(JSON.parse(scripts[0]!.textContent ?? '')).toEqual(hostile);
  });
});

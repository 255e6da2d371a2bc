import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { toIsoDay } from '../../src/lib/import/dates.ts';
import { jsonLdArticle } from '../../src/lib/import/json-ld.ts';
import { withEntry } from '../../src/lib/import/manifest-append.ts';
import { pageMetadata, plausibleAuthor, type Field } from '../../src/lib/import/metadata.ts';
import { cleanUrl, httpUrl, urlKey } from '../../src/lib/import/url.ts';

/** The winning value of each field for a page head, as the importer would pick it. */
function first(head: string, field: Field): string | undefined {
  const { document } = parseHTML(`<!doctype html><html><head>${head}</head><body></body></html>`);
  return pageMetadata(document, null, null).candidates[field][0]?.value;
}

describe('JSON-LD', () => {
  it('an author as a string, an object or a list; publisher as an object', () => {
    const ld = (author: unknown) => jsonLdArticle([JSON.stringify({ '@type': 'NewsArticle', headline: 'H', author, publisher: { '@type': 'Organization', name: 'Wire' } })]);
    expect(ld('Jane Roe')?.authors).toEqual(['Jane Roe']);
    expect(ld({ '@type': 'Person', name: 'Jane Roe' })?.authors).toEqual(['Jane Roe']);
    expect(ld([{ name: 'Jane Roe' }, 'John Doe', { givenName: 'Ada', familyName: 'Okafor' }])?.authors).toEqual(['Jane Roe', 'John Doe', 'Ada Okafor']);
    expect(ld(null)?.publisher).toBe('Wire');
  });

  it('finds the article among other nodes, in a list, a @graph or with several @types, and follows @id references', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'BreadcrumbList', itemListElement: [] },
        { '@type': 'Organization', '@id': '#org', name: 'Gazette' },
        { '@type': ['ReportageNewsArticle', 'NewsArticle'], headline: 'Floods recede', datePublished: '2025-03-02', publisher: { '@id': '#org' }, mainEntityOfPage: 'https://g.example/floods' },
      ],
    };
    expect(jsonLdArticle([JSON.stringify([{ '@type': 'WebSite', name: 'x' }, graph])])).toMatchObject({
      headline: 'Floods recede',
      publisher: 'Gazette',
      published: '2025-03-02',
      url: 'https://g.example/floods',
    });
  });

  it('ignores broken JSON and pages with no article', () => {
    expect(jsonLdArticle(['{ "@type": "NewsArticle", ', JSON.stringify({ '@type': 'WebPage', name: 'Home' })])).toBeNull();
  });
});

describe('order of trust', () => {
  const citation = '<meta name="citation_title" content="From citation"><meta name="citation_publication_date" content="2025/01/01">';
  const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD","datePublished":"2025-02-02"}</script>';
  const og = '<meta property="og:title" content="From OpenGraph"><meta property="article:published_time" content="2025-03-03">';
  const other = '<meta name="parsely-title" content="From Parse.ly"><meta name="parsely-pub-date" content="2025-04-04">';
  const title = '<title>From title</title>';

  it('citation_* > JSON-LD > OpenGraph > other meta > <title>, whatever the order in the page', () => {
    expect(first(title + other + og + jsonLd + citation, 'headline')).toBe('From citation');
    expect(first(title + other + og + jsonLd, 'headline')).toBe('From JSON-LD');
    expect(first(title + other + og, 'headline')).toBe('From OpenGraph');
    expect(first(title + other, 'headline')).toBe('From Parse.ly');
    expect(first(title, 'headline')).toBe('From title');
    expect(first(og + jsonLd + citation, 'published')).toBe('2025/01/01');
    expect(first(other + og, 'published')).toBe('2025-03-03');
  });

  it('a profile link in article:author is not a name; Readability’s dateline is not an author', () => {
    expect(first('<meta property="article:author" content="https://www.facebook.com/someone">', 'author')).toBeUndefined();
    expect(plausibleAuthor('By Jane Roe | 21 June 2025')).toBe('Jane Roe');
    expect(plausibleAuthor('Wednesday 2 July 2025')).toBeNull();
    expect(plausibleAuthor('newsdesk@example.org')).toBeNull();
  });

  it('Highwire’s "Last, First" becomes "First Last"', () => {
    expect(first('<meta name="citation_author" content="Roe, Jane"><meta name="citation_author" content="Doe, John">', 'author')).toBe('Jane Roe and John Doe');
  });
});

describe('dates are read as the page writes them', () => {
  it.each([
    ['2025-06-21', '2025-06-21'],
    ['2025-06-21T23:30:00-04:00', '2025-06-21'],
    ['2025-06-21T01:30:00+09:00', '2025-06-21'],
    ['2025/6/1', '2025-06-01'],
    ['June 21, 2025', '2025-06-21'],
    ['Sat, 21 Jun 2025 08:00:00 GMT', '2025-06-21'],
    ['21 June 2025 06:50 AM EDT', '2025-06-21'],
  ])('%s → %s', (input, day) => {
    expect(toIsoDay(input)).toBe(day);
  });
  it.each(['2025', 'June 2025', 'yesterday', '2025-02-30', 'soon'])('%s is not a day', (input) => {
    expect(toIsoDay(input)).toBeNull();
  });
});

describe('URLs', () => {
  it('tracking parameters and fragments are dropped; only http(s) counts', () => {
    expect(cleanUrl(httpUrl('https://e.example/a?id=3&utm_source=x&fbclid=y#top')!)).toBe('https://e.example/a?id=3');
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl('/relative', 'https://e.example/x/y')?.href).toBe('https://e.example/relative');
  });
  it('the same article’s address written differently has one key', () => {
    expect(urlKey('http://www.E.example/a/?utm_medium=feed#x')).toBe(urlKey('https://e.example/a'));
    expect(urlKey('https://e.example/a?id=3')).not.toBe(urlKey('https://e.example/a?id=4'));
  });
});

describe('appending to sources.yaml', () => {
  const entry = { file: 'new.txt', publisher: 'P', url: null, published: '2025-01-02', author: null };
  it('an empty file, a comment-only file, a file without a final newline', () => {
    const added = '- file: new.txt\n  publisher: P\n  url: null\n  published: "2025-01-02"\n  author: null\n';
    expect(withEntry('', 's.yaml', entry)).toBe(added);
    expect(withEntry('# notes\n', 's.yaml', entry)).toBe(`# notes\n${added}`);
    expect(withEntry('- file: a.txt', 's.yaml', entry)).toBe(`- file: a.txt\n${added}`);
  });
  it('a list it cannot simply extend is re-printed through the YAML document, comments kept', () => {
    const out = withEntry('  - file: a.txt   # indented list\n', 's.yaml', entry);
    expect(out).toBe('- file: a.txt # indented list\n- file: new.txt\n  publisher: P\n  url: null\n  published: "2025-01-02"\n  author: null\n');
    expect(withEntry('[]\n', 's.yaml', entry)).toMatch(/^- file: new\.txt\n/);
  });
  it('a manifest that is not a list is refused', () => {
    expect(() => withEntry('file: a.txt\n', 's.yaml', entry)).toThrow(/expected a YAML list of entries/);
  });
});

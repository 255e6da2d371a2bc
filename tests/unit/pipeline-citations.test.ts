import { describe, expect, it } from 'vitest';
import type { Cache } from '../../src/lib/pipeline/cache.ts';
import { articleCitations, prepareCitations, type ArticleCitations } from '../../src/lib/pipeline/citations.ts';
import type { Article } from '../../src/lib/pipeline/load.ts';

// The pipeline's side of citations: which articles load citation-js, and what
// is remembered. Each test file runs in a module state of its own, so
// citation-js is not loaded here until prepareCitations loads it.

const ADDRESS = { site: 'https://dossier.example.org', base: '/', title: 'Dossier: Iran–US relations' };

function article(headline: string, author: string | null = 'Jane Roe'): Article {
  const slug = headline.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { headline, author, publisher: 'Example News', published: '2025-04-12', url: `https://news.example.org/${slug}`, slug } as unknown as Article;
}

/** A cache in memory that counts what is asked of it. */
function memoryCache() {
  const values = new Map<string, ArticleCitations>();
  const asked = { get: 0, set: 0 };
  const cache: Cache<ArticleCitations> = {
    get: (key) => (asked.get++, values.get(key)),
    has: (key) => values.has(key),
    set: (key, value) => (asked.set++, void values.set(key, value)),
    any: () => values.size > 0,
  };
  return { cache, values, asked };
}

describe('articleCitations', () => {
  it('formats a plain article itself, without citation-js, and remembers nothing', async () => {
    const { cache, asked } = memoryCache();
    const plain = article('Iran and the US resume talks in Oman');
    await prepareCitations([plain], ADDRESS, cache);
    const made = articleCitations(plain, ADDRESS, cache);
    expect(made.citations.apa).toBe(
      'Roe, J. (2025, April 12). Iran and the US resume talks in Oman. Example News. https://news.example.org/iran-and-the-us-resume-talks-in-oman Annotated copy in Dossier: Iran–US relations. https://dossier.example.org/articles/iran-and-the-us-resume-talks-in-oman/',
    );
    expect(made.paragraphCitations.mla).toContain('par. 987654321, https://dossier.example.org/articles/iran-and-the-us-resume-talks-in-oman/#p-987654321.');
    expect(asked).toEqual({ get: 0, set: 0 });
  });

  it('refuses an article that needs citation-js before prepareCitations has loaded it', () => {
    expect(() => articleCitations(article('Trump says Iran "must stop"'), ADDRESS)).toThrow(/needs citation-js/);
  });

  it('loads citation-js for an article that needs it, and remembers what it made', async () => {
    const { cache, values, asked } = memoryCache();
    const quoted = article('Araghchi: “We are ready” for talks');
    await prepareCitations([quoted], ADDRESS, cache);
    const made = articleCitations(quoted, ADDRESS, cache);
    expect(made.citations.mla).toContain('“Araghchi: ‘We Are Ready’ for Talks.”');
    expect(values.size).toBe(1);
    expect(articleCitations(quoted, ADDRESS, cache)).toEqual(made);
    expect(asked).toEqual({ get: 2, set: 1 });
  });
});

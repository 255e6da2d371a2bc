import { expect, test } from '@playwright/test';
import metascraper from 'metascraper';
import author from 'metascraper-author';
import date from 'metascraper-date';
import title from 'metascraper-title';
import url from 'metascraper-url';

// A real metadata parser from npm reads what reference managers read.
const scrape = metascraper([author(), date(), title(), url()]);

test('reference-manager metadata: a metadata parser reads the right title, author and date', async ({ request, baseURL }) => {
  const path = 'articles/irans-khamenei-opens-door-to-direct-talks-with-the-us-f686/';
  const html = await (await request.get(path)).text();
  const meta = await scrape({ html, url: new URL(path, baseURL).href });
  expect(meta.title?.replace(/[‘’]/g, '’')).toBe('Iran’s Khamenei Opens Door to Direct Talks With the US');
  expect(meta.author).toBe('Dave DeCamp');
  expect(meta.date?.slice(0, 10)).toBe('2024-08-27');
  expect(meta.url).toBe('https://dossier.example.org/articles/irans-khamenei-opens-door-to-direct-talks-with-the-us-f686/');
  for (const name of ['citation_title', 'citation_author', 'citation_publication_date', 'DC.title', 'DC.date']) {
    expect(html, name).toContain(`name="${name}"`);
  }
  expect(html).toContain('property="article:published_time" content="2024-08-27');
  expect(html).toMatch(/<script type="application\/ld\+json">\{"@context":"https:\/\/schema\.org","@type":"NewsArticle"/);
});

test('the page names its publication and canonical address, and actor pages say what kind of actor they are', async ({ page }) => {
  const ARTICLE_URL = 'https://dossier.example.org/articles/irans-khamenei-opens-door-to-direct-talks-with-the-us-f686/';
  await page.goto('./articles/irans-khamenei-opens-door-to-direct-talks-with-the-us-f686/');
  const meta = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
  expect(await meta('citation_journal_title')).toBe('Antiwar.com');
  expect(await meta('citation_author')).toBe('DeCamp, Dave');
  expect(await meta('citation_publication_date')).toBe('2024/08/27');
  expect(await meta('citation_public_url')).toBe(ARTICLE_URL);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(ARTICLE_URL);
  const ld = async () => JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? 'null') as Record<string, unknown>;
  await page.goto('./actors/ali-khamenei/');
  expect(await ld()).toMatchObject({ '@type': 'Person', name: 'Ali Khamenei', url: 'https://dossier.example.org/actors/ali-khamenei/', sameAs: expect.arrayContaining([expect.stringMatching(/^https:\/\/www\.wikidata\.org\/wiki\/Q\d+$/)]) });
  await page.goto('./actors/iaea/');
  expect((await ld())['@type']).toBe('Organization');
});

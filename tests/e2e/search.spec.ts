import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const results = (page: import('@playwright/test').Page) => page.locator('#search-results li');

test('a plain term finds the article, and the page it opens highlights the term', async ({ page, context }) => {
  // Served on 127.0.0.1 with every other address refused: search needs no network.
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Search the briefing' }).fill('snapback');
  await page.getByRole('searchbox', { name: 'Search the briefing' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=snapback$/);
  await expect(page.locator('#search-results h2', { hasText: 'Iran’s supreme leader rules out direct talks with US' })).toBeVisible();
  await expect(page.locator('#search-status')).toHaveText(/^\d+ results?/);
  await page.getByRole('link', { name: 'Iran’s supreme leader rules out direct talks with US' }).click();
  await expect(page.locator('mark.search-hit').first()).toHaveText(/snapback/i);
});

test('the indexed text of an article keeps each label apart from its value, and leaves out the citations', async ({ page }) => {
  await page.goto('./search/');
  await expect(page.locator('#search-status')).toHaveText(/^Type a name/);
  // What Pagefind indexed for the article: the text its excerpts are cut from.
  const content = await page.evaluate(async () => {
    const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as { search(q: string): Promise<{ results: { data(): Promise<{ url: string; content: string }> }[] }> };
    const found = await pagefind.search('DeCamp');
    const pages = await Promise.all(found.results.map((r) => r.data()));
    return pages.find((p) => p.url.includes('/articles/irans-khamenei-opens-door'))?.content ?? '';
  });
  expect(content).toContain('Source Antiwar.com. Author Dave DeCamp. Published 27 August 2024.');
  expect(content).not.toMatch(/SourceAntiwar|AuthorDave|Published27/);
  // The author is found by name in the facts and the bio, not in five formats of citation.
  expect(content).not.toContain('Cite this article');
  expect(content).not.toContain('TY  - NEWS');
});

test('an alias finds the actor: "Araqchi" finds Abbas Araghchi', async ({ page }) => {
  await page.goto('./search/?q=Araqchi');
  await expect(results(page).first().getByRole('link')).toHaveText('Abbas Araghchi');
});

test('a filter narrows the results and goes into the URL', async ({ page }) => {
  await page.goto('./search/?q=Khamenei');
  await expect(results(page).first()).toBeVisible();
  const before = await results(page).count();
  await page.getByRole('button', { name: 'Filter these results' }).click();
  // The filters take the focus once they are in, so a keyboard reader lands on them.
  await expect(page.getByRole('group', { name: 'Page type' }).getByRole('checkbox').first()).toBeFocused();
  await page.getByRole('group', { name: 'Page type' }).getByRole('checkbox', { name: /Actor/ }).check();
  await expect(page).toHaveURL(/type=Actor/);
  await expect(results(page).first().getByRole('link')).toHaveText('Ali Khamenei');
  const metas = await page.locator('#search-results .meta').allTextContents();
  expect(metas.length).toBeLessThan(before);
  expect(new Set(metas)).toEqual(new Set(['Actor']));
  await page.reload();
  await expect(page.getByRole('group', { name: 'Page type' }).getByRole('checkbox', { name: /Actor/ })).toBeChecked();
});

test('a query with no results gets a helpful message', async ({ page }) => {
  await page.goto('./search/?q=zzzxqy');
  await expect(page.locator('#search-status')).toHaveText('No results for “zzzxqy”.');
  await expect(page.locator('.no-results')).toContainText('Try fewer or different words');
});

test('the search page is usable by keyboard and passes axe', async ({ page }) => {
  await page.goto('./search/?q=Pezeshkian');
  await expect(results(page).first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  // The filters, opened from the keyboard, pass too.
  await page.getByRole('button', { name: 'Filter these results' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Page type' })).toBeVisible();
  const withFilters = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(withFilters.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('searchbox').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Order' })).toBeFocused();
});

test('opened straight from disk (file://), search still works and results link to the right pages', async ({ page }) => {
  const dist = join(import.meta.dirname, '..', '..', 'dist');
  await page.goto(`${pathToFileURL(join(dist, 'index.html')).href}`);
  await page.getByRole('searchbox', { name: 'Search the briefing' }).fill('Witkoff');
  await page.getByRole('searchbox', { name: 'Search the briefing' }).press('Enter');
  await expect(page).toHaveURL(/search\/index\.html\?q=Witkoff$/);
  await expect(results(page).first()).toBeVisible();
  const link = page.locator('#search-results a', { hasText: 'Steve Witkoff' }).first();
  await link.click();
  await expect(page).toHaveURL(/actors\/steve-witkoff\/index\.html/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Steve Witkoff');
});

test('every page that asks to be searchable is in the index, and no other', async () => {
  // The Pagefind integration reads only the pages its glob names (to skip the
  // cite/ pages); a searchable page outside that glob would silently vanish.
  const { readdirSync, readFileSync } = await import('node:fs');
  const dist = join(process.cwd(), 'dist');
  const searchable = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.html') && readFileSync(join(dist, f), 'utf8').includes('data-pagefind-body'));
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  expect(searchable.length).toBeGreaterThan(10);
  expect(indexed).toBe(searchable.length);
  expect(searchable.some((f) => f.includes('cite'))).toBe(false);
});

test('opening the search page loads the engine but fetches no excerpts, and no filter counts until the reader asks', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('./search/');
  await expect(page.locator('#search-status')).toHaveText(/^Type a name/);
  await expect.poll(() => fetched.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => /\/pagefind\/(?:fragment|filter)\//.test(p))).toEqual([]);
  // The first query then brings results and their excerpts, but not the filter index.
  await page.getByRole('searchbox', { name: 'Search the briefing' }).first().fill('Khamenei');
  await expect(page.locator('#search-results li').first().getByRole('link')).toBeVisible();
  await expect(page.locator('#search-results li[aria-busy]')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => /\/pagefind\/fragment\//.test(p)).length).toBeGreaterThan(0);
  expect(fetched.filter((p) => /\/pagefind\/filter\//.test(p))).toEqual([]);
  await expect(page.getByRole('group', { name: 'Page type' })).toHaveCount(0);
  // Asked for, the filters come with counts for this query, and stay for the next.
  await page.getByRole('button', { name: 'Filter these results' }).click();
  await expect(page.getByRole('group', { name: 'Page type' })).toBeVisible();
  expect(fetched.filter((p) => /\/pagefind\/filter\//.test(p)).length).toBeGreaterThan(0);
  const counts = await page.locator('#search-filters .count').allTextContents();
  expect(counts.length).toBeGreaterThan(0);
  expect(counts.every((n) => Number(n) > 0)).toBe(true);
  await page.getByRole('searchbox', { name: 'Search the briefing' }).first().fill('Araghchi');
  await expect(page.locator('#search-results li').first().getByRole('link')).toHaveText('Abbas Araghchi');
  await expect(page.getByRole('group', { name: 'Actor' }).getByRole('checkbox', { name: /Abbas Araghchi/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Filter these results' })).toHaveCount(0);
});

test('a link with a filter in it shows the filters at once, checked', async ({ page }) => {
  await page.goto('./search/?q=Khamenei&type=Actor');
  await expect(results(page).first().getByRole('link')).toHaveText('Ali Khamenei');
  await expect(page.getByRole('group', { name: 'Page type' }).getByRole('checkbox', { name: /Actor/ })).toBeChecked();
});

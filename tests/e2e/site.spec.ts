import { expect, test } from '@playwright/test';

test('the home page lists the articles, newest first', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle(/Dossier/);
  const items = page.locator('.article-list li');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0).locator('h3')).toHaveText('Iran’s supreme leader rules out direct talks with US');
  await expect(items.nth(0).locator('time')).toHaveAttribute('datetime', '2025-08-24');
  await expect(items.nth(1).locator('h3')).toHaveText('Iran’s Khamenei Opens Door to Direct Talks With the US');
});

test('an article page shows headline, standfirst, source, author, date, original, body and captions', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Iran’s Khamenei Opens Door to Direct Talks With the US' }).click();
  await expect(page).toHaveURL(/\/articles\/irans-khamenei-opens-door-to-direct-talks-with-the-us-f686\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iran’s Khamenei Opens Door to Direct Talks With the US');
  await expect(page.locator('.article-header .dek')).toHaveText("Iran's new president wants to engage with the US to get sanctions lifted");
  await expect(page.locator('.facts')).toContainText('Antiwar.com');
  await expect(page.locator('.facts')).toContainText('Dave DeCamp');
  await expect(page.locator('.facts time')).toHaveText('27 August 2024');
  await expect(page.getByRole('link', { name: /Read the original/ })).toHaveAttribute('href', /^https:\/\/news\.antiwar\.com\//);
  await expect(page.locator('#p-1')).toContainText('On Tuesday, Iranian Supreme Leader Ayatollah Ali Khamenei');
  await expect(page.locator('.article-body p')).toHaveCount(6);
  await expect(page.locator('.captions figcaption')).toContainText('Khamenei meeting with Iran’s new government');
  // Boilerplate and the byline are not body text.
  await expect(page.locator('.article-body')).not.toContainText('Author: Dave DeCamp');
});

test('an article with no original address says so, and paragraph anchors land', async ({ page }) => {
  await page.goto('./articles/irans-supreme-leader-rules-out-direct-talks-with-us-8a58/#p-3');
  await expect(page.locator('.original')).toHaveText('The original address was not recorded.');
  await expect(page.locator('#p-3')).toBeInViewport();
  await expect(page.locator('.article-body')).not.toContainText('Continue Reading');
  await expect(page.locator('.article-body')).not.toContainText('Unlock the Editor');
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('./no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the published article data keeps its contract: every offset points at its text, every id at a block', async ({ request }) => {
  type Span = { block: string; start: number; end: number; text: string };
  const entities = (await (await request.get('./data/entities.json')).json()) as { id: string }[];
  const known = new Set(entities.map((e) => e.id));
  for (const slug of ['irans-supreme-leader-rules-out-direct-talks-with-us-8a58', 'irans-khamenei-opens-door-to-direct-talks-with-the-us-f686']) {
    const response = await request.get(`./data/articles/${slug}.json`);
    expect(response.headers()['content-type']).toContain('application/json');
    const data = (await response.json()) as {
      slug: string;
      blocks: { id: string; kind: string; text: string; mentions: { entity: string; text: string; start: number; end: number }[] }[];
      topics: { id: string; paragraphs: string[] }[];
      statements: { speaker: string | null; text: string; parts: Span[] }[];
      events: (Span & { date: string; precision: string })[];
      citations: { article: Record<string, string>; paragraph: Record<string, string> } | null;
    };
    expect(data.slug).toBe(slug);
    const blocks = new Map(data.blocks.map((b) => [b.id, b]));
    const at = (s: Span) => blocks.get(s.block)?.text.slice(s.start, s.end);
    const mentions = data.blocks.flatMap((b) => b.mentions.map((m) => ({ ...m, block: b.id })));
    expect(mentions.length).toBeGreaterThan(10);
    for (const m of mentions) {
      expect(at(m), `${slug} ${m.block} ${m.start}`).toBe(m.text);
      expect(known.has(m.entity), m.entity).toBe(true);
    }
    expect(data.statements.length).toBeGreaterThan(0);
    for (const s of data.statements) {
      for (const part of s.parts) expect(at(part)).toBe(part.text);
      expect(s.text).toBe(s.parts.map((p) => p.text).join(' '));
      if (s.speaker) expect(known.has(s.speaker), s.speaker).toBe(true);
    }
    for (const e of data.events) {
      expect(at(e)).toBe(e.text);
      expect(e.date).toMatch({ day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ }[e.precision] ?? /^$/);
    }
    for (const t of data.topics) for (const p of t.paragraphs) expect(blocks.get(p)?.kind).toBe('body');
    // The citations the article page shows, in five formats; the paragraph's with the documented placeholder.
    const title = blocks.get('title')!.text;
    for (const format of ['apa', 'mla', 'chicago', 'bibtex', 'ris']) {
      expect(data.citations?.article[format], format).toContain(`/articles/${slug}/`);
      expect(data.citations?.paragraph[format], format).toContain('987654321');
    }
    expect(data.citations!.article['apa']).toContain(title);
  }
});

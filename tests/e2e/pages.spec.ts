import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const ARTICLE = './articles/irans-khamenei-opens-door-to-direct-talks-with-the-us-f686/';
const PAGES = {
  home: './',
  article: ARTICLE,
  'paragraph citations': `${ARTICLE}cite/`,
  actor: './actors/ali-khamenei/',
  'actor index': './actors/',
  timeline: './timeline/',
  'timeline month': './timeline/2025-10/',
  topic: './topics/jcpoa-snapback/',
  'topic index': './topics/',
  search: './search/?q=Khamenei',
  sources: './sources/',
  'not found': './no-such-page/',
};

for (const [kind, path] of Object.entries(PAGES)) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${kind} page passes axe (WCAG 2.1 AA) in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('article → actor → article: links work both ways and land on the paragraph', async ({ page }) => {
  await page.goto(ARTICLE);
  const first = page.locator('#p-1 a.mention-first', { hasText: 'Ayatollah Ali Khamenei' });
  await expect(first).toHaveAttribute('href', '../../actors/ali-khamenei/');
  await expect(page.locator('.article-body a.mention-repeat[data-actor="ali-khamenei"]').first()).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(/\/actors\/ali-khamenei\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ali Khamenei');
  const snippet = page.locator('.snippet', { hasText: 'opened the door to talks' });
  await expect(snippet.locator('mark')).toHaveText('Ayatollah Ali Khamenei');
  await snippet.click();
  await expect(page).toHaveURL(/\/articles\/irans-khamenei-opens-door-to-direct-talks-with-the-us-f686\/#p-1$/);
  await expect(page.locator('#p-1')).toBeInViewport();
});

test('the headline and standfirst link their mentions too, and read the same', async ({ page }) => {
  await page.goto('./articles/irans-supreme-leader-rules-out-direct-talks-with-us-8a58/');
  const h1 = page.locator('h1');
  await expect(h1).toHaveText('Iran’s supreme leader rules out direct talks with US');
  // The role phrase is the link (to whoever held the office that day), not the country inside it.
  await expect(h1.locator('a[data-actor="ali-khamenei"]')).toHaveText('Iran’s supreme leader');
  await expect(h1.locator('a[data-actor="united-states"]')).toHaveText('US');
  await expect(h1.locator('a[data-actor="iran"]')).toHaveCount(0);
  // A standfirst's role phrase resolves on the article's date: "Iran's new president" in August 2024.
  await page.goto(ARTICLE);
  const dek = page.locator('.article-header .dek');
  await expect(dek).toHaveText("Iran's new president wants to engage with the US to get sanctions lifted");
  await dek.getByRole('link', { name: "Iran's new president" }).click();
  await expect(page).toHaveURL(/\/actors\/masoud-pezeshkian\/$/);
});

test('the side panel lists actors with their role on the article’s date, and related articles', async ({ page }) => {
  await page.goto(ARTICLE);
  const panel = page.locator('.panel');
  await expect(panel.getByRole('link', { name: 'Masoud Pezeshkian' })).toBeVisible();
  await expect(panel.locator('li', { hasText: 'Masoud Pezeshkian' }).locator('.role')).toHaveText('president of Iran');
  await expect(panel.locator('.related a')).toHaveText('Iran’s supreme leader rules out direct talks with US');
});

test('the paragraph link control points at its own anchor', async ({ page }) => {
  await page.goto(ARTICLE);
  const control = page.getByRole('link', { name: 'Link to paragraph 3' });
  await control.click();
  await expect(page).toHaveURL(/#p-3$/);
  await expect(page.locator('#p-3')).toBeInViewport();
});

/** Opens the article and shows Masoud Pezeshkian's preview card by focus or by hover. */
async function showPreview(page: import('@playwright/test').Page, how: 'focus' | 'hover') {
  await page.goto(ARTICLE);
  const link = page.locator('a.mention[data-actor="masoud-pezeshkian"]').first();
  await link[how]();
  const card = page.locator('#actor-preview');
  await expect(card).toBeVisible();
  return { link, card };
}

test('an actor preview appears on keyboard focus and goes with Escape', async ({ page }) => {
  const { link, card } = await showPreview(page, 'focus');
  await expect(card).toContainText('Masoud Pezeshkian');
  await expect(card).toContainText(/\d+ mentions? in this briefing/);
  await expect(link).toHaveAttribute('aria-describedby', 'actor-preview');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

test('an actor preview shown on hover stays while the pointer moves onto it, and goes when it leaves both', async ({ page }) => {
  const { card } = await showPreview(page, 'hover');
  // Across the gap and onto the card, in steps, then a pause longer than the hide delay.
  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.waitForTimeout(600);
  await expect(card).toBeVisible();
  await page.mouse.move(1, 1);
  await expect(card).toBeHidden();
});

test('pages read fine with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await expect(page.locator('#p-1 a.mention')).toHaveText(['Ayatollah Ali Khamenei', 'US']);
  await page.goto('./actors/');
  await expect(page.locator('.network svg title')).toHaveText(/most-mentioned actors/);
  await context.close();
});

test('the layout holds at 320 px: no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of Object.values(PAGES)) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('print hides navigation and prints link targets', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  const after = await page.locator('.original a').evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('news.antiwar.com');
});

test('article ↔ topic: the panel links to the topic, whose digest links back to the paragraph', async ({ page }) => {
  await page.goto('./articles/irans-supreme-leader-rules-out-direct-talks-with-us-8a58/');
  await page.locator('.panel').getByRole('link', { name: 'JCPOA and snapback' }).click();
  await expect(page).toHaveURL(/\/topics\/jcpoa-snapback\/$/);
  const item = page.locator('.digest li', { hasText: 'snapback' }).first();
  await item.getByRole('link').click();
  await expect(page).toHaveURL(/\/articles\/irans-supreme-leader-rules-out-direct-talks-with-us-8a58\/#p-\d+$/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`#${id}`)).toContainText(/snapback|2015|E3/);
  await expect(page.locator(`#${id}`)).toBeInViewport();
});

test('actor ↔ topic: the actor page lists the topics of its paragraphs, and the topic lists the actor back', async ({ page }) => {
  await page.goto('./actors/e3/');
  const topics = page.locator('section[aria-labelledby="topics"]');
  const snapback = topics.getByRole('link', { name: 'JCPOA and snapback' });
  await expect(snapback).toBeVisible();
  // The count is the number of the E3's paragraphs that carry the topic, the same number the topic page gives.
  const count = Number(await topics.locator('li', { hasText: 'JCPOA and snapback' }).locator('.count').textContent());
  expect(count).toBeGreaterThan(0);
  await snapback.click();
  await expect(page).toHaveURL(/\/topics\/jcpoa-snapback\/$/);
  const involved = page.locator('section[aria-labelledby="involved"] li', { hasText: 'E3' });
  await expect(involved.locator('.count')).toHaveText(String(count));
  await involved.getByRole('link', { name: 'E3' }).click();
  await expect(page).toHaveURL(/\/actors\/e3\/$/);
});

test('the timeline places dated events from the text, with their source paragraph', async ({ page }) => {
  await page.goto('./timeline/');
  const event = page.locator('.event:has(time[datetime="2025-10-18"])').first();
  await expect(event).toContainText('October 18 deadline');
  await expect(event.getByRole('link')).toHaveAttribute('href', /articles\/irans-supreme-leader-rules-out-direct-talks-with-us-8a58\/#p-\d+$/);
  await expect(page.locator('#timeline-chart-title')).toHaveText('Articles per month');
  // Each month also has a page of its own, reached from the index.
  await page.locator('.timeline-index').getByRole('link', { name: 'October 2025' }).click();
  await expect(page).toHaveURL(/\/timeline\/2025-10\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('October 2025');
  await expect(page.locator('.event:has(time[datetime="2025-10-18"])').first()).toContainText('October 18 deadline');
});

test('an article offers citations in five formats, for itself and for each paragraph, with copy buttons', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./articles/irans-khamenei-opens-door-to-direct-talks-with-the-us-f686/');
  await expect(page.locator('#cite-apa')).toHaveText(/^DeCamp, D\. \(2024, August 27\)\. Iran’s Khamenei Opens Door to Direct Talks With the US\. Antiwar\.com\. https:\/\/news\.antiwar\.com\/.* Annotated copy in Dossier: Iran–US relations\. https:\/\/dossier\.example\.org\/articles\/irans-khamenei-opens-door-to-direct-talks-with-the-us-f686\/$/);
  await expect(page.locator('#cite-mla')).toContainText('DeCamp, Dave. “Iran’s Khamenei');
  await expect(page.locator('#cite-chicago')).toContainText('DeCamp, Dave. 2024.');
  await expect(page.locator('#cite-bibtex')).toContainText('@article{irans-khamenei-opens-door-to-direct-talks-with-the-us-f686,');
  await expect(page.locator('#cite-ris')).toContainText('TY  - NEWS');
  await page.getByRole('button', { name: 'Copy APA' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#cite-apa').textContent());
  // A paragraph's APA citation in one click, from the paragraph itself; the same text its cite page shows.
  await page.getByRole('button', { name: 'Copy the APA citation of paragraph 3' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^DeCamp, D\. \(2024, August 27\)\. .* para\. 3\. https:\/\/dossier\.example\.org\/articles\/irans-khamenei-opens-door-to-direct-talks-with-the-us-f686\/#p-3$/);
  // The documented anchor #cite-p-N on the article page still leads to the paragraph's citations.
  await expect(page.locator('#cite-p-3 a').first()).toHaveAttribute('href', 'cite/#cite-p-3');
  const paragraph = await page.locator('#p-3').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const control of copy.querySelectorAll('.para-link, .para-cite, .para-copy')) control.remove();
    return copy.textContent!.trim();
  });
  // A paragraph's citation, reached through its anchor's "cite" control, on the article's cite/ page.
  await page.getByRole('link', { name: 'Cite paragraph 3' }).click();
  await expect(page).toHaveURL(/\/articles\/irans-khamenei-opens-door-to-direct-talks-with-the-us-f686\/cite\/#cite-p-3$/);
  await expect(page.locator('#cite-p-3-apa')).toBeVisible();
  expect(copied).toBe(await page.locator('#cite-p-3-apa').textContent());
  await expect(page.locator('#cite-p-3 blockquote')).toHaveText(paragraph);
  await page.getByRole('button', { name: 'Copy BibTeX' }).nth(2).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#cite-p-3-bibtex').textContent());
  await expect(page.locator('#cite-p-3-apa')).toContainText('para. 3. https://dossier.example.org/articles/irans-khamenei-opens-door-to-direct-talks-with-the-us-f686/#p-3');
  await expect(page.locator('#cite-p-3-bibtex')).toContainText('-p3,');
});

test('an actor’s statements over time: Khamenei in 2024 ("no harm") before 2025', async ({ page }) => {
  await page.goto('./actors/ali-khamenei/');
  const statements = page.locator('.statements li');
  await expect(statements.first()).toContainText('27 August 2024');
  await expect(statements.first()).toContainText('no harm');
  await expect(statements.last()).toContainText('24 August 2025');
  await statements.first().getByRole('link').click();
  await expect(page).toHaveURL(/irans-khamenei-opens-door-to-direct-talks-with-the-us-f686\/#p-1$/);
});

test('the article panel lists statements with their speakers and links to the paragraph', async ({ page }) => {
  await page.goto('./articles/irans-supreme-leader-rules-out-direct-talks-with-us-8a58/');
  const item = page.locator('.panel-statements li', { hasText: 'If we agree today' });
  await expect(item.locator('.speaker')).toHaveText('Ali Larijani');
  await expect(item.locator('.quote')).toHaveAttribute('href', /^#p-\d+$/);
});

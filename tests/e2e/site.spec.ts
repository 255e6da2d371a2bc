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

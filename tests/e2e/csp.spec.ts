import { expect, test } from '@playwright/test';
import { SEARCH_POLICY, STRICT_POLICY } from '../../src/integrations/csp-headers.ts';

// The preview server applies public/_headers as Netlify or Cloudflare Pages
// would, so these pages run under the real Content-Security-Policy.
const PAGES = [
  './',
  './articles/irans-khamenei-opens-door-to-direct-talks-with-the-us-f686/?highlight=Khamenei',
  './actors/ali-khamenei/',
  './actors/',
  './topics/jcpoa-snapback/',
  './timeline/',
  './search/?q=snapback',
];

test('pages work under the strict Content-Security-Policy, with no violation and no console error', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const path of PAGES) {
    const response = await page.goto(path);
    // WebAssembly (for Pagefind) is allowed on the search page only; every other page has the strict policy.
    const policy = response?.headers()['content-security-policy'];
    expect(policy, path).toBe(path.startsWith('./search/') ? SEARCH_POLICY : STRICT_POLICY);
    await page.waitForLoadState('networkidle');
  }
  // Search (Pagefind's WebAssembly) really ran under the policy.
  await expect(page.locator('#search-results li').first()).toBeVisible();
  // The article's highlight script ran too.
  await page.goto(PAGES[1]!);
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  expect(problems).toEqual([]);
});

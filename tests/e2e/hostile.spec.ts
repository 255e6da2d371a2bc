// The site built from hostile text (tests/fixtures/hostile/): markup, script
// and URL attacks in the seed, its manifest entry and the entity registry.
// Every page the build produces is opened in Chromium: nothing may run (no
// dialog, no page error, no console error), nothing may be fetched from
// anywhere but the site itself, and the attacks must show as literal text.
// docs/security.md says where each kind of escaping happens.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { headersFor, readHeaders } from '../../scripts/lib/headers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join('tests', 'fixtures', 'hostile');
// Set once the server says which free port it took: runs of this file in
// parallel (--repeat-each, or another checkout's tests) must not collide.
let ORIGIN = '';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const seed = readFileSync(join(ROOT, FIXTURE, 'seeds', 'hostile.txt'), 'utf8');
const HEADLINE = seed.split('\n')[0]!;
const [SOURCE] = parseYaml(readFileSync(join(ROOT, FIXTURE, 'seeds', 'sources.yaml'), 'utf8')) as { publisher: string; url: string; author: string }[];
const FISH = 'Fish & <Chips> "Ltd"';

test.describe.configure({ mode: 'serial' });

let out: string;
let server: ChildProcess | undefined;
let pages: string[] = [];

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(90_000);
  out = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
  const build = await run(
    [join('scripts', 'build.ts'), '--seeds', join(FIXTURE, 'seeds'), '--entities', join(FIXTURE, 'entities'), '--out', join(out, 'dist'), '--articles', join(out, 'articles')],
    60_000,
  );
  expect(build.stderr, 'the build prints to stderr only on error').toBe('');
  expect(build.code, build.stdout).toBe(0);
  pages = htmlPages(join(out, 'dist'));
  server = spawn(process.execPath, [join('scripts', 'serve.ts'), '--dir', join(out, 'dist'), '--port', '0'], { cwd: ROOT, stdio: 'pipe' });
  ORIGIN = await new Promise<string>((resolve, reject) => {
    let said = '';
    server!.stdout!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const address = /Serving .* at (http:\/\/127\.0\.0\.1:\d+)\//.exec(said);
      if (address) resolve(address[1]!);
    });
    server!.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${said}`)));
  });
});

test.afterAll(() => {
  server?.kill();
  if (out) rmSync(out, { recursive: true, force: true });
});

test('the build produced the article, its actors and the site pages', () => {
  const articles = pages.filter((p) => /^\/articles\/[^/]+\/$/.test(p));
  expect(articles).toHaveLength(1);
  // Its paragraphs' citations (with the hostile text quoted) are a page of their own.
  expect(pages).toContain(`${articles[0]}cite/`);
  for (const path of ['/', '/actors/', '/actors/fish-and-chips/', '/actors/iran/', '/search/', '/sources/', '/timeline/', '/topics/', '/404.html']) {
    expect(pages).toContain(path);
  }
});

test('no page runs injected script, loads anything from elsewhere or carries a script URL', async ({ page }) => {
  test.setTimeout(30_000 + pages.length * 5_000);
  const problems = watch(page);
  for (const path of pages) {
    await page.goto(`${ORIGIN}${path}`, { waitUntil: 'load' });
    const found = await page.evaluate(inertnessProblems);
    problems.push(...found.map((p) => `${path}: ${p}`));
    // The hover preview builds its card from a JSON block: show one.
    const mention = page.locator('a[data-actor]').first();
    if ((await mention.count()) > 0) {
      await mention.hover();
      await expect(page.locator('#actor-preview')).toBeVisible();
    }
  }
  expect(problems).toEqual([]);
});

test('every page works under the Content-Security-Policy in _headers', async ({ page }) => {
  test.setTimeout(30_000 + pages.length * 5_000);
  const rules = readHeaders(join(out, 'dist', '_headers'));
  expect(headersFor(rules, '/')['content-security-policy'], 'dist/_headers sets a Content-Security-Policy').toBeTruthy();
  // Served as a host that reads _headers would serve it, each path with its own policy; a violation is a console error.
  await page.route(`${ORIGIN}/**`, async (route) => {
    const response = await route.fetch();
    const policy = headersFor(rules, new URL(route.request().url()).pathname)['content-security-policy'];
    await route.fulfill({ response, headers: { ...response.headers(), ...(policy ? { 'content-security-policy': policy } : {}) } });
  });
  const problems = watch(page);
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
  });
  for (const path of pages) await page.goto(`${ORIGIN}${path}`, { waitUntil: 'load' });
  await page.goto(`${ORIGIN}/search/?q=alert`);
  await expect(page.locator('#search-results li').first()).toBeVisible();
  // Results after the first keep fetching excerpts; let them finish under the
  // policy too, and drop the route so none is left in flight when the page closes.
  await expect(page.locator('#search-results li[aria-busy]')).toHaveCount(0);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  expect([...new Set(problems)]).toEqual([]);
});

test('the article shows every attack as literal text', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${ORIGIN}${pages.find((p) => /^\/articles\/[^/]+\/$/.test(p))}`);
  await expect(page.locator('h1')).toHaveText(HEADLINE, { useInnerText: false });
  expect(await page.locator('h1').textContent()).toBe(HEADLINE);
  const body = (await page.locator('.article-body').textContent()) ?? '';
  for (const literal of [
    SCRIPT,
    IMG,
    '"><svg onload=alert(1)>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '[click me](javascript:alert(1))',
    '![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '<javascript:alert(1)>',
    '<https://evil.example/>',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '&amp;',
    '&#60;b&#62;',
    '</script><script>alert(1)</script>',
    '*Not emphasis*, _not emphasis_, **not strong**, `not code`',
    '--- this paragraph starts with three dashes',
    'title: pwned or dek: "pwned"',
    '\u202Eoverride\u202C',
    'zero\u200Bwidth\u200Cspaces\u200Dand\u2060joiners',
    '😀 👩‍👩‍👧 🇮🇷',
  ]) {
    expect(body, `the body shows ${JSON.stringify(literal)}`).toContain(literal);
  }
  // The 100,000-character paragraph arrives whole.
  const longest = await page.locator('.article-body p').evaluateAll((ps) => Math.max(...ps.map((p) => (p.textContent ?? '').length)));
  expect(longest).toBeGreaterThanOrEqual(100_000);
  // The only links in the body are to actors and to the paragraphs themselves.
  const hrefs = await page.locator('.article-body a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => !/^(?:\.\.\/\.\.\/actors\/[a-z0-9-]+\/|#p-\d+|cite\/#cite-p-\d+)$/.test(h))).toEqual([]);
  await expect(page.locator('.article-body a[data-actor="fish-and-chips"]').first()).toHaveText(FISH);
  await expect(page.locator('.article-body a[data-actor="fish-and-chips"]', { hasText: 'F&C <b>' })).toHaveCount(1);
  // Manifest facts: shown as text, the address kept exactly as a link target.
  await expect(page.locator('.facts')).toContainText(SOURCE!.author);
  await expect(page.getByRole('link', { name: /Read the original/ })).toHaveAttribute('href', SOURCE!.url);
  await expect(page.getByRole('link', { name: /Read the original/ })).toContainText(SOURCE!.publisher);
  // JSON-LD carries the same strings and is still JSON.
  const ld = await page.locator('script[type="application/ld+json"]').first().textContent();
  expect(JSON.parse(ld ?? 'null')).toMatchObject({ headline: HEADLINE, publisher: { name: SOURCE!.publisher } });
  expect(problems).toEqual([]);
});

test('an actor whose name and description are markup shows them as text', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${ORIGIN}/actors/fish-and-chips/`);
  expect(await page.locator('h1').textContent()).toBe(FISH);
  await expect(page.locator('main')).toContainText('</script><script>alert(1)</script> & <img src=x onerror=alert(1)> "quoted" {alert(1)}');
  expect(problems).toEqual([]);
});

test('search results and highlighted pages show hostile text as text', async ({ page }) => {
  const problems = watch(page);
  for (const query of ['alert', 'script', 'onerror', 'Chips']) {
    await page.goto(`${ORIGIN}/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#search-results li').first()).toBeVisible();
    const found = await page.evaluate(inertnessProblems);
    problems.push(...found.map((p) => `search ${query}: ${p}`));
    // Excerpts may carry <mark> and nothing else.
    const tags = await page.locator('#search-results .excerpt *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))]);
    expect(tags.filter((t) => t !== 'mark')).toEqual([]);
  }
  await page.locator('#search-results li a').first().click();
  await page.waitForLoadState('load');
  problems.push(...(await page.evaluate(inertnessProblems)));
  expect(problems).toEqual([]);
});

test('feeds and the sitemap are well-formed XML whose titles read back as the hostile text', async ({ page, request }) => {
  await page.goto(`${ORIGIN}/404.html`);
  for (const path of ['/feed.xml', '/actors/fish-and-chips/feed.xml', '/sitemap.xml']) {
    const response = await request.get(`${ORIGIN}${path}`);
    expect(response.status(), path).toBe(200);
    const xml = await response.text();
    // Parsed as a feed reader would: an XML parser, then the title as HTML (the feed says type="html").
    const read = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const broken = doc.getElementsByTagName('parsererror').length > 0;
      const titles = [...doc.querySelectorAll('entry > title')].map((t) => {
        const html = t.getAttribute('type') === 'html';
        return html ? (new DOMParser().parseFromString(t.textContent ?? '', 'text/html').body.textContent ?? '') : (t.textContent ?? '');
      });
      const elements = new Set([...doc.querySelectorAll('entry > title *, entry > summary *')].map((e) => e.localName));
      return { broken, titles, elements: [...elements] };
    }, xml);
    expect(read.broken, `${path} parses as XML`).toBe(false);
    expect(read.elements, `${path}: no markup made from the text`).toEqual([]);
    if (path.endsWith('feed.xml')) expect(read.titles).toContain(HEADLINE);
    expect(xml).not.toContain('<script');
  }
});

/** Records what must never happen on a page: dialogs, errors, and requests that leave the site. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`${page.url()}: a ${dialog.type()} dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(`${ORIGIN}/`)) problems.push(`${page.url()}: request to ${request.url().slice(0, 120)}`);
  });
  return problems;
}

/**
 * Runs in the page: everything that would let text act as markup. Data blocks
 * (JSON, JSON-LD) may contain the word "alert", as data; they must still parse.
 */
function inertnessProblems(): string[] {
  const problems: string[] = [];
  for (const script of document.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    const data = type === 'application/json' || type === 'application/ld+json';
    const text = script.textContent ?? '';
    if (data) {
      try {
        JSON.parse(text);
      } catch {
        problems.push(`a ${type} block is not JSON: ${text.slice(0, 80)}`);
      }
    } else if (/alert/.test(text) || (script.src && !script.src.startsWith(location.origin))) {
      problems.push(`an executable script: ${script.outerHTML.slice(0, 120)}`);
    } else if (!script.src) {
      problems.push(`an inline script, which the site's policy (script-src 'self') blocks: ${script.outerHTML.slice(0, 120)}`);
    }
  }
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const value = attribute.value.trim().toLowerCase();
      if (attribute.name.startsWith('on')) problems.push(`<${element.localName} ${attribute.name}="${attribute.value.slice(0, 60)}">`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(attribute.name) && /^(?:javascript|data|vbscript):/.test(value)) {
        problems.push(`<${element.localName} ${attribute.name}="${attribute.value.slice(0, 60)}">`);
      }
    }
  }
  const foreign = document.querySelectorAll('iframe, object, embed, svg script, img[src="x"], base');
  if (foreign.length > 0) problems.push(`${foreign.length} iframe/object/embed/base or injected img elements`);
  return problems;
}

/** Every page of the built site as a URL path: each index.html's folder, and 404.html. */
function htmlPages(dist: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') found.push(`/${relative(dist, dir).split(sep).join('/')}/`.replace(/^\/\/$/, '/'));
      else if (name === '404.html') found.push(`/${relative(dist, path).split(sep).join('/')}`);
    }
  };
  walk(dist);
  return found;
}

function run(args: string[], timeout: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the build took more than ${timeout / 1000} s\n${stdout}\n${stderr}`));
    }, timeout);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

// public/_headers as the hosts that read it apply it: every matching rule,
// with the values of a header set twice joined. The shipped file must never
// rely on one rule overriding another.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { cspRules, SEARCH_POLICY, STRICT_POLICY } from '../../src/integrations/csp-headers.ts';
import { headersFor, headersSetTwice, readHeaders } from '../../scripts/lib/headers.ts';
import { ROOT } from './helpers.ts';

// public/_headers plus the policy rules the build adds for a site with these top-level entries.
const ENTRIES = ['404.html', '_astro', '_headers', 'actors', 'articles', 'data', 'feed.xml', 'index.html', 'pagefind', 'robots.txt', 'scripts', 'search', 'sitemap.xml', 'sources', 'timeline', 'topics'];
const built = join(mkdtempSync(join(tmpdir(), 'dossier-headers-')), '_headers');
writeFileSync(built, readFileSync(join(ROOT, 'public', '_headers'), 'utf8') + cspRules(ENTRIES.map((name) => ({ name, directory: !name.includes('.') }))));
const rules = readHeaders(built);
const PATHS = ['/', '/index.html', '/articles/a-b-1234/', '/articles/a-b-1234/cite/', '/search/', '/feed.xml', '/data/entities.json', '/_astro/Base.abc123.css', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', '/pagefind/fragment/en_1.pf_fragment', '/pagefind/index/en_2.pf_index', '/pagefind/filter/en_3.pf_filter'];

describe('public/_headers', () => {
  it('sets no header from two rules on any path', () => {
    expect(PATHS.flatMap((p) => headersSetTwice(rules, p).map((h) => `${p}: ${h}`))).toEqual([]);
  });

  it('gives every path the security headers and one policy, with WebAssembly only where Pagefind runs', () => {
    for (const path of PATHS) {
      const headers = headersFor(rules, path);
      const search = path === '/search/' || path.startsWith('/pagefind/');
      expect(headers['content-security-policy'], path).toBe(search ? SEARCH_POLICY : STRICT_POLICY);
      expect(headers['x-content-type-options']).toBe('nosniff');
    }
    expect(STRICT_POLICY).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self';/);
    expect(SEARCH_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';");
    for (const policy of [STRICT_POLICY, SEARCH_POLICY]) expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('covers every top-level entry of the site, the home page included, and not _headers itself', () => {
    const text = cspRules(ENTRIES.map((name) => ({ name, directory: !name.includes('.') })));
    for (const path of ['/', '/index.html', '/404.html', '/feed.xml', '/articles/x/', '/timeline/2025-10/']) expect(headersFor(rules, path)['content-security-policy'], path).toBe(STRICT_POLICY);
    expect(text).not.toContain('/_headers');
  });

  it('caches for good only what is named by its content', () => {
    const cache = (path: string) => headersFor(rules, path)['cache-control'];
    for (const path of ['/_astro/Base.abc123.css', '/pagefind/fragment/en_1.pf_fragment', '/pagefind/index/en_2.pf_index', '/pagefind/filter/en_3.pf_filter']) expect(cache(path), path).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/articles/a-b-1234/', '/feed.xml', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) expect(cache(path), path).toBeUndefined();
  });

  it('joins the values of a header that two rules set, as the hosts do', () => {
    const overlapping = [
      { pattern: /^\/.*$/, headers: [['Cache-Control', 'max-age=300']] as [string, string][] },
      { pattern: /^\/_astro\/.*$/, headers: [['Cache-Control', 'immutable']] as [string, string][] },
    ];
    expect(headersFor(overlapping, '/_astro/x.css')['cache-control']).toBe('max-age=300, immutable');
    expect(headersSetTwice(overlapping, '/_astro/x.css')).toEqual(['cache-control']);
  });
});

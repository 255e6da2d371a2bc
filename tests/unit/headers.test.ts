// public/_headers as the hosts that read it apply it: every matching rule,
// with the values of a header set twice joined. The shipped file must never
// rely on one rule overriding another.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, headersSetTwice, readHeaders } from '../../scripts/lib/headers.ts';
import { ROOT } from './helpers.ts';

const rules = readHeaders(join(ROOT, 'public', '_headers'));
const PATHS = ['/', '/articles/a-b-1234/', '/articles/a-b-1234/cite/', '/search/', '/feed.xml', '/data/entities.json', '/_astro/Base.abc123.css', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', '/pagefind/fragment/en_1.pf_fragment', '/pagefind/index/en_2.pf_index', '/pagefind/filter/en_3.pf_filter'];

describe('public/_headers', () => {
  it('sets no header from two rules on any path', () => {
    expect(PATHS.flatMap((p) => headersSetTwice(rules, p).map((h) => `${p}: ${h}`))).toEqual([]);
  });

  it('gives every path the security headers, with WebAssembly allowed for Pagefind and nothing inline', () => {
    for (const path of PATHS) {
      const headers = headersFor(rules, path);
      expect(headers['content-security-policy'], path).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/);
      expect(headers['content-security-policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(headers['x-content-type-options']).toBe('nosniff');
    }
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

import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Content-Security-Policy, added to `dist/_headers` after the build.
 * Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval'; no other
 * page runs any, so only the search page and Pagefind's own files get it.
 *
 * Netlify and Cloudflare Pages apply every `_headers` rule that matches a
 * path, joining a header set twice into two policies that the browser both
 * enforces: a strict policy on `/*` would forbid WebAssembly on the search
 * page whatever `/search/*` allowed. So the policy is set per top-level entry
 * of the built site, rules that never overlap, written from what the build
 * actually produced so that no new page can be left out.
 */
const BASE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];
export const STRICT_POLICY = BASE_POLICY.join('; ');
export const SEARCH_POLICY = BASE_POLICY.map((d) => (d === "script-src 'self'" ? "script-src 'self' 'wasm-unsafe-eval'" : d)).join('; ');

/** The top-level entries of a built site that run Pagefind. */
const SEARCH_ENTRIES = new Set(['search', 'pagefind']);

/** `_headers` rules giving each top-level entry of the site its policy. */
export function cspRules(entries: { name: string; directory: boolean }[]): string {
  const rules = ['/', ...entries.filter((e) => e.name !== '_headers').map((e) => (e.directory ? `/${e.name}/*` : `/${e.name}`))];
  const lines = rules.map((pattern) => {
    const top = pattern.split('/')[1] ?? '';
    return `${pattern}\n  Content-Security-Policy: ${SEARCH_ENTRIES.has(top) ? SEARCH_POLICY : STRICT_POLICY}`;
  });
  return `\n# Content-Security-Policy, one rule per top-level entry of the built site, written by the build\n# (src/integrations/csp-headers.ts): WebAssembly only where Pagefind runs.\n${lines.join('\n')}\n`;
}

/**
 * Appends the rules to the built site's `_headers` (a copy of public/_headers),
 * once every top-level entry, Pagefind's folder included, is in place.
 */
export function addCspHeaders(root: string): void {
  const file = join(root, '_headers');
  if (!existsSync(file)) throw new Error(`${file} is missing: public/_headers should have been copied into the build`);
  const entries = readdirSync(root)
    .sort()
    .map((name) => ({ name, directory: statSync(join(root, name)).isDirectory() }));
  // A new file, not an append: the copy of public/_headers must never be written through to the original.
  const text = readFileSync(file, 'utf8');
  rmSync(file);
  writeFileSync(file, text + cspRules(entries));
}

import { posix } from 'node:path';

/**
 * Internal URLs in the built HTML (`href`, `src`, `action` starting with the
 * base path) become paths relative to the page. The site then works under any
 * base path, from any host, and opened straight from disk. Canonical and
 * alternate links stay absolute: they name the public address.
 * built-pages.ts applies this to every page once Astro has written the site.
 */
export const LINK_ATTRIBUTE = /(<(?:a|link|script|img|form|source)\b[^>]*?\s(?:href|src|action)=")([^"]*)"/g;
const PUBLIC_ADDRESS = /<link[^>]*rel="(?:canonical|alternate)"/;

/**
 * `url` as a page in the folder `pageDir` (from the site's root: "/articles/x"
 * for "articles/x/index.html", "/" for "index.html") should write it; `base` is
 * the site's base path ("/" or "/sub/"). URLs outside the base path, and the
 * public addresses in `tag`, come back as they are.
 */
export function relativeUrl(url: string, pageDir: string, base: string, tag: string): string {
  if (!url.startsWith(base) || url.startsWith('//') || PUBLIC_ADDRESS.test(tag)) return url;
  const target = url.slice(base.length);
  const cut = target.search(/[?#]/);
  const path = cut < 0 ? target : target.slice(0, cut);
  const rest = cut < 0 ? '' : target.slice(cut);
  let rel = relativePath(pageDir, path);
  if (rel === '') rel = '.';
  if (path.endsWith('/') || path === '') rel = `${rel}/`;
  return `${rel}${rest}`;
}

/**
 * The path from the folder `from` ("/articles/x") to `target` (from the root,
 * "actors/y/"), as `path.posix.relative` gives it. Pages hold hundreds of
 * links, so the usual case (plain folder names) is worked out by comparing
 * names instead of resolving both paths for every link.
 */
export function relativePath(from: string, target: string): string {
  const here = from.split('/').filter(Boolean);
  const there = target.split('/').filter(Boolean);
  if (there.some((name) => name === '.' || name === '..')) return posix.relative(from, posix.join('/', target));
  let same = 0;
  while (same < here.length && same < there.length && here[same] === there[same]) same++;
  const up = here.length - same;
  return [...Array<string>(up).fill('..'), ...there.slice(same)].join('/');
}

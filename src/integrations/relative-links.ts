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
 * names in place, with the page's own folder split once for all its links;
 * at 10,000 articles this was still 4 s of the pass.
 */
export function relativePath(from: string, target: string): string {
  if (DOT_OR_EMPTY_NAME.test(target)) return posix.relative(from, posix.join('/', target));
  const here = namesOf(from);
  let at = 0;
  let same = 0;
  while (same < here.length) {
    const name = here[same]!;
    const end = at + name.length;
    if (!target.startsWith(name, at) || (end < target.length && target[end] !== '/')) break;
    at = end < target.length ? end + 1 : end;
    same++;
  }
  const rest = target.slice(at).replace(/\/+$/, '');
  const up = here.length - same;
  if (up === 0) return rest;
  return rest === '' ? '../'.repeat(up).slice(0, -1) : `${'../'.repeat(up)}${rest}`;
}

/** A target with a "." or ".." name, or an empty one (two slashes together, or a slash first), is left to path.posix. */
const DOT_OR_EMPTY_NAME = /(?:^|\/)\.\.?(?:\/|$)|\/\/|^\//;

let lastFolder = '';
let lastNames: string[] = [];
/** The names in a folder path; a page's links all come from one folder, so the last one is kept. */
function namesOf(folder: string): string[] {
  if (folder !== lastFolder) {
    lastFolder = folder;
    lastNames = folder.split('/').filter(Boolean);
  }
  return lastNames;
}

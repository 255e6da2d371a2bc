import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Fails the build when one of its own pages links to a page, file or anchor
 * that does not exist, naming the page and the link. Runs after links are made
 * relative, on the files exactly as they will be served. External links are
 * not checked here (they cannot be, offline). scripts/build.ts runs it once
 * Astro has written the site.
 */
const LINK = /<(?:a|link|script|img|source|form)\b[^>]*?\s(href|src|action)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

/** Throws, naming up to twenty of them, when the site at `site` has broken internal links. */
export function checkLinks(site: string, base = '/'): void {
  const problems = brokenLinks(site, base);
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).map((p) => `  ${p}`).join('\n');
    throw new Error(`${problems.length} broken internal ${problems.length === 1 ? 'link' : 'links'} in the built site:\n${shown}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`);
  }
}

/** `base` is the site's base path: absolute links (only the 404 page has them) start with it. */
export function brokenLinks(site: string, base = '/'): string[] {
  const root = resolve(site);
  // One walk of the site instead of a file-system call per link: a site of
  // 1,000 articles has hundreds of thousands of links.
  const files = new Set<string>();
  const dirs = new Set<string>([root]);
  const pages: string[] = [];
  walk(root, files, dirs, pages);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1]!));
      ids.set(file, set);
    }
    return set;
  };
  const problems: string[] = [];
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    const where = () => relative(root, page).split(sep).join('/');
    const pageDir = dirname(page);
    // A page repeats its links (navigation, an actor named ten times): each is checked once.
    const checked = new Set<string>();
    for (const [, , raw] of html.matchAll(LINK)) {
      if (checked.has(raw!)) continue;
      checked.add(raw!);
      const url = raw!.replace(/&amp;/g, '&');
      if (url === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) continue;
      const [pathAndQuery = '', fragment] = url.split('#');
      const path = pathAndQuery.split('?')[0]!;
      const fromRoot = path.startsWith(base) ? path.slice(base.length) : null;
      if (path.startsWith('/') && fromRoot === null) {
        problems.push(`${where()}: links to "${url}", outside the site's base path ${base}`);
        continue;
      }
      let target = path === '' ? page : fromRoot !== null ? join(root, fromRoot) : resolve(pageDir, path);
      target = target.replace(/[\\/]+$/, '') || target;
      if (dirs.has(target)) target = join(target, 'index.html');
      if (!files.has(target)) {
        problems.push(`${where()}: links to "${url}", which does not exist`);
        continue;
      }
      if (!fragment || !target.endsWith('.html')) continue;
      // The page's own anchors come from the text already read, not from a second read of the file.
      if (target === page && !ids.has(page)) ids.set(page, new Set([...html.matchAll(ID)].map((m) => m[1]!)));
      if (!idsOf(target).has(decodeURIComponent(fragment))) {
        problems.push(`${where()}: links to "${url}", but that page has no element with id "${fragment}"`);
      }
    }
  }
  return problems;
}

function walk(dir: string, files: Set<string>, dirs: Set<string>, pages: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      dirs.add(path);
      walk(path, files, dirs, pages);
    } else {
      files.add(path);
      if (entry.name.endsWith('.html')) pages.push(path);
    }
  }
}

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLedger, type Ledger, LinkRecorder, type SiteTree, unescapeAmp } from './link-ledger.ts';
import { LINK_ATTRIBUTE } from './relative-links.ts';
import { fillDeferred } from '../site/cite-paragraphs.ts';

/**
 * The pass over the pages Astro wrote: their links are made relative
 * (relative-links.ts) and checked, so the site's own pages never link to a
 * page, file or anchor that does not exist. The build runs it beside Astro's
 * render, a page at a time (page-stream.ts); these are its parts that work on
 * the site as it lies on disk. External links are not checked (they cannot
 * be, offline). What a page left for the pass to write (a cite page's list)
 * is filled in first, so its links are checked like the rest.
 */

/**
 * One page as it is served: what Astro left for later filled in
 * (cite-paragraphs.ts), its links made relative and written down in `recorder`.
 */
export function passPage(page: string, html: string, recorder: LinkRecorder): string {
  return recorder.page(page, fillDeferred(html));
}

/** Passes `pages` (paths from `root`) in place. */
export function passPages(root: string, pages: string[], recorder: LinkRecorder): void {
  for (const page of pages) {
    const file = join(root, page);
    const html = readFileSync(file, 'utf8');
    const out = passPage(page, html, recorder);
    if (out !== html) writeFileSync(file, out);
  }
}

/**
 * Every broken link the ledger recorded, checked against the finished site
 * at `root`, as "page: links to "url", what is wrong", in the order of the
 * site's pages and of their links.
 */
export function brokenLinks(root: string, tree: SiteTree, ledger: Ledger): string[] {
  const problems = checkLedger(ledger, tree);
  const place = new Map(tree.pages.map((page, i) => [page, i]));
  problems.sort((a, b) => (place.get(a.page) ?? -1) - (place.get(b.page) ?? -1) || a.order - b.order);
  // Only a broken link's text is needed: read again from its page, as written, once a page.
  const written = new Map<string, string[]>();
  return problems.map(({ page, order, what }) => {
    let links = written.get(page);
    if (!links) written.set(page, (links = linksOf(join(root, page))));
    return `${page}: links to "${unescapeAmp(links[order] ?? '')}", ${what}`;
  });
}

/** Throws, naming up to twenty, when there are broken links. */
export function assertNoBrokenLinks(problems: string[]): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, 20).map((p) => `  ${p}`).join('\n');
  throw new Error(`${problems.length} broken internal ${problems.length === 1 ? 'link' : 'links'} in the built site:\n${shown}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`);
}

/** A page's distinct links as it is written now, in the order the pass numbered them. */
function linksOf(file: string): string[] {
  return [...new Set([...readFileSync(file, 'utf8').matchAll(LINK_ATTRIBUTE)].map((m) => m[2]!))];
}

/** Every file and folder of the site at `root`, and its HTML pages, in the order of a walk. */
export function siteTree(root: string): SiteTree {
  const tree: SiteTree = { files: [], dirs: [''], pages: [] };
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        tree.dirs.push(path);
        walk(path);
      } else {
        tree.files.push(path);
        if (entry.name.endsWith('.html')) tree.pages.push(path);
      }
    }
  };
  walk('');
  return tree;
}

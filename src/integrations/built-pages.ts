import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { LINK_ATTRIBUTE, relativeUrl } from './relative-links.ts';

/**
 * One pass over every page Astro wrote: its links are made relative
 * (relative-links.ts) and checked, so the site's own pages never link to a
 * page, file or anchor that does not exist. Each page is read and written
 * once: a site of 1,000 articles has 3,600 pages and hundreds of thousands of
 * links, and rewriting them (in Astro's process) and then checking them took
 * 2.0 + 2.0 s, against 2.3 s for this pass on two threads. Large sites are
 * split between threads.
 * External links are not checked (they cannot be, offline).
 */

/** A built site's files and folders, as paths from its root with "/" between names ("" is the root). */
export type SiteTree = { files: string[]; dirs: string[]; pages: string[] };

/** A broken link, with its page and its place among the page's links, to report them in the order of the site. */
type Problem = { page: number; order: number; text: string };
/**
 * The links to anchors, checked once every page's anchors are known: each
 * distinct "target#id" once, and for each link its page, its place on the
 * page and which of those it is. A 10,000-article site has 1.4 million such
 * links; kept as objects with their text (slices of the pages' HTML, which
 * kept every page alive) they took 2.1 GB.
 */
type Anchors = { keys: string[]; page: number[]; order: number[]; key: number[] };
/** What one share of the pages gave. */
export type PassResult = { rewritten: number; problems: Problem[]; anchors: Anchors; ids: [string, string][] };
export type PassInput = { root: string; tree: SiteTree; base: string; share: number[] };

const ID = /\sid="([^"]+)"/g;
/** Below this many pages a thread's start costs more than it saves. */
const MIN_PER_THREAD = 300;

/** Rewrites and checks the site at `site`; throws, naming up to twenty, when links are broken. Returns how many pages were rewritten. */
export async function finishPages(site: string, base = '/', options: { threads?: number } = {}): Promise<{ pages: number; rewritten: number }> {
  const { pages, rewritten, problems } = await passPages(site, base, options);
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).map((p) => `  ${p}`).join('\n');
    throw new Error(`${problems.length} broken internal ${problems.length === 1 ? 'link' : 'links'} in the built site:\n${shown}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`);
  }
  return { pages, rewritten };
}

/**
 * `base` is the site's base path: only the 404 page keeps absolute links, which start with it.
 * `threads` overrides how many threads share the pages (by default, one per core for a large site).
 */
export async function passPages(site: string, base = '/', options: { threads?: number } = {}): Promise<{ pages: number; rewritten: number; problems: string[] }> {
  const root = resolve(site);
  const tree = siteTree(root);
  const threads = Math.max(1, Math.min(tree.pages.length, options.threads ?? Math.min(availableParallelism(), Math.floor(tree.pages.length / MIN_PER_THREAD))));
  // Pages dealt in turn, so that each thread gets its share of every kind of page.
  const shares = Array.from({ length: threads }, (_, t) => tree.pages.map((_, i) => i).filter((i) => i % threads === t));
  const results = threads === 1 ? [passShare({ root, tree, base, share: shares[0]! })] : await Promise.all(shares.map((share) => inThread({ root, tree, base, share })));

  const problems = results.flatMap((r) => r.problems);
  const ids = new Map(results.flatMap((r) => r.ids));
  const known = new Map<string, Set<string>>();
  // Only a broken link's text is needed: read again from its page, as written, once a page.
  const written = new Map<number, string[]>();
  const linkOn = (page: number, order: number) => {
    let links = written.get(page);
    if (!links) written.set(page, (links = linksOf(join(root, tree.pages[page]!))));
    return unescapeAmp(links[order] ?? '');
  };
  for (const { anchors } of results) {
    const missing = anchors.keys.map((key) => {
      const hash = key.indexOf('#');
      const target = key.slice(0, hash);
      let set = known.get(target);
      if (!set) known.set(target, (set = new Set((ids.get(target) ?? '').split('\n'))));
      const id = key.slice(hash + 1);
      return set.has(id) ? null : id;
    });
    anchors.key.forEach((k, i) => {
      const id = missing[k];
      if (id === null || id === undefined) return;
      const page = anchors.page[i]!;
      const order = anchors.order[i]!;
      problems.push({ page, order, text: `${tree.pages[page]}: links to "${linkOn(page, order)}", but that page has no element with id "${id}"` });
    });
  }
  problems.sort((a, b) => a.page - b.page || a.order - b.order);
  return { pages: tree.pages.length, rewritten: results.reduce((n, r) => n + r.rewritten, 0), problems: problems.map((p) => p.text) };
}

function inThread(input: PassInput): Promise<PassResult> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./built-pages-worker.ts', import.meta.url), { workerData: input });
    worker.once('message', (result: PassResult) => done(result));
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`the link pass over the built pages stopped (exit ${code})`)));
  });
}

/** Rewrites the links of the pages in `share` (indexes into tree.pages), and checks those that need no other page. */
export function passShare({ root, tree, base, share }: PassInput): PassResult {
  const files = new Set(tree.files);
  const dirs = new Set(tree.dirs);
  const result: PassResult = { rewritten: 0, problems: [], anchors: { keys: [], page: [], order: [], key: [] }, ids: [] };
  const keys = new Map<string, number>();
  for (const index of share) {
    const page = tree.pages[index]!;
    const file = join(root, page);
    const html = readFileSync(file, 'utf8');
    // The 404 page is served at any depth, so its links must stay absolute.
    const rewrite = posix.basename(page) !== '404.html';
    const pageDir = posix.dirname(page);
    const fromDir = posix.dirname(`/${page}`);
    // A page repeats its links (navigation, an actor named ten times): each is checked once.
    const seen = new Set<string>();
    let order = 0;
    const out = html.replace(LINK_ATTRIBUTE, (all, head: string, url: string) => {
      const served = rewrite ? relativeUrl(url, fromDir, base, head) : url;
      if (!seen.has(served)) {
        seen.add(served);
        checkLink(served, { page: index, order: order++, pageDir, base, files, dirs, result, keys, where: page });
      }
      return served === url ? all : `${head}${served}"`;
    });
    if (out !== html) {
      writeFileSync(file, out);
      result.rewritten++;
    }
    const ids = [...out.matchAll(ID)].map((m) => m[1]!);
    if (ids.length > 0) result.ids.push([page, ids.join('\n')]);
  }
  return result;
}

type LinkContext = { page: number; order: number; pageDir: string; base: string; files: Set<string>; dirs: Set<string>; result: PassResult; keys: Map<string, number>; where: string };

function checkLink(raw: string, c: LinkContext): void {
  const url = unescapeAmp(raw);
  if (url === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return;
  const hash = url.indexOf('#');
  const pathAndQuery = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash + 1).split('#')[0]!;
  const path = pathAndQuery.split('?')[0]!;
  const problem = (text: string): void => {
    c.result.problems.push({ page: c.page, order: c.order, text: `${c.where}: links to "${url}", ${text}` });
  };
  let target: string;
  if (path === '') target = c.where;
  else if (path.startsWith('/')) {
    if (!path.startsWith(c.base)) return problem(`outside the site's base path ${c.base}`);
    target = posix.normalize(path.slice(c.base.length));
  } else target = posix.join(c.pageDir, path);
  target = target.replace(/\/+$/, '');
  if (target === '.') target = '';
  if (c.dirs.has(target)) target = target === '' ? 'index.html' : `${target}/index.html`;
  if (!c.files.has(target)) return problem('which does not exist');
  if (!fragment || !target.endsWith('.html')) return;
  const key = `${target}#${decodeURIComponent(fragment)}`;
  let k = c.keys.get(key);
  if (k === undefined) {
    k = c.result.anchors.keys.push(key) - 1;
    c.keys.set(key, k);
  }
  c.result.anchors.page.push(c.page);
  c.result.anchors.order.push(c.order);
  c.result.anchors.key.push(k);
}

/** A page's distinct links as it is written now, in the order the pass numbered them. */
function linksOf(file: string): string[] {
  return [...new Set([...readFileSync(file, 'utf8').matchAll(LINK_ATTRIBUTE)].map((m) => m[2]!))];
}

/** A URL as written in an attribute, "&amp;" and all, as the browser follows it. */
function unescapeAmp(raw: string): string {
  return raw.includes('&') ? raw.replace(/&amp;/g, '&') : raw;
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

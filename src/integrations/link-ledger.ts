import { posix } from 'node:path';
import { LINK_ATTRIBUTE, relativeUrl } from './relative-links.ts';

/**
 * The links of a built site, in two steps. A page's links are made relative
 * (relative-links.ts) and written down as the page is read, which needs no
 * other page: `LinkRecorder.page`. Once every page is written they are checked
 * against the site's files and ids: `checkLedger`. Splitting the two lets the
 * build make a page's links relative as soon as Astro has rendered it, on
 * another thread, and check them all at the end (page-stream.ts).
 */

/** A broken link: its page, its place among the page's distinct links (as the page is served), and what is wrong with it. */
export type Problem = { page: string; order: number; what: string };

/**
 * What a recorder wrote down. Each link is four numbers: a 10,000-article
 * site has 1.4 million links to anchors alone, and kept as objects with their
 * text (slices of the pages, which kept every page alive) those once took
 * 2.1 GB.
 */
export type Ledger = {
  pages: string[];
  /** Each page that has ids, with them joined by "\n". */
  ids: Map<string, string>;
  /** Links found wrong without the rest of the site (outside the base path). */
  problems: Problem[];
  /** Link targets, as paths from the site's root without a closing slash ("" is the root). */
  targets: string[];
  fragments: string[];
  /** Per link: its page (in `pages`), its place on the page, its target and its fragment (-1: none). */
  links: { page: Int32Array; order: Int32Array; target: Int32Array; fragment: Int32Array };
  rewritten: number;
};

/** A link's target and fragment numbers (-1: no fragment), or null for a link not checked (empty, or to another site). */
type Resolved = [target: number, fragment: number] | null;

const ID = /\sid="([^"]+)"/g;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** A growable list of 32-bit numbers. */
class Numbers {
  data = new Int32Array(1024);
  length = 0;
  push(n: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = n;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export class LinkRecorder {
  readonly #base: string;
  readonly #pages: string[] = [];
  readonly #ids = new Map<string, string>();
  readonly #problems: Problem[] = [];
  readonly #targets: string[] = [];
  readonly #targetNumber = new Map<string, number>();
  readonly #fragments: string[] = [];
  readonly #fragmentNumber = new Map<string, number>();
  readonly #links = { page: new Numbers(), order: new Numbers(), target: new Numbers(), fragment: new Numbers() };
  #rewritten = 0;

  /** `base` is the site's base path: only the 404 page keeps absolute links, which start with it. */
  constructor(base: string) {
    this.#base = base;
  }

  /** The page at `page` (its path from the site's root) as it is to be served, its links made relative; its links and ids are written down. */
  page(page: string, html: string): string {
    const number = this.#pages.push(page) - 1;
    // The 404 page is served at any depth, so its links must stay absolute.
    const rewrite = posix.basename(page) !== '404.html';
    const pageDir = posix.dirname(page);
    const fromDir = posix.dirname(`/${page}`);
    // A page repeats its links (navigation, an actor named ten times): each is checked once.
    const seen = new Set<string>();
    let order = 0;
    const out = html.replace(LINK_ATTRIBUTE, (all, head: string, url: string) => {
      const served = rewrite ? relativeUrl(url, fromDir, this.#base, head) : url;
      if (!seen.has(served)) {
        seen.add(served);
        this.#record(served, number, order++, page, pageDir);
      }
      return served === url ? all : `${head}${served}"`;
    });
    if (out !== html) this.#rewritten++;
    const ids = [...out.matchAll(ID)].map((m) => m[1]!);
    if (ids.length > 0) this.#ids.set(page, ids.join('\n'));
    return out;
  }

  /** Writes down the link `raw` as served on `page`. */
  #record(raw: string, number: number, order: number, page: string, pageDir: string): void {
    const resolved = this.#resolve(unescapeAmp(raw), page, pageDir);
    if (resolved === 'outside') {
      this.#problems.push({ page, order, what: `outside the site's base path ${this.#base}` });
      return;
    }
    if (resolved === null) return;
    this.#links.page.push(number);
    this.#links.order.push(order);
    this.#links.target.push(resolved[0]);
    this.#links.fragment.push(resolved[1]);
  }

  #resolve(url: string, page: string, pageDir: string): Resolved | 'outside' {
    if (url === '' || EXTERNAL.test(url)) return null;
    const hash = url.indexOf('#');
    const pathAndQuery = hash < 0 ? url : url.slice(0, hash);
    const fragment = hash < 0 ? '' : url.slice(hash + 1).split('#')[0]!;
    const path = pathAndQuery.split('?')[0]!;
    let target: string;
    if (path === '') target = page;
    else if (path.startsWith('/')) {
      if (!path.startsWith(this.#base)) return 'outside';
      target = posix.normalize(path.slice(this.#base.length));
    } else target = posix.join(pageDir, path);
    target = target.replace(/\/+$/, '');
    if (target === '.') target = '';
    return [intern(target, this.#targets, this.#targetNumber), fragment ? intern(decodeFragment(fragment), this.#fragments, this.#fragmentNumber) : -1];
  }

  ledger(): Ledger {
    const { page, order, target, fragment } = this.#links;
    return {
      pages: this.#pages,
      ids: this.#ids,
      problems: this.#problems,
      targets: this.#targets,
      fragments: this.#fragments,
      links: { page: page.done(), order: order.done(), target: target.done(), fragment: fragment.done() },
      rewritten: this.#rewritten,
    };
  }
}

/** A built site's files and folders, as paths from its root with "/" between names ("" is the root). */
export type SiteTree = { files: string[]; dirs: string[]; pages: string[] };

/**
 * The recorded links that point nowhere: to no file or folder of the site,
 * or to an id their page lacks.
 */
export function checkLedger(ledger: Ledger, tree: SiteTree): Problem[] {
  const { ids } = ledger;
  const files = new Set(tree.files);
  const dirs = new Set(tree.dirs);
  const fileOf = ledger.targets.map((target) => {
    const file = dirs.has(target) ? (target === '' ? 'index.html' : `${target}/index.html`) : target;
    return files.has(file) ? file : null;
  });
  const idSets = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = idSets.get(file);
    if (!set) idSets.set(file, (set = new Set((ids.get(file) ?? '').split('\n'))));
    return set;
  };
  const problems = [...ledger.problems];
  const { page, order, target, fragment } = ledger.links;
  for (let i = 0; i < page.length; i++) {
    const where = ledger.pages[page[i]!]!;
    const file = fileOf[target[i]!]!;
    if (file === null) {
      problems.push({ page: where, order: order[i]!, what: 'which does not exist' });
      continue;
    }
    const f = fragment[i]!;
    if (f < 0 || !file.endsWith('.html')) continue;
    const id = ledger.fragments[f]!;
    if (!idsOf(file).has(id)) problems.push({ page: where, order: order[i]!, what: `but that page has no element with id "${id}"` });
  }
  return problems;
}

/** A URL as written in an attribute, "&amp;" and all, as the browser follows it. */
export function unescapeAmp(raw: string): string {
  return raw.includes('&') ? raw.replace(/&amp;/g, '&') : raw;
}

function intern(value: string, list: string[], numbers: Map<string, number>): number {
  let n = numbers.get(value);
  if (n === undefined) {
    const kept = detached(value);
    numbers.set(kept, (n = list.push(kept) - 1));
  }
  return n;
}

/**
 * A copy of `text` that holds nothing else alive. A link's text is cut from
 * its page, and V8 keeps a cut string's whole page alive with it: a cache of
 * 400,000 links once held every page of a 10,000-article site (1.3 GB).
 */
function detached(text: string): string {
  // Joining flattens into a new string; cutting the space off refers only to that.
  return ` ${text}`.slice(1);
}

/** A fragment as the browser looks it up; one that is not valid percent-encoding is looked up as written. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

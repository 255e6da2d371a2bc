import type { TimedLine } from './run-timed.ts';

/**
 * Splits a Dossier build into stages from its own output. scripts/build.ts
 * prints two lap lines (annotate; astro + search index); with --verbose Astro
 * also logs its phases and one line per page with that page's render time,
 * and the pass over the built pages and Pagefind log when they finish. Stage
 * boundaries are the arrival times of those lines. All values are milliseconds.
 */
export type BuildStages = {
  /** Node start and module loading, up to the annotate lap (the lap reports its own duration). */
  startup: number;
  /** Read, parse, clean, annotate and write Markdown + JSON (scripts/build.ts's own lap). */
  annotate: number;
  /** Astro import and config, content layer sync: every Markdown and JSON entry parsed, validated and rendered. */
  astroContent: number;
  /** Astro's build setup and Vite bundles. */
  astroBundle: number;
  /** Rendering every page (sum of the page lines in `pages`). */
  astroRender: number;
  /** esbuild bundles the client scripts and Astro's process ends; then every page's links are made relative and checked. */
  clientAndLinks: number;
  pagefind: number;
  /** Security headers, swapping the staged folders in, cleaning up, process exit. */
  finish: number;
  /** Render time and page count per kind of page. */
  pages: Record<PageKind, { count: number; ms: number }>;
  pagefindPages: number | null;
  /** Articles the build took from its annotation cache, when it has one. */
  annotateFromCache: number | null;
};

export type PageKind = 'article' | 'actor' | 'topic' | 'articleJson' | 'offlineIndex' | 'listing';
/** "annotate: 1000 articles in 44.2 s", or with a cache "annotate: 1000 articles (0 from cache) in 44.2 s". */
const ANNOTATE_LAP = /^annotate: (\d+) articles(?: \((\d+) from cache(?:, \d+ threads)?\))? in ([\d.]+) s/;
const KINDS: PageKind[] = ['article', 'actor', 'topic', 'articleJson', 'offlineIndex', 'listing'];

const find = (lines: TimedLine[], pattern: RegExp, from = 0): { at: number; line: TimedLine; match: RegExpMatchArray } | null => {
  for (let i = from; i < lines.length; i++) {
    const match = pattern.exec(lines[i]!.text);
    if (match) return { at: i, line: lines[i]!, match };
  }
  return null;
};

export function pageKind(path: string): PageKind {
  // Everything under an actor's or topic's own folder (its page, its feed) counts for that kind.
  if (/^\/articles\/[^/]+\//.test(path)) return 'article';
  if (/^\/actors\/[^/]+\//.test(path)) return 'actor';
  if (/^\/topics\/[^/]+\//.test(path)) return 'topic';
  if (path.startsWith('/data/articles/')) return 'articleJson';
  if (path === '/search/index.json' || path === '/search/offline-index.js') return 'offlineIndex';
  return 'listing';
}

/** Returns null when the lines needed are missing (a build without --verbose, or a changed log format). */
export function buildStages(lines: TimedLine[], wallMs: number): BuildStages | null {
  const annotate = find(lines, ANNOTATE_LAP);
  const types = find(lines, /\[types\] Generated/);
  const routes = find(lines, /generating static routes/);
  const routesDone = routes && find(lines, /^(?:\S+ )?✓ Completed in/, routes.at + 1);
  const links = find(lines, /\[dossier:pages\] links made relative/);
  const indexed = find(lines, /\[dossier:pagefind\] indexed (\d+) pages/);
  if (!annotate || !types || !routes || !routesDone || !links || !indexed) return null;

  const pages = Object.fromEntries(KINDS.map((k) => [k, { count: 0, ms: 0 }])) as BuildStages['pages'];
  for (let i = routes.at + 1; i < routesDone.at; i++) {
    const m = /[├└]─ (\/\S+) \(\+([\d.]+)(m?s)\)/.exec(lines[i]!.text);
    if (!m) continue;
    const entry = pages[pageKind(m[1]!)];
    entry.count++;
    entry.ms += Number(m[2]) * (m[3] === 's' ? 1000 : 1);
  }
  const annotateMs = Number(annotate.match[3]) * 1000;
  return {
    startup: annotate.line.ms - annotateMs,
    annotate: annotateMs,
    astroContent: types.line.ms - annotate.line.ms,
    astroBundle: routes.line.ms - types.line.ms,
    astroRender: routesDone.line.ms - routes.line.ms,
    clientAndLinks: links.line.ms - routesDone.line.ms,
    pagefind: indexed.line.ms - links.line.ms,
    finish: wallMs - indexed.line.ms,
    pages,
    pagefindPages: Number(indexed.match[1]),
    annotateFromCache: annotate.match[2] !== undefined ? Number(annotate.match[2]) : null,
  };
}

/** The baseline prints its own two laps. */
export type BaselineStages = { startupAndAstro: number; astro: number; pagefind: number; finish: number; pagefindPages: number | null };

export function baselineStages(lines: TimedLine[], wallMs: number): BaselineStages | null {
  const astro = find(lines, /^baseline astro: site built in ([\d.]+) s/);
  const pagefind = find(lines, /^baseline pagefind: indexed (\d+) pages in ([\d.]+) s/);
  if (!astro || !pagefind) return null;
  return {
    startupAndAstro: astro.line.ms,
    astro: Number(astro.match[1]) * 1000,
    pagefind: pagefind.line.ms - astro.line.ms,
    finish: wallMs - pagefind.line.ms,
    pagefindPages: Number(pagefind.match[1]),
  };
}

/** How far a build got before it failed: the last lap reached and the pages rendered by then. */
export type BuildProgress = { annotateMs: number | null; annotateLineMs: number | null; contentDoneMs: number | null; renderStartMs: number | null; lastLineMs: number; pages: Record<PageKind, number> };

export function buildProgress(lines: TimedLine[]): BuildProgress {
  const annotate = find(lines, ANNOTATE_LAP);
  const types = find(lines, /\[types\] Generated/);
  const routes = find(lines, /generating static routes/);
  const pages = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<PageKind, number>;
  for (const line of lines) {
    const m = /[├└]─ (\/\S+) \(\+/.exec(line.text);
    if (m) pages[pageKind(m[1]!)]++;
  }
  return {
    annotateMs: annotate ? Number(annotate.match[3]) * 1000 : null,
    annotateLineMs: annotate?.line.ms ?? null,
    contentDoneMs: types?.line.ms ?? null,
    renderStartMs: routes?.line.ms ?? null,
    lastLineMs: lines.length > 0 ? lines[lines.length - 1]!.ms : 0,
    pages,
  };
}

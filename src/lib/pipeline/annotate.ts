import { linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexEntities, type IndexedEntity } from '../annotate/entity-index.ts';
import { loadEntities } from '../registry/entities.ts';
import { loadTopics } from '../registry/topics.ts';
import { annotateAll, startPool, workerThreads, type Pool } from './annotate-pool.ts';
import { FILES, openStore, type Kept, type Store, type Summary } from './article-store.ts';
import { cacheFor, hashOf, memoAt, pipelineVersion, pruneOtherVersions } from './cache.ts';
import type { SiteAddress } from './citations.ts';
import type { Article } from './load.ts';
import { listSeeds, loadSeedsIn } from './seed-threads.ts';


export type AnnotateOptions = {
  seeds: string;
  out: string;
  /** The curated entity registry (content/entities). */
  entities: string;
  /** The curated topic registry (content/topics). */
  topics: string;
  /** Where the site will live, for citations of its pages. */
  address: SiteAddress;
  /** Where results are kept between runs, in a folder per version of the pipeline (see cacheFor); none means every article is annotated afresh. */
  cacheDir?: string | undefined;
  /** Called as articles are done, for a progress display. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** The output of the previous run, whose unchanged files are reused (linked) rather than written again. */
  previous?: string | undefined;
  /** Annotation threads; defaults to the machine's parallelism (DOSSIER_WORKERS overrides). */
  workers?: number | undefined;
};

export type AnnotateResult = {
  articles: Article[];
  warnings: string[];
  entities: IndexedEntity[];
  /** Articles whose results came from the cache, and those annotated now. */
  cached: number;
  annotated: number;
  /** Threads that annotated the articles not in the cache. */
  threads: number;
};

/** Indexes of the whole set, in a subfolder so the per-article globs never see them. */
export const ENTITIES_FILE = '_index/entities.json';
export const TOPICS_FILE = '_index/topics.json';
/**
 * Each article's cache key, with its files' lengths and its summary, so that
 * the next run can reuse the files of an article whose key has not changed
 * without reading them (one file for the whole set, not one per article).
 */
export const KEYS_FILE = '_index/keys.json';

type Made = Kept & { key: string };

function isMade(value: unknown): value is Made {
  if (typeof value !== 'object' || value === null) return false;
  const { key, bytes, summary } = value as Partial<Made>;
  return (
    typeof key === 'string' &&
    Array.isArray(bytes) && bytes.length === 2 && bytes.every((n) => typeof n === 'number') &&
    typeof summary === 'object' && summary !== null &&
    Array.isArray(summary.discovered) && Array.isArray(summary.counts) && Array.isArray(summary.articleTopics) && Array.isArray(summary.paragraphTopics)
  );
}

function readKeys(dir: string): Map<string, Made> {
  try {
    const entries = Object.entries(JSON.parse(readFileSync(join(dir, KEYS_FILE), 'utf8')) as Record<string, unknown>);
    // An index of an older layout (a bare key per slug), or an entry edited out of shape, gives nothing to reuse.
    return new Map(entries.filter((e): e is [string, Made] => isMade(e[1])));
  } catch {
    return new Map();
  }
}

/**
 * seeds/ → for each article a Markdown file (frontmatter and linked body) and
 * its public JSON, plus `_index/entities.json` and `_index/topics.json` for
 * the whole set. The caller decides where `out` is; the build points it at a
 * staging folder. Unchanged articles come from the cache; the annotation code
 * (compromise, citation-js) is only loaded when an article needs it.
 */
export async function annotateSeeds(options: AnnotateOptions): Promise<AnnotateResult> {
  const cacheDir = options.cacheDir ? cacheFor(options.cacheDir) : undefined;
  const store = openStore({ out: options.out, cacheDir });
  // `before` is what the previous output was made from: an article whose key
  // has not changed is linked from there instead of written again (most of
  // what an unchanged corpus costs to re-annotate is writing thousands of
  // files), and its summary comes from the previous index, not from its
  // whole output.
  const before = options.previous ? readKeys(options.previous) : new Map<string, Made>();
  // With nothing from before, every article is to be annotated: the threads
  // start first, so that their start-up overlaps the registries' loading,
  // and they read the seeds. Otherwise most articles will come from the
  // cache, and this thread reads the seeds from annotate's memo faster than
  // threads could start, unless there are thousands.
  const files = listSeeds(options.seeds);
  const fresh = before.size === 0 && !store.outputs?.any();
  const threads = workerThreads(files.length, options.workers);
  const pool = threads >= 2 && (fresh || files.length >= POOL_FOR_CACHED) ? startPool(threads) : null;
  try {
    return await annotateWith({ pool, fresh, files, cacheDir, store, before }, options);
  } finally {
    await pool?.close();
  }
}

/** From this many seeds, threads read them even when most articles will come from the cache. */
const POOL_FOR_CACHED = 2000;

type Plan = { pool: Pool | null; fresh: boolean; files: string[]; cacheDir: string | undefined; store: Store; before: Map<string, Made> };

async function annotateWith({ pool, fresh, files, cacheDir, store, before }: Plan, options: AnnotateOptions): Promise<AnnotateResult> {
  const { seeds, out, address } = options;
  const memoDir = cacheDir ? join(cacheDir, 'memo') : null;
  const memo = memoAt(memoDir);
  // Reading comes first, so that threads parse the seeds as soon as they
  // have started, while this thread reads the manifest and the registries.
  const loading = loadSeedsIn(pool, seeds, process.cwd(), memoDir, files);
  // Awaited below, after the registries, whose problems are reported first.
  loading.catch(() => {});
  const registry = loadEntities(options.entities, process.cwd(), memo);
  const topicRegistry = loadTopics(options.topics, process.cwd(), memo);
  const cache = store.outputs;
  const version = pipelineVersion();
  const input = { entities: registry.entities, topics: topicRegistry.topics, address, cacheDir, out };
  // The threads build their contexts once they have read their seeds, while this thread joins the seeds and computes their keys.
  if (pool && fresh) pool.prepare(input);
  const { articles, warnings } = await loading;
  mkdirSync(join(out, '_index'), { recursive: true });

  const fingerprint = hashOf(
    version,
    ...registry.files.flatMap((f) => [f.path, f.text]),
    ...topicRegistry.files.flatMap((f) => [f.path, f.text]),
    JSON.stringify(address),
  );
  // Outputs are written as they arrive (from the cache or a worker, in any
  // order); only what the whole-set indexes need is kept, in article order.
  const made: Kept[] = new Array(articles.length);
  let done = 0;
  const keys = articles.map((article) => hashOf(fingerprint, JSON.stringify(article)));
  let fromCache = 0;
  const reuse = (slug: string, bytes: Kept['bytes']): boolean => {
    if (!options.previous) return false;
    const links: string[] = [];
    try {
      const old = FILES.map((ext) => join(options.previous!, `${slug}${ext}`));
      // A generated file edited by hand is written afresh (a cheap check: its length).
      if (old.some((path, i) => statSync(path).size !== bytes[i])) return false;
      old.forEach((path, i) => {
        const linked = join(out, `${slug}${FILES[i]}`);
        linkSync(path, linked);
        links.push(linked);
      });
      return true;
    } catch {
      // Gone, or another file system: both are written. A link already made
      // is removed first, since writing through it would change the old file.
      for (const path of links) rmSync(path, { force: true });
      return false;
    }
  };
  const record = (index: number, kept: Kept) => {
    made[index] = kept;
    options.onProgress?.(++done, articles.length);
  };
  const missing: number[] = [];
  keys.forEach((key, index) => {
    const slug = articles[index]!.slug;
    const previous = before.get(slug);
    if (previous?.key === key && reuse(slug, previous.bytes)) {
      fromCache++;
      record(index, { summary: previous.summary, bytes: previous.bytes });
      return;
    }
    const output = cache?.get(key);
    if (!output) {
      missing.push(index);
      return;
    }
    fromCache++;
    record(index, store.write(slug, output));
  });
  // Articles annotated now are written, and cached, by the thread that annotated them.
  const threads = await annotateAll(
    missing.map((i) => ({ article: articles[i]!, key: keys[i]! })),
    input,
    (n, kept) => record(missing[n]!, kept),
    { workers: options.workers, pool },
  );

  const summaries: Summary[] = made.map((m) => m.summary);
  const perArticle = summaries.map((s) => ({ discovered: s.discovered, counts: new Map(s.counts) }));
  const topicArticles = new Map<string, number>();
  const topicParagraphs = new Map<string, number>();
  for (const s of summaries) {
    for (const id of s.articleTopics) topicArticles.set(id, (topicArticles.get(id) ?? 0) + 1);
    for (const [id, n] of s.paragraphTopics) topicParagraphs.set(id, (topicParagraphs.get(id) ?? 0) + n);
  }

  const topicIndex = topicRegistry.topics.map((t) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    articles: topicArticles.get(t.id) ?? 0,
    paragraphs: topicParagraphs.get(t.id) ?? 0,
    former_ids: t.former_ids,
  }));
  writeFileSync(join(out, TOPICS_FILE), `${JSON.stringify(topicIndex, null, 1)}\n`);
  writeFileSync(join(out, KEYS_FILE), `${JSON.stringify(Object.fromEntries(articles.map((a, i) => [a.slug, { key: keys[i], ...made[i] }])))}\n`);
  const entities = indexEntities(registry.entities, perArticle, (id) => `/actors/${id}/`);
  writeFileSync(join(out, ENTITIES_FILE), `${JSON.stringify(entities, null, 1)}\n`);
  if (options.cacheDir) pruneOtherVersions(options.cacheDir);
  return { articles, warnings, entities, cached: fromCache, annotated: articles.length - fromCache, threads };
}

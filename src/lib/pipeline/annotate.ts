import { linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexEntities, type IndexedEntity } from '../annotate/entity-index.ts';
import { NO_MEMO } from '../memo.ts';
import { loadEntities } from '../registry/entities.ts';
import { loadTopics } from '../registry/topics.ts';
import type { ArticleOutput } from './annotate-article.ts';
import { annotateAll } from './annotate-pool.ts';
import { cacheFor, hashOf, memoIn, openCache, pipelineVersion, pruneOtherVersions } from './cache.ts';
import type { SiteAddress } from './citations.ts';
import { loadSeeds, type Article } from './load.ts';


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

type Summary = Pick<ArticleOutput, 'discovered' | 'counts' | 'articleTopics' | 'paragraphTopics'>;
/** What the whole-set indexes need of an article, and the byte lengths of its two files. */
type Kept = { summary: Summary; bytes: [markdown: number, json: number] };
/** The two files written for each article, in the order of Kept['bytes']. */
const FILES = ['.md', '.json'] as const;
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
/** Each article's cache key, so that the next run can tell which files it can reuse. */
export const KEYS_FILE = '_index/keys.json';

function readKeys(dir: string): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(join(dir, KEYS_FILE), 'utf8')) as Record<string, string>));
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
  const { seeds, out, address } = options;
  const cacheDir = options.cacheDir ? cacheFor(options.cacheDir) : undefined;
  const memo = cacheDir ? memoIn(join(cacheDir, 'memo')) : NO_MEMO;
  const registry = loadEntities(options.entities, process.cwd(), memo);
  const topicRegistry = loadTopics(options.topics, process.cwd(), memo);
  const cache = cacheDir ? openCache<ArticleOutput>(join(cacheDir, 'articles')) : undefined;
  const version = pipelineVersion();
  const { articles, warnings } = loadSeeds(seeds, process.cwd(), memo);
  mkdirSync(join(out, '_index'), { recursive: true });

  const fingerprint = hashOf(
    version,
    ...registry.files.flatMap((f) => [f.path, f.text]),
    ...topicRegistry.files.flatMap((f) => [f.path, f.text]),
    JSON.stringify(address),
  );
  // Outputs are written as they arrive (from the cache or a worker, in any
  // order); only what the whole-set indexes need is kept, in article order.
  const summaries: Summary[] = new Array(articles.length);
  let done = 0;
  const keys = articles.map((article) => hashOf(fingerprint, JSON.stringify(article)));
  // What the previous output was made from: an article whose key has not
  // changed is linked from there instead of written again (most of what an
  // unchanged corpus costs to re-annotate is writing thousands of files), and
  // then only its summary is read from the cache, not its whole output.
  const before = options.previous ? readKeys(options.previous) : new Map<string, string>();
  const kept = cacheDir ? openCache<Kept>(join(cacheDir, 'summaries')) : undefined;
  let fromCache = 0;
  const reuse = (slug: string, key: string, bytes: Kept['bytes']): boolean => {
    if (!options.previous || before.get(slug) !== key) return false;
    const made: string[] = [];
    try {
      const old = FILES.map((ext) => join(options.previous!, `${slug}${ext}`));
      // A generated file edited by hand is written afresh (a cheap check: its length).
      if (old.some((path, i) => statSync(path).size !== bytes[i])) return false;
      old.forEach((path, i) => {
        const linked = join(out, `${slug}${FILES[i]}`);
        linkSync(path, linked);
        made.push(linked);
      });
      return true;
    } catch {
      // Gone, or another file system: both are written. A link already made
      // is removed first, since writing through it would change the old file.
      for (const path of made) rmSync(path, { force: true });
      return false;
    }
  };
  const record = (index: number, summary: Summary) => {
    summaries[index] = summary;
    options.onProgress?.(++done, articles.length);
  };
  /** What the indexes need of an output, and its files' lengths, remembered under its key. */
  const keep = (key: string, output: ArticleOutput): Kept => {
    const made: Kept = {
      summary: { discovered: output.discovered, counts: output.counts, articleTopics: output.articleTopics, paragraphTopics: output.paragraphTopics },
      bytes: [Buffer.byteLength(output.markdown), Buffer.byteLength(output.json)],
    };
    kept?.set(key, made);
    return made;
  };
  /** An output's two files, linked from the previous output where they are the same (unless that was just tried), or written. */
  const take = (index: number, output: ArticleOutput, made: Kept, linkTried = false) => {
    const slug = articles[index]!.slug;
    if (linkTried || !reuse(slug, keys[index]!, made.bytes)) {
      writeFileSync(join(out, `${slug}${FILES[0]}`), output.markdown);
      writeFileSync(join(out, `${slug}${FILES[1]}`), output.json);
    }
    record(index, made.summary);
  };
  const missing: number[] = [];
  keys.forEach((key, index) => {
    const known = kept?.get(key);
    if (known && reuse(articles[index]!.slug, key, known.bytes)) {
      fromCache++;
      record(index, known.summary);
      return;
    }
    const output = cache?.get(key);
    if (!output) {
      missing.push(index);
      return;
    }
    fromCache++;
    take(index, output, known ?? keep(key, output), known !== undefined);
  });
  const threads = await annotateAll(
    missing.map((i) => articles[i]!),
    { entities: registry.entities, topics: topicRegistry.topics, address, cacheDir },
    (n, output) => {
      const index = missing[n]!;
      cache?.set(keys[index]!, output);
      take(index, output, keep(keys[index]!, output));
    },
    { workers: options.workers },
  );

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
  writeFileSync(join(out, KEYS_FILE), `${JSON.stringify(Object.fromEntries(articles.map((a, i) => [a.slug, keys[i]])), null, 1)}\n`);
  const entities = indexEntities(registry.entities, perArticle, (id) => `/actors/${id}/`);
  writeFileSync(join(out, ENTITIES_FILE), `${JSON.stringify(entities, null, 1)}\n`);
  if (options.cacheDir) pruneOtherVersions(options.cacheDir);
  return { articles, warnings, entities, cached: fromCache, annotated: articles.length - fromCache, threads };
}

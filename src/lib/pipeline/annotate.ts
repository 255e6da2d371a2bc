import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexEntities, type IndexedEntity } from '../annotate/entity-index.ts';
import { loadEntities } from '../registry/entities.ts';
import { loadTopics } from '../registry/topics.ts';
import type { ArticleOutput } from './annotate-article.ts';
import { annotateAll } from './annotate-pool.ts';
import { hashOf, openCache, pipelineVersion } from './cache.ts';
import type { SiteAddress } from './citations.ts';
import { loadSeeds, type Article } from './load.ts';

export { actorHref } from './annotate-article.ts';

export type AnnotateOptions = {
  seeds: string;
  out: string;
  /** The curated entity registry (content/entities). */
  entities: string;
  /** The curated topic registry (content/topics). */
  topics: string;
  /** Where the site will live, for citations of its pages. */
  address: SiteAddress;
  /** Where results are kept between runs; none means every article is annotated afresh. */
  cacheDir?: string | undefined;
  /** Called as articles are done, for a progress display. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Annotation threads; defaults to the machine's parallelism (DOSSIER_WORKERS overrides). */
  workers?: number | undefined;
};

type Summary = Pick<ArticleOutput, 'discovered' | 'counts' | 'articleTopics' | 'paragraphTopics'>;
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
 * seeds/ → for each article a Markdown file (frontmatter and linked body) and
 * its public JSON, plus `_index/entities.json` and `_index/topics.json` for
 * the whole set. The caller decides where `out` is; the build points it at a
 * staging folder. Unchanged articles come from the cache; the annotation code
 * (compromise, citation-js) is only loaded when an article needs it.
 */
export async function annotateSeeds(options: AnnotateOptions): Promise<AnnotateResult> {
  const { seeds, out, address } = options;
  const registry = loadEntities(options.entities);
  const topicRegistry = loadTopics(options.topics);
  const { articles, warnings } = loadSeeds(seeds);
  mkdirSync(join(out, '_index'), { recursive: true });

  const fingerprint = hashOf(
    pipelineVersion(),
    ...registry.files.flatMap((f) => [f.path, f.text]),
    ...topicRegistry.files.flatMap((f) => [f.path, f.text]),
    JSON.stringify(address),
  );
  const cache = options.cacheDir ? openCache<ArticleOutput>(options.cacheDir) : undefined;

  // Outputs are written as they arrive (from the cache or a worker, in any
  // order); only what the whole-set indexes need is kept, in article order.
  const summaries: Summary[] = new Array(articles.length);
  let done = 0;
  const take = (index: number, output: ArticleOutput) => {
    const article = articles[index]!;
    writeFileSync(join(out, `${article.slug}.md`), output.markdown);
    writeFileSync(join(out, `${article.slug}.json`), output.json);
    summaries[index] = { discovered: output.discovered, counts: output.counts, articleTopics: output.articleTopics, paragraphTopics: output.paragraphTopics };
    options.onProgress?.(++done, articles.length);
  };
  const keys = articles.map((article) => hashOf(fingerprint, JSON.stringify(article)));
  const missing: number[] = [];
  keys.forEach((key, index) => {
    const output = cache?.get(key);
    if (output) take(index, output);
    else missing.push(index);
  });
  const threads = await annotateAll(
    missing.map((i) => articles[i]!),
    { entities: registry.entities, topics: topicRegistry.topics, address },
    (n, output) => {
      const index = missing[n]!;
      cache?.set(keys[index]!, output);
      take(index, output);
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
  const entities = indexEntities(registry.entities, perArticle, (id) => `/actors/${id}/`);
  writeFileSync(join(out, ENTITIES_FILE), `${JSON.stringify(entities, null, 1)}\n`);
  return { articles, warnings, entities, cached: cache?.hits ?? 0, annotated: articles.length - (cache?.hits ?? 0), threads };
}

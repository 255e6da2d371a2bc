import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexEntities, type IndexedEntity } from '../annotate/entity-index.ts';
import type { Discovered } from '../annotate/discover.ts';
import { loadEntities } from '../registry/entities.ts';
import { loadTopics } from '../registry/topics.ts';
import type { ArticleOutput, Context } from './annotate-article.ts';
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
};
export type AnnotateResult = {
  articles: Article[];
  warnings: string[];
  entities: IndexedEntity[];
  /** Articles whose results came from the cache, and those annotated now. */
  cached: number;
  annotated: number;
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
  let context: Context | undefined;
  let annotateOne: ((article: Article, ctx: Context) => ArticleOutput) | undefined;

  const perArticle: { discovered: Discovered[]; counts: Map<string, number> }[] = [];
  const topicArticles = new Map<string, number>();
  const topicParagraphs = new Map<string, number>();
  let done = 0;
  for (const article of articles) {
    const key = hashOf(fingerprint, JSON.stringify(article));
    let output = cache?.get(key);
    if (!output) {
      if (!annotateOne || !context) {
        const [{ annotateOne: one }, { buildLexicon }, { buildTopicMatcher }] = await Promise.all([
          import('./annotate-article.ts'),
          import('../annotate/lexicon.ts'),
          import('../annotate/topics.ts'),
        ]);
        annotateOne = one;
        context = {
          lexicon: buildLexicon(registry.entities),
          topicMatcher: buildTopicMatcher(topicRegistry.topics),
          topicNames: new Map(topicRegistry.topics.map((t) => [t.id, t.name])),
          names: new Map(registry.entities.map((e) => [e.id, e.name])),
          types: new Map(registry.entities.map((e) => [e.id, { type: e.type }])),
          address,
        };
      }
      output = annotateOne(article, context);
      cache?.set(key, output);
    }
    writeFileSync(join(out, `${article.slug}.md`), output.markdown);
    writeFileSync(join(out, `${article.slug}.json`), output.json);
    perArticle.push({ discovered: output.discovered, counts: new Map(output.counts) });
    for (const id of output.articleTopics) topicArticles.set(id, (topicArticles.get(id) ?? 0) + 1);
    for (const [id, n] of output.paragraphTopics) topicParagraphs.set(id, (topicParagraphs.get(id) ?? 0) + n);
    options.onProgress?.(++done, articles.length);
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
  return { articles, warnings, entities, cached: cache?.hits ?? 0, annotated: articles.length - (cache?.hits ?? 0) };
}

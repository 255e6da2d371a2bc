// What annotating takes, loaded only when there is something to annotate: the
// context built from the registries, the annotation code and the output store.
// The same for the calling thread and for each worker thread
// (annotate-pool.ts), so that which thread made an output never shows in it.
import type { Job, PoolInput } from './annotate-pool.ts';
import type { Kept } from './article-store.ts';
import type { Article } from './load.ts';

export type Annotator = {
  /**
   * Loads citation-js if one of these articles needs it (most never do).
   * Called before any article is annotated: discovery loads compromise on
   * first use, and citeproc builds its engines several times slower with
   * compromise in memory.
   */
  prepare(articles: readonly Article[]): Promise<void>;
  /** Annotates one article and writes its files and cache entry; returns what the whole-set indexes need. */
  put(job: Job): Kept;
};

export async function openAnnotator(input: PoolInput): Promise<Annotator> {
  const [{ buildContext }, { annotateOne }, { prepareCitations }, { openStore }] = await Promise.all([
    import('./context.ts'),
    import('./annotate-article.ts'),
    import('./citations.ts'),
    import('./article-store.ts'),
  ]);
  const context = await buildContext(input);
  const store = openStore(input);
  return {
    prepare: (articles) => prepareCitations(articles, context.address, context.citations),
    put: ({ article, key }) => store.put(article.slug, key, annotateOne(article, context)),
  };
}

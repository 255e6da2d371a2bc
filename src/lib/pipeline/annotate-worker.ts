// One annotation thread (see annotate-pool.ts): builds its own context from
// the registries, then annotates the batches of articles it is sent and
// writes their files and cache entries.
import { parentPort, workerData } from 'node:worker_threads';
import { annotateOne } from './annotate-article.ts';
import type { PoolInput } from './annotate-pool.ts';
import { openStore } from './article-store.ts';
import { prepareCitations } from './citations.ts';
import { buildContext } from './context.ts';
import type { Article } from './load.ts';

const input = workerData as PoolInput;
const context = await buildContext(input);
const store = openStore(input);

parentPort!.on('message', async (batch: { index: number; article: Article; key: string }[]) => {
  let current = '';
  try {
    // citation-js is loaded on the first batch that needs it (most never do).
    await prepareCitations(batch.map(({ article }) => article), context.address, context.citations);
    const results = batch.map(({ index, article, key }) => {
      current = article.path;
      return { index, made: store.put(article.slug, key, annotateOne(article, context)) };
    });
    parentPort!.postMessage({ results });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    parentPort!.postMessage({ error: { message: e.message, stack: e.stack, article: current } });
  }
});

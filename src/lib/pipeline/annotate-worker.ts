// One annotation thread (see annotate-pool.ts): builds its own context from
// the registries, then annotates the batches of articles it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { annotateOne } from './annotate-article.ts';
import { prepareCitations } from './citations.ts';
import { buildContext, type ContextInput } from './context.ts';
import type { Article } from './load.ts';

const context = await buildContext(workerData as ContextInput);

parentPort!.on('message', async (batch: { index: number; article: Article }[]) => {
  let current = '';
  try {
    // citation-js is loaded on the first batch that needs it (most never do).
    await prepareCitations(batch.map(({ article }) => article), context.address, context.citations);
    const results = batch.map(({ index, article }) => {
      current = article.path;
      return { index, output: annotateOne(article, context) };
    });
    parentPort!.postMessage({ results });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    parentPort!.postMessage({ error: { message: e.message, stack: e.stack, article: current } });
  }
});

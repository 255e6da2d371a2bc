// One annotation thread (see annotate-pool.ts): builds its own context from
// the registries, then annotates the batches of articles it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCitations } from './citations.ts';
import { buildContext, type ContextInput } from './context.ts';
import type { Article } from './load.ts';

// citeproc's engines are built first, before compromise can be loaded (on
// first use), as in the main thread (see loadCitations). A worker is only
// started for 40 articles or more, nearly always with some to cite.
await loadCitations();
const { annotateOne } = await import('./annotate-article.ts');
const context = await buildContext(workerData as ContextInput);

parentPort!.on('message', (batch: { index: number; article: Article }[]) => {
  let current = '';
  try {
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

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleOutput, Context } from './annotate-article.ts';
import { buildContext, type ContextInput } from './context.ts';
import type { Article } from './load.ts';

/** Below this many articles a worker's start-up (its modules, the registries' lexicon, compromise) costs more than it saves. */
const MIN_PER_WORKER = 40;
/** Articles handed to a worker at a time: small enough to balance the load, big enough to keep messages few. */
const BATCH = 8;

export type PoolOptions = {
  /** How many threads may annotate; defaults to the machine's parallelism. */
  workers?: number | undefined;
};

/**
 * Annotates `articles` and calls `onResult` for each, in any order, with its
 * position in the list. Spreads the work over worker threads when there is
 * enough of it; each worker builds its own context from the same registries,
 * so the output is the same whichever thread made it. Returns how many
 * threads annotated (0 when there was nothing to do).
 */
export async function annotateAll(
  articles: Article[],
  input: ContextInput,
  onResult: (index: number, output: ArticleOutput) => void,
  options: PoolOptions = {},
): Promise<number> {
  const wanted = options.workers ?? Number(process.env.DOSSIER_WORKERS || availableParallelism());
  const threads = Math.max(0, Math.min(wanted, Math.floor(articles.length / MIN_PER_WORKER)));
  if (threads < 2) {
    await annotateHere(articles, input, onResult);
    return articles.length > 0 ? 1 : 0;
  }
  await annotateInWorkers(articles, input, onResult, threads);
  return threads;
}

async function annotateHere(articles: Article[], input: ContextInput, onResult: (index: number, output: ArticleOutput) => void): Promise<void> {
  if (articles.length === 0) return;
  // The context loads no NLP, and citation-js, when an article needs it, is
  // loaded before compromise (loaded on first use, by discovery): citeproc
  // builds its engines several times slower with compromise in memory.
  const context: Context = await buildContext(input);
  const { prepareCitations } = await import('./citations.ts');
  await prepareCitations(articles, context.address, context.citations);
  const { annotateOne } = await import('./annotate-article.ts');
  articles.forEach((article, index) => onResult(index, annotateOne(article, context)));
}

type Reply = { results: { index: number; output: ArticleOutput }[] } | { error: { message: string; stack?: string | undefined; article: string } };

function annotateInWorkers(articles: Article[], input: ContextInput, onResult: (index: number, output: ArticleOutput) => void, threads: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let running = threads;
    let failed = false;
    const workers: Worker[] = [];
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(error);
    };
    const feed = (worker: Worker) => {
      if (next >= articles.length) {
        void worker.terminate();
        return;
      }
      const batch = articles.slice(next, next + BATCH).map((article, i) => ({ index: next + i, article }));
      next += batch.length;
      worker.postMessage(batch);
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(new URL('./annotate-worker.ts', import.meta.url), { workerData: input });
      workers.push(worker);
      worker.on('message', (reply: Reply) => {
        if ('error' in reply) {
          const error = new Error(`annotating ${reply.error.article}: ${reply.error.message}`);
          if (reply.error.stack) error.stack = `${error.message}\n${reply.error.stack}`;
          fail(error);
          return;
        }
        try {
          for (const { index, output } of reply.results) onResult(index, output);
        } catch (error) {
          fail(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        feed(worker);
      });
      worker.on('error', (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
      worker.on('exit', () => {
        running -= 1;
        if (running === 0 && !failed) {
          if (next < articles.length) fail(new Error('annotation workers stopped before every article was done'));
          else resolve();
        }
      });
      feed(worker);
    }
  });
}

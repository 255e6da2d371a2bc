import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Context } from './annotate-article.ts';
import { openStore, type Destination, type Kept } from './article-store.ts';
import { buildContext, type ContextInput } from './context.ts';
import type { Article } from './load.ts';

/** Below this many articles a worker's start-up (its modules, the registries' lexicon, compromise) costs more than it saves. */
const MIN_PER_WORKER = 40;
/** Articles handed to a worker at a time: small enough to balance the load, big enough to keep messages few. */
export const BATCH = 8;

/** An article to annotate, and the key its output is cached under. */
export type Job = { article: Article; key: string };
/** What every thread needs: the registries and address for its context, and where the output goes. */
export type PoolInput = ContextInput & Destination;

export type PoolOptions = {
  /** How many threads may annotate; defaults to the machine's parallelism. */
  workers?: number | undefined;
};

/**
 * Annotates each job's article, writes its files and cache entries (see
 * article-store.ts), and calls `onResult` for each, in any order, with its
 * position in the list. Spreads the work over worker threads when there is
 * enough of it; each worker builds its own context from the same registries,
 * so the output is the same whichever thread made it. Returns how many
 * threads annotated (0 when there was nothing to do).
 */
export async function annotateAll(jobs: Job[], input: PoolInput, onResult: (index: number, made: Kept) => void, options: PoolOptions = {}): Promise<number> {
  const threads = workerThreads(jobs.length, options.workers);
  if (threads < 2) {
    await annotateHere(jobs, input, onResult);
    return jobs.length > 0 ? 1 : 0;
  }
  await annotateInWorkers(jobs, input, onResult, threads);
  return threads;
}

async function annotateHere(jobs: Job[], input: PoolInput, onResult: (index: number, made: Kept) => void): Promise<void> {
  if (jobs.length === 0) return;
  // The context loads no NLP, and citation-js, when an article needs it, is
  // loaded before compromise (loaded on first use, by discovery): citeproc
  // builds its engines several times slower with compromise in memory.
  const context: Context = await buildContext(input);
  const { prepareCitations } = await import('./citations.ts');
  await prepareCitations(
    jobs.map((job) => job.article),
    context.address,
    context.citations,
  );
  const { annotateOne } = await import('./annotate-article.ts');
  const store = openStore(input);
  jobs.forEach(({ article, key }, index) => onResult(index, store.put(article.slug, key, annotateOne(article, context))));
}

/** How many worker threads annotate `articles` articles (fewer than 2: none, the calling thread does). */
export function workerThreads(articles: number, workers?: number): number {
  const wanted = workers ?? Number(process.env.DOSSIER_WORKERS || availableParallelism());
  return Math.max(0, Math.min(wanted, Math.floor(articles / MIN_PER_WORKER)));
}

type Reply = { results: { index: number; made: Kept }[] } | { error: { message: string; stack?: string | undefined; article: string } };

function annotateInWorkers(jobs: Job[], input: PoolInput, onResult: (index: number, made: Kept) => void, threads: number): Promise<void> {
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
      if (next >= jobs.length) {
        void worker.terminate();
        return;
      }
      const batch = jobs.slice(next, next + BATCH).map((job, i) => ({ index: next + i, ...job }));
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
          for (const { index, made } of reply.results) onResult(index, made);
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
          if (next < jobs.length) fail(new Error('annotation workers stopped before every article was done'));
          else resolve();
        }
      });
      feed(worker);
    }
  });
}

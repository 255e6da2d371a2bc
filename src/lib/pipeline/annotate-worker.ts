// One thread of annotate-pool.ts. It is asked, in this order: to read and
// parse a share of the seeds; to build its context from the registries; to
// annotate batches of articles and write their files and cache entries. It
// answers each request once, in the order asked.
import { parentPort } from 'node:worker_threads';
import type { Request, Reply } from './annotate-pool.ts';
import { openAnnotator, type Annotator } from './annotator.ts';
import { memoAt } from './cache.ts';
import { readSafely, sendable } from './seed-read.ts';

// The annotation code is loaded with the context, not with the thread: the
// seeds are read first, and a run whose articles all come from the cache
// never needs it.
let annotator: Annotator | undefined;
/** The seed of the article being annotated, for the message of an error. */
let current = '';

async function answer(request: Request): Promise<Reply> {
  if ('read' in request) {
    const { dir, memoDir, seeds } = request.read;
    const memo = memoAt(memoDir);
    return { reads: seeds.map(({ name, path }) => sendable(readSafely(dir, name, path, memo))) };
  }
  if ('prepare' in request) {
    annotator = await openAnnotator(request.prepare);
    return { ready: true };
  }
  const ready = annotator;
  if (!ready) throw new Error('asked to annotate before the context was built');
  const { batch } = request;
  await ready.prepare(batch.map(({ article }) => article));
  return {
    results: batch.map(({ index, ...job }) => {
      current = job.article.path;
      return { index, made: ready.put(job) };
    }),
  };
}

let queue = Promise.resolve();
parentPort!.on('message', (request: Request) => {
  queue = queue.then(async () => {
    current = '';
    try {
      parentPort!.postMessage(await answer(request));
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      parentPort!.postMessage({ error: { message: e.message, stack: e.stack, article: current } } satisfies Reply);
    }
  });
});

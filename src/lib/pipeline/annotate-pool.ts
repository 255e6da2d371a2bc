import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { openAnnotator } from './annotator.ts';
import type { Destination, Kept } from './article-store.ts';
import type { ContextInput } from './context.ts';
import type { Article } from './load.ts';
import type { SentRead } from './seed-read.ts';

/** Below this many articles a worker's start-up (its modules, the registries' lexicon) costs more than it saves. */
const MIN_PER_WORKER = 40;
/** Articles handed to a worker at a time: small enough to balance the load, big enough to keep messages few. */
export const BATCH = 8;
/** Batches a thread holds at once: the one it works on, and the next. */
const IN_FLIGHT = 2;

/** An article to annotate, and the key its output is cached under. */
export type Job = { article: Article; key: string };
/** What every thread needs: the registries and address for its context, and where the output goes. */
export type PoolInput = ContextInput & Destination;

/** Seeds for a thread to read and parse: where they are, annotate's memo, and each seed's name and shown path. */
export type SeedJob = { dir: string; memoDir: string | null; seeds: { name: string; path: string }[] };

/** What a thread is asked, one message at a time, and answers in the same order. */
export type Request = { read: SeedJob } | { prepare: PoolInput } | { batch: (Job & { index: number })[] };
export type Reply =
  | { reads: SentRead[] }
  | { ready: true }
  | { results: { index: number; made: Kept }[] }
  | { error: { message: string; stack?: string | undefined; article: string } };

export type PoolOptions = {
  /** How many threads may annotate; defaults to the machine's parallelism. */
  workers?: number | undefined;
  /** Threads already started (startPool) to use instead of starting new ones. */
  pool?: Pool | null | undefined;
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
  if (jobs.length === 0) return 0;
  if (options.pool) return options.pool.annotate(jobs, input, onResult);
  const threads = workerThreads(jobs.length, options.workers);
  if (threads < 2) {
    await annotateHere(jobs, input, onResult);
    return 1;
  }
  const pool = startPool(threads);
  try {
    return await pool.annotate(jobs, input, onResult);
  } finally {
    await pool.close();
  }
}

async function annotateHere(jobs: Job[], input: PoolInput, onResult: (index: number, made: Kept) => void): Promise<void> {
  const annotator = await openAnnotator(input);
  await annotator.prepare(jobs.map((job) => job.article));
  jobs.forEach((job, index) => onResult(index, annotator.put(job)));
}

/** How many worker threads annotate `articles` articles (fewer than 2: none, the calling thread does). */
export function workerThreads(articles: number, workers?: number): number {
  const wanted = workers ?? Number(process.env.DOSSIER_WORKERS || availableParallelism());
  return Math.max(0, Math.min(wanted, Math.floor(articles / MIN_PER_WORKER)));
}

/**
 * Worker threads that read the seeds and then annotate them. They are started
 * before anything else, so that their start-up (a quarter of a second: their
 * modules) overlaps the registries' loading, and the seeds are parsed on
 * them rather than on the calling thread, which would leave a core idle.
 */
export type Pool = {
  readonly threads: number;
  /** Reads and parses the seeds, dealt to the threads in turn; the reads come back in the order of `seeds`. */
  read(job: SeedJob): Promise<SentRead[]>;
  /** Has every thread build its context now, while the caller does other work, rather than when its first articles come. */
  prepare(input: PoolInput): void;
  /** annotateAll on these threads; returns how many of them annotated. */
  annotate(jobs: Job[], input: PoolInput, onResult: (index: number, made: Kept) => void): Promise<number>;
  /** Stops the threads; the pool cannot be used after. */
  close(): Promise<void>;
};

type Thread = { worker: Worker; ask(request: Request): Promise<Reply>; prepared: Promise<Reply> | null };

export function startPool(threads: number): Pool {
  let stopped: Error | null = null;
  const all = Array.from({ length: threads }, (): Thread => {
    const worker = new Worker(new URL('./annotate-worker.ts', import.meta.url));
    // A thread answers its requests one by one, in order.
    const waiting: { done: (reply: Reply) => void; fail: (error: Error) => void }[] = [];
    const failAll = (error: Error) => {
      stopped ??= error;
      for (const w of waiting.splice(0)) w.fail(error);
    };
    worker.on('message', (reply: Reply) => {
      const asker = waiting.shift();
      if (!asker) return;
      if ('error' in reply) {
        const error = new Error(reply.error.article ? `annotating ${reply.error.article}: ${reply.error.message}` : reply.error.message);
        if (reply.error.stack) error.stack = `${error.message}\n${reply.error.stack}`;
        asker.fail(error);
      } else asker.done(reply);
    });
    worker.on('error', (error: unknown) => failAll(error instanceof Error ? error : new Error(String(error))));
    worker.on('exit', (code) => failAll(new Error(`an annotation thread stopped (exit ${code})`)));
    return {
      worker,
      prepared: null,
      ask: (request) =>
        new Promise((done, fail) => {
          if (stopped) return fail(stopped);
          waiting.push({ done, fail });
          worker.postMessage(request);
        }),
    };
  });
  const prepare = (thread: Thread, input: PoolInput) => {
    thread.prepared ??= thread.ask({ prepare: input });
    // Awaited when the thread is first given articles; a failure here is reported there.
    thread.prepared.catch(() => {});
    return thread.prepared;
  };

  return {
    threads,
    async read({ dir, memoDir, seeds }) {
      // Dealt in turn, so that each thread gets its share of long and short seeds.
      const shares = all.map((_, t) => seeds.map((_, i) => i).filter((i) => i % threads === t));
      const parts = await Promise.all(all.map((thread, t) => thread.ask({ read: { dir, memoDir, seeds: shares[t]!.map((i) => seeds[i]!) } })));
      const reads: SentRead[] = new Array(seeds.length);
      shares.forEach((share, t) => {
        const part = parts[t] as Extract<Reply, { reads: unknown }>;
        share.forEach((i, k) => (reads[i] = part.reads[k]!));
      });
      return reads;
    },
    prepare(input) {
      for (const thread of all) prepare(thread, input);
    },
    async annotate(jobs, input, onResult) {
      // Handed out a batch at a time, the next to whichever thread answers first,
      // so that a thread slowed by the machine does not hold the others' work.
      let next = 0;
      let used = 0;
      // After one thread's failure the others take no more work.
      let failed = false;
      await Promise.all(
        all.map(async (thread) => {
          if (next >= jobs.length) return;
          used++;
          try {
            await prepare(thread, input);
            // Each thread is asked for IN_FLIGHT batches at a time, so that it
            // has the next when it answers the last instead of waiting for it.
            const ask = async () => {
              while (next < jobs.length && !failed) {
                const from = next;
                next = Math.min(next + BATCH, jobs.length);
                const batch = jobs.slice(from, next).map((job, i) => ({ index: from + i, ...job }));
                const reply = (await thread.ask({ batch })) as Extract<Reply, { results: unknown }>;
                for (const { index, made } of reply.results) onResult(index, made);
              }
            };
            await Promise.all(Array.from({ length: IN_FLIGHT }, ask));
          } catch (error) {
            failed = true;
            throw error;
          }
        }),
      );
      return used;
    },
    async close() {
      stopped ??= new Error('the annotation threads were closed');
      await Promise.all(all.map((thread) => thread.worker.terminate()));
    },
  };
}

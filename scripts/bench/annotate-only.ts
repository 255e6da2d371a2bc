// Times Dossier's annotation stage alone, in process, with no Astro, three ways:
// - parsing and cleaning the seeds (loadSeeds);
// - the whole stage as scripts/build.ts runs it (annotateSeeds: the seeds
//   read, parsed, cleaned, annotated and written as Markdown + JSON), twice;
// - annotation proper: the parsed articles annotated into their Markdown and
//   JSON in memory, on as many threads as the build uses, with no reading,
//   parsing or writing of files (the issue's "annotate" stage, between "parse
//   and clean" and "write Markdown"); the threads' start-up is timed apart.
// Process start and this thread's module loading are excluded; the annotation
// threads' are part of the stage, and the benchmark runs this script with
// Node's compile cache, as the build runs its annotation stage. Prints one
// JSON line for scripts/bench/build.ts.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { commandLine } from '../lib/cli.ts';

const USAGE = 'usage: node scripts/bench/annotate-only.ts --seeds <dir> --root <project copy> --scratch <empty dir, left for the caller to remove>';
const { values } = commandLine({ options: { seeds: { type: 'string' }, root: { type: 'string' }, scratch: { type: 'string' } }, strict: true }, USAGE);
if (!values.seeds || !values.root || !values.scratch) {
  console.error(`error: --seeds, --root and --scratch are required\n${USAGE}`);
  process.exit(1);
}
const root = resolve(values.root);
const seeds = resolve(values.seeds);
type Annotate = typeof import('../../src/lib/pipeline/annotate.ts');
type Load = typeof import('../../src/lib/pipeline/load.ts');
type Registries = typeof import('../../src/lib/registry/entities.ts') & typeof import('../../src/lib/registry/topics.ts');
type Pool = typeof import('../../src/lib/pipeline/annotate-pool.ts');
const { annotateSeeds } = (await import(pathToFileURL(join(root, 'src/lib/pipeline/annotate.ts')).href)) as Annotate;
const { loadSeeds } = (await import(pathToFileURL(join(root, 'src/lib/pipeline/load.ts')).href)) as Load;
const { loadEntities } = (await import(pathToFileURL(join(root, 'src/lib/registry/entities.ts')).href)) as Registries;
const { loadTopics } = (await import(pathToFileURL(join(root, 'src/lib/registry/topics.ts')).href)) as Registries;
// Older code under test, from before BATCH was exported, is fed 8 at a time, its value then.
const pool = (await import(pathToFileURL(join(root, 'src/lib/pipeline/annotate-pool.ts')).href)) as Pool & { BATCH?: number };
const { workerThreads } = pool;

const address = { site: 'https://dossier.example.org', base: '/', title: 'Dossier: Iran–US relations' };
const options = (out: string) => ({ seeds, out, entities: join(root, 'content/entities'), topics: join(root, 'content/topics'), address });

// Parse + clean only, to separate it from annotation proper.
let t = performance.now();
const loaded = loadSeeds(seeds);
const parseMs = performance.now() - t;

// Left in place: the benchmark removes it after its last measurement (see lib/trash.ts).
const scratch = resolve(values.scratch);
// First call: what a build pays (registry, lexicon and NLP models built, code not yet optimised).
t = performance.now();
// Awaited: annotateSeeds has been synchronous and asynchronous in turn.
const first = await annotateSeeds(options(join(scratch, 'a')));
const coldMs = performance.now() - t;
// Second call in the same process: the steady-state cost per article.
t = performance.now();
await annotateSeeds(options(join(scratch, 'b')));
const warmMs = performance.now() - t;

const memory = await annotateInMemory(loaded.articles);
// The in-memory run must make exactly what the build wrote, or it measured something else.
const written = readdirSync(join(scratch, 'a')).filter((n) => n.endsWith('.md') || n.endsWith('.json')).reduce((sum, n) => sum + statSync(join(scratch, 'a', n)).size, 0);
if (memory.bytes !== written) throw new Error(`annotation in memory made ${memory.bytes} bytes, the build wrote ${written}`);
console.log(JSON.stringify({ articles: first.articles.length, parsed: loaded.articles.length, parseMs, coldMs, warmMs, threads: memory.threads, threadStartMs: memory.startMs, inMemoryMs: memory.ms, entities: first.entities.length, maxRss: process.resourceUsage().maxRSS * 1024 }));

async function annotateInMemory(articles: typeof loaded.articles): Promise<{ threads: number; startMs: number; ms: number; bytes: number }> {
  // As many threads as the build would start for this many articles (one where it would annotate on its own thread).
  const threads = Math.max(1, workerThreads(articles.length));
  const context = { entities: loadEntities(join(root, 'content/entities')).entities, topics: loadTopics(join(root, 'content/topics')).topics, address };
  let started = performance.now();
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./lib/annotate-thread.ts', import.meta.url), { workerData: { root, context } }));
  // A thread's next message, or its error; each listener goes when the other fires, since a thread is asked many times.
  const next = (worker: Worker) => new Promise<{ ms: number; bytes: number }>((done, fail) => {
    const onMessage = (message: { ms: number; bytes: number }) => {
      worker.off('error', onError);
      done(message);
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      fail(error);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
  });
  await Promise.all(workers.map(next));
  const startMs = performance.now() - started;
  // Handed out as the build hands them out (annotate-pool.ts): a batch to each
  // thread, and the next batch to whichever thread answers first, so that a
  // thread slowed by the machine does not hold the others' finished work.
  const batch = pool.BATCH ?? 8;
  started = performance.now();
  let given = 0;
  let bytes = 0;
  await Promise.all(
    workers.map(async (worker) => {
      while (given < articles.length) {
        const from = given;
        given += batch;
        const reply = next(worker);
        worker.postMessage(articles.slice(from, given));
        const made = await reply;
        bytes += made.bytes;
      }
    }),
  );
  const ms = performance.now() - started;
  await Promise.all(workers.map((worker) => worker.terminate()));
  return { threads, startMs, ms, bytes };
}

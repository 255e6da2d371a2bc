import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DossierError } from '../errors.ts';
import { memoAt } from './cache.ts';
import { joinSeeds, loadSeeds, planSeeds, seedFiles, shownPath, type LoadResult, type SeedRead } from './load.ts';

/**
 * loadSeeds with the seeds read and parsed on worker threads. Parsing is
 * about 0.4 ms a seed, and the annotation threads wait for all of it: 3.9 s
 * of one thread at 10,000 seeds. Below MIN_PER_THREAD seeds a thread's start
 * costs more than it saves, and the seeds are read here. The outcome is
 * loadSeeds', problems and all (tests/unit/seed-threads.test.ts).
 */
export const MIN_PER_THREAD = 1000;

/** `memoDir`: the folder of annotate's memo, or null for none. `minPerThread` is for tests. */
export async function loadSeedsInThreads(dir: string, cwd: string, memoDir: string | null, workers?: number, minPerThread = MIN_PER_THREAD): Promise<LoadResult> {
  const memo = memoAt(memoDir);
  const wanted = workers ?? Number(process.env.DOSSIER_WORKERS || availableParallelism());
  const files = existsSync(dir) && statSync(dir).isDirectory() ? seedFiles(dir) : [];
  const threads = Math.min(wanted, Math.floor(files.length / minPerThread));
  if (threads < 2) return loadSeeds(dir, cwd, memo);
  const seeds = files.map((name) => ({ name, path: shownPath(dir, cwd, name) }));
  // Dealt in turn, so that each thread gets its share of long and short seeds.
  const shares = Array.from({ length: threads }, (_, t) => seeds.map((_, i) => i).filter((i) => i % threads === t));
  const reading = Promise.all(shares.map((share) => inThread({ dir, memoDir, seeds: share.map((i) => seeds[i]!) })));
  // The manifest is read here meanwhile (0.7 s at 10,000 entries).
  const plan = planSeeds(dir, cwd, memo, files);
  const parts = await reading;
  const reads: SeedRead[] = new Array(seeds.length);
  shares.forEach((share, t) => share.forEach((i, k) => (reads[i] = revive(parts[t]![k]!))));
  return joinSeeds(plan, reads);
}

/** What a thread sends back for one seed: errors as plain data, since their classes do not cross threads. */
export type SentRead =
  | { parsed: Extract<SeedRead, { parsed: unknown }>['parsed'] }
  | { problems: { message: string; file?: string | undefined; line?: number | undefined; hint?: string | undefined }[] }
  | { bug: { message: string; stack?: string | undefined } };

export function sendable(read: SeedRead): SentRead {
  if ('parsed' in read) return read;
  if ('problems' in read) return { problems: read.problems.map((p) => ({ message: p.message, file: p.file, line: p.line, hint: p.hint })) };
  return { bug: { message: read.bug.message, stack: read.bug.stack } };
}

function revive(sent: SentRead): SeedRead {
  if ('parsed' in sent) return sent;
  if ('problems' in sent) return { problems: sent.problems.map((p) => new DossierError(p.message, p)) };
  const bug = new Error(sent.bug.message);
  if (sent.bug.stack) bug.stack = sent.bug.stack;
  return { bug };
}

export type SeedJob = { dir: string; memoDir: string | null; seeds: { name: string; path: string }[] };

function inThread(job: SeedJob): Promise<SentRead[]> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./seed-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (reads: SentRead[]) => done(reads));
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`a thread reading the seeds stopped (exit ${code})`)));
  });
}
